#!/usr/bin/env bash
# `make demo`: Salin's main jobs on the seed. Each feature adds a step in scripts/demo.d/,
# run in name order with the path of the built `salin` as $SALIN.
set -euo pipefail
export SALIN="${1:-.build/debug/salin}"
section() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }
export -f section
shopt -s nullglob
steps=(scripts/demo.d/*.sh)
if [ ${#steps[@]} -eq 0 ]; then
  section "salin --help"
  "$SALIN" --help
fi
for step in "${steps[@]}"; do
  bash "$step"
done
