#!/usr/bin/env python3
"""Executes Lede's notebooks with nbclient (what `jupyter nbconvert --execute` uses) and checks reruns.

    notebooks.py [--check] [--corpus PATH] [--out DIR] [--update] [NOTEBOOK ...]

For each notebook (default: the project's notebooks, PROJECT below) it executes a copy with the
`lede` kernel in the notebook's own folder, writes the executed .ipynb and a self-contained
.html report (SVG inline, no script, font or style fetched from the network) into --out
(default target/notebooks), and compares the outputs -- every code cell's outputs and
execution count, byte for byte as nbformat writes them -- with the committed notebook.
Each notebook's metadata may hold
    "lede": {"finding": "...", "expect": ["regex", ...]}
and every regex must match the notebook's outputs: the stated finding still holds.

--check     exit 1 when a notebook differs from the committed one or loses its finding (a
            notebook that fails to run always gives exit status 1)
--corpus    run on another corpus (sets LEDE_CORPUS; so does running with LEDE_CORPUS set):
            outputs and findings are then not compared, only that every cell runs; the
            reports go to --out/other-corpus
--update    write the executed outputs back into the committed notebooks (for authors; a
            notebook whose finding no longer holds is written but reported)
The run stops at the first notebook that fails, naming the cell and its error; the summary
says which notebooks passed, and report.json in --out holds the same per notebook.
Other notebooks in notebooks/ (a scratch Untitled.ipynb, your own analyses) are run after the
project's, when no notebook is named, and reported apart ("other notebooks", reports in
--out/others): never compared, and their failures neither stop the run nor change its exit status.
"""
import argparse
import copy
import difflib
import json
import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent
KERNEL = os.environ.get("LEDE_KERNEL_NAME", "lede")
CELL_TIMEOUT = int(os.environ.get("LEDE_CELL_TIMEOUT", "120"))
# Targets of the notebooks issue, measured on a 2-core machine; reported, never failed on
# (timings on a shared machine are not tests).
TARGET_EACH, TARGET_ALL = 20.0, 60.0
# The project's notebooks, in the order they are run and read (notebooks/README.md).
PROJECT = ["00-getting-started.ipynb", "01-term-frequencies.ipynb", "02-coverage-length.ipynb",
           "03-story-families.ipynb", "04-maps-and-classifiers.ipynb", "05-scale-out.ipynb"]


def code_cells(nb):
    return [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]


def comparable(cell):
    """One code cell's outputs and execution count as the bytes nbformat writes for them."""
    outs = []
    for o in cell.get("outputs", []):
        o = copy.deepcopy(dict(o))
        if not o.get("metadata"):
            o.pop("metadata", None)
        outs.append(o)
    return json.dumps({"execution_count": cell.get("execution_count"), "outputs": outs},
                      indent=1, sort_keys=True, ensure_ascii=False)


def output_text(nb):
    """Everything the code cells showed, as text: what the stated finding is checked against."""
    parts = []
    for _, cell in code_cells(nb):
        for o in cell.get("outputs", []):
            if "text" in o:
                parts.append(o["text"] if isinstance(o["text"], str) else "".join(o["text"]))
            for key, value in o.get("data", {}).items():
                if key.startswith("text/") or key == "image/svg+xml":
                    parts.append(value if isinstance(value, str) else "".join(value))
            if o.get("output_type") == "error":
                parts.append(o.get("ename", "") + ": " + o.get("evalue", ""))
    return "\n".join(parts)


def strip_timing(nb):
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    return nb


def coalesce_streams(nb):
    """Joins consecutive stdout (or stderr) outputs of a cell into one, as nbconvert's
    coalesce_streams does: how a kernel cuts a long print into messages depends on its buffers
    and timing, and is not part of what the cell printed."""
    for _, cell in code_cells(nb):
        merged = []
        for o in cell.get("outputs", []):
            if (o.get("output_type") == "stream" and merged and merged[-1].get("output_type") == "stream"
                    and merged[-1].get("name") == o.get("name")):
                merged[-1]["text"] = merged[-1]["text"] + o["text"]
            else:
                merged.append(o)
        cell.outputs = merged
    return nb


def cell_name(nb, index):
    """"cell 7 of 20 (In [4]: `Keyness k = ...`)": how a reader finds the cell in Jupyter."""
    cell = nb.cells[index]
    first = next((l.strip() for l in cell.source.splitlines() if l.strip()), "")
    if len(first) > 60:
        first = first[:57] + "..."
    count = cell.get("execution_count")
    prompt = f"In [{count}]" if count is not None else "not run"
    return f"cell {index + 1} of {len(nb.cells)} ({prompt}: `{first}`)"


def first_difference(committed, executed):
    """Where the executed outputs first differ from the committed ones, with a short diff."""
    a, b = code_cells(committed), code_cells(executed)
    if len(a) != len(b):
        return None, f"{len(b)} code cells executed, {len(a)} committed"
    for (i, x), (_, y) in zip(a, b):
        sx, sy = comparable(x), comparable(y)
        if sx != sy:
            diff = list(difflib.unified_diff(sx.splitlines(), sy.splitlines(), "committed", "rerun", n=0, lineterm=""))
            return i, "\n".join(around_change(diff[2:14]))
    return None, None


def around_change(lines, width=160):
    """Diff lines cut to `width` characters; the k-th "-" and k-th "+" line of a hunk show the
    stretch around their first differing character (outputs are long one-line JSON strings)."""
    minus = [l for l in lines if l.startswith("-")]
    plus = [l for l in lines if l.startswith("+")]
    out = []
    for line in lines:
        start = 0
        if line[:1] in "-+":
            mine, theirs = (minus, plus) if line[0] == "-" else (plus, minus)
            k = mine.index(line)
            if k < len(theirs):
                a, b = line[1:], theirs[k][1:]
                first = next((j for j in range(min(len(a), len(b))) if a[j] != b[j]), min(len(a), len(b)))
                start = max(0, first - width // 2)
        text = line[:1] + ("..." if start else "") + line[1 + start:1 + start + width]
        out.append(text + ("..." if len(line) > 1 + start + width else ""))
    return out


NETWORK = re.compile(r"""<(?:script|link|img|iframe|source|video|audio)\b[^>]*?(?:src|href)\s*=\s*["']?(?:https?:)?//"""
                     r"""|url\(\s*["']?(?:https?:)?//|@import\s+(?:url\()?\s*["']?(?:https?:)?//""", re.I)


def export_html(nb, path):
    exporter = HTMLExporter(template_name="lede", extra_template_basedirs=[str(ROOT / "scripts" / "templates")])
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
    # CSS comments name URLs and SVG carries its namespace; neither is fetched
    leaks = NETWORK.findall(re.sub(r"/\*.*?\*/", "", body, flags=re.S))
    if leaks:
        raise RuntimeError(f"{path.name}: the HTML report would fetch from the network: {leaks[:3]}")
    # every chart must reach the report whole (the lab template's sanitizer once left empty boxes)
    charts = sum(1 for _, c in code_cells(nb) for o in c.get("outputs", []) if "image/svg+xml" in o.get("data", {}))
    shown = body.count('<img class="lede-chart" ')
    if shown != charts:
        raise RuntimeError(f"{path.name}: {charts} SVG charts in the notebook but {shown} in the HTML report "
                           "(scripts/templates/lede/index.html.j2, block data_svg)")
    path.write_text(body, encoding="utf-8")


def error_of(nb):
    """(cell index, "Ename: evalue") of the first cell with an error output."""
    for i, cell in code_cells(nb):
        for o in cell.get("outputs", []):
            if o.get("output_type") == "error":
                value = " ".join(o.get("evalue", "").split())
                return i, (o.get("ename", "error") + ": " + value)[:500]
    return None, None


def run_one(path, out_dir, compare, update):
    committed = nbformat.read(path, as_version=4)
    nb = copy.deepcopy(committed)
    running = {}
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=CELL_TIMEOUT, startup_timeout=60,
                            record_timing=False, resources={"metadata": {"path": str(path.parent)}},
                            on_cell_execute=lambda cell, cell_index: running.update(index=cell_index))
    started = time.monotonic()
    result = {"name": path.name, "status": "ok"}
    try:
        client.execute()
    except CellExecutionError as e:
        index, error = error_of(nb)
        if error is None:
            error = next((l for l in reversed(str(e).strip().splitlines()) if l.strip()), str(e))[:500]
        result.update(status="failed", cell=cell_name(nb, index) if index is not None else None, error=error)
    except CellTimeoutError as e:
        index = running.get("index")
        result.update(status="failed", cell=cell_name(nb, index) if index is not None else None,
                      error=f"no result within {CELL_TIMEOUT} s (LEDE_CELL_TIMEOUT): {str(e).splitlines()[0]}")
    except DeadKernelError as e:
        index = running.get("index")
        result.update(status="failed", cell=cell_name(nb, index) if index is not None else None,
                      error=f"the kernel died: {e}")
    except Exception as e:  # kernel not installed, cannot start, ...: name it and stop
        hint = f"; is the kernel installed? (make kernel, or JUPYTER_DATA_DIR)" if "kernel" in str(e).lower() else ""
        result.update(status="failed", error=f"{type(e).__name__}: {e}{hint}")
    result["seconds"] = round(time.monotonic() - started, 1)
    strip_timing(nb)
    coalesce_streams(nb)
    out_dir.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out_dir / path.name)
    try:
        export_html(nb, out_dir / (path.stem + ".html"))
    except Exception as e:
        if result["status"] == "ok":
            result.update(status="failed", error=f"HTML report: {e}")
    if result["status"] != "ok":
        return result
    if compare or update:
        expect = committed.metadata.get("lede", {}).get("expect", [])
        text = output_text(nb)
        missing = [rx for rx in expect if not re.search(rx, text)]
        if not expect:
            result.update(status="finding-lost", error="no stated finding: metadata lede.expect is empty")
        elif missing:
            result.update(status="finding-lost", error="stated finding not found in outputs: " + "; ".join(missing))
    if compare:
        index, diff = first_difference(committed, nb)
        if diff is not None:
            where = cell_name(nb, index) if index is not None else "cell count"
            error = f"outputs differ from the committed notebook:\n{diff}"
            if result["status"] != "ok":
                error = result["error"] + "\n" + error
            result.update(status="differs", cell=where, error=error)
    if update:
        nbformat.write(nb, path)
    return result


def run_others(paths, out_dir):
    """Notebooks in notebooks/ that are not the project's: run, reported, never fatal."""
    print(f"other notebooks in notebooks/ (not the project's; not compared, never stop the run): {len(paths)}", flush=True)
    results = []
    for path in paths:
        try:
            r = run_one(path, out_dir, compare=False, update=False)
        except Exception as e:  # not a notebook at all (unreadable JSON, ...): say so and go on
            r = {"name": path.name, "status": "failed", "seconds": 0.0, "error": f"{type(e).__name__}: {e}"}
        results.append(r)
        line = f"{r['status']:>12}  {r['name']}  {r['seconds']:.1f}s"
        if r["status"] != "ok":
            detail = (r["cell"] + ": " if r.get("cell") else "") + r["error"]
            line += "".join("\n              " + l for l in detail.splitlines())
        print(line, flush=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    ok = sum(r["status"] == "ok" for r in results)
    print(f"other notebooks: {ok} ran, {len(results) - ok} failed; reports in {out_dir}", flush=True)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("notebooks", nargs="*")
    p.add_argument("--check", action="store_true")
    p.add_argument("--update", action="store_true")
    p.add_argument("--corpus")
    p.add_argument("--out", default=str(ROOT / "target" / "notebooks"))
    args = p.parse_args()

    paths = [Path(n).resolve() for n in args.notebooks] or [ROOT / "notebooks" / n for n in PROJECT]
    extra = [] if args.notebooks else sorted(p for p in (ROOT / "notebooks").glob("*.ipynb") if p.name not in PROJECT)
    out_dir = Path(args.out)
    if not args.corpus and os.environ.get("LEDE_CORPUS", "").strip():
        args.corpus = os.environ["LEDE_CORPUS"]  # a corpus of one's own: nothing to compare with
    if args.corpus:
        corpus = Path(args.corpus).resolve()
        if not corpus.exists():
            print(f"notebooks: --corpus {args.corpus}: no such file or folder", file=sys.stderr)
            return 2
        os.environ["LEDE_CORPUS"] = str(corpus)
        out_dir = out_dir / "other-corpus"
    if not paths:
        print("notebooks: no notebooks found")
        return 1 if args.check else 0
    for path in paths:
        if not path.is_file():
            print(f"notebooks: {path}: no such notebook", file=sys.stderr)
            return 2
    where = os.environ.get("LEDE_CORPUS") or "the seed corpus (data/putin-pyongyang-2024)"
    print(f"notebooks: running {len(paths)} with kernel `{KERNEL}` on {where}", flush=True)
    results = []
    for path in paths:
        r = run_one(path, out_dir, compare=not args.corpus and not args.update, update=args.update)
        results.append(r)
        line = f"{r['status']:>12}  {r['name']}  {r['seconds']:.1f}s"
        if r["seconds"] > TARGET_EACH:
            line += f" (over the {TARGET_EACH:.0f} s target)"
        if r["status"] != "ok":
            detail = (r["cell"] + ": " if r.get("cell") else "") + r["error"]
            line += "".join("\n              " + l for l in detail.splitlines())
        print(line, flush=True)
        if r["status"] == "failed":
            break
    ran = {r["name"] for r in results}
    for path in paths:
        if path.name not in ran:
            print(f"{'not run':>12}  {path.name}")
            results.append({"name": path.name, "status": "not run"})
    passed = [r["name"] for r in results if r["status"] == "ok"]
    others = [r["name"] for r in results if r["status"] != "ok"]
    total = sum(r.get("seconds", 0) for r in results)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    summary = f"notebooks: {len(passed)} passed, {len(others)} not" + (f" ({', '.join(others)})" if others else "")
    summary += f"; {total:.1f} s in all" + (f" (over the {TARGET_ALL:.0f} s target)" if total > TARGET_ALL else "")
    print(summary + f"; reports in {out_dir}", flush=True)
    if extra:
        run_others(extra, out_dir / "others")
    if any(r["status"] == "failed" for r in results):
        return 1  # a notebook that does not run is an error even without --check
    return 1 if (args.check and others) else 0


if __name__ == "__main__":
    sys.exit(main())
