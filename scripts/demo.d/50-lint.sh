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
true
