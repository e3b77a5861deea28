#!/usr/bin/env bash
# `make bench-render`: renders the seed briefing in en, tl and ko in a release build and prints
# the cost of a render (and of a render written as Markdown) beside the catalog/ICU calls it
# makes (made directly), at 1×, 10×, 100× size. Times are medians, so they move with the load
# of a shared machine; when valgrind is installed, instruction counts per render (callgrind,
# repeatable) follow for the seed in each locale.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --scratch-path .build-release --product bench-render >&2
bench=.build-release/release/bench-render
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
