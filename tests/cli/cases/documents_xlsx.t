`--format xlsx` on every report, record and list (issue 22, point 2): a workbook on
standard output, one sheet per table named after its title, a first sheet of the figures
(label, value) when there are any, a bold frozen header row, numbers as numbers, a
percentage as a percentage-format number, dates as Excel dates, empty cells empty, the
committee and the title in the document properties. tests/data/check_xlsx.py reads each
workbook with python3-openpyxl and holds every cell to the JSON of the same command
(a percent as its fraction: 86.4 is 0.864), and says what each column holds
(s text, n number, %FORMAT a percentage, d date).

  $ cp $DATA/../../samples/2023/cppcc.yaml . && CPPCC_BIN=$(command -v cppcc) $DATA/../../scripts/load-sample cppcc.db
  $ both() { cppcc --lang zh "$@" --format xlsx > out.xlsx && cppcc --lang zh "$@" --format json > out.json && python3 $DATA/check_xlsx.py out.xlsx out.json; }; declare -f both > both.sh

## Reports

  $ . ./both.sh && both report annual --year 2023
  $ . ./both.sh && both report monthly --month 2023-06
  $ . ./both.sh && both report units --year 2023
  $ . ./both.sh && both report proposals --by category --year 2023
  $ . ./both.sh && both member score --year 2023

## A record: a member's file of the year

  $ . ./both.sh && both member show W0001 --year 2023

## Lists

  $ . ./both.sh && both member list
  $ . ./both.sh && both proposal list --year 2023
  $ . ./both.sh && both unit list
  $ . ./both.sh && both studio list
  $ . ./both.sh && both activity list --year 2023
  $ . ./both.sh && both article list --year 2023
  $ . ./both.sh && both opinion list --year 2023
  $ . ./both.sh && both proposal history P2023-001

## In English

Sheet names and the figures' header in the language of the report.

  $ cppcc --lang en report annual --year 2023 --format xlsx > en.xlsx && python3 $DATA/describe_xlsx.py en.xlsx 2 | grep -E '^(sheet|header|2:)'

## Refused

A workbook is bytes no terminal shows (exit 2); a file format a list does not come in
names both.

  $ script -qec 'cppcc member list --format xlsx' /dev/null | tr -d '\r'
  $ cppcc member list --format docx > x.docx
