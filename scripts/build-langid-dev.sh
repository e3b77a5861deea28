#!/usr/bin/env bash
# Rebuilds the language-mixing development text in .langid-dev/ (LANGID_DEV=DIR for another place;
# never committed):
# clones each public source at its pinned commit (scripts/langid-dev/build_dev.py, SOURCES) into a
# temporary folder, or uses the checkouts in $DEV_SOURCES (DIR/NAME, or a mirror's
# DIR/OWNER+NAME/repo), and extracts the text. The Taglish hand labels are committed in
# Benchmarks/Mixing/labels/ (the text files are rebuilt byte for byte, so their line numbers stay
# right).
# Read by `make bench-mixing`; never by training (scripts/train-langid.sh reads train/ only).
set -euo pipefail
root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
out="${LANGID_DEV:-$root/.langid-dev}"
sources="${DEV_SOURCES:-}"
if [ -z "$sources" ]; then
  sources="$(mktemp -d)"
  trap 'rm -rf "$sources"' EXIT
  python3 - "$sources" <<'PY'
import subprocess, sys, importlib.util
spec = importlib.util.spec_from_file_location("b", "scripts/langid-dev/build_dev.py")
b = importlib.util.module_from_spec(spec); spec.loader.exec_module(b)
for name, (url, commit) in b.SOURCES.items():
    subprocess.run(["git", "clone", "--quiet", url, f"{sys.argv[1]}/{name}"], check=True)
PY
fi
mkdir -p "$out"
python3 scripts/langid-dev/build_dev.py "$sources" "$out"
echo "build-langid-dev: wrote $out"
