#!/usr/bin/env bash
# `make bench-langid`: Salin's language identifier against lingua 2.1.1 on the same eval files,
# in one run, printed as one table. Reads ../shared/data/langid in place (never copies it).
#   1. a virtual environment in .venv-bench with lingua-language-detector==2.1.1 (from PyPI)
#   2. bench-langid built in release mode (--scratch-path $SCRATCH, default .build-release)
#   3. lingua: accuracy, sentences/s and the mixed-text task (Benchmarks/LangID/lingua_bench.py,
#      which also writes the mixed paragraphs, seed 20240101, that Salin reads)
#   4. Salin on the same files, then the table (Benchmarks/LangID/main.swift)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
data="$shared/data/langid"
if [ ! -d "$data/eval" ]; then
  echo "bench-langid: skipped: $data/eval not found (the eval data lives beside the repository in ../shared)"
  exit 0
fi
bench_lingua bench-langid
echo "bench-langid: building in release mode"
scratch="${SCRATCH:-.build-release}"
swift build -c release --scratch-path "$scratch" --product bench-langid >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "bench-langid: running lingua (high accuracy, en/tl/ko, preloaded models)"
"$venv/bin/python" Benchmarks/LangID/lingua_bench.py "$data/eval" "$work"
echo "bench-langid: running Salin"
"$scratch/release/bench-langid" "$data/eval" "$work" "$@"
