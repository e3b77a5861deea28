#!/usr/bin/env bash
# Catalog messages in en, tl and ko, and the catalog check.
set -euo pipefail

section "salin message: the same keys in en, tl and ko"
for locale in en tl ko; do
  printf '%s  ' "$locale"
  "$SALIN" message meeting.session --locale "$locale" --arg n=5
  printf '    '
  "$SALIN" message date.month-year --locale "$locale" --arg d=2023-04-26
  printf '    '
  "$SALIN" message agreed-areas --locale "$locale" \
    --arg areas="Missile Defense" --arg areas=Cybersecurity --arg areas="Nuclear Posture"
  printf '    '
  if [ "$locale" = ko ]; then leaders=("보니 젠킨스 차관" "카라 어버크롬비 차관 대행")
  else leaders=("Bonnie Jenkins" "Cara Abercrombie"); fi
  "$SALIN" message delegation.led-by --locale "$locale" --arg country=US \
    --arg leaders="${leaders[0]}" --arg leaders="${leaders[1]}"
  printf '    '
  "$SALIN" message label.sources --locale "$locale"
done

section "Korean particles follow the value's final sound"
for party in 미국 러시아 EDSCG UN; do
  "$SALIN" message statement.condemned --locale ko --arg party="$party" --arg target=북한
done

section "Tagalog numbers and ordinals (Salin's own, not ICU's 'ika limá')"
for n in 1 2 5 11; do
  printf '%-3s %s / %s\n' "$n" \
    "$("$SALIN" message number.spelled-ordinal --locale tl --arg n="$n")" \
    "$("$SALIN" message meeting.session --locale tl --arg n="$n")"
done

section "salin catalog check locales/"
"$SALIN" catalog check locales/ && echo "locales/: clean (exit 0)"
