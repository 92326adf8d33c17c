#!/usr/bin/env python3
"""Builds one plain-text file of real prose per language from installed Debian packages, for the
stopword check (scripts/stopword-check.sh): fortune cookies (fortunes-*) and the Debian FAQ's
translations (debian-faq-*), the Catalan New Maintainers' Guide (maint-guide-ca).

Usage: stopword_corpora.py OUT_DIR    writes OUT_DIR/<code>.txt and OUT_DIR/sources.tsv

Each package's files are listed with `dpkg -L`, so only what the package installed is read.
Fortune files lose their '%' separators and terminal colour escapes; the FAQ's .txt.gz is read as
is; HTML loses its tags. Classical Chinese poetry (fortunes-zh's tang300, song100) is left out: it
is not the language of today's news. fortunes-es's offensive section (es/off/) is rot13-encoded, so
it is left out too.
"""
import gzip
import html
import html.parser
import os
import re
import subprocess
import sys

# language code -> packages whose text is that language's corpus (see docs/stopwords.md)
SOURCES = {
    "en": ["fortunes", "debian-faq"],
    "fr": ["debian-faq-fr"],
    "de": ["fortunes-de", "debian-faq-de"],
    "es": ["fortunes-es"],
    "it": ["fortunes-it", "debian-faq-it"],
    "ru": ["fortunes-ru", "debian-faq-ru"],
    "pt": ["fortunes-br", "debian-faq-pt"],
    "nl": ["debian-faq-nl"],
    "zh": ["fortunes-zh", "debian-faq-zh-cn"],
    "ja": ["debian-faq-ja"],
    "ko": ["debian-faq-ko"],
    "ca": ["maint-guide-ca"],
}
LEFT_OUT = {"tang300", "song100"}
ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "pre"):
            self.skip += 1
        elif tag in ("p", "br", "div", "li", "h1", "h2", "h3", "td", "dt", "dd"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "pre"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def files(package):
    out = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"stopword_corpora: package {package} is not installed (scripts/ensure-deps.sh stopwords installs it)")
    return sorted(p for p in out.stdout.splitlines() if os.path.isfile(p) and not os.path.islink(p))


def text_of(path):
    name = os.path.basename(path)
    fortune = "." not in name or name.endswith(".fortunes")
    if "/games/fortunes" in path and "/off/" not in path and fortune and name not in LEFT_OUT:
        with open(path, encoding="utf-8", errors="replace") as f:
            raw = ESCAPE.sub("", f.read())
        return "\n\n".join(c.strip() for c in raw.split("\n%\n"))
    if path.endswith(".txt.gz") and "/FAQ/" in path:
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            return f.read()
    if path.endswith(".html") and "/maint-guide-" in path:
        p = _Text()
        with open(path, encoding="utf-8", errors="replace") as f:
            p.feed(f.read())
        return html.unescape("".join(p.parts))
    return None


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    rows = []
    for code, packages in SOURCES.items():
        texts = []
        for package in packages:
            used = 0
            for path in files(package):
                t = text_of(path)
                if t:
                    texts.append(t)
                    used += 1
            rows.append(f"{code}\t{package}\t{used} files")
        with open(os.path.join(out_dir, code + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(texts))
    with open(os.path.join(out_dir, "sources.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
