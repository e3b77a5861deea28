#!/usr/bin/env bash
# `make bench-mixing`: Salin's linter against lingua 2.1.1 (en/tl/ko) on the real-text development
# set (text built by scripts/build-langid-dev.sh into .langid-dev/, or LANGID_DEV=DIR; hand labels
# committed in Benchmarks/Mixing/labels/), in one run, printed as one table:
# English spans found in hand-labelled Taglish by length, precision, clean lines flagged, and
# false findings per 10k words on clean English technical Markdown and on Korean news.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
# The text: LANGID_DEV, else what scripts/build-langid-dev.sh wrote (.langid-dev/), else an older
# copy in ../shared.
dev="${LANGID_DEV:-$root/.langid-dev}"
[ -d "$dev/taglish" ] || [ -n "${LANGID_DEV:-}" ] || dev="$shared/data/langid/dev"
if [ ! -d "$dev/taglish" ]; then
  echo "bench-mixing: skipped: no development text in ${LANGID_DEV:-$root/.langid-dev} (run scripts/build-langid-dev.sh; DEV_SOURCES=DIR uses local checkouts)"
  exit 0
fi
bench_lingua bench-mixing
salin="${SALIN:-.build/debug/salin}"
[ -x "$salin" ] || swift build --product salin
work="$(mktemp -d)"
keep="${KEEP:-}"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT
"$venv/bin/python" Benchmarks/Mixing/mixing_bench.py "$salin" "$dev" "$work" "$shared/data/langid/eval"
[ -z "$keep" ] || echo "bench-mixing: misses and false findings in $work"
