#!/usr/bin/env bash
# Validates `salin lint --format sarif` against the official SARIF 2.1.0 JSON schema.
#
#   scripts/validate-sarif.sh SCHEMA.json [FILES…]
#
# SCHEMA.json is the OASIS schema (sarif-schema-2.1.0.json from the OASIS SARIF TC's
# `Schemata/` folder, https://github.com/oasis-tcs/sarif-spec, or the copy published at
# https://docs.oasis-open.org/sarif/sarif/v2.1.0/); it is not committed here.
#
# Lints, one SARIF log each: the seed article; a set of fixtures written to a temporary folder,
# mirroring the lint tests (every rule, every reader, a fix, Hangul and emoji whose UTF-16 and
# scalar columns differ, a path with a space and Hangul, unused suppressions, a clean file, and bad
# input: an empty file, invalid UTF-8, a missing path, a malformed config); and each FILE given
# (a FILE ending in .sarif is validated as it is). Each log is checked against the schema with
# format checking (URIs), and for what the schema cannot express: ruleIndex points at the rule
# whose id is ruleId, uriBaseIds are defined in originalUriBaseIds (ending in '/'), regions are
# 1-based. Prints PASS/FAIL per log; exits 1 if any fails.
#
# The venv (.venv-sarif, git-ignored) holds jsonschema with its URI format checkers from PyPI.
# SALIN=path/to/salin uses that binary; otherwise salin is built with --scratch-path
# ${SCRATCH_PATH:-.build}.
set -euo pipefail
if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: scripts/validate-sarif.sh SCHEMA.json [FILES…]" >&2
  exit 2
fi
schema=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
extra=()
for file in "$@"; do extra+=("$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"); done
cd "$(dirname "$0")/.."
root=$(pwd)

if [ ! -x .venv-sarif/bin/python ]; then python3 -m venv .venv-sarif; fi
.venv-sarif/bin/pip install -q 'jsonschema[format-nongpl]==4.23.0'

if [ -z "${SALIN:-}" ]; then
  scratch="${SCRATCH_PATH:-.build}"
  swift build --scratch-path "$scratch" --product salin >/dev/null
  SALIN="$root/$scratch/debug/salin"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
logs="$work/logs"
fixtures="$work/fixtures"
mkdir -p "$logs" "$fixtures/mga ulat" "$fixtures/locales" "$fixtures/bad"

# The fixtures: the texts of the lint tests, as files.
cat >"$fixtures/article.en.md" <<'EOF'
# Extended deterrence

| Area | Mga Detalye |
|---|---|
| 😀 Seoul | 확장억제 talks |

The pulong is 50% done, said Bonnie Jenkins of the DPRK desk.

Mga pinagmumulan: THX News
EOF
cat >"$fixtures/mga ulat/세부.tl.md" <<'EOF'
## Details

Nagpulong ang mga opisyal sa Washington noong Setyembre.
EOF
cat >"$fixtures/undeclared.md" <<'EOF'
A note with no declared language.
EOF
cat >"$fixtures/suppressed.en.md" <<'EOF'
<!-- salin-disable-next-line SL004 -->
Their motto, magandang umaga, opened the meeting.

<!-- salin-disable SL002 -->
Nothing to hide here.
<!-- salin-enable SL002 -->
EOF
cat >"$fixtures/clean.en.md" <<'EOF'
# Details

The allies met in Washington.
EOF
cat >"$fixtures/locales/tl.yaml" <<'EOF'
label.details: Mga Detalye
label.sources: The sources of this briefing
EOF
cat >"$fixtures/messages.po" <<'EOF'
msgid ""
msgstr ""
"Language: tl\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgid "The meeting opened in Washington."
msgstr "The meeting opened in Washington."
EOF
: >"$fixtures/bad/empty.md"
printf 'caf\xe9 au lait\n' >"$fixtures/bad/latin1.en.md"
mkdir -p "$fixtures/badconfig"
printf 'rules:\n  SL999: loud\n' >"$fixtures/badconfig/.salin.yml"
echo "Details" >"$fixtures/badconfig/a.en.md"

lint() { # NAME ARGS… : one SARIF log per call; exit 1 (findings) and 2 (bad input) are expected.
  local name=$1
  shift
  local status=0
  "$SALIN" lint --format sarif "$@" >"$logs/$name.sarif" 2>/dev/null || status=$?
  if [ "$status" -gt 2 ]; then echo "FAIL $name: salin exited $status" >&2; exit 1; fi
}
lint seed seeds/000_59885a65178f0467.txt --lang en
(cd "$fixtures" && lint fixtures article.en.md "mga ulat" undeclared.md suppressed.en.md \
  clean.en.md locales/tl.yaml messages.po)
(cd "$fixtures" && lint clean clean.en.md)
(cd "$fixtures" && lint bad-input bad/empty.md bad/latin1.en.md no/such.md clean.en.md)
(cd "$fixtures" && lint bad-config badconfig/a.en.md)
lint absolute-path "$fixtures/article.en.md"
lint stdin - --stdin-filename "mga ulat/b.en.md" <"$fixtures/article.en.md"
for file in ${extra[@]+"${extra[@]}"}; do
  case "$file" in
  *.sarif | *.sarif.json) cp "$file" "$logs/$(basename "$file")" ;;
  *) lint "$(basename "$file")" "$file" ;;
  esac
done

.venv-sarif/bin/python - "$schema" "$logs"/*.sarif <<'EOF'
import json, os, sys
from collections import Counter
from urllib.parse import urlsplit
from jsonschema import Draft4Validator, FormatChecker

schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft4Validator.check_schema(schema)
validator = Draft4Validator(schema, format_checker=FormatChecker())

def semantic_problems(log):
    """What SARIF 2.1.0 requires beyond its JSON schema, for what salin writes."""
    for r, run in enumerate(log.get("runs") or []):
        rules = run["tool"]["driver"].get("rules", [])
        bases = run.get("originalUriBaseIds", {})
        for name, base in bases.items():
            if not base.get("uri", "").endswith("/"):
                yield f"runs[{r}].originalUriBaseIds.{name}.uri must end with '/'"
            if urlsplit(base.get("uri", "")).scheme == "":
                yield f"runs[{r}].originalUriBaseIds.{name}.uri must be absolute"
        def locations(result):
            for location in result.get("locations", []):
                yield location["physicalLocation"]["artifactLocation"]
            for fix in result.get("fixes", []):
                for change in fix["artifactChanges"]:
                    yield change["artifactLocation"]
        for i, result in enumerate(run.get("results", [])):
            index = result.get("ruleIndex")
            if index is not None and (index >= len(rules) or rules[index]["id"] != result.get("ruleId")):
                yield f"runs[{r}].results[{i}].ruleIndex {index} is not rule {result.get('ruleId')}"
            for artifact in locations(result):
                base = artifact.get("uriBaseId")
                if base is not None and base not in bases:
                    yield f"runs[{r}].results[{i}]: uriBaseId {base} not in originalUriBaseIds"
                if base is None and urlsplit(artifact["uri"]).scheme == "":
                    yield f"runs[{r}].results[{i}]: relative uri {artifact['uri']!r} without uriBaseId"

failed = 0
for path in sys.argv[2:]:
    name = os.path.basename(path)
    try:
        log = json.load(open(path, encoding="utf-8"))
    except ValueError as error:
        print(f"FAIL {name}: not JSON: {error}")
        failed += 1
        continue
    problems = [
        f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
        for e in sorted(validator.iter_errors(log), key=lambda e: list(map(str, e.absolute_path)))
    ] + list(semantic_problems(log))
    rules = Counter(
        result.get("ruleId") for run in log.get("runs") or [] for result in run.get("results") or [])
    results = ", ".join(f"{rule} x{count}" for rule, count in sorted(rules.items())) or "no results"
    notes = sum(
        len(inv.get("toolExecutionNotifications", []))
        for run in log.get("runs") or [] for inv in run.get("invocations", []))
    if problems:
        failed += 1
        print(f"FAIL {name} ({results}; {notes} notifications)")
        for problem in problems:
            print(f"  {problem}")
    else:
        print(f"PASS {name} ({results}; {notes} notifications)")
print(f"{len(sys.argv) - 2 - failed} of {len(sys.argv) - 2} SARIF logs valid against {os.path.basename(sys.argv[1])}")
sys.exit(1 if failed else 0)
EOF
