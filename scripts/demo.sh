#!/usr/bin/env bash
# `make demo`: Salin's main jobs on the seed. Grows with each feature.
set -euo pipefail
salin="${1:-.build/debug/salin}"
section() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

section "salin --help"
"$salin" --help
