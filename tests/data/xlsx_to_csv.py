#!/usr/bin/env python3
"""Reads the first sheet of an .xlsx as a reader of the tool would, into CSV (tests only).

    xlsx_to_csv.py FILE.xlsx OUT.csv

Dates become ISO YYYY-MM-DD, whole numbers lose their ".0", strings stay as they are.
Until cppcc imports .xlsx itself (branch i19-sheets), this checks what the export writes
reads back: the labels as headers, the typed cells as values.
"""
import csv
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    for row in book.worksheets[0].iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            if value is None:
                cells.append("")
            elif cell.is_date:
                cells.append(value.strftime("%Y-%m-%d"))
            elif isinstance(value, float) and value.is_integer():
                cells.append(str(int(value)))
            else:
                cells.append(str(value))
        writer.writerow(cells)
