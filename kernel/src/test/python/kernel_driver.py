"""What lede_checks.py and hostile_checks.py share: the `check` decorator that prints one
`PASS <name>` or `FAIL <name>: <why>` line per check (read by KernelIT and HostileIT), starting the
installed `lede` kernel with jupyter_client, running cells and reading their replies and output, and
the closing line and exit status.

A driver calls `start(log_path)`, which also makes its client the default of every helper here;
helpers take `client=` for a second client.
"""
import sys
import time
import traceback

import jupyter_client

TIMEOUT = 60
results = []
_state = {}


def check(name):
    def wrap(fn):
        try:
            fn()
            results.append((name, None))
            print("PASS", name, flush=True)
        except Exception as e:  # a failed check must not stop the others
            detail = "".join(traceback.format_exception_only(type(e), e)).strip().replace("\n", " | ")
            results.append((name, detail))
            print("FAIL", name + ":", detail, flush=True)
        return fn
    return wrap


def start(log_path):
    """Starts the installed kernel with its stderr in log_path; returns (manager, client, log file)."""
    log = open(log_path, "w", encoding="utf-8")
    _state["started"] = time.time()
    km = jupyter_client.KernelManager(kernel_name="lede")
    km.start_kernel(stderr=log)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)
    _state["client"] = kc
    print("INFO ready after %.2f s" % (time.time() - _state["started"]), flush=True)
    return km, kc, log


def finish(km, kc, log):
    """Stops the kernel, prints the summary line and exits 1 if any check failed."""
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    log.close()
    failed = [n for n, d in results if d]
    print("INFO %d checks, %d failed, %.1f s" % (len(results), len(failed), time.time() - _state["started"]), flush=True)
    sys.exit(1 if failed else 0)


def run(code, timeout=TIMEOUT, client=None):
    """Executes code; returns (reply content, [(msg_type, content)] of iopub output)."""
    client = client or _state["client"]
    msg_id = client.execute(code)
    return collect(msg_id, timeout, client)


def collect(msg_id, timeout=TIMEOUT, client=None):
    client = client or _state["client"]
    outs = []
    deadline = time.time() + timeout
    while True:
        m = client.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
        if m["msg_type"] not in ("status", "execute_input"):
            outs.append((m["msg_type"], m["content"]))
    return shell_reply(msg_id, timeout, client), outs


def shell_reply(msg_id, timeout=TIMEOUT, client=None):
    client = client or _state["client"]
    while True:
        r = client.get_shell_msg(timeout=timeout)
        if r["parent_header"].get("msg_id") == msg_id:
            return r["content"]


def result_of(outs):
    for t, c in outs:
        if t == "execute_result":
            return c["data"]
    raise AssertionError("no execute_result in %r" % [t for t, _ in outs])


def expect_ok(code, client=None):
    reply, outs = run(code, client=client)
    assert reply["status"] == "ok", "%r failed: %s %s" % (code, reply.get("ename"), reply.get("evalue"))
    return outs


def expect_value(code, text, client=None):
    data = result_of(expect_ok(code, client))
    assert data["text/plain"] == text, "%r gave %r, expected %r" % (code, data["text/plain"], text)
