#!/usr/bin/env bash
# `make fixtures-messages`: what ICU 72's own icu::MessageFormat makes of every ported message
# case, written to Tests/Fixtures/Messages/icu72.tsv (the expectations PortedMessageCaseTests
# compare Salin with). Compiles Tests/Fixtures/Messages/icu_expected.cpp with g++ against the
# system libicu and runs it on cases.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
folder=Tests/Fixtures/Messages
# shellcheck disable=SC2046
g++ -O1 -std=c++17 "$folder/icu_expected.cpp" $(pkg-config --cflags --libs icu-i18n icu-uc) \
  -o "$work/icu_expected"
"$work/icu_expected" "$folder/cases.tsv" "$work/icu72.tsv"
mv "$work/icu72.tsv" "$folder/icu72.tsv"
echo "ICU $(pkg-config --modversion icu-uc): wrote $folder/icu72.tsv" >&2
