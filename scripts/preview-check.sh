#!/usr/bin/env bash
# `make preview-check`: drives `salin preview` in headless Chromium (Debian's chromium and
# chromium-driver, Selenium 4.38.0 from PyPI in .venv-preview) and writes screenshots to out/
# (preview.png, preview-hover.png, preview-error.png). Not part of `make test`. See
# scripts/preview/browser_check.py for what it checks.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-debian-packages.sh chromium chromium-driver fonts-noto-cjk
SALIN="${SALIN:-.build/debug/salin}"
if [ ! -x .venv-preview/bin/python ] || ! .venv-preview/bin/python -c 'import selenium' 2>/dev/null; then
  python3 -m venv .venv-preview
  .venv-preview/bin/pip install --quiet 'selenium==4.38.0'
fi
# Selenium must use Debian's driver, never download one.
export SE_OFFLINE=true
.venv-preview/bin/python scripts/preview/browser_check.py "$SALIN" seeds/edscg-5.briefing.yaml out
