#!/usr/bin/python3
"""Checks an HTML page cppcc wrote (--format html) as a reader's browser would take it.

    check_html.py PAGE.html [--report REPORT.json] [--charts N] [FIGURE ...]

PAGE.html ("-": standard input) must be one self-contained page: parsed without a stray
end tag, no script (nor iframe, object, embed, link, img), no URL in src/href/url() nor
an @import (nothing fetched: not http(s)://, not //host, not a file), a charset and a
language, and the print layout (@page A4, a <thead> to every table). Each inline <svg> is
parsed again as XML; with --charts N there must be N of them. Every FIGURE must be the
whole text of a table cell; with --report, every figure of that JSON report (report
annual --format json) must be shown in the figures table, in its order. Prints one line "ok: …", or each
problem and exits 1.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

FORBIDDEN = {"script", "iframe", "object", "embed", "link", "img", "base", "frame", "applet"}
VOID = {"meta", "br", "hr", "img", "link", "input", "col", "wbr", "source", "area", "base"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.open = []
        self.tags = {}
        self.cells = []  # (tag, text) of every th/td
        self.tables = []  # each <table>: its class and its rows, each its cells' texts
        self.css = []
        self.cell = None
        self.in_style = False
        self.lang = None
        self.charset = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag in FORBIDDEN:
            self.problems.append(f"a <{tag}> element")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"an event handler {name}= on <{tag}>")
            if name in ("src", "href", "xlink:href", "action", "formaction", "poster", "srcset"):
                if not value.startswith("#"):
                    self.problems.append(f"<{tag} {name}=\"{value}\">: a reference out of the page")
            if name == "style":
                self.css.append(value)
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag == "meta" and "charset" in dict(attrs):
            self.charset = dict(attrs)["charset"].lower() == "utf-8"
        if tag == "style":
            self.in_style = True
        if tag == "table":
            self.tables.append((dict(attrs).get("class") or "", []))
        if tag == "tr" and self.tables:
            self.tables[-1][1].append([])
        if tag in ("td", "th"):
            self.cell = [tag, ""]
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.open.pop()

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.open[-1] if self.open else 'nothing'}>")
            return
        self.open.pop()
        if tag == "style":
            self.in_style = False
        if tag in ("td", "th") and self.cell:
            self.cells.append((self.cell[0], self.cell[1].strip()))
            if self.tables and self.tables[-1][1]:
                self.tables[-1][1][-1].append(self.cell[1].strip())
            self.cell = None

    def handle_data(self, data):
        if self.in_style:
            self.css.append(data)
        if self.cell is not None:
            self.cell[1] += data


def main(argv):
    args = argv[1:]
    report = None
    charts = None
    if "--report" in args:
        i = args.index("--report")
        report = json.load(open(args[i + 1], encoding="utf-8"))
        del args[i : i + 2]
    if "--charts" in args:
        i = args.index("--charts")
        charts = int(args[i + 1])
        del args[i : i + 2]
    path, figures = args[0], args[1:]
    text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
    page = Page()
    page.feed(text)
    page.close()
    problems = list(page.problems)
    if page.open:
        problems.append(f"<{page.open[-1]}> never closed")
    if not text.startswith("<!DOCTYPE html>"):
        problems.append("no <!DOCTYPE html> first")
    if not page.charset:
        problems.append("no <meta charset=\"utf-8\">")
    if page.lang not in ("zh-CN", "en"):
        problems.append(f"<html lang=\"{page.lang}\">")
    css = "\n".join(page.css)
    for url in re.findall(r"url\(\s*([^)]*)\)", css):
        problems.append(f"url({url}) in the CSS")
    if "@import" in css:
        problems.append("an @import in the CSS")
    if re.search(r"https?://", text) or re.search(r"""["'(]//[A-Za-z0-9]""", text):
        problems.append("a URL in the page: " + re.search(r"(https?:)?//[^\s\"')<]*", text).group(0))
    if "@font-face" in css:
        problems.append("a font embedded (@font-face): the page names its fonts")
    if not re.search(r"@page\s*\{\s*size:\s*A4", css):
        problems.append("no @page { size: A4 }")
    field_tables = sum(1 for kind, _ in page.tables if kind in ("figures", "fields"))
    if page.tags.get("thead", 0) != len(page.tables) - field_tables:
        problems.append("a table of data without a <thead> (its header would not repeat in print)")
    svgs = re.findall(r"<svg\b.*?</svg>", text, re.S)
    for n, svg in enumerate(svgs, 1):
        try:
            ET.fromstring(svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))
        except ET.ParseError as e:
            problems.append(f"chart {n} is not well-formed XML: {e}")
    if charts is not None and len(svgs) != charts:
        problems.append(f"{len(svgs)} charts, not {charts}")
    shown = {t for _, t in page.cells}
    for figure in figures:
        if figure not in shown:
            problems.append(f"figure {figure} is in no table cell")
    checked = 0
    if report is not None:
        # The figures table: each figure's label and value, in the report's order.
        # Two to a row: down the left half, then down the right.
        rows = [rows for kind, rows in page.tables if kind == "figures"]
        rows = rows[0] if rows else []
        shown_figures = [row[1] for row in rows] + [row[3] for row in rows if len(row) == 4 and row[2]]
        wanted = ["—" if v is None else str(v) for v in report["figures"].values()]
        if shown_figures != wanted:
            problems.append(f"the figures shown {shown_figures} are not the report's {wanted}")
        checked = len(wanted)
    if problems:
        for p in problems:
            print("problem:", p)
        return 1
    print(
        f"ok: {page.tags.get('table', 0)} tables, {len(svgs)} charts, "
        f"{len(figures)} figures in cells, {checked} figures of the report shown"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
