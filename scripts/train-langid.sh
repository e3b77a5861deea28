#!/usr/bin/env bash
# `make train`: retrains the shipped language model, locales/langid.salinlm, from
# ../shared/data/langid/train (one folder per language tag; see docs/langid.md, "Training").
# The same corpus always gives the same bytes, so a retrain with unchanged data changes nothing.
set -euo pipefail
root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
cd "$root"
corpus="$root/../shared/data/langid/train"
if [ ! -d "$corpus" ]; then
  echo "train: skipped: $corpus not found (the training data lives beside the repository)"
  exit 0
fi
salin="${SALIN:-.build/debug/salin}"
[ -x "$salin" ] || swift build --product salin
# The exact command the shipped model was trained with (all options at their defaults):
"$salin" train --corpus "$corpus" -o locales/langid.salinlm
