#!/usr/bin/env bash
# Part of `make test`: installs the kernel into a temporary JUPYTER_DATA_DIR (never the
# user's), then reruns every notebook and compares it with its committed outputs and stated
# finding -- three times in a row, under different settings, since reruns must be identical
# whatever the machine's locale, time zone and default charset:
#   1. as the environment is;
#   2. Turkish locale (dotless i, decimal comma) in UTC+12:45/13:45 (Pacific/Chatham);
#   3. the POSIX locale (ASCII default charset in Java 17) in UTC-03:30 (America/St_Johns);
# after run 1, opens its HTML reports and runs each notebook in Jupyter Notebook in headless
# Chromium (scripts/browser-check.py); and finally runs them on the second corpus that ships
# with the tests (LEDE_CORPUS), and on a folder of text files without a manifest
# (notebooks/tests/folder-corpus), and on the
# same corpus as a web page, a PDF, a Word file and an e-mail, where every cell must run without error.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export JUPYTER_DATA_DIR="$tmp/jupyter"
scripts/install-kernel.sh >/dev/null
unset LEDE_CORPUS

# tr_TR.UTF-8 is rarely installed; compile it into a private folder (glibc's localedef, no root)
turkish=(LANG=tr_TR.UTF-8 LC_ALL=tr_TR.UTF-8)
if ! locale -a 2>/dev/null | grep -qix 'tr_TR.utf-\?8'; then
  mkdir -p "$tmp/locale"
  if command -v localedef >/dev/null 2>&1 && localedef -i tr_TR -f UTF-8 "$tmp/locale/tr_TR.UTF-8" 2>/dev/null; then
    turkish+=(LOCPATH="$tmp/locale")
  else
    echo "test-notebooks: cannot make the locale tr_TR.UTF-8 (install Debian's locales package); run 2 uses it anyway" >&2
  fi
fi

run() {  # run LABEL [VAR=value ...] -- notebooks.py arguments
  local label="$1"; shift
  local envs=()
  while [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  echo "== notebooks, $label"
  env ${envs[@]+"${envs[@]}"} scripts/run-notebooks.sh --check "$@"
}

run "run 1: this machine's settings" -- --out "$tmp/run1"
# what a reader sees: run 1's HTML reports and a Run All of each notebook in Jupyter Notebook,
# in headless Chromium (screenshots in target/screenshots)
echo "== browser check"
"$(scripts/python.sh)" scripts/browser-check.py --reports "$tmp/run1" --live
run "run 2: ${turkish[0]}, TZ=Pacific/Chatham" "${turkish[@]}" TZ=Pacific/Chatham -- --out "$tmp/run2"
run "run 3: LC_ALL=C (ASCII), TZ=America/St_Johns" LANG=C LC_ALL=C TZ=America/St_Johns -- --out "$tmp/run3"
# the reports of the three runs must be the same bytes too
for f in "$tmp"/run1/*.ipynb "$tmp"/run1/*.html; do
  for r in run2 run3; do
    cmp -s "$f" "$tmp/$r/$(basename "$f")" || { echo "test-notebooks: $(basename "$f") differs between run 1 and $r" >&2; exit 1; }
  done
done
run "second corpus (notebooks/tests/second-corpus)" -- --corpus notebooks/tests/second-corpus --out "$tmp/other"
# a plain folder of .txt files in English and French, no manifest (languages detected, titles from
# headlines, no outlet); one text quotes <script> and <img onerror> markup, which must stay text
run "folder of text files without a manifest (notebooks/tests/folder-corpus)" -- --corpus notebooks/tests/folder-corpus --out "$tmp/folder"
echo "== browser check of the folder corpus's reports"
"$(scripts/python.sh)" scripts/browser-check.py --reports "$tmp/folder/other-corpus" --shots target/screenshots/folder-corpus
# the same corpus as a journalist receives it: a blog page, a PDF, a Word file and an e-mail, written by
# the tests' fixtures (PDFBox and POI come with Tika in kernel/target/kernelspec/lede-tika)
java -cp "kernel/target/kernelspec/lede-kernel.jar:kernel/target/kernelspec/lede-tika/*:analysis-lib/target/test-classes" \
  dev.lede.formats.MixedCorpus notebooks/tests/second-corpus "$tmp/mixed-corpus" 2>/dev/null
run "second corpus as .html/.pdf/.docx/.eml" -- --corpus "$tmp/mixed-corpus/corpus.csv" --out "$tmp/mixed"
