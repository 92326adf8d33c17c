#!/usr/bin/env bash
# Lede's benchmark against scikit-learn: `make bench` (full) or `scripts/bench.sh --smoke`
# (tiny corpora, one repetition, checks; part of `make test`). Needs `make build` first
# (analysis-lib's classes and test classes) and Debian's bible-kjv, fortunes, python3-sklearn
# (scripts/ensure-deps.sh bench installs them). Results: target/bench/results.csv, scaling.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
py="$(scripts/python.sh)"
mode="${1:-full}"
if [ "$mode" = "--smoke" ]; then out=target/bench-smoke; else out=target/bench; fi
mkdir -p "$out"

lib=analysis-lib/target
if [ ! -d "$lib/classes/dev/lede" ] || [ ! -f "$lib/test-classes/dev/lede/bench/LedeBench.class" ]; then
  echo "bench: analysis-lib is not compiled; run 'make build' (or mvn -pl analysis-lib test-compile)" >&2
  exit 1
fi
if [ ! -s "$lib/bench-classpath.txt" ] || [ analysis-lib/pom.xml -nt "$lib/bench-classpath.txt" ]; then
  ${MVN:-mvn -B -q -ntp} -pl analysis-lib dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$PWD/$lib/bench-classpath.txt" >/dev/null
fi
# Lede's JVM: at most 1 GB of heap (the memory target), starting small and with the serial
# collector so the resident size follows what the task needs (the default G1 reserves about
# 1/64 of RAM up front).
jvm="-Xmx1g -Xms16m -XX:+UseSerialGC"
cp="$lib/classes:$lib/test-classes:$(cat "$lib/bench-classpath.txt")"

if [ "$mode" = "--smoke" ]; then
  "$py" scripts/bench_corpora.py "$out" --small
  exec "$py" scripts/bench.py --smoke --java java $jvm -cp "$cp" --out "$out"
fi
[ -f "$out/kjv-200mb.txt" ] && [ -f "$out/fortunes.csv" ] || "$py" scripts/bench_corpora.py "$out"
echo "bench: $(nproc) cores; other work on the machine changes the figures (see README, Performance)" >&2
exec "$py" scripts/bench.py --java java $jvm -cp "$cp" --out "$out"
