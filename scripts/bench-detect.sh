#!/usr/bin/env bash
# `make bench-detect`: `salin detect - --format json` against lingua 2.1.1 (en/tl/ko, high
# accuracy, preloaded models; Benchmarks/Detect/lingua_detect.py), end to end on the same 100k+
# lines of real text in one run: each is a whole process, from its start to its last JSON line
# written to a file. Prints wall and CPU seconds, peak memory and the ratios (goal: >= 10x).
#
# The text is read in place from ../shared/data/langid (scripts/bench-real-text.py: the dev set if
# built, the eval sentences, UDHR and Firefox strings), repeated in order up to LINES (default
# 100000) lines; never copied into the repository.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
data="$shared/data/langid"
if [ ! -d "$data" ]; then
  echo "bench-detect: skipped: $data not found (the real text lives beside the repository in ../shared)"
  exit 0
fi
bench_lingua bench-detect
scratch="${SCRATCH:-.build-release}"
echo "bench-detect: building salin in release mode ($scratch)"
swift build -c release --scratch-path "$scratch" -j "${JOBS:-1}" --product salin >/dev/null
salin="$scratch/release/salin"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/bench-real-text.py "$data" lines "$work/lines.txt" "${LINES:-100000}"

# One process each, timed by GNU time: wall seconds, user + system CPU seconds, peak RSS (KB).
measure() {
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" <"$work/lines.txt" >"$work/$name.jsonl"
  echo "$name $(cat "$work/$name.time")"
}
echo "bench-detect: salin detect - --format json"
s=$(measure salin "$salin" detect - --format json --languages en,tl,ko)
echo "bench-detect: lingua 2.1.1"
l=$(measure lingua "$venv/bin/python" Benchmarks/Detect/lingua_detect.py)

"$venv/bin/python" - "$work" "$s" "$l" <<'PY'
import json, sys
work, s, l = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
def load(name):
    with open(f"{work}/{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line)["language"] for line in f]
salin, lingua = load("salin"), load("lingua")
with open(f"{work}/lines.txt", encoding="utf-8") as f:
    lines = sum(1 for _ in f)
assert len(salin) == lines == len(lingua), (len(salin), lines, len(lingua))
agree = sum(a == b for a, b in zip(salin, lingua)) / lines
sw, sc, sm = float(s[1]), float(s[2]) + float(s[3]), int(s[4]) / 1024
lw, lc, lm = float(l[1]), float(l[2]) + float(l[3]), int(l[4]) / 1024
print("== summary (end to end: process start to the last JSON line) ==")
print(f"lines: {lines}, every one answered by both as valid JSON; same language on {agree:.1%}")
print(f"salin:  {sw:6.2f} s wall  {sc:6.2f} s CPU  {lines / sw:9.0f} lines/s  peak {sm:6.1f} MB")
print(f"lingua: {lw:6.2f} s wall  {lc:6.2f} s CPU  {lines / lw:9.0f} lines/s  peak {lm:6.1f} MB")
print(f"salin vs lingua: {lw / sw:.1f}x wall, {lc / sc:.1f}x CPU (goal >= 10x)")
PY
