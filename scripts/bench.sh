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
deps="$(cat "$lib/bench-classpath.txt")"

# Application class-data sharing (AppCDS): a training run lists the classes it loads (Lede's,
# Commons CSV, ICU4J, Tablesaw, ...) and a JVM that runs nothing dumps them into a static archive
# that every later JVM maps instead of loading and verifying them again. (An archive written at
# the exit of the training run itself, -XX:ArchiveClassesAtExit, can carry the JIT's state of that
# moment: with one such archive Utf8Counter.countAscii was never compiled in any later JVM and
# counting took 5 times the CPU.) CDS archives only classes from jar files, so Lede's classes are
# packed into $out/lede-bench.jar first; all are made again when the classes change.
cds() {
  local jar="$out/lede-bench.jar" jsa="$out/lede-bench.jsa"
  if [ ! -f "$jar" ] || [ -n "$(find "$lib/classes" "$lib/test-classes/dev/lede/bench" -newer "$jar" -type f | head -1)" ]; then
    rm -f "$jsa" "$jar"
    jar cf "$jar" -C "$lib/classes" . -C "$lib/test-classes" dev/lede/bench
  fi
  cp="$jar:$deps"
  if [ ! -f "$jsa" ] || [ ! -f "$out/lede-bench.classlist" ]; then # (no class list: an archive of the old kind)
    rm -f "$jsa"
    java $jvm -XX:DumpLoadedClassList="$out/lede-bench.classlist" -cp "$cp" dev.lede.bench.LedeBench \
      tfidf-fortunes "$out" 0 1 >/dev/null 2>&1 \
      && java $jvm -Xshare:dump -XX:SharedClassListFile="$out/lede-bench.classlist" -XX:SharedArchiveFile="$jsa" \
        -cp "$cp" >/dev/null 2>&1 \
      || rm -f "$jsa"
  fi
  if [ -f "$jsa" ]; then
    jvm="$jvm -XX:SharedArchiveFile=$jsa"
  else
    echo "bench: no class-data sharing archive (training run failed); measuring without it" >&2
  fi
}

if [ "$mode" = "--smoke" ]; then
  "$py" scripts/bench_corpora.py "$out" --small
  cds
  exec "$py" scripts/bench.py --smoke --java java $jvm -cp "$cp" --out "$out"
fi
[ -f "$out/kjv-200mb.txt" ] && [ -f "$out/fortunes.csv" ] && [ -f "$out/captions-year/captions.csv" ] || "$py" scripts/bench_corpora.py "$out"
cds
echo "bench: $(nproc) cores; other work on the machine changes the figures (see README, Performance)" >&2
exec "$py" scripts/bench.py --java java $jvm -cp "$cp" --out "$out"
