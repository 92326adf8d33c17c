"""Drives an installed `lede` kernel with the real jupyter_client and checks what a cell can and
cannot do to it. Prints one line per check, `PASS <name>` or `FAIL <name>: <why>`, for
KernelIT to turn into JUnit tests; exits 1 if any check failed.

Usage: python3 lede_checks.py KERNEL_STDERR_LOG
(JUPYTER_DATA_DIR must point at the temporary data dir the kernel was installed into.)
"""
import json
import os
import sys
import tempfile
import time

import jupyter_client
import psutil
import zmq
from jupyter_client.session import Session

from kernel_driver import TIMEOUT, check, collect, expect_ok, expect_value, finish, result_of, run, shell_reply, start


def assert_never_published(client, text):
    """Reads client's iopub until it is quiet for 0.2 s; no message may contain text."""
    while True:
        try:
            m = client.get_iopub_msg(timeout=0.2)
        except Exception:
            break
        assert text not in json.dumps(m["content"]), m


log_path = sys.argv[1]
km, kc, log = start(log_path)


@check("kernel_info says java")
def _():
    msg_id = kc.kernel_info()
    info = shell_reply(msg_id)
    assert info["language_info"]["name"] == "java", info["language_info"]
    assert info["implementation"] == "lede", info


@check("execute keeps state across cells and returns the last expression")
def _():
    expect_ok("int base = 40;")
    expect_value("int two = 2;\nbase + two", "42")
    outs = expect_ok('System.out.println("hello " + base);')
    text = "".join(c["text"] for t, c in outs if t == "stream")
    assert text == "hello 40\n", repr(text)


@check("the default imports, one snippet, survive a cell repeating the import that keys it")
def _():
    # The kernel evaluates its default imports as one JShell snippet keyed by its first import;
    # a cell with that same import replaces the snippet, and the kernel puts it back.
    expect_ok("import static dev.lede.kernel.agent.Notebook.*;")
    expect_value('Path.of("a", "b").getNameCount() + Corpus.class.getSimpleName().length() + List.of(1).size()', "9")
    expect_ok("import java.util.*;")
    expect_value('Tokenizer.class.getSimpleName().length() + Files.class.getSimpleName().length()', "14")


@check("tablesaw table renders as escaped html with text/plain")
def _():
    data = result_of(expect_ok(
        'Table t = Table.create("t", StringColumn.create("who", "Putin & <Kim>", "Xi"), IntColumn.create("n", 3, 1));\nt'))
    html = data["text/html"]
    assert "<table" in html and "Putin &amp; &lt;Kim&gt;" in html and "<Kim>" not in html, html[:300]
    assert "2 rows" in html, html[-200:]
    assert "Putin & <Kim>" in data["text/plain"], data["text/plain"]


@check("long table is cut with a row count")
def _():
    data = result_of(expect_ok('Table.create("big", IntColumn.create("i", java.util.stream.IntStream.range(0, 500).toArray()))'))
    assert data["text/html"].count("<tr>") == 21, data["text/html"].count("<tr>")  # header + 20 rows
    assert "500 rows" in data["text/html"] and "showing the first 20" in data["text/html"]


@check("chart renders as svg with png fallback")
def _():
    data = result_of(expect_ok(
        'var corpus = Corpus.of(Document.of("a", "Putin visits Pyongyang. Putin meets Kim."));\n'
        'corpus.tokens().frequencies().barChart(5)'))
    assert data["image/svg+xml"].lstrip().startswith("<?xml") or "<svg" in data["image/svg+xml"][:500]
    assert len(data["image/png"]) > 100 and "text/plain" in data


@check("Smile loads only when a map, classifier or topic model is asked for")
def _():
    # the user JVM's loaded classes, listed by jcmd (next to its java) on its own process
    expect_ok('String loadedSmile() throws Exception {\n'
              '    String java = ProcessHandle.current().info().command().orElseThrow();\n'
              '    Process p = new ProcessBuilder(java.replaceAll("java$", "jcmd"), Long.toString(ProcessHandle.current().pid()),\n'
              '            "VM.class_hierarchy").redirectErrorStream(true).start();\n'
              '    String out = new String(p.getInputStream().readAllBytes());\n'
              '    p.waitFor();\n'
              '    if (!out.contains("java.lang.Object")) throw new IllegalStateException(out);\n'
              '    return String.valueOf(out.lines().filter(l -> l.matches(".*[^\\\\w.$]smile\\\\..*")).count());\n'
              '}')
    expect_value('MapOptions.of(MapMethod.TSNE).method() + " " + ClassifierMethod.NAIVE_BAYES + " " + loadedSmile()',
                 '"TSNE NAIVE_BAYES 0"')
    expect_ok('DistanceMatrix square = DistanceMatrix.of(List.of("a", "b", "c", "d"), new double[][] {'
              '{0, 3, 5, 4}, {3, 0, 4, 5}, {5, 4, 0, 3}, {4, 5, 3, 0}});\n'
              'DocumentMap.of(square, MapOptions.of(MapMethod.MDS)).stress()')
    n = result_of(expect_ok("loadedSmile()"))["text/plain"]
    assert int(n.strip('"')) > 0, n


@check("the sentence model loads only when paraphrases are asked for, from lede-embeddings/ beside the jar")
def _():
    expect_ok('long loadedOnnx() throws Exception {\n'
              '    String java = ProcessHandle.current().info().command().orElseThrow();\n'
              '    Process p = new ProcessBuilder(java.replaceAll("java$", "jcmd"), Long.toString(ProcessHandle.current().pid()),\n'
              '            "VM.class_hierarchy").redirectErrorStream(true).start();\n'
              '    String out = new String(p.getInputStream().readAllBytes());\n'
              '    p.waitFor();\n'
              '    if (!out.contains("java.lang.Object")) throw new IllegalStateException(out);\n'
              '    return out.lines().filter(l -> l.matches(".*[^\\\\w.$]ai\\\\.onnxruntime\\\\..*")).count();\n'
              '}')
    expect_value('TextReuse.standard().find(Corpus.of(List.of(Document.of("a", "x y z")))).scores().pairs().size() + " " + loadedOnnx()',
                 '"0 0"')
    expect_value('TextReuse.builder().paraphrases(Paraphrases.standard()).build().find(Corpus.of(List.of(\n'
                 '    Document.of("a", "Dock workers at the port of Gdansk walked off the job on Tuesday in a dispute over pay."),\n'
                 '    Document.of("b", "A pay dispute led dockers in Gdansk to stop work on Tuesday.")))).paraphrases().size()', "1")
    n = result_of(expect_ok("loadedOnnx()"))["text/plain"]
    assert int(n) > 0, n


@check("display and updatable display")
def _():
    outs = expect_ok('String id = display("step 0");\nfor (int i = 1; i <= 2; i++) updateDisplay(id, "step " + i);')
    kinds = [t for t, _ in outs]
    assert kinds == ["display_data", "update_display_data", "update_display_data"], kinds
    ids = {c["transient"]["display_id"] for _, c in outs}
    assert len(ids) == 1, ids
    assert outs[-1][1]["data"]["text/plain"] == "step 2"


PROGRESS_CELL = ('try (Progress p = Progress.start("Test work", 24, Progress.Unit.ITEMS)) {\n'
                 '    for (int i = 0; i < 24; i++) { Thread.sleep(100); p.advance(1); }\n'
                 '}\n'
                 'System.out.println("done");')


@check("progress of long work: one display, updated at most 4 times a second, emptied at the end")
def _():
    started = time.time()
    outs = expect_ok(PROGRESS_CELL)
    took = time.time() - started
    kinds = [t for t, _ in outs]
    assert kinds[0] == "display_data" and kinds[-1] == "stream", kinds
    assert set(kinds[1:-1]) == {"update_display_data"}, kinds
    updates = len(kinds) - 2
    # shown after 1 s, then every 250 ms or more, then the end: at most (took - 1) * 4 + 2 updates
    assert 3 <= updates <= (took - 1) * 4 + 2, (updates, took)
    ids = {c["transient"]["display_id"] for t, c in outs if t != "stream"}
    assert len(ids) == 1 and ids.pop().startswith("lede-progress-"), ids
    first = outs[0][1]["data"]
    assert first["text/plain"].startswith("Test work: [") and " of 24 items  " in first["text/plain"], first
    assert "<progress max=\"1000\" value=" in first["text/html"], first["text/html"]
    assert outs[-2][1]["data"] == {"text/plain": ""}, outs[-2]
    assert outs[-1][1]["text"] == "done\n", outs[-1]


@check("progress of long work: nothing for a client without stdin (nbconvert)")
def _():
    msg_id = kc.execute(PROGRESS_CELL, allow_stdin=False)
    reply, outs = collect(msg_id)
    assert reply["status"] == "ok", reply
    assert outs == [("stream", {"name": "stdout", "text": "done\n"})], outs


@check("completion")
def _():
    expect_ok('String s = "x";')
    code = "int n = 1;\ns.toUpp"
    msg_id = kc.complete(code, len(code))
    r = shell_reply(msg_id)
    assert r["status"] == "ok" and "toUpperCase(" in r["matches"], r
    assert r["cursor_start"] == len(code) - len("toUpp") and r["cursor_end"] == len(code), r


@check("inspection gives the signature")
def _():
    code = "Math.max"
    msg_id = kc.inspect(code, len(code))
    r = shell_reply(msg_id)
    assert r["status"] == "ok" and r["found"], r
    assert "max(int" in r["data"]["text/plain"], r["data"]


@check("is_complete with indentation")
def _():
    def status(code):
        return shell_reply(kc.is_complete(code))
    assert status("int x = 1;")["status"] == "complete"
    r = status("for (int i = 0; i < 3; i++) {")
    assert r["status"] == "incomplete" and r["indent"] == "    ", r
    r = status("if (true) {\n    while (true) {")
    assert r["status"] == "incomplete" and r["indent"] == "        ", r


@check("history tail, range and search")
def _():
    expect_ok("int historyMarker = 1;")
    r = shell_reply(kc.history(hist_access_type="tail", n=1, raw=True, output=False))
    assert r["status"] == "ok" and r["history"][-1][2] == "int historyMarker = 1;", r
    s = shell_reply(kc.history(hist_access_type="search", pattern="*historyMarker*", raw=True, output=False))
    assert len(s["history"]) == 1, s
    session, line = r["history"][-1][0], r["history"][-1][1]
    g = shell_reply(kc.history(hist_access_type="range", session=session, start=line, stop=line + 1, raw=True, output=False))
    assert [h[2] for h in g["history"]] == ["int historyMarker = 1;"], g


@check("magics: %maven from the local repository, %classpath glob, %time")
def _():
    repo = os.path.expanduser("~/.m2/repository/org/junit/jupiter/junit-jupiter-api/5.11.4")
    assert os.path.isdir(repo), "the test needs junit-jupiter-api 5.11.4 in ~/.m2 (the build's own test dependency)"
    reply, outs = run("%maven org.junit.jupiter:junit-jupiter-api:5.11.4\norg.junit.jupiter.api.Assertions.class.getSimpleName()")
    assert reply["status"] == "ok", reply
    assert result_of(outs)["text/plain"] == '"Assertions"', outs
    err = "".join(c["text"] for t, c in outs if t == "stream")
    assert "opentest4j-1.3.0.jar" in err, err  # a dependency from the POM
    tmp = tempfile.mkdtemp()
    with open(os.path.join(tmp, "Hello.java"), "w") as f:
        f.write("public class Hello { public static String hi() { return \"hi\"; } }\n")
    with open(os.path.join(tmp, "hello.jshell"), "w") as f:
        f.write("String fromFile = \"loaded\";\n")
    reply, outs = run("%load " + os.path.join(tmp, "hello.jshell") + "\nfromFile")
    assert reply["status"] == "ok" and result_of(outs)["text/plain"] == '"loaded"', (reply, outs)
    reply, outs = run("%time\nint timed = 1 + 1;")
    text = "".join(c["text"] for t, c in outs if t == "stream")
    assert reply["status"] == "ok" and "Wall time:" in text, (reply, text)
    reply, outs = run("%classpath " + os.path.join(tmp, "no-such-*.jar"))
    assert reply["status"] == "error" and "matches no file" in reply["evalue"], reply


@check("compile error names the cell line and column and marks the code")
def _():
    reply, outs = run("int a = 1;\nint b = a +\n   missing;")
    assert reply["status"] == "error", reply
    assert "cell line 3, column 4" in reply["evalue"], reply["evalue"]
    tb = "\n".join(reply["traceback"])
    assert "missing;" in tb and "^^^^^^^" in tb, tb


@check("runtime error shows only user frames mapped to cell lines")
def _():
    expect_ok("int half(int n) {\n  return 10 / n;\n}")
    reply, outs = run("int ok = 1;\nhalf(0)")
    assert reply["status"] == "error" and reply["ename"] == "java.lang.ArithmeticException", reply
    tb = "\n".join(reply["traceback"])
    assert "half (cell [" in tb and "line 2)" in tb, tb
    assert "jdk.jshell" not in tb and "reflect" not in tb and "dev.lede.kernel" not in tb, tb


@check("interrupt stops a busy loop within a second and keeps state")
def _():
    expect_ok("int survivor = 7;")
    msg_id = kc.execute("while (true) {}")
    time.sleep(1.0)
    t = time.time()
    km.interrupt_kernel()
    reply = shell_reply(msg_id, timeout=10)
    took = time.time() - t
    assert took < 1.0, "stopping took %.2f s" % took
    assert reply["status"] == "error" and reply["ename"] == "Interrupted", reply
    expect_value("survivor", "7")


@check("System.exit is reported and the kernel answers the next cell")
def _():
    expect_ok("int lost = 1;\nvoid kept() {}")
    reply, _ = run("System.exit(0);")
    assert reply["status"] == "error" and reply["ename"] == "ProcessEnded", reply
    assert "lost" in reply["evalue"], reply["evalue"]
    expect_value("1 + 1", "2")
    expect_ok("kept();")


@check("heap exhaustion is a clear error and the kernel answers the next cell")
def _():
    reply, _ = run("var hog = new ArrayList<long[]>();\nwhile (true) hog.add(new long[10_000_000]);")
    assert reply["status"] == "error" and reply["ename"] == "java.lang.OutOfMemoryError", reply
    expect_value("3 + 3", "6")


@check("StackOverflowError is a clear error with a short traceback")
def _():
    reply, _ = run("int down(int n) { return down(n + 1) + 1; }\ndown(0)")
    assert reply["status"] == "error" and reply["ename"] == "java.lang.StackOverflowError", reply
    assert len(reply["traceback"]) < 20, len(reply["traceback"])
    expect_value("4 + 4", "8")


@check("50 MB of output is capped with a notice")
def _():
    t = time.time()
    reply, outs = run('String line = "x".repeat(999);\nfor (int i = 0; i < 50_000; i++) System.out.println(line);', timeout=120)
    assert reply["status"] == "ok", reply
    out = sum(len(c["text"]) for t_, c in outs if t_ == "stream" and c["name"] == "stdout")
    err = "".join(c["text"] for t_, c in outs if t_ == "stream" and c["name"] == "stderr")
    assert out <= 1_000_000, out
    assert "limit" in err and "discarded" in err, err
    expect_value("5 + 5", "10")


@check("a message with a forged signature is rejected, logged and not executed")
def _():
    info = km.get_connection_info(session=False)
    forger = Session(key=b"not-the-key", signature_scheme="hmac-sha256", username="forger")
    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.DEALER)
    sock.connect("%s://%s:%d" % (info["transport"], info["ip"], info["shell_port"]))
    forged = forger.msg("execute_request", content={
        "code": 'System.out.println("FORGED-RAN");', "silent": False, "store_history": True,
        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    forger.send(sock, forged)
    time.sleep(1.0)
    sock.close(linger=0)
    # The kernel still answers, and nothing ran.
    outs = expect_ok('System.out.println("after");')
    text = "".join(c["text"] for t_, c in outs if t_ == "stream")
    assert "FORGED-RAN" not in text and text == "after\n", text
    assert_never_published(kc, "FORGED-RAN")
    log.flush()
    with open(log_path, encoding="utf-8") as f:
        logged = f.read()
    assert "rejected a message" in logged and "signature" in logged, logged[-500:]


@check("a forged message sent at launch, before the kernel is ready, is rejected and not executed")
def _():
    # The kernel binds its ports before it has its HMAC signer; a message that arrives in
    # between must wait for the signer and then be checked like any other.
    fd, early_path = tempfile.mkstemp(suffix=".log")
    os.close(fd)
    early_log = open(early_path, "w", encoding="utf-8")
    km2 = jupyter_client.KernelManager(kernel_name="lede")
    km2.start_kernel(stderr=early_log)
    kc2 = None
    try:
        info = km2.get_connection_info(session=False)
        forger = Session(key=b"not-the-key", signature_scheme="hmac-sha256", username="forger")
        sock = zmq.Context.instance().socket(zmq.DEALER)
        sock.connect("%s://%s:%d" % (info["transport"], info["ip"], info["shell_port"]))
        # Queued by ZeroMQ and delivered as soon as the port is bound: the kernel's first message.
        forger.send(sock, forger.msg("execute_request", content={
            "code": 'System.out.println("FORGED-RAN");', "silent": False, "store_history": True,
            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}))
        kc2 = km2.client()
        kc2.start_channels()
        kc2.wait_for_ready(timeout=TIMEOUT)
        outs = []
        reply = kc2.execute_interactive('System.out.println("after");', timeout=TIMEOUT, output_hook=outs.append)
        assert reply["content"]["status"] == "ok", reply["content"]
        text = "".join(m["content"]["text"] for m in outs if m["msg_type"] == "stream")
        assert text == "after\n", text
        assert_never_published(kc2, "FORGED-RAN")
        sock.close(linger=0)
    finally:
        if kc2 is not None:
            kc2.stop_channels()
        km2.shutdown_kernel(now=True)
        early_log.close()
    with open(early_path, encoding="utf-8") as f:
        logged = f.read()
    os.unlink(early_path)
    assert "rejected a message" in logged and "signature" in logged, logged[-500:]


@check("sockets are bound only where the connection file says")
def _():
    info = km.get_connection_info(session=False)
    ports = {info[k] for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")}
    kernel = psutil.Process(km.provisioner.process.pid)
    listening = [c for c in kernel.connections(kind="tcp") if c.status == psutil.CONN_LISTEN]
    # jeromq reports an IPv4 bind as the IPv4-mapped IPv6 address.
    bound = {c.laddr.port: c.laddr.ip.replace("::ffff:", "") for c in listening}
    for p in ports:
        assert bound.get(p) == info["ip"], "port %d bound to %r, connection file says %s" % (p, bound.get(p), info["ip"])
    others = [(ip, port) for port, ip in bound.items() if port not in ports]
    # JShell's link to the user JVM listens on the loopback interface only.
    assert all(ip in ("127.0.0.1", "::1") for ip, _ in others), others


finish(km, kc, log)
