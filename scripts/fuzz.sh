#!/usr/bin/env bash
# make fuzz: build the libFuzzer driver (Fuzz/Package.swift) with the address sanitizer into
# .build-fuzz, then run each target from its seed corpus (Fuzz/corpus/<target>) for
# FUZZ_SECONDS seconds (default 120), seeded also with Fuzz/regressions/<target> when it exists.
# Any crash, leak, failed check or input slower than FUZZ_TIMEOUT seconds (default 1, the goal
# of issue 9) stops the run with the input saved in .build-fuzz/artifacts; see docs/fuzzing.md.
#   FUZZ_SECONDS=600 make fuzz          # longer
#   FUZZ_TARGETS="markdown po" make fuzz
#   FUZZ_RUNS=1000000 FUZZ_SECONDS=3600 make fuzz   # stop each target after a million inputs
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-120}
runs=${FUZZ_RUNS:--1}
# Wall-clock seconds: on a loaded machine replay a `timeout-` input alone before believing it.
timeout=${FUZZ_TIMEOUT:-1}
targets=${FUZZ_TARGETS:-"message catalog briefing markdown text po fixer model"}
scratch=.build-fuzz

# The driver's package depends on Salin by path, and SwiftPM keeps its planned build of Salin's
# targets: a source file added to Salin since was not compiled ("cannot find 'X' in scope").
# Dropping the plan makes SwiftPM plan again; what is compiled and up to date is kept.
rm -f "$scratch/release.yaml" "$scratch"/*/release/description.json
swift build --package-path Fuzz --scratch-path "$scratch" -c release -j 1 \
  -Xswiftc -sanitize=fuzzer,address
driver="$scratch/release/salin-fuzz"
mkdir -p "$scratch/artifacts"

summary=()
status=0
for target in $targets; do
  work="$scratch/corpus/$target"
  mkdir -p "$work"
  log="$scratch/$target.log"
  echo "== $target (${seconds}s)"
  # The fixed inputs of earlier runs seed the run too, so a regression is found at once.
  seeds=("Fuzz/corpus/$target")
  if [ -d "Fuzz/regressions/$target" ]; then seeds+=("Fuzz/regressions/$target"); fi
  # Swift's own backtracer would stall a crash report; libFuzzer and ASan print their own.
  if SWIFT_BACKTRACE=enable=no SALIN_FUZZ_TARGET="$target" ASAN_OPTIONS=detect_leaks=1 \
    LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0" \
    "$driver" "$work" "${seeds[@]}" -max_total_time="$seconds" -runs="$runs" -timeout="$timeout" \
    -rss_limit_mb=2048 -artifact_prefix="$scratch/artifacts/$target-" -print_final_stats=1 \
    >"$log" 2>&1; then
    result=ok
  else
    result="FAILED (see $log and $scratch/artifacts/)"
    status=1
  fi
  # Not `runs`: that is every target's -runs, and the first target's count stopped the next ones.
  executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  slowest=$(sed -n 's/^stat::slowest_unit_time_sec: *//p' "$log" | tail -1)
  summary+=("$(printf '%-9s %12s executions %8s/s  slowest %ss  %s' "$target" "${executed:-?}" \
    "${speed:-?}" "${slowest:-?}" "$result")")
  grep -E "^==[0-9]+==ERROR|^SUMMARY|Fatal error|timeout after" "$log" | head -5 || true
done
echo
printf '%s\n' "${summary[@]}"
exit "$status"
