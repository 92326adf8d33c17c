#!/usr/bin/env bash
# Installs the Jupyter kernel `lede` ("Java (Lede)") for the current user, with
# `jupyter kernelspec install --user`, so it honours JUPYTER_DATA_DIR.
#   scripts/install-kernel.sh            install kernel/target/kernelspec (build it first: make build)
#   scripts/install-kernel.sh --build    build it with Maven first if it is missing
# `mvn package` lays out the kernelspec directory (kernel/pom.xml says what is in it); this script
# installs it and fills in what depends on this machine: the absolute path of the JDK that built it
# (so the installed kernel needs neither the build folder nor a java on PATH), the installed
# directory, the JVM options this JDK accepts, and a class-data archive recorded by a training run.
# Prints the kernelspec directory on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
py="$(scripts/python.sh)"
staged="kernel/target/kernelspec"
parts=("$staged/kernel.json" "$staged/lede-kernel.jar" "$staged/lede-boot.jar" "$staged/classes")

missing() { local p; for p in "${parts[@]}"; do [ -e "$p" ] || return 0; done; return 1; }
if [ "${1:-}" = "--build" ] && missing; then
  mvn -B -q -ntp package -DskipTests
fi
if missing; then
  echo "lede: $staged is incomplete or missing; build it first with 'make build' (or run 'make kernel')" >&2
  exit 1
fi

# The JDK that built the jar: Maven records it in the jar's manifest (Build-Jdk-Spec is only the
# version), so take the java.home Maven would use now, preferring JAVA_HOME like Maven does.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java_bin="$JAVA_HOME/bin/java"
else
  java_bin="$(readlink -f "$(command -v java)")"
fi
java_home="$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
java_bin="$java_home/bin/java"
"$java_bin" -version 2>&1 | head -1 | grep -Eq '"(1[7-9]|[2-9][0-9])' || {
  echo "lede: $java_bin is not Java 17 or newer; set JAVA_HOME to a JDK 17" >&2; exit 1; }
[ -x "$java_home/bin/jshell" ] || { echo "lede: $java_home is a JRE without jdk.jshell; the kernel needs a full JDK" >&2; exit 1; }

data_dir="$("$py" -c 'from jupyter_core.paths import jupyter_data_dir; print(jupyter_data_dir())')"
dest="$data_dir/kernels/lede"
case "$dest$java_bin" in
  *[[:cntrl:]]*) echo "lede: control characters in the path $dest or $java_bin; choose another JUPYTER_DATA_DIR or JAVA_HOME" >&2; exit 1 ;;
esac

# Options only where this JDK accepts them. JDK 17.0.15 maps its class-data archives at a random
# address and then relocates every pointer in them (ArchiveRelocationMode=1, a hardening backported
# from JDK 20), at every start of both JVMs; mapping at the archive's own address avoids that
# (kernel/README.md, Startup). The option is diagnostic; the kernel passes it on to the user JVM
# when it was started with it (KernelConfig).
probed=()
reloc=(-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)
if "$java_bin" "${reloc[@]}" -Xshare:auto -version >/dev/null 2>&1; then
  probed+=("${reloc[@]}")
fi

json_escape() { local s="${1//\\/\\\\}"; printf '%s' "${s//\"/\\\"}"; }
# write_spec FILE [JVM option...]: the build's kernel.json template with this machine's values.
write_spec() {
  local out="$1" line opt indent java dir; shift
  java="$(json_escape "$java_bin")"; dir="$(json_escape "$dest")"
  while IFS= read -r line; do
    if [[ "$line" == *'"@MACHINE_OPTIONS@",' ]]; then
      indent="${line%%\"*}"
      for opt in ${probed[@]+"${probed[@]}"} "$@"; do
        printf '%s"%s",\n' "$indent" "$(json_escape "$opt")"
      done
      continue
    fi
    line="${line//@JAVA@/"$java"}"
    printf '%s\n' "${line//@KERNEL_DIR@/"$dir"}"
  done <"$staged/kernel.json" >"$out.tmp"
  if grep -q '@[A-Z_]*@' "$out.tmp"; then
    echo "lede: $staged/kernel.json has a placeholder this script does not know: $(grep -o '@[A-Z_]*@' "$out.tmp" | head -1)" >&2
    exit 1
  fi
  # %spark loads Lede on Spark from the build's spark/target/spark-home, when it was built
  if [ -f "$spark_home/lede-spark.jar" ]; then
    "$py" -c 'import json, sys
spec = json.load(open(sys.argv[1]))
spec["env"]["LEDE_SPARK"] = sys.argv[2]
json.dump(spec, open(sys.argv[1], "w"), indent=1)' "$out.tmp" "$spark_home"
  fi
  mv "$out.tmp" "$out"
}
spark_home="$PWD/spark/target/spark-home"

log="$(mktemp)"
"$py" -m jupyter_client.kernelspecapp install --user --name lede "$staged" >/dev/null 2>"$log" || {
  cat "$log" >&2; rm -f "$log"; exit 1; }
rm -f "$log"
[ -f "$dest/kernel.json" ] || { echo "lede: kernelspec was not installed where expected ($dest)" >&2; exit 1; }
write_spec "$dest/kernel.json"

# A class-data-sharing archive of the kernel JVM (jjava, ZeroMQ, Gson, HMAC, javac, JShell), recorded
# by a training run of the installed kernel under -XX:ArchiveClassesAtExit, driven by jupyter_client
# like a real session (kernel_info, a value, a table, a chart, shutdown), so the archive holds the
# protocol classes too: starts then map those classes instead of loading them from the jar (archives
# are tied to the jar's path). Without it the kernel works, only starts slower. (The user JVM runs
# under a JDWP agent, with which JDK 17 cannot record an archive.)
rm -f "$dest/kernel.jsa"
train="$(mktemp -d)"
mkdir -p "$train/kernels/lede-train"
write_spec "$train/kernels/lede-train/kernel.json" -XX:ArchiveClassesAtExit="$dest/kernel.jsa"
if JUPYTER_PATH="$train" timeout 180 "$py" - >"$dest/train.log" 2>&1 <<'PY' && [ -f "$dest/kernel.jsa" ]; then
import jupyter_client
km, kc = jupyter_client.manager.start_new_kernel(kernel_name="lede-train", startup_timeout=120)
try:
    for code in ['1 + 1', 'Table.create("t", IntColumn.create("n", 1, 2))',
                 'Corpus.of(Document.of("a", "b c")).tokens().frequencies().barChart(2)',
                 'int x = 2; x * 3', 'display("a")']:
        reply = kc.execute_interactive(code, timeout=120)
        if reply["content"]["status"] != "ok":
            raise SystemExit("training cell failed: %r -> %r" % (code, reply["content"]))
    for msg_id in (kc.complete("Str", 3), kc.is_complete("int y =")):
        while kc.get_shell_msg(timeout=60)["parent_header"].get("msg_id") != msg_id:
            pass
finally:
    kc.stop_channels()
    # A clean exit, at which the JVM writes the archive. That takes seconds on a busy machine, and
    # jupyter_client kills a kernel that is not gone after shutdown_wait_time (5 s by default).
    km.shutdown_wait_time = 60
    km.shutdown_kernel(now=False)
PY
  write_spec "$dest/kernel.json" -XX:SharedArchiveFile="$dest/kernel.jsa"
  rm -f "$dest/train.log"
else
  echo "lede: note: could not record class-data archives (see $dest/train.log); the kernel starts without them" >&2
  rm -f "$dest/kernel.jsa"
fi
rm -rf "$train"
echo "$dest"
