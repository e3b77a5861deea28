#!/usr/bin/env bash
# Demo step: the original seed article imported as a briefing (its Tagalog labels become keys),
# rendered back in English, and compared line by line with the original.
set -euo pipefail
article=seeds/000_59885a65178f0467.txt
mkdir -p out
briefing=out/000_59885a65178f0467.briefing.yaml

section "salin import $article --lang en -o $briefing"
"$SALIN" import "$article" --lang en -o "$briefing" 2>&1
echo "--- in the briefing, the table's headers and the sources:"
grep -A1 -E '^ +columns:' "$briefing" | head -1
grep -E '^sources:' "$briefing"

section "rendered back in English (salin render --format text), diff against the original"
# The original has no final newline: compare lines.
set +e
diff <(cat "$article"; echo) <("$SALIN" render "$briefing" --locale en --format text)
set -e
changed=$(diff <(cat "$article"; echo) <("$SALIN" render "$briefing" --locale en --format text) | grep -c '^<' || true)
if [ "$changed" -ne 2 ]; then
  echo "expected exactly the two label lines to differ, got $changed" >&2
  exit 1
fi
echo "exactly 2 of $(wc -l < <(cat "$article"; echo)) lines differ: the Tagalog labels are now English"
