#!/usr/bin/python3
"""Writes FILE.xls: a BIFF5 workbook (Excel 5.0/95, as old WPS and Excel on Chinese Windows
saved them) whose strings are 8-bit GBK bytes, codepage 936 in its CODEPAGE record. No
Python library writes BIFF5, so the records are packed by hand (Microsoft's [MS-XLS]
record layouts, BIFF5 forms) and wrapped in an OLE2 compound file by xlwt's writer.

    make_biff5.py FILE.xls SHEET-NAME ROW…   (cells of a row separated by '|'; a cell
                                              '#n' is the number n)"""
import struct
import sys

from xlwt import CompoundDoc


def record(kind, data):
    return struct.pack("<HH", kind, len(data)) + data


def bof(kind):  # BIFF5 BOF: version 0x0500, the substream's kind, build and year
    return record(0x0809, struct.pack("<HHHH", 0x0500, kind, 0x0DBB, 0x07CC))


def gbk(text):
    return text.encode("gbk")


path, sheet_name, rows = sys.argv[1], sys.argv[2], [r.split("|") for r in sys.argv[3:]]

cells = b""
for r, row in enumerate(rows):
    for c, cell in enumerate(row):
        if cell.startswith("#"):
            cells += record(0x0203, struct.pack("<HHHd", r, c, 0, float(cell[1:])))  # NUMBER
        elif cell:
            data = gbk(cell)
            cells += record(0x0204, struct.pack("<HHHH", r, c, 0, len(data)) + data)  # LABEL
columns = max(len(row) for row in rows)
sheet = (bof(0x0010) + record(0x0200, struct.pack("<HHHHH", 0, len(rows), 0, columns, 0)) +
         cells + record(0x000A, b""))

name = gbk(sheet_name)
def globals_with(sheet_at):
    return (bof(0x0005) + record(0x0042, struct.pack("<H", 936)) +  # CODEPAGE: GBK
            record(0x0022, struct.pack("<H", 0)) +  # DATEMODE: 1900
            record(0x0085, struct.pack("<IBBB", sheet_at, 0, 0, len(name)) + name) +  # BOUNDSHEET
            record(0x000A, b""))
book = globals_with(0)
book = globals_with(len(book)) + sheet
CompoundDoc.XlsDoc().save(path, book)
