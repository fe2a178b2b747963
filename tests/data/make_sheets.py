#!/usr/bin/python3
"""Writes the workbook fixtures of tests/cli/cases/import_sheets.t into the current
directory (python3-openpyxl and python3-xlwt; the product itself needs no Python)."""
import datetime
import html
import re
import sys
import zipfile
from xml.sax.saxutils import escape

import openpyxl
import xlwt

# Replaces `old` by `new` in one part of a zip.
def rewrite(path, part, old, new):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == part:
                assert old.encode() in data, (part, old)
                data = data.replace(old.encode(), new.encode())
            z.writestr(info, data)

def to_shared_strings(path):
    """openpyxl writes every string inline; Excel and WPS write a shared string table.
    Moves the strings of every sheet there, as Excel would (the first one as two rich
    text runs with a phonetic guide, which is not part of the text)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    strings, index = [], {}

    def shared(match):
        text = match.group(2)
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return '<c r="%s"%s t="s"><v>%d</v></c>' % (match.group(1), match.group(3) or "", index[text])

    cell = re.compile(r'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>()', re.S)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename.startswith("xl/worksheets/sheet"):
                data = cell.sub(shared, data.decode()).encode()
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
            z.writestr(info, data)
        items = []
        for i, text in enumerate(strings):
            if i == 0:
                plain = html.unescape(text)
                half = len(plain) // 2
                items.append('<si><r><t>%s</t></r><r><rPr><b/></rPr><t>%s</t></r>'
                             '<rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>'
                             % (escape(plain[:half]), escape(plain[half:])))
            else:
                items.append('<si><t xml:space="preserve">%s</t></si>' % text)
        z.writestr("xl/sharedStrings.xml",
                   '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
                   % (len(strings), len(strings), "".join(items)))


if len(sys.argv) == 4 and sys.argv[1] == "--ledger":  # scripts/bench-import: CSV → .xlsx
    import csv
    csv.field_size_limit(1 << 30)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("提案")
    with open(sys.argv[2], encoding="utf-8-sig", newline="") as rows:
        for row in csv.reader(rows):
            sheet.append(row)
    book.save(sys.argv[3])
    to_shared_strings(sys.argv[3])  # as Excel and WPS write it
    sys.exit(0)


MEMBER_HEADER = ["委员编号", "姓名", "性别", "界别", "工作单位", "手机", "届次", "是否常委"]

# members.xlsx: a notes sheet first (no header: skipped), then the roll with a vertically
# merged 工作单位, numbers, booleans and a formula, and a horizontal merge in a note row.
book = openpyxl.Workbook()
notes = book.active
notes.title = "填表说明"
notes["A1"] = "本表由办公室填写，请勿改动表头"
roll = book.create_sheet("2024年委员名册")
roll.append(MEMBER_HEADER)
roll.append(["W0101", "张明", "男", "教育界", "区第一中学", 13800000101, 16, True])
roll.append(["W0102", "李华", "女", "教育界", None, 13800000102, 16, False])
roll.append(["W0103", "王玮", "男", "医药卫生界", "区人民医院", 13800000103, "=15+1", False])
roll.merge_cells("E2:E3")  # 区第一中学 for 张明 and 李华
roll.merge_cells("C4:D5")  # 男 and 医药卫生界 for 王玮 only (not row 5): only column C goes down
roll["A5"] = "W0104"
roll["B5"] = "赵强"
book.create_sheet("空表")
book.save("members.xlsx")

# openpyxl writes no cached value for a formula; Excel does: put one in, as Excel would.
rewrite("members.xlsx", "xl/worksheets/sheet2.xml", "<f>15+1</f><v></v>", "<f>15+1</f><v>16</v>")

to_shared_strings("members.xlsx")

# proposals.xlsx: dates as Excel dates (a date cell, a datetime, a serial with a custom
# 年月日 format, the same serial as plain text), an inline string.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "提案"
sheet.append(["提案号", "标题", "提案人", "提交日期"])
sheet.append(["P2024-001", "关于加强城区供水管网改造的建议", "张明", datetime.date(2024, 1, 12)])
sheet.append(["P2024-002", "关于完善社区养老服务的建议", "李华", datetime.datetime(2024, 1, 13, 9, 30)])
sheet.append(["P2024-003", "关于推进垃圾分类的建议", "王玮", 45306])
sheet["D4"].number_format = 'yyyy"年"m"月"d"日"'
sheet.append(["P2024-004", "INLINE", "张明", "2024-01-16"])
book.save("proposals.xlsx")
with zipfile.ZipFile("proposals.xlsx") as z:
    xml = z.read("xl/worksheets/sheet1.xml").decode()
import re
cell = re.search(r'<c r="B5"[^>]*>.*?</c>', xml).group(0)
rewrite("proposals.xlsx", "xl/worksheets/sheet1.xml", cell,
        '<c r="B5" t="inlineStr"><is><r><t>关于规范</t></r><r><t>停车管理的建议</t></r>'
        '<rPh sb="0" eb="2"><t>キソク</t></rPh></is></c>')

# units.xls (BIFF8, UTF-16 strings, as xlwt writes it), a date cell included.
wb = xlwt.Workbook(encoding="utf-8")
ws = wb.add_sheet("承办单位")
for c, text in enumerate(["单位名称", "单位类型", "联系人", "联系电话"]):
    ws.write(0, c, text)
rows = [["区水利局", "政府部门", "刘强", "0915-3210001"], ["区住建局", "政府部门", "陈静", 3210002]]
for r, row in enumerate(rows, start=1):
    for c, value in enumerate(row):
        ws.write(r, c, value)
wb.save("units.xls")

# A .docx-like zip.
with zipfile.ZipFile("notice.xlsx", "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", "<w:document/>")
