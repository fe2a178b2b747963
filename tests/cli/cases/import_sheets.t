Workbooks and other tables as import input (docs/import.md, "Excel and WPS files"): the
kind of a file is told by its content, never its name. The fixtures are written by
tests/data/make_sheets.py (python3-openpyxl, python3-xlwt). The summary's time is masked.

  $ cppcc -q db init
  $ python3 $DATA/make_sheets.py

## .xlsx: the sheet with the header, merged cells, numbers, booleans, a formula

members.xlsx has a notes sheet first (no header), then the roll. The roll's 工作单位 is
merged down two rows (both members work there); a merge across 性别 and 界别 repeats only
its first column down; 手机 is a number, 是否常委 a boolean, 届次 of W0103 a formula whose
cached value is read.

  $ cppcc member import members.xlsx | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as xlsx sheet '2024年委员名册'
  $ cppcc member list --format csv
  code,name,gender,ethnicity,party,sector,workplace,post,phone,term,standing,roles,status␍
  W0101,张明,male,,,education,区第一中学,,13800000101,16,yes,,active␍
  W0102,李华,female,,,education,区第一中学,,13800000102,16,no,,active␍
  W0103,王玮,male,,,,区人民医院,,13800000103,16,no,,active␍
  W0104,赵强,male,,,,,,,,no,,active␍

Importing it again changes nothing; from a pipe it is spooled first.

  $ cat members.xlsx | cppcc member import - | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 4 rows: 0 inserted, 0 updated, 4 unchanged, 0 rejected (… s); read as xlsx sheet '2024年委员名册'

A sheet by number or name; one the workbook does not have lists its sheets.

  $ cppcc member import --sheet 1 members.xlsx
  ! cppcc: members.xlsx [填表说明]:1: unknown column '本表由办公室填写，请勿改动表头' for member; name it in a --mapping file (columns: NAME: FIELD, or NAME: ignore)
  [65]
  $ cppcc member import --sheet 空表 members.xlsx
  ! cppcc: members.xlsx [空表]: empty file: expected a header line
  [65]
  $ cppcc member import --sheet 9 members.xlsx
  ! cppcc: --sheet: members.xlsx has no sheet '9'; its sheets: 1 '填表说明', 2 '2024年委员名册', 3 '空表'
  [2]

--encoding is for 8-bit text only.

  $ cppcc member import --encoding gbk members.xlsx
  ! cppcc: --encoding cp936: members.xlsx is an .xlsx workbook, whose text says its own encoding; leave --encoding out for it
  [2]

## .xlsx: dates

A date cell, a date-time, a serial number shown as 年月日 by its format, text; an inline
rich string with a phonetic run (skipped).

  $ cppcc proposal import --create-missing proposals.xlsx | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as xlsx sheet '提案'
  $ cppcc proposal list --format csv | cut -d, -f1-5
  code,title,proposer,category,submitted
  P2024-001,关于加强城区供水管网改造的建议,张明,,2024-01-12
  P2024-002,关于完善社区养老服务的建议,李华,,2024-01-13
  P2024-003,关于推进垃圾分类的建议,王玮,,2024-01-15
  P2024-004,关于规范停车管理的建议,张明,,2024-01-16

## .xls (Excel 97–2003)

  $ cppcc unit import units.xls | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as xls sheet '承办单位'
  $ cppcc unit list --format csv
  name,kind,contact,phone␍
  区住建局,government department,陈静,3210002␍
  区水利局,government department,刘强,0915-3210001␍

A GB18030-era .xls: BIFF5 (Excel 95, as old WPS saved it), its strings GBK bytes under a
CODEPAGE record of 936, written by tests/data/make_biff5.py; libfreexl converts them.

  $ python3 $DATA/make_biff5.py 旧台账.xls 承办单位 '单位名称|单位类型|联系人|联系电话' '区财政局|政府部门|孙丽|#3210003' '区交通运输局|政府部门|周强|0915-3210004'
  $ cppcc unit import 旧台账.xls | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as xls sheet '承办单位'

## Excel's "Unicode text" and tab-separated text

UTF-16 with a byte order mark, tab-separated, quotes as Excel writes them; tab-separated
UTF-8 and GB18030.

  $ printf '单位名称\t单位类型\t联系人\r\n区卫健局\t政府部门\t"李""四"\r\n' | iconv -f UTF-8 -t UTF-16 > 单位.txt
  $ cppcc unit import 单位.txt | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as UTF-16, tab-separated
  $ printf '单位名称\t单位类型\t联系人\n区教育局\t政府部门\t"王,五"\n' > u8.tsv
  $ cppcc unit import u8.tsv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as UTF-8, tab-separated
  $ printf '单位名称\t单位类型\n区民政局\t政府部门\n' | iconv -f UTF-8 -t GB18030 > gb.txt
  $ cppcc unit import gb.txt | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as GB18030, tab-separated
  $ cppcc unit list --format csv
  name,kind,contact,phone␍
  区交通运输局,government department,周强,0915-3210004␍
  区住建局,government department,陈静,3210002␍
  区卫健局,government department,"李""四",␍
  区教育局,government department,"王,五",␍
  区民政局,government department,,␍
  区水利局,government department,刘强,0915-3210001␍
  区财政局,government department,孙丽,3210003␍

A bad row of a sheet is named by the file, the sheet and the row as Excel numbers it.

  $ python3 -c 'import openpyxl; b = openpyxl.Workbook(); s = b.active; s.title = "名单"; s.append(["委员编号", "姓名", "性别"]); s.append([]); s.append(["W0201", "钱六", "未知"]); b.save("bad.xlsx")'
  $ cppcc member import bad.xlsx
  ! cppcc: bad.xlsx [名单]:3: column '性别': unknown gender '未知' (expected one of: male/男, female/女)
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

## Files that are no table

  $ cppcc unit import notice.xlsx
  ! cppcc: notice.xlsx: looks like a .docx file: save the table as .xlsx or CSV
  [65]
  $ printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n' > 台账.xls
  $ cppcc unit import 台账.xls
  ! cppcc: 台账.xls: looks like a PDF document: save the table as .xlsx or CSV
  [65]
  $ printf '<html><body><table><tr><td>单位名称</td></tr></table></body></html>\n' > page.xls
  $ cppcc unit import page.xls
  ! cppcc: page.xls: looks like an HTML page (a web page saved with an .xls name?): save the table as .xlsx or CSV
  [65]
  $ printf '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>\n' > 2003.xml
  $ cppcc unit import 2003.xml
  ! cppcc: 2003.xml: looks like an Excel 2003 XML spreadsheet: save the table as .xlsx or CSV
  [65]
