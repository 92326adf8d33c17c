#!/usr/bin/env python3
"""Kernel speed, Lede against ipykernel on the same machine in the same run.

For each kernel and each of --launches fresh launches it measures, from the moment the kernel
process is started:
  kernel_info   time until the kernel_info_reply arrives (request sent at launch; ZeroMQ queues it)
  first 1 + 1   time until the execute_reply of `1 + 1` arrives (also sent at launch; the
                kernel publishes the result before it replies)
and then
  idle RSS      resident memory of the kernel's whole process tree (Lede: the kernel JVM and the
                JVM running cells) half a second after that reply, from /proc (VmRSS)
  shutdown      time from sending shutdown_request until every process of that tree has ended
and, in the last launch, the round trip of --cells trivial cells (`1 + 1`: request to idle).
Each kernel is launched once untimed first: the first start_kernel in a process loads
jupyter_client's provisioner entry points, which would otherwise be charged to whichever kernel
is measured first, and page-cache misses of a freshly installed kernelspec with it.
Targets: kernel_info 0.5 s, first result 2.0 s, trivial cell median < 50 ms (issue 3); first
result no later than ipykernel's, idle RSS 250 MB, shutdown 0.5 s (issue 21).

Usage: scripts/kernel-bench.py [--csv FILE] [--launches N] [--cells N] [--kernel NAME]
The Lede kernel must be installed (make kernel); ipykernel is Debian's python3-ipykernel.
"""
import argparse
import csv
import json
import os
import statistics
import sys
import tempfile
import time

import jupyter_client

TARGETS = {"kernel_info_s": 0.5, "first_result_s": 2.0, "cell_median_ms": 50.0, "idle_rss_mb": 250.0, "shutdown_s": 0.5}


def tree(pid):
    """pid and its descendants, from /proc."""
    children = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open("/proc/%s/stat" % d, encoding="utf-8", errors="replace") as f:
                    st = f.read()
                children.setdefault(int(st[st.rindex(")") + 2:].split()[1]), []).append(int(d))
            except (OSError, ValueError, IndexError):
                pass  # ended meanwhile
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def rss_mb(pids):
    total = 0
    for p in pids:
        try:
            with open("/proc/%d/status" % p, encoding="utf-8") as f:
                total += next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass  # ended, or a zombie without memory
    return total / 1024


def running(pid):
    """Whether pid exists and is not a zombie (an ended child its parent has not reaped yet)."""
    try:
        with open("/proc/%d/stat" % pid, encoding="utf-8", errors="replace") as f:
            st = f.read()
        return st[st.rindex(")") + 2:].split()[0] != "Z"
    except OSError:
        return False


def wait_for(kc, msg_id, channel, want, timeout=60):
    deadline = time.time() + timeout
    while True:
        left = deadline - time.time()
        if left <= 0:
            raise TimeoutError("no %s for %s" % (want, msg_id))
        m = (kc.get_shell_msg if channel == "shell" else kc.get_iopub_msg)(timeout=left)
        if m["parent_header"].get("msg_id") == msg_id and want(m):
            return m


def launch(name, cells):
    km = jupyter_client.KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    info_id = kc.kernel_info()
    exec_id = kc.execute("1 + 1")
    wait_for(kc, info_id, "shell", lambda m: m["msg_type"] == "kernel_info_reply")
    t_info = time.perf_counter() - t0
    # The execute_reply follows the execute_result; iopub may miss messages sent before it joined.
    m = wait_for(kc, exec_id, "shell", lambda m: m["msg_type"] == "execute_reply")
    t_first = time.perf_counter() - t0
    if m["content"]["status"] != "ok":
        raise RuntimeError("%s: 1 + 1 failed: %s" % (name, m["content"]))
    time.sleep(0.5)  # let iopub settle before timing cells
    pids = tree(km.provisioner.process.pid)
    rss = rss_mb(pids)
    times = []
    for _ in range(cells):
        t = time.perf_counter()
        cid = kc.execute("1 + 1")
        wait_for(kc, cid, "shell", lambda m: m["msg_type"] == "execute_reply")
        wait_for(kc, cid, "iopub", lambda m: m["msg_type"] == "status" and m["content"]["execution_state"] == "idle")
        times.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    kc.shutdown()
    while any(running(p) for p in pids) and time.perf_counter() - t < 30:
        time.sleep(0.002)
    t_down = time.perf_counter() - t
    kc.stop_channels()
    km.shutdown_kernel(now=True)  # reaps the process (a no-op kill if it has ended)
    return t_info, t_first, times, rss, t_down


def ipykernel_spec_dir():
    d = tempfile.mkdtemp(prefix="lede-bench-")
    spec = os.path.join(d, "kernels", "bench-ipykernel")
    os.makedirs(spec)
    with open(os.path.join(spec, "kernel.json"), "w", encoding="utf-8") as f:
        json.dump({"argv": ["/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                   "display_name": "ipykernel (bench)", "language": "python"}, f)
    return d


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", help="also write the figures to this CSV file")
    ap.add_argument("--launches", type=int, default=3)
    ap.add_argument("--cells", type=int, default=30)
    ap.add_argument("--kernel", default="lede", help="kernelspec name of Lede's kernel (default lede)")
    ap.add_argument("csv_path", nargs="?", help="same as --csv")
    a = ap.parse_args()
    csv_path = a.csv or a.csv_path

    extra = ipykernel_spec_dir()
    os.environ["JUPYTER_PATH"] = extra + (os.pathsep + os.environ["JUPYTER_PATH"] if os.environ.get("JUPYTER_PATH") else "")

    rows = []
    for label, name in (("lede", a.kernel), ("ipykernel", "bench-ipykernel")):
        infos, firsts, cells, rsss, downs = [], [], [], [], []
        launch(name, 0)  # untimed warm-up, see above
        for i in range(a.launches):
            t_info, t_first, times, rss, t_down = launch(name, a.cells if i == a.launches - 1 else 0)
            infos.append(t_info)
            firsts.append(t_first)
            cells.extend(times)
            rsss.append(rss)
            downs.append(t_down)
        rows.append({
            "kernel": label,
            "kernel_info_s": statistics.median(infos),
            "first_result_s": statistics.median(firsts),
            "cell_median_ms": statistics.median(cells),
            "cell_p90_ms": sorted(cells)[int(0.9 * (len(cells) - 1))],
            "launches": a.launches,
            "cells": len(cells),
            "first_result_min_s": min(firsts),
            "first_result_max_s": max(firsts),
            "idle_rss_mb": statistics.median(rsss),
            "shutdown_s": statistics.median(downs),
            "shutdown_max_s": max(downs),
        })

    print("%-10s %16s %24s %16s %13s %14s %13s" % ("kernel", "kernel_info (s)", "first 1+1 (s, min-max)", "cell median (ms)",
                                                  "cell p90 (ms)", "idle RSS (MB)", "shutdown (s)"))
    for r in rows:
        print("%-10s %16.3f %24s %16.1f %13.1f %14.0f %13.3f" % (
            r["kernel"], r["kernel_info_s"], "%.3f (%.2f-%.2f)" % (r["first_result_s"], r["first_result_min_s"],
                                                                  r["first_result_max_s"]),
            r["cell_median_ms"], r["cell_p90_ms"], r["idle_rss_mb"], r["shutdown_s"]))
    print("%-10s %16.3f %24.3f %16.1f %13s %14.0f %13.3f" % ("target", TARGETS["kernel_info_s"], TARGETS["first_result_s"],
                                                            TARGETS["cell_median_ms"], "", TARGETS["idle_rss_mb"],
                                                            TARGETS["shutdown_s"]))
    lede, peer = rows[0], rows[1]
    verdict = ["%s %s" % (k, "met" if lede[k] <= v else "MISSED") for k, v in TARGETS.items()]
    verdict.append("first result vs ipykernel %.2fx %s" % (peer["first_result_s"] / lede["first_result_s"],
                                                          "met" if lede["first_result_s"] <= peer["first_result_s"] else "MISSED"))
    print("lede: " + ", ".join(verdict) + "  (medians of %d launches, %d cells; 2 cores shared)" % (a.launches, lede["cells"]))
    if csv_path:
        with open(csv_path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
            w.writeheader()
            for r in rows:
                w.writerow({k: ("%.4f" % v if isinstance(v, float) else v) for k, v in r.items()})
        print("wrote " + csv_path)


if __name__ == "__main__":
    sys.exit(main())
