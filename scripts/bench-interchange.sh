#!/usr/bin/env bash
# `make bench-interchange`: export and import of a 10,000-message catalog in en, tl and ko, and
# PO -> XLIFF 1.2 beside translate-toolkit's po2xliff on the same PO files, in one run.
#   1. translate-toolkit 3.20.4 in .venv-interop (PyPI), shared with make interop-check
#   2. bench-interchange built in release mode (--scratch-path $SCRATCH, default .build-release)
#   3. Salin writes the catalogs and PO files and times itself; po2xliff is timed on the same files
set -euo pipefail
root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
cd "$root"
venv="$root/.venv-interop"
if ! "$venv/bin/python" -c 'import translate' 2>/dev/null; then
  echo "bench-interchange: setting up $venv with translate-toolkit==3.20.4"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet translate-toolkit==3.20.4
fi
scratch="${SCRATCH:-.build-release}"
echo "bench-interchange: building in release mode"
swift build -c release -j 1 --scratch-path "$scratch" --product bench-interchange >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
salin_out="$("$scratch/release/bench-interchange" "$work" "${COUNT:-10000}")"
echo "$salin_out" | grep -v '^SALIN_'
ttk_out="$("$venv/bin/python" Benchmarks/Interchange/po2xliff_bench.py "$work/catalog.tl.po" "$work/catalog.ko.po")"
echo "$ttk_out" | grep -v '^TTK_'
salin_ms="$(echo "$salin_out" | sed -n 's/^SALIN_PO2XLIFF_MS=//p')"
ttk_ms="$(echo "$ttk_out" | sed -n 's/^TTK_PO2XLIFF_MS=//p')"
awk -v s="$salin_ms" -v t="$ttk_ms" 'BEGIN { printf "PO -> XLIFF: Salin is %.1fx translate-toolkit'"'"'s speed (%.1f ms vs %.1f ms)\n", t / s, s, t }'
