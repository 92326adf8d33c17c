#!/usr/bin/env bash
# Installs the Jupyter kernel `lede` ("Java (Lede)") for the current user, with
# `jupyter kernelspec install --user`, so it honours JUPYTER_DATA_DIR.
#   scripts/install-kernel.sh            install kernel/target/lede-kernel.jar (build it first: make build)
#   scripts/install-kernel.sh --build    build the jar with Maven first if it is missing
# The kernelspec directory receives its own copy of the self-contained jar, and kernel.json runs it
# with the absolute path of the JDK that built it, so the installed kernel needs neither the build
# folder nor a java on PATH. Prints the kernelspec directory on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
py="$(scripts/python.sh)"
jar="kernel/target/lede-kernel.jar"

if [ "${1:-}" = "--build" ] && [ ! -f "$jar" ]; then
  mvn -B -q -ntp package -DskipTests
fi
if [ ! -f "$jar" ]; then
  echo "lede: $jar not found; build it first with 'make build' (or run 'make kernel')" >&2
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

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp "$jar" "$stage/lede-kernel.jar"
kernel_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xss4m -Djava.awt.headless=true -Dfile.encoding=UTF-8)
# One C1 compiler thread and 3x the compile thresholds for the kernel JVM (not for the user JVM):
# before its ports were bound, C1's two threads took 130-150 ms of CPU (about 600
# methods, mostly java.lang.invoke) from the two cores that the kernel's two start-up threads need.
# In alternating launches (16 each, twice) the shell port opened 20-45 ms sooner, and kernel_info
# took over 0.5 s in 2 of 32 launches instead of 7 (kernel/README.md, Startup); trivial cells
# took 3-6 ms longer (30-33 instead of 27-28 ms).
kernel_opts+=(-XX:CICompilerCount=1 -XX:CompileThresholdScaling=3)
# JDK 17.0.15 maps its class-data archives at a random address and then relocates every pointer
# in them (ArchiveRelocationMode=1, a hardening backported from JDK 20): about 40 ms for the JDK's
# archive and 90 ms with the kernel's, at every start of both JVMs. Mapping at the archive's own
# address takes ~8 ms. Only where this JDK accepts the (diagnostic) option; the kernel passes it
# on to the user JVM when it was started with it (KernelConfig).
reloc=(-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)
if "$java_bin" "${reloc[@]}" -Xshare:auto -version >/dev/null 2>&1; then
  kernel_opts+=("${reloc[@]}")
fi
write_spec() { # write_spec FILE [extra JVM option...]
  local out="$1"; shift
  "$py" - "$out" "$java_bin" "$dest/lede-kernel.jar" "${kernel_opts[@]}" "$@" <<'PY'
import json, os, sys
out, java, jar, *opts = sys.argv[1:]
spec = {
    # The kernel process routes messages and compiles; the user's code runs in a second JVM
    # that the kernel starts (see kernel/README.md).
    "argv": [java, *opts, "-Dlede.compile.classpath=" + os.path.join(os.path.dirname(jar), "classes"),
             "-Dlede.user.classpath=" + jar, "-cp", os.path.join(os.path.dirname(jar), "lede-boot.jar"),
             "dev.lede.kernel.Main", "{connection_file}"],
    "display_name": "Java (Lede)",
    "language": "java",
    "interrupt_mode": "message",
    "env": {},
    "metadata": {"debugger": False},
}
with open(out, "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=2)
    f.write("\n")
PY
}
write_spec "$stage/kernel.json"
"$py" -m jupyter_client.kernelspecapp install --user --name lede "$stage" >/dev/null 2>"$stage.log" || {
  cat "$stage.log" >&2; rm -f "$stage.log"; exit 1; }
rm -f "$stage.log"
[ -f "$dest/kernel.json" ] || { echo "lede: kernelspec was not installed where expected ($dest)" >&2; exit 1; }
rm -rf "$dest/classes" "$dest/lede-boot.jar"
# Two views of the jar, made from it here:
# - classes/: the classes a cell may compile against, unpacked for JShell's compiler (KernelConfig
#   COMPILE_CLASS_PATH): javac indexes all 31,000 entries of a jar before the first cell, but lists
#   a folder one package at a time. The kernel's own internals are left out.
# - lede-boot.jar: the kernel process's own class path, only the kernel, jjava, slf4j and the
#   jjava extension (its start no longer opens the 78 MB jar's 31,000-entry directory).
# The user JVM loads everything from lede-kernel.jar (KernelConfig USER_CLASS_PATH).
"$py" - "$dest/lede-kernel.jar" "$dest/classes" "$dest/lede-boot.jar" <<'PY'
import os, sys, zipfile
jar, out, boot = sys.argv[1:]
BOOT = ("dev/lede/kernel/", "org/dflib/", "org/slf4j/", "dev/lede/jupyter/", "META-INF/MANIFEST.MF",
        "META-INF/services/org.slf4j.spi.SLF4JServiceProvider", "META-INF/services/org.dflib.jjava.jupyter.Extension", "simplelogger.properties")
with zipfile.ZipFile(jar) as z, zipfile.ZipFile(boot + ".tmp", "w", zipfile.ZIP_STORED) as b:
    for e in z.infolist():
        n = e.filename
        if n.startswith(BOOT) and not n.endswith("/"):
            b.writestr(zipfile.ZipInfo(n, e.date_time), z.read(e))  # a new ZipInfo: the writer changes it
        if not n.endswith(".class") or n.startswith("META-INF/"):
            continue
        if n.startswith("dev/lede/kernel/") and not n.startswith("dev/lede/kernel/agent/"):
            continue
        z.extract(e, out)
os.replace(boot + ".tmp", boot)
PY

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
                 'Corpus.of(Document.of("a", "b c")).tokens(Tokenizer.standard()).frequencies().barChart(2)',
                 'int x = 2; x * 3', 'display("a")']:
        reply = kc.execute_interactive(code, timeout=120)
        if reply["content"]["status"] != "ok":
            raise SystemExit("training cell failed: %r -> %r" % (code, reply["content"]))
    for msg_id in (kc.complete("Str", 3), kc.is_complete("int y =")):
        while kc.get_shell_msg(timeout=60)["parent_header"].get("msg_id") != msg_id:
            pass
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=False)  # a clean exit, at which the JVM writes the archive
PY
  write_spec "$dest/kernel.json" -XX:SharedArchiveFile="$dest/kernel.jsa"
  rm -f "$dest/train.log"
else
  echo "lede: note: could not record class-data archives (see $dest/train.log); the kernel starts without them" >&2
  rm -f "$dest/kernel.jsa"
fi
rm -rf "$train"
echo "$dest"
