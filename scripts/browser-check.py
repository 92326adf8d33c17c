#!/usr/bin/env python3
"""What a reader sees: Lede's notebooks and reports opened in a real browser (headless Chromium).

    browser-check.py [--reports DIR] [--live] [--shots DIR] [NOTEBOOK ...]

--reports DIR  opens every DIR/*.html report (as scripts/notebooks.py writes them, next to the
               executed .ipynb of the same name)
--live         starts `jupyter notebook` on 127.0.0.1 with the installed `lede` kernel (the
               caller's JUPYTER_DATA_DIR), opens each notebook (a copy, in a temporary folder
               beside a link to data/), clicks Cell > Run All and waits until every cell has run
               and the kernel is idle; then runs a scratch notebook whose one cell is
               3 s of work with progress: its display must appear, be updated in place and be
               emptied at the end (screenshot live-progress.png)

In both, for every chart (an image/svg+xml output):
  - the chart's element is inside its output area, with the chart's own size;
  - a screenshot of it matches the same SVG drawn alone as an image in an empty tab (so a chart
    emptied by a sanitizer, or clipped by another chart's clip path, fails), and that drawing
    is not empty (non-background pixels beyond its title);
  - in the live notebook, every drawing element (path, rect, line, ...) has a bounding box inside
    the chart;
and in each page: no error output, no two elements of an SVG share an id, and no script from a
corpus ran (window.ledePwned stays unset; notebooks/tests/folder-corpus carries such text).
Screenshots go to --shots (default target/screenshots): <page>-chart-<k>.png, and
<page>-chart-<k>-expected.png beside any that differs. Exit status 1 on any failure.
"""
import argparse
import base64
import io
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from PIL import Image, ImageChops
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException

from notebooks import PROJECT  # the project's notebooks (scripts/notebooks.py)

ROOT = Path(__file__).resolve().parent.parent
RUN_TIMEOUT = int(os.environ.get("LEDE_BROWSER_TIMEOUT", "300"))  # seconds per notebook's Run All
# A pixel differs when one channel differs by more than this; a chart differs when more than
# MAX_DIFFERENT of its pixels do (inline SVG and SVG-as-image antialias text alike in Chromium;
# a clipped bar or a missing legend is thousands of pixels).
CHANNEL_TOLERANCE, MAX_DIFFERENT = 48, 0.002
MIN_INK = 0.02  # a chart's drawing covers at least 2% of its area with non-background pixels
DRAWN = "path, rect, line, polyline, polygon, circle, ellipse"


def browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    profile = tempfile.mkdtemp(prefix="lede-chromium-")
    for a in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
              "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1400,1000",
              "--user-data-dir=" + profile]:
        opts.add_argument(a)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=opts)
    driver.set_page_load_timeout(120)
    return driver, profile


def png(data):
    return Image.open(io.BytesIO(data)).convert("RGB")


def ink(img):
    """The share of pixels that are not the background (the colour of the top-left pixel)."""
    bg = Image.new("RGB", img.size, img.getpixel((0, 0)))
    diff = ImageChops.difference(img, bg).convert("L").point(lambda v: 255 if v > CHANNEL_TOLERANCE else 0)
    return diff.histogram()[255] / (img.size[0] * img.size[1])


def different(a, b):
    diff = ImageChops.difference(a, b)
    channels = [c.point(lambda v: 255 if v > CHANNEL_TOLERANCE else 0) for c in diff.split()]
    mask = ImageChops.lighter(ImageChops.lighter(channels[0], channels[1]), channels[2])
    return mask.histogram()[255] / (a.size[0] * a.size[1])


def reference(driver, svg):
    """The SVG drawn alone, as an image in an empty tab: what the chart should look like."""
    page = driver.current_window_handle
    driver.switch_to.new_window("tab")
    try:
        driver.get("about:blank")
        driver.execute_script(
            "document.body.style.margin='0'; document.body.style.background='white';"
            "const i = document.createElement('img'); i.id = 'ref'; i.style.display = 'block';"
            "i.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(arguments[0]);"
            "document.body.appendChild(i);", svg)
        img = driver.find_element(By.ID, "ref")
        wait(lambda: driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", img), 20,
             "the reference image did not load")
        return png(img.screenshot_as_png)
    finally:
        driver.close()
        driver.switch_to.window(page)


def wait(condition, seconds, what):
    end = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > end:
            raise TimeoutError(what)
        time.sleep(0.25)


PAGE_CHECKS = """
const ids = {}, dups = [];
for (const e of document.querySelectorAll('svg [id], svg[id]')) {
  if (ids[e.id]) dups.push(e.id); ids[e.id] = true;
}
return {dups: [...new Set(dups)], pwned: window.ledePwned === undefined ? null : String(window.ledePwned)};
"""

# In one chart element: its box, its output area's box, and its drawing elements outside it.
CHART_GEOMETRY = """
const el = arguments[0], area = el.closest(arguments[1]);
const r = el.getBoundingClientRect(), a = area ? area.getBoundingClientRect() : null;
const box = x => ({left: x.left, top: x.top, right: x.right, bottom: x.bottom, width: x.width, height: x.height});
let drawn = 0, outside = [];
if (el.tagName.toLowerCase() === 'svg') {
  for (const d of el.querySelectorAll(arguments[2])) {
    const b = d.getBoundingClientRect();
    if (b.width === 0 && b.height === 0) continue;
    drawn++;
    if (b.left < r.left - 1 || b.top < r.top - 1 || b.right > r.right + 1 || b.bottom > r.bottom + 1)
      outside.push(d.tagName + ' ' + JSON.stringify(box(b)));
  }
}
return {chart: box(r), area: a && box(a), drawn: drawn, outside: outside.slice(0, 3)};
"""


class Checker:
    def __init__(self, driver, shots):
        self.driver, self.shots, self.failures, self.charts = driver, shots, [], 0

    def fail(self, page, message):
        self.failures.append(f"{page}: {message}")
        print(f"  FAIL {page}: {message}", flush=True)

    def page(self, name, charts, area_selector, error_count):
        """charts: [(element, svg source)] in page order."""
        d = self.driver
        checks = d.execute_script(PAGE_CHECKS)
        if checks["dups"]:
            self.fail(name, f"SVG ids used more than once in the page: {', '.join(checks['dups'][:5])}")
        if checks["pwned"] is not None:
            self.fail(name, f"a script from the corpus ran (window.ledePwned = {checks['pwned']})")
        if error_count:
            self.fail(name, f"{error_count} error output(s)")
        for k, (el, svg) in enumerate(charts, 1):
            self.charts += 1
            label = f"chart {k} of {len(charts)}"
            d.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
            geo = d.execute_script(CHART_GEOMETRY, el, area_selector, DRAWN)
            size = re.search(r"<svg[^>]*\swidth=['\"]([\d.]+)['\"][^>]*\sheight=['\"]([\d.]+)['\"]", svg)
            want = (round(float(size.group(1))), round(float(size.group(2)))) if size else None
            c, a = geo["chart"], geo["area"]
            if a is None:
                self.fail(name, f"{label} is not inside an output area")
                continue
            if want and (round(c["width"]), round(c["height"])) != want:
                self.fail(name, f"{label} is {c['width']:.0f}x{c['height']:.0f} px on the page, its SVG {want[0]}x{want[1]}")
            if c["left"] < a["left"] - 1 or c["right"] > a["right"] + 1 or c["top"] < a["top"] - 1 or c["bottom"] > a["bottom"] + 1:
                self.fail(name, f"{label} extends outside its output area ({c} in {a})")
            if geo["outside"]:
                self.fail(name, f"{label}: drawing elements outside the chart: {geo['outside']}")
            shot = png(el.screenshot_as_png)
            path = self.shots / f"{name}-chart-{k}.png"
            shot.save(path)
            expected = reference(d, svg)
            if ink(expected) < MIN_INK:
                self.fail(name, f"{label}: the chart itself draws almost nothing ({ink(expected):.1%} ink)")
            if shot.size != expected.size:
                expected.save(self.shots / f"{name}-chart-{k}-expected.png")
                self.fail(name, f"{label}: the page shows {shot.size[0]}x{shot.size[1]} px, the chart is "
                                f"{expected.size[0]}x{expected.size[1]} ({path.name})")
                continue
            share = different(shot, expected)
            if share > MAX_DIFFERENT:
                expected.save(self.shots / f"{name}-chart-{k}-expected.png")
                self.fail(name, f"{label}: {share:.1%} of its pixels differ from the chart drawn alone "
                                f"(blank, clipped or covered; see {path.name} and {path.stem}-expected.png)")
            elif geo["drawn"] == 0 and el.tag_name.lower() == "svg":
                self.fail(name, f"{label}: no drawing elements with a size")


def check_reports(checker, reports):
    pages = sorted(Path(reports).glob("*.html"))
    if not pages:
        checker.fail(str(reports), "no HTML reports to open")
    for html in pages:
        executed = html.with_suffix(".ipynb")
        nb = json.loads(executed.read_text(encoding="utf-8"))
        svgs, errors = [], 0
        for cell in nb["cells"]:
            for o in cell.get("outputs", []):
                if o.get("output_type") == "error":
                    errors += 1
                data = o.get("data", {}).get("image/svg+xml")
                if data is not None:
                    svgs.append(data if isinstance(data, str) else "".join(data))
        started = time.monotonic()
        checker.driver.get(html.resolve().as_uri())
        areas = checker.driver.find_elements(By.CSS_SELECTOR, '[data-mime-type="image/svg+xml"]')
        if len(areas) != len(svgs):
            checker.fail(html.name, f"{len(svgs)} charts in {executed.name}, {len(areas)} chart outputs in the page")
        charts = []
        for area, svg in zip(areas, svgs):
            found = area.find_elements(By.CSS_SELECTOR, "img, svg")
            if not found:
                checker.fail(html.name, "a chart output holds neither an image nor an SVG")
                continue
            el = found[0]
            if el.tag_name.lower() == "img":
                wait(lambda: checker.driver.execute_script("return arguments[0].complete", el), 20, "chart image load")
            charts.append((el, svg))
        checker.page("report-" + html.stem, charts, ".jp-OutputArea-output", errors)
        print(f"  report {html.name}: {len(charts)} charts, {time.monotonic() - started:.1f} s", flush=True)


RUN_STATE = """
// empty code cells (the exercises' answer boxes) get no prompt number from Run All
const nb = Jupyter.notebook, cells = nb.get_cells().filter(c => c.cell_type === 'code' && c.get_text().trim() !== '');
const icon = document.getElementById('kernel_indicator_icon');
return {pending: cells.filter(c => c.input_prompt_number === '*' || c.input_prompt_number == null).length,
        idle: !!(nb.kernel && icon && icon.classList.contains('kernel_idle_icon')), cells: cells.length};
"""

LIVE_OUTPUTS = """
const out = [], errors = [];
Jupyter.notebook.get_cells().forEach((c, i) => {
  if (c.cell_type !== 'code') return;
  c.output_area.outputs.forEach(o => {
    if (o.output_type === 'error') errors.push('cell ' + (i + 1) + ': ' + o.ename + ': ' + o.evalue);
    if (o.data && o.data['image/svg+xml']) out.push([i, o.data['image/svg+xml']]);
  });
});
return {svgs: out, errors: errors};
"""


# Long work with progress (dev.lede.progress) in a scratch notebook: 3 s, shown after 1 s.
PROGRESS_CELL = ('try (Progress p = Progress.start("Browser check", 30, Progress.Unit.ITEMS)) {\n'
                 '    for (int i = 0; i < 30; i++) { Thread.sleep(100); p.advance(1); }\n'
                 '}\n'
                 'System.out.println("long work done");')

PROGRESS_STATE = """
const bars = document.querySelectorAll('.output_area .lede-progress progress');
const c = Jupyter.notebook.get_cell(0);
return {bars: bars.length, value: bars.length ? Number(bars[0].value) : null,
        text: bars.length ? bars[0].parentElement.textContent : null,
        outputs: c.output_area.outputs.map(o => JSON.stringify(o.data || o.text))};
"""


def check_progress(checker, d, base, token, folder):
    """The progress of long work in the live notebook: one display, updated, gone at the end."""
    name = "live-progress"
    nb = {"cells": [{"cell_type": "code", "execution_count": None, "id": "progress", "metadata": {}, "outputs": [],
                     "source": PROGRESS_CELL}],
          "metadata": {"kernelspec": {"display_name": "Java (Lede)", "language": "java", "name": "lede"}},
          "nbformat": 4, "nbformat_minor": 5}
    (folder / "progress-check.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    d.get(f"{base}/notebooks/progress-check.ipynb?token={token}")
    wait(lambda: d.execute_script("return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel"
                                  " && Jupyter.notebook.kernel.is_connected())"), 120,
         "progress-check: the kernel did not connect within 120 s")
    d.execute_script("Jupyter.notebook.set_autosave_interval(0)")
    d.execute_script("Jupyter.notebook.execute_cells([0])")
    try:
        first = wait(lambda: (lambda s: s if s["bars"] else None)(d.execute_script(PROGRESS_STATE)), 60,
                     "no progress display appeared")
        time.sleep(0.8)
        later = d.execute_script(PROGRESS_STATE)
        # each update replaces the display's element: one found just before an update is gone
        # when the screenshot is taken, so look it up again (a few times at most)
        for attempt in range(5):
            try:
                area = d.find_element(By.CSS_SELECTOR, ".output_area .lede-progress")
                png(area.screenshot_as_png).save(checker.shots / f"{name}.png")
                break
            except StaleElementReferenceException:
                if attempt == 4:
                    raise
        if later["bars"] != 1 or not later["value"] > first["value"]:
            checker.fail(name, f"the display was not updated in place: {first} then {later}")
        if "Browser check: " not in (later["text"] or "") or " of 30 items" not in later["text"]:
            checker.fail(name, f"unexpected progress text: {later['text']!r}")
        done = wait(lambda: (lambda s: s if s["pending"] == 0 and s["idle"] else None)(d.execute_script(RUN_STATE)),
                    60, "the cell did not finish")
        end = d.execute_script(PROGRESS_STATE)
        if end["bars"] or end["outputs"] != [json.dumps({"text/plain": ""}, separators=(",", ":")),
                                             json.dumps("long work done\n")]:
            checker.fail(name, f"after the work: {end}")
        print(f"  live progress: shown at {first['value'] / 10:.0f}%, updated to {later['value'] / 10:.0f}%, "
              f"emptied at the end ({done['cells']} cell); screenshot {name}.png", flush=True)
    except TimeoutError as e:
        checker.fail(name, str(e))
        d.save_screenshot(str(checker.shots / f"{name}-timeout.png"))
    d.execute_script("Jupyter.notebook.kernel.kill(); window.onbeforeunload = null;")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def check_live(checker, notebooks):
    work = Path(tempfile.mkdtemp(prefix="lede-live-"))
    (work / "notebooks").mkdir()
    (work / "data").symlink_to(ROOT / "data")
    for nb in notebooks:
        shutil.copy(nb, work / "notebooks" / nb.name)
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(work / "config"), JUPYTER_RUNTIME_DIR=str(work / "runtime"))
    cmd = [sys.executable, "-m", "notebook", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
           "--port-retries=0", f"--NotebookApp.token={token}", f"--notebook-dir={work / 'notebooks'}"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    log = open(work / "jupyter.log", "w")
    server = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        def up():
            try:
                return urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2).status == 200
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError("jupyter notebook exited: " + (work / "jupyter.log").read_text()[-2000:])
                return False
        wait(up, 60, "jupyter notebook did not answer within 60 s")
        d = checker.driver
        for nb in notebooks:
            started = time.monotonic()
            d.get(f"{base}/notebooks/{urllib.parse.quote(nb.name)}?token={token}")
            wait(lambda: d.execute_script("return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel"
                                          " && Jupyter.notebook.kernel.is_connected())"), 120,
                 f"{nb.name}: the kernel did not connect within 120 s")
            d.execute_script("Jupyter.notebook.set_autosave_interval(0)")  # a copy, but leave it alone
            d.execute_script("Jupyter.notebook.clear_all_output()")
            d.find_element(By.ID, "celllink").click()
            d.find_element(By.CSS_SELECTOR, "#run_all_cells > a").click()
            time.sleep(1)
            try:
                state = wait(lambda: (lambda s: s if s["pending"] == 0 and s["idle"] else None)(d.execute_script(RUN_STATE)),
                             RUN_TIMEOUT, f"{nb.name}: Run All did not finish within {RUN_TIMEOUT} s")
            except TimeoutError as e:
                checker.fail("live-" + nb.stem, str(e))
                d.save_screenshot(str(checker.shots / f"live-{nb.stem}-timeout.png"))
                continue
            ran = time.monotonic() - started
            outs = d.execute_script(LIVE_OUTPUTS)
            for e in outs["errors"]:
                checker.fail("live-" + nb.stem, "error output: " + " ".join(e.split())[:300])
            svgs = d.find_elements(By.CSS_SELECTOR, ".output_svg svg")
            if len(svgs) != len(outs["svgs"]):
                checker.fail("live-" + nb.stem, f"{len(outs['svgs'])} chart outputs, {len(svgs)} SVGs shown")
            checker.page("live-" + nb.stem, list(zip(svgs, [s for _, s in outs["svgs"]])), ".output_area",
                         len(d.find_elements(By.CSS_SELECTOR, ".output_error")))
            print(f"  live {nb.name}: {state['cells']} cells run in {ran:.1f} s, {len(svgs)} charts", flush=True)
            d.execute_script("Jupyter.notebook.kernel.kill(); window.onbeforeunload = null;")
        check_progress(checker, d, base, token, work / "notebooks")
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        shutil.rmtree(work, ignore_errors=True)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("notebooks", nargs="*")
    p.add_argument("--reports")
    p.add_argument("--live", action="store_true")
    p.add_argument("--shots", default=str(ROOT / "target" / "screenshots"))
    args = p.parse_args()
    if not args.reports and not args.live:
        p.error("nothing to check: give --reports DIR and/or --live")
    shots = Path(args.shots)
    shutil.rmtree(shots, ignore_errors=True)
    shots.mkdir(parents=True)
    started = time.monotonic()
    driver, profile = browser()
    checker = Checker(driver, shots)
    try:
        if args.reports:
            print(f"browser: HTML reports in {args.reports}", flush=True)
            check_reports(checker, args.reports)
        if args.live:
            nbs = [Path(n).resolve() for n in args.notebooks] or [ROOT / "notebooks" / n for n in PROJECT]
            print(f"browser: Run All of {len(nbs)} notebooks in jupyter notebook", flush=True)
            check_live(checker, nbs)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    print(f"browser: {checker.charts} charts checked, {len(checker.failures)} failures, "
          f"{time.monotonic() - started:.0f} s; screenshots in {shots}")
    return 1 if checker.failures else 0


if __name__ == "__main__":
    sys.exit(main())
