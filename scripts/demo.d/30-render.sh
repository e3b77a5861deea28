#!/usr/bin/env bash
# Demo step: the seed briefing rendered in English, Tagalog and Korean (Markdown).
set -euo pipefail
for locale in en tl ko; do
  section "salin render seeds/edscg-5.briefing.yaml --locale $locale"
  "$SALIN" render seeds/edscg-5.briefing.yaml --locale "$locale" --format markdown
done
section "salin render seeds/edscg-5.briefing.yaml --locale en,tl,ko --format html -o out/"
"$SALIN" render seeds/edscg-5.briefing.yaml --locale en,tl,ko --format html -o out
