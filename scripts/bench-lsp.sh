#!/usr/bin/env bash
# `make bench-lsp`: the time from a change to its diagnostics in `salin lsp` on a 1 MB Markdown
# file (bench-lint's generated articles, joined), against `salin lint` of the same file in the
# same run. Release build. See scripts/lsp/bench.py.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for product in salin bench-lint; do
  swift build -c release --scratch-path .build-release --product "$product" >"$work/build.log" 2>&1 ||
    { tail -30 "$work/build.log"; exit 1; }
done
.build-release/release/bench-lint generate "$work/corpus" 2 >/dev/null
python3 scripts/lsp/bench.py .build-release/release/salin "$work/corpus" "$work/big.md"
