#!/usr/bin/env bash
# Reruns every notebook with the installed `lede` kernel (see scripts/notebooks.py).
#   scripts/run-notebooks.sh                     execute into target/notebooks and report
#   scripts/run-notebooks.sh --check             the same, failing on any error, difference or lost finding
#   scripts/run-notebooks.sh notebooks/00-getting-started.ipynb    just one notebook
#   LEDE_CORPUS=data/my-story scripts/run-notebooks.sh             on your own corpus
# Relative paths (notebooks, LEDE_CORPUS, --corpus, --out) are taken from where you run it.
set -euo pipefail
here="$(pwd)"
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -n "${LEDE_CORPUS:-}" ] && [ "${LEDE_CORPUS#/}" = "$LEDE_CORPUS" ]; then
  export LEDE_CORPUS="$here/$LEDE_CORPUS"
fi
args=()
for a in "$@"; do
  case "$a" in
    -*|/*) args+=("$a") ;;
    *) if [ -e "$here/$a" ] || [ "${prev:-}" = --out ]; then args+=("$here/$a"); else args+=("$a"); fi ;;
  esac
  prev="$a"
done
cd "$root"
exec "$(scripts/python.sh)" scripts/notebooks.py ${args[@]+"${args[@]}"}
