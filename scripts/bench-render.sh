#!/usr/bin/env bash
# `make bench-render`: renders the seed briefing in en, tl and ko in a release build and prints
# the cost of a render (and of a render written as Markdown) beside the catalog/ICU calls it
# makes (made directly), at 1×, 10×, 100× size. Times are medians, so they move with the load
# of a shared machine; when valgrind is installed, instruction counts per render (callgrind,
# repeatable to about ±1%: hash seeds differ per run) follow for the seed in each locale, and
# for en+tl+ko rendered from a new briefing value each run, so that laying the briefing out
# (once per value, shared by its renders) is counted as `salin render --locale en,tl,ko` pays it.
# SCRATCH=.build-NAME picks the build folder (default .build-release).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --scratch-path "${SCRATCH:-.build-release}" --product bench-render >&2
bench="${SCRATCH:-.build-release}/release/bench-render"
seed=seeds/edscg-5.briefing.yaml
"$bench" "$seed"

if ! command -v valgrind >/dev/null || ! command -v callgrind_annotate >/dev/null; then
  echo "(valgrind not installed: no instruction counts)"
  exit 0
fi
# valgrind 3.19 cannot read the Swift toolchain's debug info: profile a copy without it.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$bench" "$work/bench"
strip --strip-debug "$work/bench"
runs=500
instructions() { # total instructions of: bench SEED --profile LOCALE N [flags]
  valgrind --tool=callgrind --callgrind-out-file="$work/out" "$work/bench" "$seed" --profile "$@" \
    2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
echo ""
echo "instructions per render of the seed (callgrind, $runs runs; setup subtracted)"
echo "locale    render  render+md     calls   ratio  ratio+md"
for locale in en tl ko; do
  base=$(instructions "$locale" 0)
  render=$(instructions "$locale" "$runs")
  markdown=$(instructions "$locale" "$runs" --markdown)
  base_calls=$(instructions "$locale" 0 --calls)
  calls=$(instructions "$locale" "$runs" --calls)
  awk -v l="$locale" -v b="$base" -v r="$render" -v m="$markdown" -v bc="$base_calls" \
    -v c="$calls" -v n="$runs" 'BEGIN {
      r = (r - b) / n; m = (m - b) / n; c = (c - bc) / n
      printf "%-6s %9.0f %10.0f %9.0f %7.2f %9.2f\n", l, r, m, c, r / c, m / c }'
done
# en, tl and ko in one run, as `salin render --locale en,tl,ko` does: of one briefing value
# (laid out once, before), and of a new value each run (its first render lays it out).
base=$(instructions all 0)
render=$(instructions all "$runs")
fresh=$(instructions all "$runs" --fresh)
base_calls=$(instructions all 0 --calls)
calls=$(instructions all "$runs" --calls)
awk -v b="$base" -v r="$render" -v f="$fresh" -v bc="$base_calls" -v c="$calls" -v n="$runs" 'BEGIN {
  r = (r - b) / n / 3; f = (f - b) / n / 3; c = (c - bc) / n / 3
  printf "en+tl+ko / 3: render %.0f (%.2f×); of a new value, laid out in the run, %.0f (%.2f×); calls %.0f\nlaying a new briefing value out: %.0f\n",
    r, r / c, f, f / c, c, (f - r) * 3 }'
