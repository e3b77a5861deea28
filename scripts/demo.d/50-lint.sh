#!/usr/bin/env bash
# salin lint on the seed: the two Tagalog labels, then --fix on a copy, then a clean re-run.
set -uo pipefail
section "salin lint seeds/000_59885a65178f0467.txt --lang en"
"$SALIN" lint seeds/000_59885a65178f0467.txt --lang en
echo "(exit $?)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp seeds/000_59885a65178f0467.txt "$work/seed.txt"
section "salin lint --fix (on a copy), then again"
"$SALIN" lint "$work/seed.txt" --lang en --fix
diff seeds/000_59885a65178f0467.txt "$work/seed.txt"
"$SALIN" lint "$work/seed.txt" --lang en && echo "(exit 0: clean)"
section "salin lint --format github"
"$SALIN" lint seeds/000_59885a65178f0467.txt --lang en --format github
section "salin lint on XLIFF targets and briefing variants (translation QA, termbase)"
"$SALIN" catalog export --target tl -o "$work/edscg.tl.xlf" 2>/dev/null
"$SALIN" lint "$work/edscg.tl.xlf" seeds/edscg-5.briefing.yaml --termbase seeds/edscg.termbase.yaml \
  && echo "(exit 0: clean)"
# A translator's slip in a copy: the year's placeholder dropped, the Tagalog "misil" for missile.
sed -e 's|sa <ph id="1" dataRef="d1" disp="{year, number, ::group-off}" canDelete="no"/>.</target>|sa susunod na taon.</target>|' \
  -e 's|ang mga pagsubok ng missile|ang mga pagsubok ng misil|' "$work/edscg.tl.xlf" > "$work/slip.tl.xlf"
"$SALIN" lint "$work/slip.tl.xlf" --termbase seeds/edscg.termbase.yaml | sed "s|$work/||"
true
