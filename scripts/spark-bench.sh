#!/usr/bin/env bash
# The Spark rows of `make bench` (dev.lede.spark.SparkBench, spark module test sources): Lede on
# Spark local[2] against Spark ML's RegexTokenizer + CountVectorizer + IDF in the same run, against
# Lede on one machine, and local[1] against local[2]; then the standalone cluster check
# (scripts/spark-cluster.sh) on a 10 MB file. Needs `make build` and the bench corpora
# (scripts/bench_corpora.py target/bench). Writes target/bench/spark.csv.
# Usage: scripts/spark-bench.sh [FILE [SMALL_FILE]]   (BENCH_SPARK_REPS, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:-target/bench/kjv-200mb.txt}"
small="${2:-target/bench/kjv-10mb.txt}"
lib="$(ls analysis-lib/target/analysis-lib-*.jar 2>/dev/null | grep -v -e sources -e tests | head -1 || true)"
if [ ! -d spark/target/spark-home/jars ] || [ ! -f spark/target/test-classes/dev/lede/spark/SparkBench.class ] || [ -z "$lib" ]; then
  echo "spark-bench: the spark module is not built; run 'make build'" >&2
  exit 1
fi
if [ ! -f "$file" ] || [ ! -f "$small" ]; then
  "$(scripts/python.sh)" scripts/bench_corpora.py target/bench
fi
opens="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
mkdir -p target/bench
echo "spark-bench: $(nproc) cores; $file; other work on the machine changes the seconds, less the ratios" >&2
java -Xmx6g $opens -cp "spark/target/test-classes:spark/target/classes:$lib:spark/target/spark-home/jars/*" \
  dev.lede.spark.SparkBench "$file" "$small" target/bench/spark.csv "${BENCH_SPARK_REPS:-3}"
scripts/spark-cluster.sh "$small"
