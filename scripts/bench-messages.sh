#!/usr/bin/env bash
# `make bench-messages`: Salin's message formatting beside ICU4C's C++ icu::MessageFormat on the
# same messages, arguments and libicu, in one run. Prints both medians and the ratio (goal ≤ 1.5×).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building bench-messages (release)…" >&2
swift build -c release --product bench-messages --scratch-path "$scratch" >&2
echo "compiling Benchmarks/Messages/icu4c/bench.cpp with g++ -O2…" >&2
# shellcheck disable=SC2046
g++ -O2 -std=c++17 Benchmarks/Messages/icu4c/bench.cpp $(pkg-config --cflags --libs icu-i18n icu-uc) \
  -o "$work/bench-icu4c"

rounds=${ROUNDS:-301}
salin_out=$("$scratch/release/bench-messages" --workload "$work/workload.tsv" --rounds "$rounds")
icu_out=$("$work/bench-icu4c" "$work/workload.tsv" "$rounds")
echo "ICU $(pkg-config --modversion icu-uc), $(wc -l <"$work/workload.tsv") messages in en/tl/ko"
grep -v '^median_ns=' <<<"$salin_out"
grep -v '^median_ns=' <<<"$icu_out"
salin_ns=$(sed -n 's/^median_ns=//p' <<<"$salin_out")
icu_ns=$(sed -n 's/^median_ns=//p' <<<"$icu_out")
awk -v s="$salin_ns" -v i="$icu_ns" 'BEGIN {
  ratio = s / i
  printf "ratio  : %.2f× ICU4C (goal ≤ 1.50×) %s\n", ratio, (ratio <= 1.5 ? "met" : "NOT met")
}'
