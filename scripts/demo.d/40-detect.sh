#!/usr/bin/env bash
# Language identification on the seed's two leaked Tagalog labels and on names.
set -euo pipefail
section "salin detect: the language of short text, with scores"
"$SALIN" detect "Mga Detalye"
"$SALIN" detect "Agreed Areas of Focus"
"$SALIN" detect "Kim Hong Kyun"
"$SALIN" detect "세부 정보"
section "salin detect --spans: a Tagalog label inside an English line"
"$SALIN" detect --spans --main en "Mga pinagmumulan: THX News & US Department of State."
section "salin detect - (bulk, one answer a line, JSON)"
printf '%s\n' "Missile Defense" "Mga Detalye" "NATO" | "$SALIN" detect - --format json
