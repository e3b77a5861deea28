#!/usr/bin/env bash
# `make browser-check`: renders the seed briefing in en, tl and ko to HTML in out/ and takes a
# screenshot of each page with headless Chromium, to check by eye that Hangul and Tagalog text
# render with no missing glyphs (tofu boxes). Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-debian-packages.sh chromium fonts-noto-cjk
SALIN="${SALIN:-.build/debug/salin}"
mkdir -p out
"$SALIN" render seeds/edscg-5.briefing.yaml --locale en,tl,ko --format html -o out
for locale in en tl ko; do
  page="$PWD/out/edscg-5.$locale.html"
  shot="out/edscg-5.$locale.png"
  # --virtual-time-budget lets web fonts and layout settle before the capture.
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=2000 \
    --screenshot="$shot" --window-size=1200,2400 "file://$page" 2>/dev/null
  [ -s "$shot" ] || { echo "browser-check: no screenshot for $locale" >&2; exit 1; }
  echo "$shot"
done
