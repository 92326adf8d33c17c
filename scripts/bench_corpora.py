#!/usr/bin/env python3
"""Makes the benchmark corpora under an output folder from Debian's packages:
the King James Bible (bible-kjv, through its `bible` program) one document per chapter and
per verse, the four Gospels one document per book, files of about 10, 50 and 200 MB made by
repeating the Bible's text (one document per line), the fortunes collection one
document per cookie with the file name as category, and a generated year of evening bulletins
as SubRip captions (captions-year/: 365 files of 120 five-second cues whose texts are the
Bible's verses in order, with a captions.csv manifest dating them 2023-01-01 to 2023-12-31).

Usage: bench_corpora.py OUT_DIR [--small]   (--small: a few chapters, verses and cookies, for the smoke test)
Nothing is written outside OUT_DIR; the CSV files have a header id,category,text.
"""
import csv
import datetime
import os
import re
import shutil
import subprocess
import sys

GOSPELS = ["Matthew", "Mark", "Luke", "John"]


def bible_text():
    exe = shutil.which("bible") or next((p for p in ("/usr/games/bible", "/usr/bin/bible") if os.path.exists(p)), None)
    if exe is None:
        sys.exit("bench: the `bible` program is missing: apt-get install bible-kjv bible-kjv-text")
    out = subprocess.run([exe, "-l0", "Gen1:1-Rev22:21"], input=b"", capture_output=True, check=True).stdout
    return out.decode("utf-8")


def parse_bible(text):
    """[(book, chapter, [verse texts])] in order."""
    chapters = []
    head = re.compile(r"^(\S.*) (\d+)$")
    verse = re.compile(r"^\s+(\d+) (.*)$")
    for line in text.splitlines():
        m = head.match(line)
        if m:
            chapters.append((m.group(1), int(m.group(2)), []))
            continue
        m = verse.match(line)
        if m and chapters:
            chapters[-1][2].append(m.group(2).strip())
    return chapters


def fortunes(folder="/usr/share/games/fortunes"):
    if not os.path.isdir(folder):
        sys.exit("bench: %s is missing: apt-get install fortunes fortunes-min" % folder)
    out = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if "." in name or os.path.islink(path) or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            cookies = re.split(r"\n%\n", f.read())
        for i, c in enumerate(cookies):
            c = c.strip("\n%")
            if re.search(r"[^\W_]", c):  # drawings without a letter or digit have no terms (k-means needs terms)
                out.append((name, i + 1, c))
    return out


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "category", "text"])
        w.writerows(rows)


def srt_time(ms):
    return "%02d:%02d:%02d,%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)


def write_captions(folder, verses, bulletins, cues):
    """`bulletins` SubRip files of `cues` cues each (5 s shown, 0.5 s apart), texts the verses in turn."""
    os.makedirs(folder, exist_ok=True)
    k = 0
    with open(os.path.join(folder, "captions.csv"), "w", encoding="utf-8", newline="") as m:
        w = csv.writer(m)
        w.writerow(["file", "id", "outlet", "published"])
        for b in range(bulletins):
            day = datetime.date(2023, 1, 1) + datetime.timedelta(days=b)
            name = "bulletin-%s.srt" % day.isoformat()
            w.writerow([name, "bulletin-%s" % day.isoformat(), "Channel %d" % (b % 3 + 1), day.isoformat()])
            with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
                for c in range(cues):
                    start = c * 5500
                    f.write("%d\n%s --> %s\n%s\n\n" % (c + 1, srt_time(start), srt_time(start + 5000), verses[k % len(verses)]))
                    k += 1


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    small = "--small" in sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    raw = bible_text()
    chapters = parse_bible(raw)
    cookies = fortunes()
    if small:
        chapters = chapters[:12] + [c for c in chapters if c[0] in GOSPELS][:8]
        cookies = cookies[::100]  # a dozen categories with the 5 cookies the classifiers need for 5 folds
    write_csv(os.path.join(out, "chapters.csv"),
              [("%s %d" % (b, c), b, " ".join(v)) for b, c, v in chapters])
    write_csv(os.path.join(out, "verses.csv"),
              [("%s %d:%d" % (b, c, i + 1), b, t) for b, c, v in chapters for i, t in enumerate(v)])
    write_csv(os.path.join(out, "gospels.csv"),
              [(g, g, " ".join(" ".join(v) for b, c, v in chapters if b == g)) for g in GOSPELS])
    write_csv(os.path.join(out, "fortunes.csv"), [("%s %d" % (n, i), n, t) for n, i, t in cookies])
    lines = "\n".join(t for b, c, v in chapters for t in v) + "\n"
    data = lines.encode("utf-8")
    sizes = {"small": 1} if small else {"10mb": 10, "50mb": 50, "200mb": 200}
    for label, mb in sizes.items():
        target = mb * 1_000_000 if not small else 200_000
        with open(os.path.join(out, "kjv-%s.txt" % label), "wb") as f:
            written = 0
            while written < target:
                f.write(data)
                written += len(data)
    verses = [t for b, c, v in chapters for t in v]
    write_captions(os.path.join(out, "captions-year"), verses, 14 if small else 365, 20 if small else 120)
    print("bench: corpora in %s: %d chapters, %d verses, %d fortunes" % (
        out, len(chapters), sum(len(v) for _, _, v in chapters), len(cookies)))


if __name__ == "__main__":
    main()
