#!/usr/bin/env bash
# `make lsp-check`: drives `salin lsp` from a third-party LSP client (pygls' LanguageClient, from
# PyPI, in .venv-lsp). Not part of `make test`: it needs PyPI. See scripts/lsp/pygls_check.py.
set -euo pipefail
cd "$(dirname "$0")/.."
SALIN="${SALIN:-.build/debug/salin}"
if [ ! -x .venv-lsp/bin/python ] || ! .venv-lsp/bin/python -c 'import pygls' 2>/dev/null; then
  python3 -m venv .venv-lsp
  .venv-lsp/bin/pip install --quiet 'pygls==2.1.1'
fi
.venv-lsp/bin/python scripts/lsp/pygls_check.py "$SALIN" seeds/000_59885a65178f0467.txt
