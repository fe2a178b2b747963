`KIND export --format xlsx --out FILE.xlsx` (issue 19, point 3): the canonical columns
under their Chinese labels in a bold, frozen header row with an autofilter; dates as
Excel dates shown yyyy-mm-dd, counts as numbers, codes and phone numbers as text (0012
keeps its zeros); column widths fitted to the Chinese text (a CJK character counts two,
at most 60); a cell beginning with "=" stays a string, never a formula. The file is read
here with python3-openpyxl (tests/data/describe_xlsx.py), as a clerk's Excel would.

  $ cppcc -q db init
  $ cppcc -q member import $DATA/import_members.csv
  $ cppcc -q unit import $DATA/import_units.csv
  $ cppcc -q member add --code 0012 --name 吴刚 --phone 013900000005 --workplace '=HYPERLINK("http://example.com","区商务局")' --sector 民建 --term 16
  $ cppcc -q proposal import $DATA/import_proposals_2023.csv

## Members

  $ cppcc member export --format xlsx --out 委员.xlsx && ls -l 委员.xlsx | cut -c1-10 && ls -A
  -rw-------
  cppcc.db
  委员.xlsx
  $ python3 $DATA/describe_xlsx.py 委员.xlsx

## Proposals: dates, a filing number, a body with a line break

  $ cppcc proposal export --format xlsx --out 提案.xlsx
  $ python3 $DATA/describe_xlsx.py 提案.xlsx 2

## Activities and articles: counts as numbers

  $ cppcc -q activity add --code A2023-01 --kind 微协商 --date 2023-03-05 --title 老旧小区加装电梯微协商 --participants '张明;李华' --suggestions 5 --disputes-resolved 2
  $ cppcc activity export --format xlsx --out 活动.xlsx
  $ python3 $DATA/describe_xlsx.py 活动.xlsx
  $ cppcc -q article add --code X2023-01 --title 政协委员走进社区 --outlet 安康日报 --level city --date 2023-06-01 --authors '张明;王玮'
  $ cppcc article export --format xlsx --out 宣传.xlsx
  $ python3 $DATA/describe_xlsx.py 宣传.xlsx

## An empty table still has its header, filter and frozen row

  $ cppcc opinion export --format xlsx --out 社情民意.xlsx
  $ python3 $DATA/describe_xlsx.py 社情民意.xlsx

## Refused

A workbook is a zip archive: never written to standard output (exit 2, usage).

  $ cppcc member export --format xlsx
  [2]
  $ cppcc member export --format xlsx --out -
  [2]
  $ cppcc member export --format xlsx --bom --out x.xlsx
  [2]
  $ cppcc member list --format xlsx
  [2]

Never over the database (exit 73), and nothing left behind; a file that cannot be written
(a full disk) is exit 73 too.

  $ cppcc member export --format xlsx --out cppcc.db
  [73]
  $ cppcc member export --format xlsx --out /dev/full
  [73]
  $ cppcc member export --format xlsx --out no/such/dir/x.xlsx
  [73]
  $ ls -A
  cppcc.db
  委员.xlsx
  宣传.xlsx
  提案.xlsx
  活动.xlsx
  社情民意.xlsx

An existing file is replaced whole, and is mode 0600 whatever it was.

  $ echo old > 委员.xlsx && chmod 644 委员.xlsx
  $ cppcc member export --format xlsx --out 委员.xlsx && ls -l 委员.xlsx | cut -c1-10
  $ python3 $DATA/describe_xlsx.py 委员.xlsx 1 | head -2
