#!/usr/bin/env bash
# `make bench-lint`: salin lint's engine on a generated ≥50 MB Markdown corpus (not committed:
# written to a temporary folder, the same bytes every run), against lingua 2.1.1's
# detect_multiple_languages_of paragraph by paragraph on the same corpus, in one run.
#
# Prints throughput with --jobs 1 and --jobs 2 (the speed-up), peak memory at 25 MB and 50 MB
# (it must not grow with the corpus), and lingua's throughput on a timed sample, extrapolated.
#
# Then the same on real text (goal: salin >= 5x lingua): every real line of ../shared/data/langid
# once (scripts/bench-real-text.py: the dev set if built, the eval sentences, UDHR, Firefox
# strings), as Markdown documents by language, 100 paragraphs a file, read in place.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
LINGUA_SECONDS="${LINGUA_SECONDS:-60}"
swift build -c release --scratch-path .build-release -j "${JOBS:-1}" --product bench-lint >/dev/null
BENCH=.build-release/release/bench-lint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$BENCH" generate "$work/c25" 25
"$BENCH" generate "$work/c50" 50

echo "== salin lint engine (release) =="
r1=$("$BENCH" lint "$work/c50" 1); echo "$r1"
r2=$("$BENCH" lint "$work/c50" 2); echo "$r2"
r25=$("$BENCH" lint "$work/c25" 2); echo "$r25"
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }

echo "== lingua 2.1.1 detect_multiple_languages_of, paragraph by paragraph (sample of ${LINGUA_SECONDS}s) =="
bench_lingua bench-lint
rl=$("$venv/bin/python" scripts/bench-lint-lingua.py "$work/c50/paragraphs.txt" "$LINGUA_SECONDS")
echo "$rl"

python3 - "$r1" "$r2" "$r25" "$rl" "$(du -sb "$work/c50/paragraphs.txt" | cut -f1)" <<'PY'
import re, sys
def f(line, key):
    return float(re.search(key + r"=([0-9.]+)", line).group(1))
r1, r2, r25, rl, para_bytes = sys.argv[1:6]
salin1, salin2 = f(r1, "mb_per_s"), f(r2, "mb_per_s")
lingua = f(rl, "mb_per_s")
corpus_mb = f(r2, "bytes") / 1e6
print("== summary ==")
print(f"corpus: {corpus_mb:.1f} MB of Markdown, {int(f(r2, 'files'))} files")
print(f"salin --jobs 1: {salin1:.2f} MB/s   --jobs 2: {salin2:.2f} MB/s   speed-up: {salin2 / salin1:.2f}x (goal >= 1.7)")
print(f"peak RSS: 25 MB corpus {f(r25, 'peak_rss_mb'):.1f} MB, 50 MB corpus {f(r2, 'peak_rss_mb'):.1f} MB (goal: no growth)")
print(f"lingua: {lingua:.3f} MB/s on a sample of {f(rl, 'bytes') / 1e6:.2f} MB "
      f"(full corpus extrapolated: {int(para_bytes) / 1e6 / lingua / 60:.1f} min)")
print(f"salin --jobs 1 vs lingua: {salin1 / lingua:.1f}x (goal >= 5x)   --jobs 2 vs lingua: {salin2 / lingua:.1f}x")
# On a shared machine wall time includes waiting for a core; CPU time does not.
cpu_salin, cpu_lingua = f(r1, "mb_per_cpu_s"), f(rl, "mb_per_cpu_s")
print(f"per CPU-second: salin {cpu_salin:.2f} MB, lingua {cpu_lingua:.3f} MB: {cpu_salin / cpu_lingua:.1f}x")
cpu2 = f(r2, "cpu_seconds") / f(r2, "seconds")
print(f"--jobs 2 kept {cpu2:.2f} cores busy (1.0 = one core); load from other processes lowers the wall-clock speed-up")
PY

echo
echo "== real text =="
if [ ! -d "$shared/data/langid" ]; then
  echo "bench-lint: real text skipped: $shared/data/langid not found (it lives beside the repository in ../shared)"
  exit 0
fi
python3 scripts/bench-real-text.py "$shared/data/langid" markdown "$work/real"
rr=$("$BENCH" lint "$work/real" 1); echo "$rr"
rl=$("$venv/bin/python" scripts/bench-lint-lingua.py "$work/real/paragraphs.txt" "$LINGUA_SECONDS")
echo "$rl"
python3 - "$rr" "$rl" <<'PY'
import re, sys
def f(line, key):
    return float(re.search(key + r"=([0-9.]+)", line).group(1))
rr, rl = sys.argv[1:3]
salin, lingua = f(rr, "mb_per_s"), f(rl, "mb_per_s")
print(f"real text: salin --jobs 1 {salin:.2f} MB/s, lingua {lingua:.3f} MB/s: {salin / lingua:.1f}x (goal >= 5x)")
print(f"per CPU-second: salin {f(rr, 'mb_per_cpu_s'):.2f} MB, lingua {f(rl, 'mb_per_cpu_s'):.3f} MB: "
      f"{f(rr, 'mb_per_cpu_s') / f(rl, 'mb_per_cpu_s'):.1f}x")
PY
