#!/usr/bin/env bash
# `make train`: retrains the shipped language model, locales/langid.salinlm, deterministically from
#   - ../shared/data/langid/train (one folder per language tag; see docs/langid.md, "Training"),
#   - wordfreq 3.1.1's frequencies for en, fil (as tl) and ko (PyPI, installed into .venv-train;
#     data CC BY-SA 4.0, so the model file is CC BY-SA 4.0: see NOTICE), and
#   - Debian's wamerican and wbritish (SCOWL) for English (installed with apt-get if missing).
# The same inputs always give the same bytes, so a retrain with unchanged data changes nothing.
set -euo pipefail
root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
cd "$root"
shared="${SHARED:-$root/../shared}"
[ -d "$shared" ] || shared="$(cd "$(git rev-parse --git-common-dir)/../.." && pwd)/shared"
train="$shared/data/langid/train"
if [ ! -d "$train" ]; then
  echo "train: skipped: $train not found (the training data lives beside the repository)"
  exit 0
fi
scripts/install-debian-packages.sh wamerican wbritish
venv="$root/.venv-train"
if ! "$venv/bin/python" -c 'import wordfreq' 2>/dev/null; then
  echo "train: setting up $venv with wordfreq==3.1.1"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet wordfreq==3.1.1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The corpus: the shared files (the English tesseract list is left out: wordfreq and SCOWL
# replace it) and the exported lexicons.
for tag in en tl ko; do
  mkdir -p "$work/corpus/$tag"
  for file in "$train/$tag"/*; do
    case "$tag/$(basename "$file")" in en/tesseract.wordlist) continue ;; esac
    ln -s "$file" "$work/corpus/$tag/"
  done
done
"$venv/bin/python" scripts/langid-train/export_lexicons.py "$work/corpus"
salin="${SALIN:-.build/debug/salin}"
[ -x "$salin" ] || swift build --product salin
# The exact command the shipped model was trained with (all options at their defaults):
"$salin" train --corpus "$work/corpus" -o locales/langid.salinlm
