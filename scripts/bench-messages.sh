#!/usr/bin/env bash
# `make bench-messages`: Salin's message formatting beside ICU4C's C++ icu::MessageFormat on the
# same messages, arguments and libicu, in one run. Prints both medians and the ratio (goal ≤ 1.0×),
# and instructions per message under callgrind (repeatable where wall-clock time is not).
#   SCRATCH=DIR   release build folder (default .build-release)
#   ROUNDS=N      timed rounds per run (default 301)
#   RUNS=N        runs of each side, alternating; the medians of the runs are compared (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${SCRATCH:-.build-release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building bench-messages (release)…" >&2
swift build -c release --product bench-messages --scratch-path "$scratch" >&2
echo "compiling Benchmarks/Messages/icu4c/bench.cpp with g++ -O2…" >&2
# shellcheck disable=SC2046
g++ -O2 -std=c++17 Benchmarks/Messages/icu4c/bench.cpp $(pkg-config --cflags --libs icu-i18n icu-uc) \
  -o "$work/bench-icu4c"

rounds=${ROUNDS:-301}
runs=${RUNS:-5}
salin=("$scratch/release/bench-messages" --workload "$work/workload.tsv")
"${salin[@]}" --print >"$work/salin.txt"
"$work/bench-icu4c" "$work/workload.tsv" --print >"$work/icu4c.txt"
total=$(wc -l <"$work/workload.tsv")
same=$(paste "$work/salin.txt" "$work/icu4c.txt" | awk -F'\t' '$3 == $6' | wc -l)

cat <<INFO
ICU $(pkg-config --modversion icu-uc). Compared: $total messages, every key of the built-in catalogs
in en, tl and ko (labels included) and 14 messages in ICU's own styles in each (currency, percent,
integer, a DecimalFormat pattern, date styles and a SimpleDateFormat pattern, a time, {d}, {x},
choice, a decimal plural, ordinal, duration), with the same argument values on both sides.
  salin: Catalogs.message(key, locale:, arguments:) -> String; formatters prepared in the warm-up.
  icu4c: icu::MessageFormat per pattern, made before timing; names and values built once.
Both format list and region arguments per call and end with a UTF-8 string.
Identical results: $same of $total; the rest differ only by Salin's grammar (Korean particles,
Tagalog linker and ordinals), which ICU4C leaves as written:
INFO
paste "$work/salin.txt" "$work/icu4c.txt" | awk -F'\t' '$3 != $6 { printf "  %s %s: salin \"%s\", icu4c \"%s\"\n", $1, $2, $3, $6 }'
echo

salin_all=()
icu_all=()
for ((run = 1; run <= runs; run++)); do
  salin_out=$("${salin[@]}" --rounds "$rounds")
  icu_out=$("$work/bench-icu4c" "$work/workload.tsv" "$rounds")
  salin_all+=("$(sed -n 's/^median_ns=//p' <<<"$salin_out")")
  icu_all+=("$(sed -n 's/^median_ns=//p' <<<"$icu_out")")
  awk -v s="${salin_all[-1]}" -v i="${icu_all[-1]}" -v r="$run/$runs" \
    'BEGIN { printf "run %s: ratio %.2f×\n", r, s / i }'
  grep -v '^median_ns=' <<<"$salin_out"
  grep -v '^median_ns=' <<<"$icu_out"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
salin_ns=$(median "${salin_all[@]}")
icu_ns=$(median "${icu_all[@]}")
awk -v s="$salin_ns" -v i="$icu_ns" -v runs="$runs" 'BEGIN {
  ratio = s / i
  printf "median of %d runs (the machine is shared: single runs vary): salin %.1f ns/message, icu4c %.1f ns/message\n", runs, s, i
  printf "ratio  : %.2f× ICU4C (goal ≤ 1.00×) %s\n", ratio, (ratio <= 1.0 ? "met" : "NOT met")
}'

if ! command -v valgrind >/dev/null || ! command -v callgrind_annotate >/dev/null; then
  echo "(valgrind not installed: no instruction counts)"
  exit 0
fi
# Instructions are repeatable where wall-clock time on a shared machine is not: count both sides
# under callgrind, 20 rounds less 1 (setup and warm-up cancel out). valgrind 3.19 cannot read
# the Swift toolchain's debug info: profile a copy without it.
cp "$scratch/release/bench-messages" "$work/bench-salin"
strip --strip-debug "$work/bench-salin"
export SWIFT_DETERMINISTIC_HASHING=1  # the same hash seeds every run: repeatable counts
instructions() { valgrind --tool=callgrind --callgrind-out-file="$work/callgrind" "$@" 2>&1 |
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
salin_1=$(instructions "$work/bench-salin" --workload "$work/workload.tsv" --rounds 1)
salin_21=$(instructions "$work/bench-salin" --workload "$work/workload.tsv" --rounds 21)
icu_1=$(instructions "$work/bench-icu4c" "$work/workload.tsv" 1 --utf8-only)
icu_21=$(instructions "$work/bench-icu4c" "$work/workload.tsv" 21 --utf8-only)
awk -v s1="$salin_1" -v s21="$salin_21" -v i1="$icu_1" -v i21="$icu_21" -v n="$total" 'BEGIN {
  s = (s21 - s1) / (20 * n); i = (i21 - i1) / (20 * n)
  printf "instructions per message (callgrind): salin %.0f, icu4c %.0f: %.2f× ICU4C\n", s, i, s / i
}'
