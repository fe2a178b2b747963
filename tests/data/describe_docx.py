#!/usr/bin/env python3
"""Describes a .docx file as a test reads it (python3-docx; tests only).

    describe_docx.py FILE [--text] [--against REPORT.json]

The page (size, margins), the footer, the title's and the body's fonts (the east Asian
font, w:eastAsia, as the paragraph's style chain resolves it), sizes and line spacing,
the headings by level with their numbering, the tables (whether each header row repeats
on every page, w:tblHeader, and is bold), the pictures and the media they show, and the
signature block. --text adds every paragraph and table row, in document order.
--against compares the document with the same report as JSON (`--format json`): its
figures, in order, are the values of the figures table, and each non-empty table of the
JSON is a table of the document, row for row and cell for cell (numbers as the JSON
writes them, null as an empty cell).
"""
import json
import sys
import zipfile

import docx
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn


def style_chain(style):
    while style is not None:
        yield style
        style = style.base_style


def doc_default(document, tag, attribute=None):
    defaults = document.styles.element.find(qn("w:docDefaults"))
    node = defaults.find(".//" + qn(tag)) if defaults is not None else None
    if node is None:
        return None
    return node.get(qn(attribute)) if attribute else node


def east_asian_font(document, style):
    for s in style_chain(style):
        rpr = s.element.rPr
        if rpr is not None and rpr.rFonts is not None and rpr.rFonts.get(qn("w:eastAsia")):
            return rpr.rFonts.get(qn("w:eastAsia"))
    return doc_default(document, "w:rFonts", "w:eastAsia")


def size(document, style):
    for s in style_chain(style):
        if s.font.size is not None:
            return s.font.size.pt
    half_points = doc_default(document, "w:sz", "w:val")
    return int(half_points) / 2 if half_points else None


def text_size(document, paragraph):
    """The size of a paragraph's first run: its own, else its style's."""
    for run in paragraph.runs:
        if run.font.size is not None:
            return run.font.size.pt
        break
    return size(document, paragraph.style)


def bold(style):
    for s in style_chain(style):
        if s.font.bold is not None:
            return s.font.bold
    return False


def paragraph_format(style, name):
    for s in style_chain(style):
        value = getattr(s.paragraph_format, name)
        if value is not None:
            return value
    return None


def line_spacing(document, style):
    rule = paragraph_format(style, "line_spacing_rule")
    spacing = paragraph_format(style, "line_spacing")
    if rule == WD_LINE_SPACING.EXACTLY:
        return f"exactly {spacing.pt:.1f} pt"
    if spacing is None:
        node = doc_default(document, "w:spacing")
        if node is not None and node.get(qn("w:lineRule")) == "exact":
            return f"exactly {int(node.get(qn('w:line'))) / 20:.1f} pt"
    return f"{rule} {spacing}"


def mm(length):
    return f"{length.mm:.1f}"


def font_line(document, style):
    text = f"{east_asian_font(document, style)} {size(document, style):.1f} pt"
    return text + (" bold" if bold(style) else "")


def numbering(document, paragraph, style):
    """The number format of a heading: the list its paragraph names, else its style's."""
    def num_pr(element):
        p_pr = element.find(qn("w:pPr"))
        return None if p_pr is None else p_pr.find(qn("w:numPr"))
    found = (num_pr(paragraph._p) if paragraph is not None else None)
    if found is None:
        found = num_pr(style.element)
    if found is None:
        return None
    num_id = found.find(qn("w:numId")).get(qn("w:val"))
    ilvl = found.find(qn("w:ilvl"))
    ilvl = ilvl.get(qn("w:val")) if ilvl is not None else "0"
    part = document.part.numbering_part.element
    abstract = next(n.find(qn("w:abstractNumId")).get(qn("w:val"))
                    for n in part.iter(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    for definition in part.iter(qn("w:abstractNum")):
        if definition.get(qn("w:abstractNumId")) != abstract:
            continue
        for level in definition.iter(qn("w:lvl")):
            if level.get(qn("w:ilvl")) == ilvl:
                text = level.find(qn("w:lvlText")).get(qn("w:val"))
                kind = level.find(qn("w:numFmt")).get(qn("w:val"))
                return f"{text} ({kind})"
    return None


def cell_texts(row):
    return [cell.text for cell in row.cells]


def header_repeats(table):
    tr_pr = table.rows[0]._tr.trPr
    return tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None


def describe(path, text, against):
    document = docx.Document(path)
    section = document.sections[0]
    print(f"page: {mm(section.page_width)} x {mm(section.page_height)} mm; margins top "
          f"{mm(section.top_margin)}, bottom {mm(section.bottom_margin)}, left "
          f"{mm(section.left_margin)}, right {mm(section.right_margin)} mm")
    for name, footer in (("odd", section.footer), ("even", section.even_page_footer)):
        xml = footer._element.xml
        line = "".join(p.text for p in footer.paragraphs)
        align = footer.paragraphs[0].alignment if footer.paragraphs else None
        field = "PAGE field" if "PAGE" in xml else "no page field"
        print(f"footer ({name} pages): {line!r}, {field}, aligned {align}")
    paragraphs = document.paragraphs
    titles = [p for p in paragraphs if p.style.style_id == "Title"]
    title_style = document.styles["Title"]
    print(f"title: {' / '.join(p.text for p in titles)!r}: {font_line(document, title_style)}, "
          f"aligned {paragraph_format(title_style, 'alignment')}")
    normal = document.styles["Normal"]
    indent = paragraph_format(normal, "first_line_indent")
    print(f"body: {font_line(document, normal)}, line spacing {line_spacing(document, normal)}, "
          f"first line indented {indent.pt / size(document, normal):.0f} characters")
    for level in (1, 2, 3):
        style = document.styles[f"heading {level}"]
        headings = [p for p in paragraphs if p.style.style_id == f"Heading{level}"]
        found = [p.text for p in headings]
        numbered = numbering(document, headings[0] if headings else None, style)
        print(f"heading {level}: {numbered} {font_line(document, style)}: "
              f"{len(found)}" + (f" ({', '.join(found)})" if found else ""))
    tables = document.tables
    with_header = [t for t in tables
                   if all(c.paragraphs[0].style.style_id == "TableHeader" for c in t.rows[0].cells)]
    repeating = [t for t in with_header if header_repeats(t)]
    bold_headers = [t for t in with_header
                    if all(bold(c.paragraphs[0].style) for c in t.rows[0].cells)]
    sizes = sorted({text_size(document, t.rows[-1].cells[0].paragraphs[0]) for t in tables})
    print(f"tables: {len(tables)}; {len(with_header)} with a header row, of which "
          f"{len(repeating)} repeat it on every page and {len(bold_headers)} have it bold; "
          f"text {', '.join(f'{s:.1f}' for s in sizes)} pt")
    shapes = document.inline_shapes
    with zipfile.ZipFile(path) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        png = [n for n in media if package.read(n)[:8] == b"\x89PNG\r\n\x1a\n"]
    print(f"pictures: {len(shapes)}"
          + (f" ({', '.join(f'{mm(s.width)} x {mm(s.height)} mm' for s in shapes)})" if shapes
             else "") + f"; media: {len(media)} files, {len(png)} PNG")
    signature = [p.text for p in paragraphs if p.style.style_id in ("Signature", "DateLine")]
    print(f"signature: {' / '.join(signature)}")
    if text:
        body = document.element.body
        for child in body.iterchildren():
            if child.tag == qn("w:p"):
                line = "".join(t.text or "" for t in child.iter(qn("w:t")))
                if line:
                    print(f"| {line}")
            elif child.tag == qn("w:tbl"):
                table = docx.table.Table(child, document)
                for row in table.rows:
                    print("| [" + " | ".join(cell_texts(row)) + "]")
    if against:
        compare(document, against)


def compare(document, path):
    with open(path, encoding="utf-8") as f:
        report = json.load(f, parse_float=str, parse_int=str)
    tables = document.tables
    grid = [cell.text for row in tables[0].rows for cell in row.cells][1::2]
    figures = ["—" if v is None else str(v) for v in report["figures"].values()]
    same = sum(1 for a, b in zip(grid, figures) if a == b)
    print(f"figures: {same} of {len(figures)} in the figures table, in order")
    for key, a, b in zip(report["figures"], grid, figures):
        if a != b:
            print(f"  {key}: the document has {a!r}, the report {b!r}")
    shown = [t for t in report["tables"].items() if t[1]]
    matched = 0
    for (key, rows), table in zip(shown, tables[1:]):
        expected = [["" if v is None else str(v) for v in row.values()] for row in rows]
        actual = [cell_texts(row) for row in table.rows[1:]]
        if expected == actual:
            matched += 1
        else:
            print(f"  table {key}: {len(actual)} rows in the document, {len(expected)} in the "
                  f"report; first difference: "
                  f"{next((a, e) for a, e in zip(actual + [None] * 9, expected) if a != e)}")
    print(f"tables: {matched} of {len(shown)} non-empty tables of the report, row for row "
          f"({len(tables) - 1 - len(shown)} tables more in the document)")


def main():
    args = sys.argv[1:]
    against = None
    if "--against" in args:
        at = args.index("--against")
        against = args[at + 1]
        del args[at:at + 2]
    text = "--text" in args
    args = [a for a in args if a != "--text"]
    describe(args[0], text, against)


if __name__ == "__main__":
    main()
