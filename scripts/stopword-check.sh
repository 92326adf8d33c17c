#!/usr/bin/env bash
# Checks each built-in stopword list against a frequency list of real text in its language
# (docs/stopwords.md says what was changed from it and why). Installs the corpora, Debian's
# fortunes-* and debian-faq-* packages (scripts/ensure-deps.sh stopwords), builds one text per
# language (scripts/stopword_corpora.py) and writes one report per list with
# dev.lede.text.StopwordCheck: target/stopword-check/<code>.md. Not part of make test (it
# downloads about 8 MB of packages); needs analysis-lib compiled (mvn -pl analysis-lib test-compile).
# Usage: scripts/stopword-check.sh [TOP]   (TOP most frequent words per language, default 150)
set -euo pipefail
cd "$(dirname "$0")/.."
top="${1:-150}"
out=target/stopword-check
lib=analysis-lib/target
scripts/ensure-deps.sh stopwords
if [ ! -f "$lib/test-classes/dev/lede/text/StopwordCheck.class" ]; then
  echo "stopword-check: analysis-lib is not compiled; run mvn -pl analysis-lib test-compile" >&2
  exit 1
fi
mkdir -p "$out/corpora"
"$(scripts/python.sh)" scripts/stopword_corpora.py "$out/corpora"
if [ ! -s "$lib/bench-classpath.txt" ] || [ analysis-lib/pom.xml -nt "$lib/bench-classpath.txt" ]; then
  ${MVN:-mvn -B -q -ntp} -pl analysis-lib dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$PWD/$lib/bench-classpath.txt" >/dev/null
fi
cp="$lib/classes:$lib/test-classes:$(cat "$lib/bench-classpath.txt")"
for code in $(cut -f1 "$out/corpora/sources.tsv" | uniq); do
  java -cp "$cp" dev.lede.text.StopwordCheck "$code" "$out/corpora/$code.txt" "$top" "$out/$code.md"
  echo "stopword-check: $code -> $out/$code.md ($(grep -c 'NOT LISTED' "$out/$code.md") of the top $top not listed)"
done
