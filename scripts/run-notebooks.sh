#!/usr/bin/env bash
# Reruns every notebook with the installed `lede` kernel (see scripts/notebooks.py).
#   scripts/run-notebooks.sh           execute into target/notebooks and report
#   scripts/run-notebooks.sh --check   the same, failing on any error, difference or lost finding
set -euo pipefail
cd "$(dirname "$0")/.."
exec "$(scripts/python.sh)" scripts/notebooks.py "$@"
