#!/usr/bin/env bash
# `make interop-check-po`: translate-toolkit's pofilter and Salin's PO checks on the same PO
# files, side by side per check, and the speed ratio, in one run.
#   1. a virtual environment in .venv-pofilter with translate-toolkit (from PyPI)
#   2. salin built in release mode (--scratch-path $SCRATCH, default .build-release)
#   3. scripts/interop-check-po.py: each check's findings by both, then timing (medians of 5)
# Files: the arguments, or ../shared/data/po/*.po next to the main checkout (never committed;
# see its README.md: Debian apt's po/tl.po and po/ko.po at release 3.1.12).
set -euo pipefail
root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
cd "$root"
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  shopt -s nullglob
  # From a worktree too: the main checkout is the one that holds the common .git folder.
  main="$(cd "$(git rev-parse --git-common-dir 2>/dev/null || echo .git)/.." && pwd)"
  files=("$main"/../shared/data/po/*.po)
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "interop-check-po: skipped: no PO files given and none in ../shared/data/po"
  exit 0
fi
venv="$root/.venv-pofilter"
if ! "$venv/bin/pofilter" --version >/dev/null 2>&1; then
  echo "interop-check-po: setting up $venv with translate-toolkit"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet translate-toolkit
fi
scratch="${SCRATCH:-.build-release}"
echo "interop-check-po: building salin in release mode (-j ${JOBS:-1})"
swift build -c release -j "${JOBS:-1}" --scratch-path "$scratch" --product salin >/dev/null
"$venv/bin/python" scripts/interop-check-po.py --pofilter "$venv/bin/pofilter" \
  --salin "$scratch/release/salin" "${files[@]}"
