The messages of the configuration, imports, reports and scoring rules in Chinese
(issue 20 part 6): under --lang zh a clerk reads every one of them in Chinese, a
list's entries by their Chinese names, a line of a file as 第N行; an import row's
error names the column by the header the file itself used (列“立案日期”, not filed),
in English too. Exit codes are those of the English messages.

  $ cppcc -q db init
  $ cppcc -q member add --code W001 --name 张明 --sector 教育界
  $ cppcc -q unit add --name 区水利局

## The configuration file

A misspelt key, a period out of range, a new scoring item without its source, a setting
an item of its source does not take, and a figure of the annual report from no source.

  $ printf 'committee:\n  nmae: 某区政协\n' >typo.yaml
  $ cppcc --lang zh --config typo.yaml config show
  ! cppcc: typo.yaml第2行：未知的设置项“committee.nmae”（是否指“name”？）
  [78]
  $ printf 'proposal:\n  handling:\n    period_months: 30\n' >period.yaml
  $ cppcc --lang zh --config period.yaml config show
  ! cppcc: period.yaml第3行：设置项“proposal.handling.period_months”：30超出范围（1–24）
  [78]
  $ printf 'scoring:\n  items:\n    visits:\n      points: 2\n' >scoring.yaml
  $ cppcc --lang zh --config scoring.yaml config show
  ! cppcc: scoring.yaml第4行：未知的设置项“scoring.items.visits”（新增的计分项需要设置“source”，见schemas/scoring.yaml）
  [78]
  $ printf 'scoring:\n  items:\n    plenary:\n      pionts: 2\n' >scoring2.yaml
  $ cppcc --lang zh --config scoring2.yaml config show
  ! cppcc: scoring2.yaml第4行：未知的设置项“scoring.items.plenary.pionts”（来源为“activity”的计分项没有这项设置；是否指“points”？）
  [78]
  $ printf 'report:\n  annual:\n    figures:\n      - {key: visits, source: visits}\n' >figures.yaml
  $ cppcc --lang zh --config figures.yaml config show
  ! cppcc: figures.yaml第1行：report.annual.figures[0]：未知的数据来源“visits”（可用的有：proposals、activities、studios、articles、members、opinions）
  [78]

## A category the configuration does not have

Its Chinese names are listed, not its ids.

  $ cppcc --lang zh proposal add --code P2024-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --submitted 2024-01-10 --category 火星
  ! cppcc: 未知的类别“火星”（应为以下之一：经济建设、政治建设、文化建设、社会建设、生态文明建设、其他）
  [65]

## Imports

A Chinese ledger: a bad 立案日期 and a 已办结 row without its 办结日期.

  $ cat > 提案.csv <<'CSV'
  > 提案号,标题,提案人,提交日期,状态,立案日期,办结日期
  > P2024-002,关于保障农村饮水安全的建议,张明,2024-01-12,已立案,2024-02-30,
  > P2024-003,关于发展夜间经济的建议,张明,2024-01-15,已办结,2024-01-20,
  > CSV
  $ cppcc --lang zh proposal import 提案.csv
  ! cppcc: 提案.csv第2行：列“立案日期”：无法识别日期“2024-02-30”（应为 2023-03-05 或 2023年3月5日 这样的日期）
  ! cppcc: 提案.csv第3行：列“状态”：状态为“已办结”时需要填写“交办日期”列
  ! cppcc: 提案.csv第3行：列“状态”：状态为“已办结”时需要填写“主办单位”列
  ! cppcc: 提案.csv第3行：列“状态”：状态为“已办结”时需要填写“答复日期”列
  ! cppcc: 提案.csv第3行：列“状态”：状态为“已办结”时需要填写“办理结果”列
  ! cppcc: 提案.csv第3行：列“状态”：状态为“已办结”时需要填写“办结日期”列
  ! cppcc: 共2行，其中2行有误；未写入任何数据（请改正后重新导入，或用 --skip-invalid --rejects FILE 只写入正确的行）
  [65]

A column no proposal has, and a mapping file with a key it does not know.

  $ printf '提案号,标题,提案人,提交日期,备用栏目\nP2024-004,关于改善农贸市场环境的建议,张明,2024-01-16,x\n' >多列.csv
  $ cppcc --lang zh proposal import 多列.csv
  ! cppcc: 多列.csv第1行：导入提案时遇到未知的列“备用栏目”；请在--mapping文件中写明（columns: 表头: 字段，或 表头: ignore）
  [65]
  $ printf 'colums:\n  备用栏目: ignore\n' >mapping.yaml
  $ cppcc --lang zh proposal import 多列.csv --mapping mapping.yaml
  ! cppcc: mapping.yaml第1行：未知的设置项“colums”（应为“columns”或“values”）
  [78]

The same row twice, and a title row above the header (left out, said in a note).

  $ printf '提案号,标题,提案人,提交日期\nP2024-005,关于推进垃圾分类的建议,张明,2024-01-17\nP2024-005,关于推进垃圾分类的建议,张明,2024-01-17\n' >重复.csv
  $ cppcc --lang zh proposal import 重复.csv
  ! cppcc: 重复.csv第3行：列“提案号”：“P2024-005”在本次导入前面的行中已出现；每个提案号只保留一行
  ! cppcc: 共2行，其中1行有误；未写入任何数据（请改正后重新导入，或用 --skip-invalid --rejects FILE 只写入正确的行）
  [65]
  $ printf '2024年提案台账\n提案号,标题,提案人,提交日期\nP2024-006,关于加强河道治理的建议,张明,2024-01-18\n' >标题.csv
  $ cppcc --lang zh proposal import 标题.csv | tail -n 1
  标题.csv：表头在第2行；未导入表头上方的1行标题：“2024年提案台账”（第1行）

## Reports

  $ cppcc --lang zh report proposals --by 颜色 --year 2024
  ! cppcc: 不能按“颜色”分类统计提案（可按：status、category、type、sector、unit、result、satisfaction）
  [2]

Grade bands out of order in the scoring rules.

  $ printf 'scoring:\n  grades:\n    - {id: excellent, min: 90}\n    - {id: competent, min: 95}\n    - {id: incompetent}\n' >grades.yaml
  $ cppcc --lang zh --config grades.yaml member score --year 2024
  ! cppcc: grades.yaml第4行：设置项“scoring.grades”：等次应从高到低排列：“competent”（min 95）排在了“excellent”（min 90）之后
  [78]

## The same two in English

  $ cppcc --lang en proposal import 提案.csv
  ! cppcc: 提案.csv:2: column '立案日期': cannot read date '2024-02-30' (expected e.g. 2023-03-05 or 2023年3月5日)
  ! cppcc: 提案.csv:3: column '状态': 'concluded' needs column 'assigned'
  ! cppcc: 提案.csv:3: column '状态': 'concluded' needs column 'lead_units'
  ! cppcc: 提案.csv:3: column '状态': 'concluded' needs column 'replied'
  ! cppcc: 提案.csv:3: column '状态': 'concluded' needs column 'result'
  ! cppcc: 提案.csv:3: column '状态': 'concluded' needs column '办结日期'
  ! cppcc: 2 of 2 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ cppcc --lang en --config typo.yaml config show
  ! cppcc: typo.yaml:2: unknown key 'committee.nmae' (did you mean 'name'?)
  [78]
