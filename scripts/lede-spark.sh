#!/usr/bin/env bash
# Runs a Lede job with spark-submit from the build's jars (no Spark installation needed on this
# machine; a cluster's executors get Lede's jars from here).
#   scripts/lede-spark.sh local[2] INPUT OUT.csv             term counts of INPUT on this machine's 2 cores
#   scripts/lede-spark.sh spark://host:7077 INPUT OUT.csv    the same on a cluster (INPUT where every worker reads it)
# INPUT: a folder of .txt/.md files, a .csv/.jsonl/.parquet file or folder, or a file of one document per line.
# Other jobs: LEDE_SPARK_CLASS=dev.lede.spark.ClusterCheck scripts/lede-spark.sh MASTER data/putin-pyongyang-2024
# Needs `make build` (spark/target/spark-home). The cluster's workers need Spark 3.5 with Scala 2.13
# and analysis-lib's dependencies (the jars in spark/target/spark-home/jars).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -lt 2 ]; then sed -n '2,9p' "$0" >&2; exit 2; fi
master="$1"; shift
home="$here/spark/target/spark-home"
lib="$(ls "$here"/analysis-lib/target/analysis-lib-*.jar 2>/dev/null | grep -v -e sources -e tests | head -1 || true)"
if [ ! -f "$home/lede-spark.jar" ] || [ -z "$lib" ]; then
  echo "lede-spark: not built; run 'make build' first" >&2
  exit 1
fi
opens="-XX:+IgnoreUnrecognizedVMOptions"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# Spark's own logging at warnings (SparkSubmit starts logging before the job can quiet it)
mkdir -p "$home/conf"
[ -f "$home/conf/log4j2.properties" ] || printf '%s\n' 'rootLogger.level = warn' 'rootLogger.appenderRef.stderr.ref = stderr' \
  'appender.console.type = Console' 'appender.console.name = stderr' 'appender.console.target = SYSTEM_ERR' \
  'appender.console.layout.type = PatternLayout' 'appender.console.layout.pattern = %p %c{1}: %m%n' \
  'logger.native.name = org.apache.hadoop.util.NativeCodeLoader' 'logger.native.level = error' > "$home/conf/log4j2.properties"
exec java -Xmx${LEDE_SPARK_DRIVER_HEAP:-2g} $opens -Dlog4j2.configurationFile="$home/conf/log4j2.properties" -cp "$home/jars/*:$home/lede-spark.jar:$lib" \
  org.apache.spark.deploy.SparkSubmit --master "$master" --conf spark.ui.showConsoleProgress=false \
  --jars "$lib" --class "${LEDE_SPARK_CLASS:-dev.lede.spark.CountTerms}" "$home/lede-spark.jar" "$@"
