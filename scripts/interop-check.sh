#!/usr/bin/env bash
# `make interop-check`: real tools on what Salin exports, and Salin on what they write.
#   1. translate-toolkit 3.20.4 in .venv-interop (PyPI); xmllint and msgfmt from Debian
#   2. Salin exports the built-in catalogs (tl, ko) to XLIFF 2.0, XLIFF 1.2, PO and POT
#   3. xmllint against the official OASIS schemas (third-party/oasis-xliff), msgfmt --check,
#      translate-toolkit's XLIFF 2.0, XLIFF 1.x and PO parsers, pofilter (its QA checks report
#      on the translations; they are listed, not failures)
#   4. the reverse: po2xliff and xliff2po convert Salin's files, and `salin catalog import`
#      must take their output without changing a byte of the catalogs
# Prints one verdict line per check and exits 1 if any fails.
set -uo pipefail
root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
cd "$root"
venv="$root/.venv-interop"
if ! "$venv/bin/python" -c 'import translate' 2>/dev/null; then
  echo "interop-check: setting up $venv with translate-toolkit==3.20.4"
  python3 -m venv "$venv" && "$venv/bin/pip" install --quiet translate-toolkit==3.20.4 || exit 2
fi
swift build -j 1 --product salin >/dev/null || exit 2
salin="$root/.build/debug/salin"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp locales/en.yaml locales/tl.yaml locales/ko.yaml "$work/"
failures=0
verdict() {  # verdict NAME COMMAND...: runs the command, prints ok/FAIL with its last line
  local name="$1"; shift
  local output
  if output="$("$@" 2>&1)"; then
    echo "ok   $name${output:+: $(printf '%s' "$output" | tail -1)}"
  else
    echo "FAIL $name: $(printf '%s' "$output" | tail -3 | tr '\n' ' ')"
    failures=$((failures + 1))
  fi
}
for lang in tl ko; do
  "$salin" catalog export "$work" --target "$lang" -o "$work/catalog.$lang.xlf" 2>/dev/null
  "$salin" catalog export "$work" --target "$lang" --format xliff12 -o "$work/catalog12.$lang.xlf" 2>/dev/null
  "$salin" catalog export "$work" --target "$lang" --format po -o "$work/catalog.$lang.po" 2>/dev/null
  verdict "xmllint XLIFF 2.0 core+metadata schemas ($lang)" xmllint --noout --nonet \
    --schema third-party/oasis-xliff/xliff-2.0-core-and-metadata.xsd "$work/catalog.$lang.xlf"
  verdict "xmllint XLIFF 1.2 strict schema ($lang)" env XML_CATALOG_FILES=scripts/xliff-schema-catalog.xml \
    xmllint --noout --nonet --schema third-party/oasis-xliff/1.2/xliff-core-1.2-strict.xsd "$work/catalog12.$lang.xlf"
  verdict "msgfmt --check PO ($lang)" msgfmt --check --statistics -o /dev/null "$work/catalog.$lang.po"
done
"$salin" catalog export "$work" --format pot -o "$work/catalog.pot" 2>/dev/null
verdict "msgfmt --check POT" msgfmt --check -o /dev/null "$work/catalog.pot"
echo "translate-toolkit parsers:"
"$venv/bin/python" scripts/interop/ttk_check.py "$work"/catalog.tl.xlf "$work"/catalog.ko.xlf \
  "$work"/catalog12.tl.xlf "$work"/catalog12.ko.xlf "$work"/catalog.tl.po "$work"/catalog.ko.po \
  "$work"/catalog.pot || failures=$((failures + 1))
for lang in tl ko; do
  verdict "po2xliff on Salin's PO ($lang)" "$venv/bin/po2xliff" "$work/catalog.$lang.po" "$work/po2xliff.$lang.xlf"
  verdict "xliff2po on Salin's XLIFF 1.2 ($lang)" "$venv/bin/xliff2po" "$work/catalog12.$lang.xlf" "$work/xliff2po.$lang.po"
  "$venv/bin/pofilter" --progress=none "$work/catalog.$lang.po" "$work/pofilter.$lang.po" >/dev/null 2>&1
  echo "pofilter QA on the $lang translations: $(grep -c '^# (pofilter)' "$work/pofilter.$lang.po") remarks" \
    "($(grep -o '^# (pofilter) [a-z]*' "$work/pofilter.$lang.po" | sort | uniq -c | awk '{printf "%s %s, ", $4, $1}' | sed 's/, $//'))"
  for file in "po2xliff.$lang.xlf" "xliff2po.$lang.po"; do
    before="$(sha256sum "$work/$lang.yaml")"
    verdict "salin catalog import of $file" "$salin" catalog import "$work/$file" "$work"
    if [ "$before" = "$(sha256sum "$work/$lang.yaml")" ]; then
      echo "ok   $lang.yaml unchanged byte for byte after importing $file"
    else
      echo "FAIL $lang.yaml changed after importing $file"; failures=$((failures + 1))
    fi
  done
done
if [ "$failures" -ne 0 ]; then echo "interop-check: $failures failed"; exit 1; fi
echo "interop-check: all passed"
