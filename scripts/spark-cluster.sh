#!/usr/bin/env bash
# A real Spark cluster on this machine: a standalone master and two workers (one core each) on
# 127.0.0.1, started from the jars Maven put in spark/target/spark-home/jars (no download); the
# counting and TF-IDF jobs of dev.lede.spark.ClusterCheck are submitted to it with spark-submit,
# checked against the single-machine results, and the cluster is stopped on any exit.
#
# Usage: scripts/spark-cluster.sh [LINES_FILE]   (after `mvn package`; part of `make test` and `make bench`)
#        scripts/spark-cluster.sh --keep         start the cluster, print its master URL, stop on Ctrl-C
# Logs: target/spark-cluster/ (master.log, worker-1.log, worker-2.log, the executors' work folders).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
spark_home="$root/spark/target/spark-home"
app="$(ls spark/target/lede-spark-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)"
lib="$(ls analysis-lib/target/analysis-lib-*.jar 2>/dev/null | grep -v -e sources -e javadoc -e tests | head -1 || true)"
if [ ! -d "$spark_home/jars" ] || [ -z "$app" ] || [ -z "$lib" ]; then
  echo "spark-cluster: the Spark jars or Lede's jars are missing; run 'mvn -B -q package -DskipTests' (or make build) first" >&2
  exit 1
fi
py="$(scripts/python.sh)"
out="$root/target/spark-cluster"
rm -rf "$out"
mkdir -p "$out/work-1" "$out/work-2" "$out/conf"

# Spark 3.5 on Java 17 needs these packages opened (what spark-submit's launcher adds)
opens="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
# the Worker builds its executors' class path from SPARK_HOME/jars; the Scala version names
# the build when SPARK_HOME is not a Spark distribution with a RELEASE file
export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_CONF_DIR="$out/conf"
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
# Spark's daemons log at WARN to their log files
cat > "$out/conf/log4j2.properties" <<'EOF'
rootLogger.level = warn
rootLogger.appenderRef.stdout.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
EOF
cp="$spark_home/jars/*"
free_port() { "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
port="$(free_port)"
master="spark://127.0.0.1:$port"
pids=()
cleanup() {
  local rc=$?
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ui="$(free_port)"
java -Xmx256m $opens -Dlog4j2.configurationFile="$out/conf/log4j2.properties" -cp "$cp" \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port "$ui" \
  > "$out/master.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  java -Xmx256m $opens -Dlog4j2.configurationFile="$out/conf/log4j2.properties" -cp "$cp" \
    org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1g --work-dir "$out/work-$w" \
    --webui-port "$(free_port)" "$master" > "$out/worker-$w.log" 2>&1 &
  pids+=($!)
done
# the daemons log at WARN: the master's status page says when both workers are alive
alive() { "$py" -c 'import json, sys, urllib.request
try:
    print(sum(w["state"] == "ALIVE" for w in json.load(urllib.request.urlopen(sys.argv[1], timeout=2))["workers"]))
except Exception:
    print(0)' "http://127.0.0.1:$ui/json/"; }
for i in $(seq 1 240); do
  [ "$(alive)" -ge 2 ] && break
  if [ "$i" = 240 ]; then
    echo "spark-cluster: the workers did not register in 2 minutes; see target/spark-cluster/*.log" >&2
    tail -5 "$out"/*.log >&2
    exit 1
  fi
  sleep 0.5
done
echo "spark-cluster: master $master with 2 workers of 1 core each (logs in target/spark-cluster/)"

if [ "${1:-}" = "--keep" ]; then
  echo "spark-cluster: running; submit with --master $master; Ctrl-C stops it"
  wait "${pids[0]}"
  exit 0
fi

args=("$root/data/putin-pyongyang-2024")
[ -n "${1:-}" ] && args+=("$(readlink -f "$1")")
start=$SECONDS
java -Xmx1g $opens -Dlog4j2.configurationFile="$out/conf/log4j2.properties" -cp "$cp:$app:$lib" \
  org.apache.spark.deploy.SparkSubmit --master "$master" --deploy-mode client \
  --conf spark.executor.memory=600m --conf spark.executor.cores=1 --conf spark.driver.host=127.0.0.1 \
  --conf spark.ui.enabled=false --conf "spark.executor.extraJavaOptions=-Duser.language=tr -Duser.timezone=Pacific/Chatham" \
  --jars "$lib" --class dev.lede.spark.ClusterCheck "$app" "${args[@]}"
echo "spark-cluster: the checks took $((SECONDS - start)) s; stopping the cluster"
