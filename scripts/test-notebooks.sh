#!/usr/bin/env bash
# Part of `make test`: installs the kernel into a temporary JUPYTER_DATA_DIR (never the
# user's), reruns every notebook against its committed outputs and stated findings, then
# reruns them on the second corpus that ships with the tests (LEDE_CORPUS).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export JUPYTER_DATA_DIR="$tmp/jupyter"
scripts/install-kernel.sh >/dev/null
scripts/run-notebooks.sh --check --out "$tmp/notebooks"
if ls notebooks/*.ipynb >/dev/null 2>&1; then
  scripts/run-notebooks.sh --check --corpus notebooks/tests/second-corpus --out "$tmp/notebooks"
fi
