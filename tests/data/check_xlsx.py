#!/usr/bin/env python3
"""Checks a workbook of `--format xlsx` against the JSON of the same command (python3-openpyxl;
tests only).

    check_xlsx.py FILE.xlsx FILE.json

The JSON is a report ({"figures", "tables", …}), a record ({"title", "fields", "tables"})
or a list ([{…}, …]). The workbook holds, in order: a sheet of the figures or fields
(label, value) when there are any, then a sheet per table. Each sheet's header row must be
bold and frozen (A2), and each cell must equal its JSON value, compared typed: a JSON
number is a number cell (one with a percentage format holds the fraction: 86.4 is 0.864),
a JSON string a string cell, or a date cell shown yyyy-mm-dd when it is an ISO date,
null or "" (an empty text) an empty cell. Values are matched by position: the columns of a sheet are the keys of
its JSON rows in order, the rows of a figures sheet the figures in order.

Prints, per sheet, its name, its rows, and what its value columns hold (s text,
n number, % percentage with its number format, d date, - empty), then "ok"; every
mismatch is a line, and the exit status is 1.
"""
import datetime
import json
import math
import sys

import openpyxl

problems = []


def kind_of(cell):
    if cell.value is None:
        return "-"
    if cell.is_date:
        return "d"
    if cell.data_type == "n":
        return "%" + cell.number_format if cell.number_format.endswith("%") else "n"
    return "s"


def same(cell, want, where):
    got = cell.value
    if want is None or want == "":
        if got is not None:
            problems.append(f"{where}: {got!r} where the JSON has {want!r}")
        return
    if isinstance(want, bool) or not isinstance(want, (int, float, str)):
        problems.append(f"{where}: the JSON has {want!r}, not a number or a string")
        return
    if isinstance(want, str):
        if cell.is_date and isinstance(got, datetime.datetime):
            if got.strftime("%Y-%m-%d") != want or cell.number_format != "yyyy-mm-dd":
                problems.append(f"{where}: date {got:%Y-%m-%d} ({cell.number_format}), JSON {want!r}")
        elif got != want:
            problems.append(f"{where}: {got!r}, JSON {want!r}")
        return
    if cell.data_type != "n" or cell.is_date or isinstance(got, (str, bool)) or got is None:
        problems.append(f"{where}: {got!r} is not a number cell, JSON {want!r}")
        return
    expected = want / 100 if cell.number_format.endswith("%") else want
    if not math.isclose(got, expected, rel_tol=1e-12, abs_tol=1e-12):
        problems.append(f"{where}: {got!r}, JSON {want!r} ({cell.number_format})")


def check_frame(sheet):
    header = list(sheet[1])
    if not all(c.font.b for c in header):
        problems.append(f"{sheet.title}: the header row is not bold")
    if sheet.freeze_panes != "A2":
        problems.append(f"{sheet.title}: frozen at {sheet.freeze_panes}, not A2")


def describe(sheet, columns):
    kinds = []
    for col in range(1, columns + 1):
        found = sorted({kind_of(sheet.cell(row=r, column=col)) for r in range(2, sheet.max_row + 1)}
                       - {"-"})
        label = sheet.cell(row=1, column=col).value
        kinds.append(f"{label} {'/'.join(found) or '-'}")
    print(f"sheet {sheet.title}: {sheet.max_row - 1} rows; " + ", ".join(kinds))


def check_fields(sheet, fields):
    check_frame(sheet)
    if sheet.max_column != 2:
        problems.append(f"{sheet.title}: {sheet.max_column} columns, not label and value")
    items = list(fields.items())
    if sheet.max_row - 1 != len(items):
        problems.append(f"{sheet.title}: {sheet.max_row - 1} rows, the JSON has {len(items)}")
    for number, (key, want) in enumerate(items, start=2):
        same(sheet.cell(row=number, column=2), want, f"{sheet.title}!B{number} ({key})")
    describe(sheet, 2)


def check_table(sheet, rows):
    check_frame(sheet)
    if sheet.max_row - 1 != len(rows):
        problems.append(f"{sheet.title}: {sheet.max_row - 1} rows, the JSON has {len(rows)}")
    keys = list(rows[0].keys()) if rows else []
    if rows and sheet.max_column != len(keys):
        problems.append(f"{sheet.title}: {sheet.max_column} columns, the JSON has {len(keys)}")
    for number, row in enumerate(rows, start=2):
        for col, key in enumerate(keys, start=1):
            cell = sheet.cell(row=number, column=col)
            same(cell, row.get(key), f"{sheet.title}!{cell.coordinate} ({key})")
    describe(sheet, sheet.max_column)


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        data = json.load(f)
    sheets = list(book.worksheets)
    expected = []  # (check, JSON) per sheet, in order
    if isinstance(data, list):
        expected.append((check_table, data))
    else:
        fields = data.get("figures", data.get("fields", {}))
        if fields:
            expected.append((check_fields, fields))
        expected += [(check_table, rows) for rows in data.get("tables", {}).values()]
    if len(sheets) != len(expected):
        problems.append(f"{len(sheets)} sheets, the JSON has {len(expected)} parts")
    for sheet, (check, part) in zip(sheets, expected):
        check(sheet, part)
    props = book.properties
    print(f"properties: title {props.title!r}, creator {props.creator!r}, "
          f"created {props.created:%Y-%m-%d}")
    for problem in problems:
        print(problem)
    print("ok" if not problems else f"{len(problems)} mismatches")
    return 1 if problems else 0


sys.exit(main())
