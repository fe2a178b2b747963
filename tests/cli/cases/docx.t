`--format docx` (issue 22): reports, records, lists and the reminders' notices as Word
documents in the official layout (GB/T 9704), opened here with python3-docx
(tests/data/describe_docx.py) as a clerk's Word opens them: A4 with margins of 37, 35, 28
and 26 mm; the title in 方正小标宋简体 二号 (22 pt); the body in 仿宋_GB2312 三号 (16 pt),
exactly 28 pt a line, indented two characters; headings 一、（一）1. in 黑体, 楷体_GB2312
and bold; the page number — 1 — a PAGE field at the foot; tables whose bold header row
repeats on every page; the charts as PNG pictures 150 × 84 mm, taller when the chart needs
it (the units' chart, one row a unit); the signature block and the date line.
The annual report is compared with its JSON figure for figure and row for row.

  $ cp -r $DATA/../../samples/2023 sample && cp sample/cppcc.yaml . && cppcc -q db init
  $ for f in unit:承办单位 member:委员名册 studio:委员工作室 proposal:提案台账 opinion:社情民意信息 \
  >     activity:履职活动 article:宣传信息; do
  >   cppcc -q ${f%%:*} import sample/${f#*:}.* 2>/dev/null
  > done

## The sample year's annual report

  $ cppcc --lang zh report annual --year 2023 --format docx > 2023.docx && cppcc --lang zh report annual --year 2023 --format json > 2023.json
  $ python3 $DATA/describe_docx.py 2023.docx --against 2023.json
  page: 210.0 x 297.0 mm; margins top 37.0, bottom 35.0, left 28.0, right 26.0 mm
  footer (odd pages): '— 1 —', PAGE field, aligned RIGHT (2)
  footer (even pages): '— 1 —', PAGE field, aligned LEFT (0)
  title: '汉江区政协2023年工作综述': 方正小标宋简体 22.0 pt, aligned CENTER (1)
  body: 仿宋_GB2312 16.0 pt, line spacing exactly 28.0 pt, first line indented 2 characters
  heading 1: %1、 (chineseCounting) 黑体 16.0 pt: 11 (主要数据, 提案办理状态, 提案类别, 提案人类型, 界别, 承办单位办理情况, 各月提交提案, 上年度B类提案回头看, 社情民意信息采用情况, 履职考评前十名, 委员工作室活动情况)
  heading 2: （%2） (chineseCounting) 楷体_GB2312 16.0 pt: 0
  heading 3: %3. (decimal) 仿宋_GB2312 16.0 pt bold: 0
  tables: 11; 10 with a header row, of which 10 repeat it on every page and 10 have it bold; text 9.0, 12.0 pt
  pictures: 4 (150.0 x 84.4 mm, 150.0 x 114.8 mm, 150.0 x 84.4 mm, 150.0 x 84.4 mm); media: 4 files, 4 PNG
  signature: 汉江区政协 / 2024年3月1日
  figures: 27 of 27 in the figures table, in order
  tables: 10 of 10 non-empty tables of the report, row for row (0 tables more in the document)

The same in English: the labels are English, the layout the same.

  $ cppcc --lang en report annual --year 2023 --format docx > 2023-en.docx && python3 $DATA/describe_docx.py 2023-en.docx | grep -E '^(title|heading 1|signature)'
  title: 'Hanjiang District CPPCC Committee: the year 2023 in figures': 方正小标宋简体 22.0 pt, aligned CENTER (1)
  heading 1: %1. (decimal) 黑体 16.0 pt: 11 (figures, proposals by status, proposals by category, proposals by proposer type, proposals by sector, handling units, proposals submitted by month, look back: last year's class B proposals, opinions adopted by level, top-scoring members, studios by activity)
  signature: Hanjiang District CPPCC Committee / 1 March 2024

A Word document is bytes no terminal shows: refused on one, whatever else is right.

  $ script -qec 'cppcc report annual --year 2023 --format docx' /dev/null < /dev/null | tr -d '\r'
  cppcc: --format docx writes a file, not text for the terminal: send it to one (… > FILE.docx)

The charts are drawn in a Chinese font found without fontconfig: the office's own
(`documents.chart_font`), else the first installed of the shipped list. A font file named
that is not there, or is not a font, is exit 69 naming the package that brings one; a
document without charts does not need it.

  $ printf 'documents:\n  chart_font: {file: 字体/无.ttc, face: 2}\n' > nofont.yaml
  $ cppcc --config nofont.yaml --lang zh report annual --year 2023 --format docx > nofont.docx
  ! cppcc: 无法用字体“字体/无.ttc”绘制图表：文件或目录不存在：请安装 Debian 软件包 fonts-noto-cjk（sudo apt-get install fonts-noto-cjk），或在 cppcc.yaml 的 documents.chart_font 中指定其他字体文件
  [69]
  $ mkdir 字体 && echo 'not a font' > 字体/无.ttc
  $ cppcc --config nofont.yaml report annual --year 2023 --format docx > nofont.docx
  ! cppcc: cannot draw the charts in the font '字体/无.ttc': FreeType reads no font number 2 in it (FreeType error 2): install the Debian package fonts-noto-cjk (sudo apt-get install fonts-noto-cjk), or name another font file in documents.chart_font of cppcc.yaml
  [69]
  $ cppcc --config nofont.yaml report units --year 2023 --format docx > units-nofont.docx && echo written
  written

## A record: the member file (履职档案) of `member show CODE --year Y`

  $ cppcc --lang zh member show W0001 --year 2023 --format docx > W0001.docx && python3 $DATA/describe_docx.py W0001.docx --text | head -24
  page: 210.0 x 297.0 mm; margins top 37.0, bottom 35.0, left 28.0, right 26.0 mm
  footer (odd pages): '— 1 —', PAGE field, aligned RIGHT (2)
  footer (even pages): '— 1 —', PAGE field, aligned LEFT (0)
  title: '杜轩新委员2023年度履职档案': 方正小标宋简体 22.0 pt, aligned CENTER (1)
  body: 仿宋_GB2312 16.0 pt, line spacing exactly 28.0 pt, first line indented 2 characters
  heading 1: %1、 (chineseCounting) 黑体 16.0 pt: 7 (基本情况, 提案, 社情民意信息, 履职活动, 宣传信息, 考评得分, 得分明细)
  heading 2: （%2） (chineseCounting) 楷体_GB2312 16.0 pt: 0
  heading 3: %3. (decimal) 仿宋_GB2312 16.0 pt bold: 0
  tables: 7; 6 with a header row, of which 6 repeat it on every page and 6 have it bold; text 9.0, 10.5, 12.0 pt
  pictures: 0; media: 0 files, 0 PNG
  signature: 汉江区政协 / 2024年3月1日
  | 杜轩新委员2023年度履职档案
  | 基本情况
  | [编号 | W0001 | 姓名 | 杜轩新]
  | [性别 | 男 | 民族 | 汉族]
  | [党派 | 无党派 | 界别 | 宗教界]
  | [工作单位 | 区基督教两会 | 职务 | 副主席]
  | [电话 | 13809150001 | 届次 | 16]
  | [常委 | 是 | 角色 | —]
  | [状态 | 在职 | 年度 | 2023]
  | [基础分 | 60 | 总分 | 104.5]
  | [等次 | 优秀 | 名次 | 16]
  | 提案
  | [编号 | 标题 | 身份 | 提交日期 | 状态 | 立案日期 | 重点提案 | 优秀提案]

## A list: `report units`

  $ cppcc --lang zh report units --year 2023 --format docx > units.docx && python3 $DATA/describe_docx.py units.docx | grep -E '^(title|tables|pictures|signature)'
  title: '承办单位办理情况': 方正小标宋简体 22.0 pt, aligned CENTER (1)
  tables: 1; 1 with a header row, of which 1 repeat it on every page and 1 have it bold; text 9.0 pt
  pictures: 0; media: 0 files, 0 PNG
  signature: 汉江区政协 / 2024年3月1日

## The reminders' notices: one Word document per unit

Two proposals at 区水利局 on 2024-03-01, one overdue (and at 区教育体育局 jointly), one
falling due within the week. The notices are Word documents; what is printed stays the
table. A later run as Markdown takes back the Word notices, as it takes back those of
units with nothing due.

  $ set -e
  > cppcc -q proposal add --code P2023-9001 --title '关于落实"河长制"的建议' --proposer W0001 --submitted 2023-10-08
  > cppcc -q proposal add --code P2023-9002 --title 关于改善农村饮水安全的建议 --proposer W0001 --submitted 2023-10-08
  > for p in P2023-9001 P2023-9002; do cppcc -q proposal file $p --date 2023-10-10; done
  > cppcc -q proposal assign P2023-9001 --lead 区水利局 --joint 区教育体育局 --date 2023-10-20
  > cppcc -q proposal assign P2023-9002 --lead 区水利局 --date 2023-12-05
  $ cppcc --lang zh remind --out-dir 催办 --format docx | head -6
  汉江区政协提案催办
  截至日期      2024-03-01
  到期提醒天数  7
  超期提案      1
  即将到期提案  1
  待审查提案    3
  ! 已生成催办通知2份，保存在催办
  $ ls 催办
  区教育体育局.docx
  区水利局.docx
  $ python3 $DATA/describe_docx.py 催办/区水利局.docx --text
  page: 210.0 x 297.0 mm; margins top 37.0, bottom 35.0, left 28.0, right 26.0 mm
  footer (odd pages): '— 1 —', PAGE field, aligned RIGHT (2)
  footer (even pages): '— 1 —', PAGE field, aligned LEFT (0)
  title: '汉江区政协关于提案办理的催办通知': 方正小标宋简体 22.0 pt, aligned CENTER (1)
  body: 仿宋_GB2312 16.0 pt, line spacing exactly 28.0 pt, first line indented 2 characters
  heading 1: %1、 (chineseCounting) 黑体 16.0 pt: 0
  heading 2: （%2） (chineseCounting) 楷体_GB2312 16.0 pt: 0
  heading 3: %3. (decimal) 仿宋_GB2312 16.0 pt bold: 0
  tables: 1; 1 with a header row, of which 1 repeat it on every page and 1 have it bold; text 12.0 pt
  pictures: 0; media: 0 files, 0 PNG
  signature: 汉江区政协办公室 / 2024年3月1日
  | 汉江区政协关于提案办理的催办通知
  | 区水利局（联系人：贾强涛，电话：0915-3300014）：
  | 截至2024年3月1日，贵单位承办的下列政协提案已超过办理期限或即将到期：
  | [序号 | 提案号 | 标题 | 办理方式 | 办理期限 | 办理情况]
  | [1 | P2023-9001 | 关于落实"河长制"的建议 | 主办 | 2024-01-20 | 超期41天]
  | [2 | P2023-9002 | 关于改善农村饮水安全的建议 | 主办 | 2024-03-05 | 4天后到期]
  | 请抓紧办理，于2024年3月8日前将办理情况书面答复我委；尚未到期的提案请在办理期限内答复。
  | 感谢贵单位对政协提案工作的支持！
  | 汉江区政协办公室
  | 2024年3月1日
  $ cppcc --lang zh -q remind --out-dir 催办 > /dev/null && ls 催办
  区教育体育局.md
  区水利局.md

## An office's own layout: `documents.docx_templates`

A styles.xml of its own (the title in 宋体 小二, 18 pt) and a signature block: read at the
run, no rebuild. A file there no template is called is refused, naming the near one.

  $ mkdir 版式 && sed -e 's/方正小标宋简体/宋体/g' -e 's/w:val="44"/w:val="36"/g' $DATA/../../schemas/docx/styles.xml > 版式/styles.xml
  $ printf 'documents:\n  docx_templates: 版式\n  signature:\n    zh: [政协汉江区委员会办公室]\n' >> cppcc.yaml
  $ cppcc --lang zh report units --year 2023 --format docx > own.docx && python3 $DATA/describe_docx.py own.docx | grep -E '^(title|body|signature)'
  title: '承办单位办理情况': 宋体 18.0 pt, aligned CENTER (1)
  body: 仿宋_GB2312 16.0 pt, line spacing exactly 28.0 pt, first line indented 2 characters
  signature: 政协汉江区委员会办公室 / 2024年3月1日
  $ touch 版式/style.xml && cppcc --lang zh report units --year 2023 --format docx > own.docx
  ! cppcc: ./cppcc.yaml第8行：设置项“documents.docx_templates”：“./版式/style.xml”不是 Word 文档的模板（是否指“styles.xml”？）
  [78]
