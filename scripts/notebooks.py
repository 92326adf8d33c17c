#!/usr/bin/env python3
"""Executes Lede's notebooks with nbconvert and checks their reruns.

    notebooks.py [--check] [--corpus PATH] [--out DIR] [--update] [NOTEBOOK ...]

For each notebook (default: notebooks/*.ipynb, in name order) it executes a copy with the
`lede` kernel, writes the executed .ipynb and a self-contained .html report into --out
(default target/notebooks), and compares the outputs (cell outputs and execution counts)
with the committed notebook. Each notebook's metadata may hold
    "lede": {"finding": "...", "expect": ["regex", ...]}
and every regex must match the notebook's outputs: the stated finding still holds.

--check     exit 1 when a notebook fails, differs from the committed one or loses its finding
--corpus    run on another corpus (sets LEDE_CORPUS); outputs are then not compared
--update    write the executed outputs back into the committed notebooks (for authors)
The run stops at the first notebook that fails, naming the cell and the error.
"""
import argparse
import copy
import json
import os
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent
KERNEL = os.environ.get("LEDE_KERNEL_NAME", "lede")


def outputs_of(nb):
    """The comparable part of a notebook: per code cell, its execution count and outputs."""
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outs = []
        for o in cell.get("outputs", []):
            o = copy.deepcopy(dict(o))
            if not o.get("metadata"):
                o.pop("metadata", None)
            outs.append(o)
        cells.append({"execution_count": cell.get("execution_count"), "outputs": outs})
    return cells


def output_text(nb):
    parts = []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            continue
        for o in cell.get("outputs", []):
            if "text" in o:
                parts.append(o["text"])
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


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def export_html(nb, path):
    exporter = HTMLExporter(template_name="lede", extra_template_basedirs=[str(ROOT / "scripts" / "templates")])
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
    leaks = re.findall(r"""<(?:script|link|img)[^>]+(?:src|href)=["']https?://[^"']+""", body)
    if leaks:
        raise SystemExit(f"{path.name}: HTML report would fetch from the network: {leaks[:3]}")
    path.write_text(body, encoding="utf-8")


def run_one(path, out_dir, compare, update):
    committed = nbformat.read(path, as_version=4)
    nb = copy.deepcopy(committed)
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=300, startup_timeout=60,
                            record_timing=False, resources={"metadata": {"path": str(path.parent)}})
    started = time.monotonic()
    try:
        client.execute()
    except CellExecutionError as e:
        index = next((i for i, c in enumerate(nb.cells) if c.cell_type == "code"
                      and any(o.get("output_type") == "error" for o in c.get("outputs", []))), None)
        first_line = str(e).strip().splitlines()
        summary = next((l for l in reversed(first_line) if l.strip()), str(e))
        return {"name": path.name, "status": "failed", "cell": index,
                "error": summary[:500], "seconds": time.monotonic() - started}
    seconds = time.monotonic() - started
    strip_timing(nb)
    out_dir.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out_dir / path.name)
    export_html(nb, out_dir / (path.stem + ".html"))
    result = {"name": path.name, "status": "ok", "seconds": seconds}
    expect = committed.metadata.get("lede", {}).get("expect", [])
    text = output_text(nb)
    missing = [rx for rx in expect if not re.search(rx, text)]
    if compare:
        a, b = outputs_of(committed), outputs_of(nb)
        if a != b:
            i = first_difference(a, b)
            result["status"] = "differs"
            result["cell"] = i
            result["error"] = f"outputs differ from the committed notebook at code cell {i}"
        if missing:
            result["status"] = "finding-lost"
            result["error"] = "stated finding not found in outputs: " + "; ".join(missing)
    if update:
        committed_out = copy.deepcopy(nb)
        nbformat.write(committed_out, path)
    return result


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("notebooks", nargs="*")
    p.add_argument("--check", action="store_true")
    p.add_argument("--update", action="store_true")
    p.add_argument("--corpus")
    p.add_argument("--out", default=str(ROOT / "target" / "notebooks"))
    args = p.parse_args()

    paths = [Path(n) for n in args.notebooks] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    out_dir = Path(args.out)
    if args.corpus:
        os.environ["LEDE_CORPUS"] = str(Path(args.corpus).resolve())
        out_dir = out_dir / "other-corpus"
    if not paths:
        print("notebooks: no notebooks found")
        return 0
    results = []
    for path in paths:
        r = run_one(path, out_dir, compare=not args.corpus and not args.update, update=args.update)
        results.append(r)
        where = f" (cell {r['cell']})" if r.get("cell") is not None else ""
        print(f"{r['status']:>12}  {r['name']}  {r['seconds']:.1f}s{where}" + (f"  {r['error']}" if "error" in r else ""),
              flush=True)
        if r["status"] == "failed":
            break
    ran = {r["name"] for r in results}
    for path in paths:
        if path.name not in ran:
            print(f"{'not run':>12}  {path.name}")
    passed = sum(r["status"] == "ok" for r in results)
    failed = len(paths) - passed
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"notebooks: {passed} passed, {failed} failed")
    return 1 if (args.check and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
