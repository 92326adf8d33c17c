#!/usr/bin/env python3
"""Makes data/kjv-sections/ (the corpus of notebook 04) from Debian's bible-kjv-text:
every STRIDE-th chapter of the King James Bible in canonical order (Genesis 1, Genesis 6, ...),
one document per chapter, labelled by the section of the Bible its book belongs to.

Usage: scripts/kjv_sections.py [OUT_DIR]   (default data/kjv-sections; needs `apt-get install bible-kjv`)
Writes kjv-sample.txt (the chapters one after another, each "Book N" then its verses, one per line)
and corpus.csv (id, file, start, end, book, chapter, section): each document is a chapter's verses,
without its heading line (offsets in code points; the text is ASCII).
The same Debian package version gives the same bytes.
"""
import csv
import os
import re
import shutil
import subprocess
import sys

STRIDE = 5
# The six sections (Acts goes with the histories, Revelation with the prophets).
SECTIONS = [
    ("law", "Genesis Exodus Leviticus Numbers Deuteronomy"),
    ("history", "Joshua Judges Ruth|1 Samuel|2 Samuel|1 Kings|2 Kings|1 Chronicles|2 Chronicles|Ezra Nehemiah Esther Acts"),
    ("poetry", "Job Psalms Proverbs Ecclesiastes|Song of Solomon"),
    ("prophets", "Isaiah Jeremiah Lamentations Ezekiel Daniel Hosea Joel Amos Obadiah Jonah Micah Nahum Habakkuk "
                 "Zephaniah Haggai Zechariah Malachi Revelation"),
    ("gospels", "Matthew Mark Luke John"),
    ("letters", "Romans|1 Corinthians|2 Corinthians|Galatians Ephesians Philippians Colossians|1 Thessalonians|"
                "2 Thessalonians|1 Timothy|2 Timothy|Titus Philemon Hebrews James|1 Peter|2 Peter|1 John|2 John|"
                "3 John|Jude"),
]


def section_of():
    out = {}
    for name, books in SECTIONS:
        for part in books.split("|"):
            # a part is either one multi-word book ("1 Samuel") or several one-word books
            words = part.split(" ")
            if words[0].isdigit() or part == "Song of Solomon":
                out[part] = name
            else:
                for w in words:
                    out[w] = name
    return out


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "kjv-sections")
    exe = shutil.which("bible") or "/usr/games/bible"
    if not os.path.exists(exe):
        sys.exit("kjv_sections: the `bible` program is missing: apt-get install bible-kjv bible-kjv-text")
    text = subprocess.run([exe, "-l0", "Gen1:1-Rev22:21"], input=b"", capture_output=True, check=True).stdout.decode("utf-8")
    chapters = []
    for line in text.splitlines():
        m = re.match(r"^(\S.*) (\d+)$", line)
        if m:
            chapters.append((m.group(1), int(m.group(2)), []))
            continue
        m = re.match(r"^\s+(\d+) (.*)$", line)
        if m and chapters:
            chapters[-1][2].append(m.group(2).strip())
    sections = section_of()
    missing = sorted({b for b, _, _ in chapters} - set(sections))
    if missing or len(chapters) != 1189:
        sys.exit("kjv_sections: unexpected text (%d chapters; books without a section: %s)" % (len(chapters), missing))
    os.makedirs(out, exist_ok=True)
    body, rows, pos = [], [], 0
    for book, number, verses in chapters[::STRIDE]:
        head = "%s %d\n" % (book, number)
        doc = "\n".join(verses) + "\n"
        # the document is the verses only: the heading would give the book's name away to a classifier
        start = pos + len(head)
        rows.append(["%s %d" % (book, number), "kjv-sample.txt", start, start + len(doc) - 1, book, number,
                     sections[book]])
        body.append(head + doc + "\n")
        pos = start + len(doc) + 1
    with open(os.path.join(out, "kjv-sample.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(body))
    with open(os.path.join(out, "corpus.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "file", "start", "end", "book", "chapter", "section"])
        w.writerows(rows)
    print("kjv_sections: %d chapters of %d in %s" % (len(rows), len(chapters), out))


if __name__ == "__main__":
    main()
