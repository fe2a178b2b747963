The shapes ledgers take around their table (issue 19, point 2), as offices keep them in
Excel or WPS and save them as CSV: title rows above the header, a 序号 column and a 备注
column, totals and signature lines below the rows, dates Excel left as serial numbers,
cells wrapped onto several lines or padded with ideographic spaces.

The import summary ends with the time it took; it is masked as "(… s)".

  $ cppcc -q db init
  $ cppcc member import $DATA/import_members.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc unit import $DATA/import_units.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s)

## A title block, 序号 and 备注, a 合计 row and a signature line

The header is the first row that names the kind's columns; the rows above it are left
out and named. 序号 (a row number, renumbered whenever the sheet is sorted) and 备注 are
left out by default, and the summary says so. The 合计 row and the 填表人 line at the end
are left out too; a cell wrapped onto two lines is read as one line, and 45352 in a date
column is Excel's serial number of 2024-03-01.

  $ cat > 台账.csv <<'EOF'
  > 2024年提案台账,,,,,,
  > 填报单位：政协办公室　　日期：2024年12月31日,,,,,,
  > ,,,,,,
  > 序号,提案号,提案标题,第一提案人,提交日期,类别,备注
  > 1,P2024-001,"关于加强城区
  > 供水管网改造的建议",张明,2024-02-15,社会建设,重点
  > 2,P2024-002,关于规范校外培训机构的建议,　李华　,45352,文化建设,
  > 合计,2件,,,,,
  > 填表人：王芳　　审核人：刘强,,,,,,
  > EOF
  $ cppcc proposal import 台账.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  台账.csv: header on line 4; left out 2 title rows above it: '2024年提案台账' (line 1), '填报单位：政协办公室　　日期：2024年…' (line 2)
  台账.csv: left out columns 序号, 备注 (row numbers and notes are not imported; name them in a --mapping file to import them)
  台账.csv: left out 2 rows closing the table: '合计' (line 8), '填表人：王芳　　审核人：刘强' (line 9)
  $ cppcc proposal list --format csv | cut -d, -f1-5
  code,title,proposer,category,submitted
  P2024-001,关于加强城区供水管网改造的建议,张明,social development,2024-02-15
  P2024-002,关于规范校外培训机构的建议,李华,cultural development,2024-03-01

Imported again, nothing changes.

  $ cppcc proposal import 台账.csv | head -1 | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s)

## A 合计 row in the middle is a row like any other

Only the rows closing a table are left out: a row that is followed by records is read,
and here it is refused for what it lacks.

  $ cat > 中间合计.csv <<'EOF'
  > 提案号,提案标题,第一提案人,提交日期
  > 合计,,,
  > P2024-003,关于改善农村道路的建议,张明,2024-02-20
  > EOF
  $ cppcc proposal import 中间合计.csv
  ! cppcc: 中间合计.csv:2: column '提案标题': a title is required
  ! cppcc: 中间合计.csv:2: column '第一提案人': a proposer is required
  ! cppcc: 中间合计.csv:2: column '提交日期': a submission date is required
  ! cppcc: 1 of 2 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

## Wrapped list cells

A list cell wrapped onto lines reads as a list: each line one item.

  $ cat > 立案.csv <<'EOF'
  > 序号,提案号,提案标题,第一提案人,联名人,提交日期
  > 7,P2024-004,关于保护古树名木的建议,张明,"李华
  > 王玮",2024-02-21
  > EOF
  $ cppcc proposal import 立案.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  立案.csv: left out column 序号 (row numbers and notes are not imported; name it in a --mapping file to import it)
  $ cppcc proposal show P2024-004 | grep -E '^cosigners'
  cosigners       李华;王玮

## No header in the first 30 rows

A file whose rows name none of the kind's columns is refused on its first row, as before.

  $ printf '名称,地址\n甲,乙\n' > 地址.csv
  $ cppcc unit import 地址.csv
  ! cppcc: 地址.csv:1: unknown columns '名称' (did you mean '单位名称'?), '地址' for unit; name them in a --mapping file (columns: NAME: FIELD, or NAME: ignore)
  [65]
