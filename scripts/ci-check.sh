#!/usr/bin/env bash
# `make ci-check`: runs Salin's pre-commit hook and GitHub Action the way those tools do.
#   - pre-commit 4.7.0 from PyPI (in .venv-ci) in a temporary git repository whose
#     .pre-commit-config.yaml names this repository at its HEAD commit: the salin-lint-system hook
#     fails on the seed's two SL001 findings and passes once they are fixed. CI_CHECK_SWIFT=1 also
#     runs the salin-lint hook, which pre-commit builds from source with Swift (a release build).
#   - action.yml, step by step (scripts/ci/run_action.py) in a temporary workspace: it lints,
#     writes SARIF with the two findings, fails the job, and passes with fail-on-findings: false
#     and after the fix.
# Not part of `make test`: it needs PyPI. Prints `N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
make --no-print-directory build >/dev/null
bin=$(swift build --show-bin-path)
if [ ! -x .venv-ci/bin/pre-commit ]; then
  python3 -m venv .venv-ci
  .venv-ci/bin/pip install --quiet 'pre-commit==4.7.0'
fi
rev=$(git rev-parse HEAD)
git diff --quiet HEAD -- .pre-commit-hooks.yaml action.yml ||
  echo "note: .pre-commit-hooks.yaml or action.yml has uncommitted changes; pre-commit uses $rev"
passed=0 failed=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then echo "PASS $1"; passed=$((passed + 1)); else
    echo "FAIL $1: expected $2, got $3"; failed=$((failed + 1)); fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed() { # seed DIR: the seed article in an English repository
  mkdir -p "$1"
  cp seeds/000_59885a65178f0467.txt "$1/article.txt"
  printf 'lang: en\n' >"$1/.salin.yml"
}

echo "== pre-commit =="
repo="$work/precommit"
seed "$repo"
hooks="salin-lint-system"
if [ "${CI_CHECK_SWIFT:-0}" = 1 ]; then hooks="salin-lint"; fi
cat >"$repo/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks: [{id: $hooks}]
YAML
(
  cd "$repo"
  git init -q && git add -A && git -c user.name=ci -c user.email=ci@example.invalid commit -qm seed
)
export PRE_COMMIT_HOME="$work/pre-commit-home"
code=0
(cd "$repo" && PATH="$bin:$PATH" "$root/.venv-ci/bin/pre-commit" run --all-files) >"$work/pc1.log" 2>&1 || code=$?
cat "$work/pc1.log"
check "pre-commit fails on the seed" 1 "$code"
check "pre-commit shows both SL001 findings" 2 "$(grep -c 'SL001' "$work/pc1.log" || true)"
"$bin/salin" lint "$repo/article.txt" --fix >/dev/null || true
code=0
(cd "$repo" && PATH="$bin:$PATH" "$root/.venv-ci/bin/pre-commit" run --all-files) >"$work/pc2.log" 2>&1 || code=$?
cat "$work/pc2.log"
check "pre-commit passes after the fix" 0 "$code"

echo "== GitHub Action (composite steps as a script) =="
ws="$work/action"
seed "$ws"
code=0
.venv-ci/bin/python scripts/ci/run_action.py "$root" "$ws" configuration=debug >"$work/a1.log" 2>&1 || code=$?
cat "$work/a1.log"
check "the action fails the job on findings" 1 "$code"
check "the action's exit-code output is 1" 1 "$(sed -n 's/.*"exit-code": "\([0-9]*\)".*/\1/p' "$work/a1.log")"
check "the SARIF it uploads holds both findings" "['SL001', 'SL001']" \
  "$(sed -n 's/.*results: \(\[.*\]\)).*/\1/p' "$work/a1.log")"
code=0
.venv-ci/bin/python scripts/ci/run_action.py "$root" "$ws" configuration=debug fail-on-findings=false >"$work/a2.log" 2>&1 || code=$?
check "with fail-on-findings: false the job passes" 0 "$code"
"$bin/salin" lint "$ws/article.txt" --fix >/dev/null || true
code=0
.venv-ci/bin/python scripts/ci/run_action.py "$root" "$ws" configuration=debug >"$work/a3.log" 2>&1 || code=$?
tail -2 "$work/a3.log"
check "after the fix the action passes" 0 "$code"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
