#!/usr/bin/env bash
# `make bench-render`: renders the seed briefing in en, tl and ko in a release build and prints
# the cost of a render (and of a render written as Markdown, and through a RenderPlan: only,
# plan+1, plan+3/3) beside the catalog/ICU calls it makes (made directly), at 1×, 10×, 100×
# size. Times are medians, so they move with the load of a shared machine; when valgrind is
# installed, instruction counts per render (callgrind, repeatable to about ±1%: hash seeds
# differ per run) follow for the seed in each locale and for en+tl+ko together.
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
echo "locale    render  render+md      only    plan+1     calls   ratio  ratio+md  only/calls"
for locale in en tl ko; do
  base=$(instructions "$locale" 0)
  render=$(instructions "$locale" "$runs")
  markdown=$(instructions "$locale" "$runs" --markdown)
  only=$(instructions "$locale" "$runs" --planned)
  plan=$(instructions "$locale" "$runs" --plan)
  base_calls=$(instructions "$locale" 0 --calls)
  calls=$(instructions "$locale" "$runs" --calls)
  awk -v l="$locale" -v b="$base" -v r="$render" -v m="$markdown" -v o="$only" -v p="$plan" \
    -v bc="$base_calls" -v c="$calls" -v n="$runs" 'BEGIN {
      r = (r - b) / n; m = (m - b) / n; o = (o - b) / n; p = (p - b) / n; c = (c - bc) / n
      printf "%-6s %9.0f %10.0f %9.0f %9.0f %9.0f %7.2f %9.2f %11.2f\n", l, r, m, o, p, c, r / c,
        m / c, o / c }'
done
# en, tl and ko in one run, as `salin render --locale en,tl,ko` does: directly, and through one
# plan made per run (its cost shared by the three locales).
base=$(instructions all 0)
render=$(instructions all "$runs")
plan=$(instructions all "$runs" --plan)
base_calls=$(instructions all 0 --calls)
calls=$(instructions all "$runs" --calls)
awk -v b="$base" -v r="$render" -v p="$plan" -v bc="$base_calls" -v c="$calls" -v n="$runs" 'BEGIN {
  r = (r - b) / n / 3; p = (p - b) / n / 3; c = (c - bc) / n / 3
  printf "en+tl+ko / 3: render %.0f, plan+3/3 %.0f, calls %.0f: render %.2f×, plan+3 %.2f×\n", r, p, c,
    r / c, p / c }'
