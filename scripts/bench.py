#!/usr/bin/env python3
"""Lede's benchmark against scikit-learn (called by scripts/bench.sh; see docs/benchmark.md).

For every task both sides run the same files. Warm: one long-lived process per side
(LedeBench --serve / bench_sklearn.py --serve) prepares, then the driver alternates single
repetitions Lede, scikit-learn, Lede, ... after WARMUP warm-up repetitions each. Whole process:
fresh processes, alternating, each loading the data and running the task once, timed from
launch to exit, with that process's peak resident memory (wait4 ru_maxrss).
Writes OUT/results.csv and OUT/scaling.csv and prints both tables.

Usage: bench.py --java JAVA_CMD... --out DIR [--smoke]   (JAVA_CMD is the java command line up to the main class)
Environment: BENCH_REPS (default 5), BENCH_WARMUP (1), BENCH_COLD_REPS (5), BENCH_TASKS (comma list).
"""
import csv
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = sys.executable
SKLEARN = [PY, os.path.join(HERE, "bench_sklearn.py")]
RSCRIPT = ["Rscript", "--vanilla", os.path.join(HERE, "bench_r.R")]
CPUS = os.cpu_count() or 1
COLUMNS = ["task", "corpus", "lede_s", "peer_s", "speedup", "lede_peak_mb", "peer_peak_mb",
           "mode", "lede_min_s", "lede_max_s", "peer_min_s", "peer_max_s", "reps", "lede_heap_mb", "note", "peer"]

# R peers (Debian's r-cran-tidytext and r-cran-tm; scripts/bench_r.R): Lede's task -> (peer, R task).
# tidytext counts the smallest counting file (its tibble of tokens takes about 40 bytes per token);
# tm builds the TF-IDF document-term matrix of each CSV corpus.
R_PEERS = {"count-10mb": ("R tidytext", "tidytext-10mb"), "count-small": ("R tidytext", "tidytext-small"),
           "tfidf-chapters": ("R tm", "tm-chapters"), "tfidf-verses": ("R tm", "tm-verses"),
           "tfidf-fortunes": ("R tm", "tm-fortunes")}


class Server:
    def __init__(self, cmd):
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        line = self._line()
        if line != "READY":
            raise SystemExit("bench: %s did not start: %r" % (cmd[-3:], line))

    def _line(self):
        line = self.p.stdout.readline()
        if not line:
            rc = self.p.wait()
            raise SystemExit("bench: process ended (exit %s): %s" % (rc, " ".join(self.p.args[-3:])))
        return line.rstrip("\n")

    def run(self, arg=""):
        self.p.stdin.write(("run %s" % arg).strip() + "\n")
        self.p.stdin.flush()
        f = self._line().split("\t")
        if f[0] != "RESULT":
            raise SystemExit("bench: unexpected output %r" % f)
        return float(f[4]), f[2], f[5]

    def quit(self):
        self.p.stdin.write("quit\n")
        self.p.stdin.close()
        out = {}
        for line in self.p.stdout:
            k, _, v = line.strip().partition("\t")
            out[k] = float(v)
        self.p.wait()
        return out


# Tasks without a scikit-learn counterpart: text reuse, airtime from captions, coverage over time
NO_PEER = {"reuse-gospels", "reuse-gospels-semantic", "airtime-year", "timeline-verses"}


def whole_process(cmd):
    """(seconds from launch to exit, peak RSS MB, info) of one fresh process."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    p.returncode = status
    if status != 0:
        raise SystemExit("bench: %s failed (status %d)" % (" ".join(cmd[-4:]), status))
    info = [l.split("\t") for l in out.splitlines() if l.startswith("RESULT")][0][5]
    return dt, ru.ru_maxrss / 1024.0, info


def r_available():
    """Whether Rscript with tidytext and tm runs here."""
    try:
        return subprocess.run(["Rscript", "--vanilla", "-e", "suppressPackageStartupMessages({library(tidytext); library(tm)})"],
                              capture_output=True).returncode == 0
    except OSError:
        return False


def r_rows(task, lede, out, reps, warmup, cold_reps, smoke):
    """Lede against its R peer for TASK (R_PEERS): warm rows alternating Lede, R, Lede, ... in two
    serving processes, then (not in the smoke run) whole processes alternating, with peak memory."""
    peer, rtask = R_PEERS[task]
    counting = task.startswith("count-")
    threads = "1" if counting else ""
    print("bench: %s against %s ..." % (task, peer), file=sys.stderr, flush=True)
    L = Server(lede + ["--serve", task, out])
    R = Server(RSCRIPT + ["--serve", rtask, out])
    lt, rt = [], []
    corpus, linfo, rinfo = "", "", ""
    for i in range(warmup + reps):
        t, corpus, linfo = L.run(threads)
        if i >= warmup:
            lt.append(t)
        t, _, rinfo = R.run()
        if i >= warmup:
            rt.append(t)
    lq, rq = L.quit(), R.quit()
    lm, lmin, lmax = stats(lt)
    rm, rmin, rmax = stats(rt)
    rows = [dict(task=task, corpus=corpus, lede_s=lm, peer_s=rm, speedup=rm / lm, lede_peak_mb=lq.get("PEAK"),
                 peer_peak_mb=rq.get("PEAK"), mode="warm, 1 thread" if counting else "warm", lede_min_s=lmin,
                 lede_max_s=lmax, peer_min_s=rmin, peer_max_s=rmax, reps=reps, lede_heap_mb=lq.get("HEAP"),
                 note="lede: %s; %s: %s" % (linfo, peer, rinfo), peer=peer)]
    if smoke:
        return rows
    lc, rc, lmem, rmem = [], [], [], []
    for _ in range(cold_reps):
        t, m, linfo = whole_process(lede + [task, out, "0", "1"] + ([str(CPUS)] if counting else []))
        lc.append(t)
        lmem.append(m)
        t, m, rinfo = whole_process(RSCRIPT + [rtask, out, "0", "1"])
        rc.append(t)
        rmem.append(m)
    lm, lmin, lmax = stats(lc)
    rm, rmin, rmax = stats(rc)
    rows.append(dict(task=task, corpus=corpus, lede_s=lm, peer_s=rm, speedup=rm / lm, lede_peak_mb=max(lmem),
                     peer_peak_mb=max(rmem), mode="whole process" + (", %d threads" % CPUS if counting else ""),
                     lede_min_s=lmin, lede_max_s=lmax, peer_min_s=rmin, peer_max_s=rmax, reps=cold_reps,
                     note="launch to exit, data loading included; %s: %s" % (peer, rinfo), peer=peer))
    return rows


def stats(xs):
    return statistics.median(xs), min(xs), max(xs)


def fmt(x, digits=3):
    return "" if x is None else ("%.*f" % (digits, x))


def markdown(out, suffix=""):
    """The tables of OUT/results.csv and OUT/scaling.csv as Markdown (for the README)."""
    def n(x, d=3):
        return "" if x in (None, "") else "%.*f" % (d, float(x))

    def rng(m, lo, hi):
        if m in (None, ""):
            return "–"
        return "%s (%s–%s)" % (n(m), n(lo, 2), n(hi, 2)) if lo not in (None, "") else n(m)

    lines = ["| task | corpus | mode | peer | Lede s | peer s | speedup | Lede MB | peer MB |",
             "|---|---|---|---|---|---|---|---|---|"]
    with open(os.path.join(out, "results%s.csv" % suffix), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            lines.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                r["task"], r["corpus"], r["mode"], r.get("peer") or "–",
                rng(r["lede_s"], r["lede_min_s"], r["lede_max_s"]),
                rng(r["peer_s"], r["peer_min_s"], r["peer_max_s"]),
                ("%.1f×" % float(r["speedup"])) if r["speedup"] else "–",
                n(r["lede_peak_mb"], 0) or "–", n(r["peer_peak_mb"], 0) or "–"))
    lines += ["", "| file | MB | threads | Lede s | Lede MB/s | scikit-learn s | scikit-learn MB/s |",
              "|---|---|---|---|---|---|---|"]
    with open(os.path.join(out, "scaling%s.csv" % suffix), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            lines.append("| %s | %s | %s | %s | %s | %s | %s |" % (r["file"], n(r["mb"], 1), r["threads"], n(r["lede_s"]),
                                                            n(r["lede_mb_per_s"], 0), n(r["peer_s"]),
                                                            n(r["peer_mb_per_s"], 1)))
    return "\n".join(lines)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--markdown"]:
        print(markdown(args[1], args[2] if len(args) > 2 else ""))
        return
    smoke = "--smoke" in args
    out = args[args.index("--out") + 1]
    java = args[args.index("--java") + 1:args.index("--out")] if args.index("--java") < args.index("--out") else None
    lede = java + ["dev.lede.bench.LedeBench"]
    reps = int(os.environ.get("BENCH_REPS", 1 if smoke else 5))
    warmup = int(os.environ.get("BENCH_WARMUP", 0 if smoke else 1))
    cold_reps = int(os.environ.get("BENCH_COLD_REPS", 1 if smoke else 5))
    sizes = ["small"] if smoke else ["10mb", "50mb", "200mb"]
    big = sizes[-1]
    tasks = ["count-%s" % s for s in sizes] + ["tfidf-chapters", "tfidf-verses", "tfidf-fortunes",
                                                "cosine-chapters", "kmeans-fortunes", "hclust-chapters", "hclust-fortunes",
                                                "reuse-gospels", "reuse-gospels-semantic", "airtime-year", "timeline-verses", "pdfs",
                                                "nb-fortunes", "logreg-fortunes", "svd-chapters", "tsne-chapters"]
    if os.environ.get("BENCH_TASKS"):
        tasks = [t for t in os.environ["BENCH_TASKS"].split(",") if t and t != "kernel-start"]
    rows, scaling = [], []
    with_r = r_available()
    if not with_r:
        print("bench: Rscript with tidytext and tm is missing: no R rows (scripts/ensure-deps.sh bench installs them)",
              file=sys.stderr, flush=True)

    # PDF loading: N generated PDFs of several pages, Lede's loader against plain Apache Tika (both Java)
    pdfs = 20 if smoke else 1000

    def lede_task(task):
        return "pdfs-lede-%d" % pdfs if task == "pdfs" else task

    def peer_cmd(task):
        if task == "pdfs":
            return lede + ["--serve", "pdfs-tika-%d" % pdfs, out]
        return SKLEARN + ["--serve", task, out]

    # Cross-validating logistic regression on the fortunes (100 L-BFGS iterations per fold on each side)
    # takes a minute or more per run: one measured repetition, no warm-up, one whole process (the
    # figures say so in their reps column).
    slow = {"logreg-fortunes"}
    full_reps, full_warmup, full_cold = reps, warmup, cold_reps
    for task in tasks:
        reps, warmup, cold_reps = (min(full_reps, 1), 0, min(full_cold, 1)) if task in slow else (full_reps, full_warmup, full_cold)
        counting = task.startswith("count-")
        peer = task not in NO_PEER
        # scikit-learn's MultinomialNB and LogisticRegression(lbfgs) work on one thread (scipy's sparse
        # products; sklearn 1.2 passes n_threads=1), and plain Tika parses one file after another:
        # Lede is timed on 1 thread and on all
        threaded = counting or task in ("nb-fortunes", "logreg-fortunes", "pdfs")
        variants = [("1", "warm, 1 thread"), (str(CPUS), "warm, %d threads" % CPUS)] if threaded else [("", "warm")]
        print("bench: %s ..." % task, file=sys.stderr, flush=True)
        # one Lede process per thread setting, so each row's peak memory is that setting's own
        L = {v: Server(lede + ["--serve", lede_task(task), out]) for v, _ in variants}
        P = Server(peer_cmd(task)) if peer else None
        lt = {v: [] for v, _ in variants}
        pt, pd = [], []
        default_peer = counting and task == "count-%s" % big
        corpus, pinfo = "", ""
        linfos = {}
        for i in range(warmup + reps):
            for v, _ in variants:
                t, corpus, linfos[v] = L[v].run(v)
                if i >= warmup:
                    lt[v].append(t)
            if P:
                t, _, pinfo = P.run()
                if i >= warmup:
                    pt.append(t)
                if default_peer:
                    t, _, dinfo = P.run("default")
                    if i >= warmup:
                        pd.append(t)
        lq = {v: L[v].quit() for v, _ in variants}
        pq = P.quit() if P else {}
        for v, mode in variants:
            lm, lmin, lmax = stats(lt[v])
            pm, pmin, pmax = stats(pt) if pt else (None, None, None)
            if task == "pdfs":
                pinfo = "%s; documents/s: Lede %.0f, plain Tika %.0f" % (pinfo, pdfs / lm, pdfs / pm)
            rows.append(dict(task=task, corpus=corpus, lede_s=lm, peer_s=pm, speedup=pm / lm if pm else None,
                             lede_peak_mb=lq[v].get("PEAK"), peer_peak_mb=pq.get("PEAK"), mode=mode,
                             lede_min_s=lmin, lede_max_s=lmax, peer_min_s=pmin, peer_max_s=pmax, reps=reps,
                             lede_heap_mb=lq[v].get("HEAP"),
                             note="lede: %s; %s: %s" % (linfos[v], "plain Tika" if task == "pdfs" else "sklearn", pinfo)
                             if peer
                             else "lede: %s (no scikit-learn peer)" % linfos[v]))
        if default_peer:
            lm, lmin, lmax = stats(lt["1"])
            pm, pmin, pmax = stats(pd)
            rows.append(dict(task=task, corpus=corpus, lede_s=lm, peer_s=pm, speedup=pm / lm, lede_peak_mb=lq["1"].get("PEAK"),
                             peer_peak_mb=pq.get("PEAK"), mode="warm, 1 thread, vs default pattern",
                             lede_min_s=lmin, lede_max_s=lmax, peer_min_s=pmin, peer_max_s=pmax, reps=reps,
                             lede_heap_mb=lq["1"].get("HEAP"),
                             note="sklearn with CountVectorizer's default token_pattern (2+ word characters; "
                                  "not Lede's tokens): %s" % dinfo))
        if counting:
            size_mb = os.path.getsize(os.path.join(out, "kjv-%s.txt" % task[6:])) / 1e6
            for v, mode in variants:
                lm = statistics.median(lt[v])
                scaling.append(dict(file=corpus, mb=size_mb, threads=int(v), lede_s=lm, lede_mb_per_s=size_mb / lm,
                                    peer_s=statistics.median(pt), peer_mb_per_s=size_mb / statistics.median(pt)))
        if task in R_PEERS:
            if with_r:
                rows.extend(r_rows(task, lede, out, reps, warmup, cold_reps, smoke))
            elif not smoke:
                rows.append(dict(task=task, corpus=corpus, mode="warm", peer=R_PEERS[task][0],
                                 note="not measured: Rscript with tidytext and tm is missing "
                                      "(scripts/ensure-deps.sh bench installs r-cran-tidytext r-cran-tm)"))
        if (counting and task != "count-%s" % big) or (smoke and not counting) or cold_reps == 0:
            continue
        # whole process: launch to exit, alternating
        lc, pc, lmem, pmem = [], [], [], []
        for _ in range(cold_reps):
            t, m, linfo = whole_process(lede + [lede_task(task), out, "0", "1"] + ([str(CPUS)] if counting else []))
            lc.append(t)
            lmem.append(m)
            if peer:
                t, m, pinfo = whole_process(lede + ["pdfs-tika-%d" % pdfs, out, "0", "1"] if task == "pdfs"
                                            else SKLEARN + [task, out, "0", "1"])
                pc.append(t)
                pmem.append(m)
        lm, lmin, lmax = stats(lc)
        pm, pmin, pmax = stats(pc) if pc else (None, None, None)
        rows.append(dict(task=task, corpus=corpus, lede_s=lm, peer_s=pm, speedup=pm / lm if pm else None,
                         lede_peak_mb=max(lmem), peer_peak_mb=max(pmem) if pmem else None,
                         mode="whole process" + (", %d threads" % CPUS if threaded else ""),
                         lede_min_s=lmin, lede_max_s=lmax, peer_min_s=pmin, peer_max_s=pmax, reps=cold_reps,
                         lede_heap_mb=None, note="launch to exit, data loading included"))

    # Kernel start to first result against ipykernel: the kernel's own script, scripts/kernel-bench.py
    # (launch to the reply of `1 + 1`, fresh launches; needs `make kernel`).
    kernel = os.path.join(HERE, "kernel-bench.py")
    kernel_text = None
    if smoke or ("BENCH_TASKS" in os.environ and "kernel-start" not in os.environ["BENCH_TASKS"].split(",")):
        pass
    elif not os.path.exists(kernel):
        rows.append(dict(task="kernel-start", corpus="-", mode="whole process",
                         note="not measured: scripts/kernel-bench.py (from the kernel) is missing"))
    else:
        print("bench: kernel start ...", file=sys.stderr, flush=True)
        kcsv = os.path.join(out, "kernel.csv")
        r = subprocess.run([PY, kernel, "--csv", kcsv, "--launches", str(max(cold_reps, 1)), "--cells", "10"],
                           capture_output=True, text=True)
        kernel_text = r.stdout + r.stderr
        if r.returncode == 0 and os.path.exists(kcsv):
            with open(kcsv, newline="", encoding="utf-8") as f:
                k = {rec["kernel"]: rec for rec in csv.DictReader(f)}
            lk, pk = k.get("lede", {}), k.get("ipykernel", {})
            ls, ps = float(lk["first_result_s"]), float(pk["first_result_s"])
            rows.append(dict(task="kernel-start", corpus="1 + 1", mode="launch to first result", lede_s=ls, peer_s=ps,
                             speedup=ps / ls, reps=lk.get("launches"),
                             lede_min_s=float(lk["first_result_min_s"]), lede_max_s=float(lk["first_result_max_s"]),
                             peer_min_s=float(pk["first_result_min_s"]), peer_max_s=float(pk["first_result_max_s"]),
                             lede_peak_mb=float(lk["idle_rss_mb"]), peer_peak_mb=float(pk["idle_rss_mb"]),
                             note="median of %s launches; kernel_info lede %s s, ipykernel %s s; trivial cell median "
                                  "lede %s ms, ipykernel %s ms" % (lk.get("launches"), lk.get("kernel_info_s"),
                                                                   pk.get("kernel_info_s"), lk.get("cell_median_ms"),
                                                                   pk.get("cell_median_ms"))
                                  + "; MB columns: resident memory when idle after the first result (Lede: both JVMs)"))
            ld, pd = float(lk["shutdown_s"]), float(pk["shutdown_s"])
            rows.append(dict(task="kernel-shutdown", corpus="-", mode="shutdown_request to all processes gone",
                             lede_s=ld, peer_s=pd, speedup=pd / ld, reps=lk.get("launches"),
                             note="median of %s launches; slowest lede %s s" % (lk.get("launches"), lk.get("shutdown_max_s"))))
        else:
            rows.append(dict(task="kernel-start", corpus="-", mode="launch to first result",
                             note="scripts/kernel-bench.py exit %d (is the kernel installed? make kernel); "
                                  "its output is printed below the tables" % r.returncode))

    for r in rows:
        r.setdefault("peer", {"pdfs": "plain Tika", "kernel-start": "ipykernel", "kernel-shutdown": "ipykernel"}.get(r["task"], "scikit-learn")
                     if r.get("peer_s") is not None else "")
    # a run of some tasks (BENCH_TASKS) does not replace the full run's files
    suffix = "-partial" if os.environ.get("BENCH_TASKS") and not smoke else ""
    path = os.path.join(out, "results%s.csv" % suffix)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        for r in rows:
            w.writerow({k: (fmt(v, 4) if isinstance(v, float) else v) for k, v in r.items()})
    with open(os.path.join(out, "scaling%s.csv" % suffix), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["file", "mb", "threads", "lede_s", "lede_mb_per_s", "peer_s", "peer_mb_per_s"])
        w.writeheader()
        for r in scaling:
            w.writerow({k: (fmt(v, 3) if isinstance(v, float) else v) for k, v in r.items()})

    print()
    print("%-16s %-15s %-36s %-12s %19s %19s %8s %9s %9s" % ("task", "corpus", "mode", "peer", "lede s (min-max)",
                                                            "peer s (min-max)", "speedup", "lede MB", "peer MB"))
    for r in rows:
        def rng(m, lo, hi):
            if m in (None, ""):
                return "-"
            return "%.3f (%.2f-%.2f)" % (float(m), float(lo), float(hi)) if lo not in (None, "") else "%.3f" % float(m)
        print("%-16s %-15s %-36s %-12s %19s %19s %8s %9s %9s" % (
            r["task"], r["corpus"], r["mode"], r.get("peer") or "-", rng(r.get("lede_s"), r.get("lede_min_s"), r.get("lede_max_s")),
            rng(r.get("peer_s"), r.get("peer_min_s"), r.get("peer_max_s")),
            "-" if not r.get("speedup") else "%.1fx" % float(r["speedup"]),
            fmt(r.get("lede_peak_mb"), 0) if isinstance(r.get("lede_peak_mb"), float) else (r.get("lede_peak_mb") or "-"),
            fmt(r.get("peer_peak_mb"), 0) if isinstance(r.get("peer_peak_mb"), float) else (r.get("peer_peak_mb") or "-")))
    print()
    print("Counting, scaling with size (median seconds, MB/s):")
    print("%-16s %8s %8s %10s %10s %10s %10s" % ("file", "MB", "threads", "lede s", "lede MB/s", "sklearn s", "sklearn MB/s"))
    for r in scaling:
        print("%-16s %8.1f %8d %10.3f %10.1f %10.3f %10.1f" % (r["file"], r["mb"], r["threads"], r["lede_s"],
                                                            r["lede_mb_per_s"], r["peer_s"], r["peer_mb_per_s"]))
    with open(os.path.join(out, "results%s.md" % suffix), "w", encoding="utf-8") as f:
        f.write(markdown(out, suffix) + "\n")
    if kernel_text is not None:
        print("\nKernel start (scripts/kernel-bench.py):\n" + kernel_text)
    print("\nbench: wrote %s and %s" % (path, os.path.join(out, "scaling%s.csv" % suffix)))

    if smoke:
        check_smoke(lede, out, path)


def check_smoke(lede, out, path):
    """The smoke run's checks: every column present and filled, and Lede's counts equal sklearn's."""
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        if r.fieldnames[:7] != COLUMNS[:7]:
            raise SystemExit("bench smoke: results.csv columns %s, expected %s" % (r.fieldnames, COLUMNS[:7]))
        got = list(r)
    for row in got:
        if not row["task"] or not row["lede_s"] or not row["lede_peak_mb"]:
            raise SystemExit("bench smoke: incomplete row %s" % row)
        if row["task"] not in NO_PEER and not (row["peer_s"] and row["speedup"] and row["peer_peak_mb"]):
            raise SystemExit("bench smoke: row without scikit-learn figures %s" % row)
    text = os.path.join(out, "kjv-small.txt")
    subprocess.run(lede + ["--dump-counts", os.path.join(out, "lede-counts.tsv"), text], check=True)
    subprocess.run(SKLEARN + ["--dump-counts", os.path.join(out, "sklearn-counts.tsv"), text], check=True)
    with open(os.path.join(out, "lede-counts.tsv"), encoding="utf-8") as a, \
            open(os.path.join(out, "sklearn-counts.tsv"), encoding="utf-8") as b:
        la, lb = a.read().splitlines(), b.read().splitlines()
    if la != lb or len(la) < 500:
        diff = sorted(set(la) ^ set(lb))[:10]
        raise SystemExit("bench smoke: Lede's counts differ from CountVectorizer's on %s (%d vs %d terms): %s"
                         % (text, len(la), len(lb), diff))
    print("bench smoke: %d rows with all columns; Lede's counts of %d terms equal CountVectorizer's" % (len(got), len(la)))


if __name__ == "__main__":
    main()
