`--format docx` (issue 22): reports, records, lists and the reminders' notices as Word
documents in the official layout (GB/T 9704), opened here with python3-docx
(tests/data/describe_docx.py) as a clerk's Word opens them: A4 with margins of 37, 35, 28
and 26 mm; the title in 方正小标宋简体 二号 (22 pt); the body in 仿宋_GB2312 三号 (16 pt),
exactly 28 pt a line, indented two characters; headings 一、（一）1. in 黑体, 楷体_GB2312
and bold; the page number — 1 — a PAGE field at the foot; tables whose bold header row
repeats on every page; the charts as PNG pictures; the signature block and the date line.
The annual report is compared with its JSON figure for figure and row for row.

  $ cp -r $DATA/../../samples/2023 sample && cp sample/cppcc.yaml . && cppcc -q db init
  $ for f in unit:承办单位 member:委员名册 studio:委员工作室 proposal:提案台账 opinion:社情民意信息 \
  >     activity:履职活动 article:宣传信息; do
  >   cppcc -q ${f%%:*} import sample/${f#*:}.* 2>/dev/null
  > done

## The sample year's annual report

  $ cppcc --lang zh report annual --year 2023 --format docx > 2023.docx && cppcc --lang zh report annual --year 2023 --format json > 2023.json
  $ python3 $DATA/describe_docx.py 2023.docx --against 2023.json

The same in English: the labels are English, the layout the same.

  $ cppcc --lang en report annual --year 2023 --format docx > 2023-en.docx && python3 $DATA/describe_docx.py 2023-en.docx | grep -E '^(title|heading 1|signature)'

A Word document is bytes no terminal shows: refused on one, whatever else is right.

  $ script -qec 'cppcc report annual --year 2023 --format docx' /dev/null | tr -d '\r'

## A record: the member file (履职档案) of `member show CODE --year Y`

  $ cppcc --lang zh member show W0001 --year 2023 --format docx > W0001.docx && python3 $DATA/describe_docx.py W0001.docx --text

## A list: `report units`

  $ cppcc --lang zh report units --year 2023 --format docx > units.docx && python3 $DATA/describe_docx.py units.docx | grep -E '^(title|tables|pictures|signature)'

## The reminders' notices: one Word document per unit

Two proposals of 2024, overdue on 2024-03-01 at 区水利局, one of them jointly at
区教育体育局. The notices are Word documents; what is printed stays the table. A later
run as Markdown takes back the Word notices, as it takes back those of units with
nothing due.

  $ set -e
  > cppcc -q proposal add --code P2024-0001 --title '关于加强"河长制"落实的建议' --proposer W0001 --submitted 2023-12-01
  > cppcc -q proposal add --code P2024-0002 --title 关于改善农村饮水安全的建议 --proposer W0001 --submitted 2023-12-01
  > for p in P2024-0001 P2024-0002; do cppcc -q proposal file $p --date 2023-12-05; done
  > cppcc -q proposal assign P2024-0001 --lead 区水利局 --joint 区教育体育局 --date 2023-12-10
  > cppcc -q proposal assign P2024-0002 --lead 区水利局 --date 2023-12-10
  $ cppcc --lang zh remind --out-dir 催办 --format docx | head -3
  $ ls 催办
  $ python3 $DATA/describe_docx.py 催办/区水利局.docx --text
  $ cppcc --lang zh -q remind --out-dir 催办 > /dev/null && ls 催办

## An office's own layout: `documents.docx_templates`

A styles.xml of its own (the title in 宋体 小二, 18 pt) and a signature block: read at the
run, no rebuild. A file there no template is called is refused, naming the near one.

  $ mkdir 版式 && sed -e 's/方正小标宋简体/宋体/g' -e 's/w:val="44"/w:val="36"/g' $DATA/../../schemas/docx/styles.xml > 版式/styles.xml
  $ printf 'documents:\n  docx_templates: 版式\n  signature:\n    zh: [政协汉江区委员会办公室]\n' >> cppcc.yaml
  $ cppcc --lang zh report units --year 2023 --format docx > own.docx && python3 $DATA/describe_docx.py own.docx | grep -E '^(title|body|signature)'
  $ touch 版式/style.xml && cppcc --lang zh report units --year 2023 --format docx > own.docx
