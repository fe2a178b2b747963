#!/usr/bin/env python3
"""Describes an .xlsx file as a test reads it (python3-openpyxl; tests only).

    describe_xlsx.py FILE [ROWS]

Per sheet: its name and size, the frozen pane, the autofilter, whether the header row is
bold, the column widths (rounded), the number formats of date cells, then the first ROWS
data rows (default all), each non-empty cell as LABEL=TYPE:VALUE where TYPE is s (a
string), n (a number), d (a date) or b (a boolean). A string that starts with '=' is
shown as a string: openpyxl would report a formula as type f.
"""
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def cell_text(cell):
    value = cell.value
    if cell.data_type == "f":
        return "f:" + str(value)
    if cell.is_date:
        return "d:" + value.strftime("%Y-%m-%d")
    if cell.data_type == "n":
        return "n:" + (str(int(value)) if float(value).is_integer() else str(value))
    if cell.data_type == "b":
        return "b:" + str(value)
    return "s:" + repr(value)


def main():
    path = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else None
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        print(f"sheet {sheet.title}: {sheet.max_row} rows, {sheet.max_column} columns")
        print(f"frozen {sheet.freeze_panes}; autofilter {sheet.auto_filter.ref}")
        header = [c.value for c in sheet[1]]
        print("header bold:", "yes" if all(c.font.b for c in sheet[1]) else "no")
        widths = []
        for i, label in enumerate(header, start=1):
            width = sheet.column_dimensions[get_column_letter(i)].width
            widths.append(f"{label} {round(width)}")
        print("widths:", ", ".join(widths))
        formats = sorted({c.number_format for row in sheet.iter_rows(min_row=2) for c in row
                          if c.is_date})
        print("date formats:", ", ".join(formats) if formats else "none")
        for number, row in enumerate(sheet.iter_rows(min_row=2), start=2):
            if limit is not None and number > limit + 1:
                break
            cells = [f"{header[i]}={cell_text(c)}" for i, c in enumerate(row)
                     if c.value is not None]
            print(f"{number}: " + " ".join(cells))


main()
