How a ledger's headers and cells are read (docs/domain.md §4, §4.2): canonical or Chinese
headers and the office's usual aliases, a --mapping file for the rest (renaming,
ignoring, mapping cell values), every date form, every list separator, every yes/no
form, vocabularies by id or label, and bodies with commas, quotes and line breaks.

The import summary ends with the time it took; it is masked as "(… s)".

  $ cppcc -q db init
  $ cppcc member import $DATA/import_members.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc unit import $DATA/import_units.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s)

## Headers: canonical names, Chinese names, aliases, notes and marks

One ledger uses canonical names, another the Chinese ones with the marks Excel
templates carry: a "*" for required columns, a full-width note "（必填）", spaces.

  $ cat > canonical.csv <<'EOF'
  > code,title,proposer,category,submitted
  > P2023-001,关于加强城区供水管网改造的建议,张明,society,2023-02-15
  > EOF
  $ cat > 中文表头.csv <<'EOF'
  > * 提案号（必填）,提案标题,第一提案人, 类别 ,提交日期(年月日)
  > P2023-002,关于规范校外培训机构的建议,李华,文化建设,2023-02-16
  > EOF
  $ cppcc proposal import canonical.csv 中文表头.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc proposal list --format csv | cut -d, -f1-5
  code,title,proposer,category,submitted
  P2023-001,关于加强城区供水管网改造的建议,张明,social development,2023-02-15
  P2023-002,关于规范校外培训机构的建议,李华,cultural development,2023-02-16

## An unknown column, without a mapping

The whole file is refused before any row is read: the message names each unknown
header, suggests the closest known ones, and says how to map them. Nothing is written.

  $ cat > 办理台账.csv <<'EOF'
  > 案件编号,标题,提案人,提交日期,办理情况,备注
  > P2023-003,关于完善社区养老服务的建议,王玮,2023-02-16,办结,已电话回访
  > P2023-004,关于加快老旧小区加装电梯的建议,张明,2023-02-17,在办,
  > EOF
  $ sqlite3 cppcc.db .dump > before.sql
  $ cppcc proposal import 办理台账.csv
  ! cppcc: 办理台账.csv:1: unknown columns '案件编号' (did you mean '编号'?), '办理情况' (did you mean '办理状态' or '办理期限'?) for proposal; name them in a --mapping file (columns: NAME: FIELD, or NAME: ignore)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## A mapping file: renamed headers, an ignored column, mapped values

The office's own words: 办理情况 is the status, "办结" means concluded and "在办"
assigned (the labels 已办结 and 办理中 are read without a mapping, and still may be
mapped); 备注 is ignored.

  $ cat > 台账映射.yaml <<'EOF'
  > columns:
  >   案件编号: code
  >   办理情况: status
  >   备注: ignore
  > values:
  >   status: {办结: concluded, 在办: assigned, 已办结: concluded, 办理中: assigned}
  >   result: {已解决: A, 列入计划: B}
  > EOF
  $ cat > 办理台账.csv <<'EOF'
  > 案件编号,标题,提案人,提交日期,办理情况,立案日期,主办单位,交办日期,答复日期,办理结果,满意度,办结日期,备注
  > P2023-003,关于完善社区养老服务的建议,王玮,2023-02-16,办结,2023-02-24,区住建局,2023-03-06,2023-05-10,已解决,满意,2023-05-30,已电话回访
  > P2023-004,关于加快老旧小区加装电梯的建议,张明,2023-02-17,在办,2023-02-24,区住建局,2023-03-06,,,,,
  > P2023-005,关于整治城区噪声扰民的建议,李华,2023-02-17,已办结,2023-02-24,区城管局,2023-03-06,2023-04-28,列入计划,基本满意,2023-05-20,
  > P2023-006,关于改善农村饮水安全的建议,王玮,2023-02-18,办理中,2023-02-24,区水利局,2023-03-06,,,,,
  > EOF
  $ cppcc proposal import --mapping 台账映射.yaml 办理台账.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc proposal export --search 建议 | cut -d, -f1,12,17,21-23,25 | grep -E '^(code|P2023-00[3-6])'
  code,status,lead_units,replied,result,feedback,concluded
  P2023-003,concluded,区住建局,2023-05-10,A,satisfied,2023-05-30
  P2023-004,assigned,区住建局,,,,
  P2023-005,concluded,区城管局,2023-04-28,B,basic,2023-05-20
  P2023-006,assigned,区水利局,,,,

A mapping must name real columns: a typo in the target is refused, naming the
mapping file and line, with the closest column (it is a bad configuration file, 78).

  $ printf 'columns:\n  案件编号: kode\n' > 错误映射.yaml
  $ cppcc proposal import --mapping 错误映射.yaml 办理台账.csv
  ! cppcc: 错误映射.yaml:2: 'kode' is not a proposal column (did you mean 'code'?)
  [78]

So must the columns under values: a header (状态) instead of the column it gives
(status) would otherwise be silently ignored, and the cells it was meant for refused.

  $ printf 'columns:\n  案件编号: code\n  办理情况: status\n  备注: ignore\nvalues:\n  办理情况: {办结: concluded, 在办: assigned}\n' > 值映射.yaml
  $ cppcc proposal import --mapping 值映射.yaml 办理台账.csv
  ! cppcc: 值映射.yaml:6: values: '办理情况' is not a proposal column (columns: code, title, body, type, proposer, cosigners, sector, category, session, during_plenary, submitted, status, filed, filing_no, reject_reason, merged_into, lead_units, joint_units, assigned, due, replied, result, feedback, contact, concluded, key, key_leader, excellent)
  [78]

Unknown top-level keys and malformed YAML are refused with file and line.

  $ printf 'column:\n  案件编号: code\n' > 拼错.yaml
  $ cppcc proposal import --mapping 拼错.yaml 办理台账.csv
  ! cppcc: 拼错.yaml:1: unknown key 'column' (expected 'columns' or 'values')
  [78]
  $ printf 'columns: [案件编号, code\n' > 坏.yaml
  $ cppcc proposal import --mapping 坏.yaml 办理台账.csv
  ! cppcc: 坏.yaml:2: end of sequence flow not found
  [78]
  $ cppcc proposal import --mapping 没有这个文件.yaml 办理台账.csv
  ! cppcc: cannot read mapping file '没有这个文件.yaml'
  [66]

## Dates: every form

2023-03-05, 2023/3/5, 2023.3.5, 2023年3月5日, and with a time of day (Excel's
date-time cells): all are 5 March 2023.

  $ cat > 日期.csv <<'EOF'
  > 提案号,标题,提案人,提交日期
  > P2023-011,关于完善社区养老服务的建议,张明,2023-03-05
  > P2023-012,关于规范校外培训机构的建议,李华,2023/3/5
  > P2023-013,关于加快老旧小区加装电梯的建议,王玮,2023.3.5
  > P2023-014,关于整治城区噪声扰民的建议,张明,2023年3月5日
  > P2023-015,关于推进垃圾分类进小区的建议,李华,2023-03-05 14:30
  > P2023-016,关于改善农村饮水安全的建议,王玮,2023/3/5 14:30:00
  > EOF
  $ cppcc proposal import 日期.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 6 rows: 6 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  P2023-011: similar to P2023-003 (1.00)
  P2023-012: similar to P2023-002 (1.00)
  P2023-013: similar to P2023-004 (1.00)
  P2023-014: similar to P2023-005 (1.00)
  P2023-016: similar to P2023-006 (1.00)
  $ cppcc proposal list --year 2023 --format csv | grep -E '^P2023-01' | cut -d, -f1,5
  P2023-011,2023-03-05
  P2023-012,2023-03-05
  P2023-013,2023-03-05
  P2023-014,2023-03-05
  P2023-015,2023-03-05
  P2023-016,2023-03-05

A date that does not exist, or cannot be read, names the column and the value and
shows what is expected; nothing is written.

  $ sqlite3 cppcc.db .dump > before.sql
  $ cat > 坏日期.csv <<'EOF'
  > 提案号,标题,提案人,提交日期
  > P2023-017,关于发展乡村旅游的建议,张明,2023-02-30
  > P2023-018,关于发展乡村旅游的建议,张明,2023/13/1
  > P2023-019,关于发展乡村旅游的建议,张明,去年三月
  > EOF
  $ cppcc proposal import 坏日期.csv
  ! cppcc: 坏日期.csv:2: column '提交日期': cannot read date '2023-02-30' (expected e.g. 2023-03-05 or 2023年3月5日)
  ! cppcc: 坏日期.csv:3: column '提交日期': cannot read date '2023/13/1' (expected e.g. 2023-03-05 or 2023年3月5日)
  ! cppcc: 坏日期.csv:4: column '提交日期': cannot read date '去年三月' (expected e.g. 2023-03-05 or 2023年3月5日)
  ! cppcc: 3 of 3 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## Lists: every separator

Co-signers separated by ; ； 、 , or ， (a comma inside a quoted cell); spaces
around names are dropped. Each is stored as the list 李华;王玮 or the like.

  $ cat > 联名.csv <<'EOF'
  > 提案号,标题,提案人,联名人,提交日期
  > P2023-021,关于加强河道综合治理的建议,张明,李华;王玮,2023-02-20
  > P2023-022,关于加强河道综合治理的建议,张明,李华；王玮,2023-02-20
  > P2023-023,关于加强河道综合治理的建议,张明,李华、王玮,2023-02-20
  > P2023-024,关于加强河道综合治理的建议,张明,"李华,王玮",2023-02-20
  > P2023-025,关于加强河道综合治理的建议,张明,李华，王玮,2023-02-20
  > P2023-026,关于加强河道综合治理的建议,张明, 李华 、 王玮 、陈𬀩,2023-02-20
  > EOF
  $ cppcc proposal import 联名.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 6 rows: 6 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  P2023-021: similar to P2023-022 (1.00)
  P2023-022: similar to P2023-021 (1.00)
  P2023-023: similar to P2023-021 (1.00)
  P2023-024: similar to P2023-021 (1.00)
  P2023-025: similar to P2023-021 (1.00)
  P2023-026: similar to P2023-021 (1.00)
  $ cppcc proposal export | grep -E '^P2023-02' | cut -d, -f1,5,6
  P2023-021,张明,李华;王玮
  P2023-022,张明,李华;王玮
  P2023-023,张明,李华;王玮
  P2023-024,张明,李华;王玮
  P2023-025,张明,李华;王玮
  P2023-026,张明,李华;王玮;陈𬀩

Member roles are a list too.

  $ printf '委员编号,姓名,角色\nW0003,王玮,联络员；特约宣传信息员\n' > 角色.csv
  $ cppcc member import 角色.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 1 rows: 0 inserted, 1 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc member show W0003 | grep -E '^roles '
  roles      liaison;publicity officer

## Yes/no: every form

是/否, Y/N, 1/0, true/false (and yes/no), any case, for 大会期间 (during_plenary),
重点提案 (key) and 是否常委 (standing).

  $ cat > 是否.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,大会期间,重点提案,督办领导
  > P2023-031,关于发展夜间经济的建议,张明,2023-01-10,是,否,
  > P2023-032,关于发展夜间经济的建议,张明,2023-01-10,Y,N,
  > P2023-033,关于发展夜间经济的建议,张明,2023-01-10,1,0,
  > P2023-034,关于发展夜间经济的建议,张明,2023-01-10,true,false,
  > P2023-035,关于发展夜间经济的建议,张明,2023-01-10,否,是,王建国
  > P2023-036,关于发展夜间经济的建议,张明,2023-01-10,n,y,王建国
  > P2023-037,关于发展夜间经济的建议,张明,2023-01-10,0,1,王建国
  > P2023-038,关于发展夜间经济的建议,张明,2023-01-10,FALSE,TRUE,王建国
  > P2023-039,关于发展夜间经济的建议,张明,2023-01-10,No,Yes,王建国
  > EOF
  $ cppcc proposal import 是否.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 9 rows: 9 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  P2023-031: similar to P2023-032 (1.00)
  P2023-032: similar to P2023-031 (1.00)
  P2023-033: similar to P2023-031 (1.00)
  P2023-034: similar to P2023-031 (1.00)
  P2023-035: similar to P2023-031 (1.00)
  P2023-036: similar to P2023-031 (1.00)
  P2023-037: similar to P2023-031 (1.00)
  P2023-038: similar to P2023-031 (1.00)
  P2023-039: similar to P2023-031 (1.00)
  $ cppcc proposal export | grep -E '^P2023-03' | cut -d, -f1,10,26,27
  P2023-031,yes,no,
  P2023-032,yes,no,
  P2023-033,yes,no,
  P2023-034,yes,no,
  P2023-035,no,yes,王建国
  P2023-036,no,yes,王建国
  P2023-037,no,yes,王建国
  P2023-038,no,yes,王建国
  P2023-039,no,yes,王建国
  $ printf '委员编号,姓名,是否常委\nW0002,李华,Y\nW0003,王玮,1\nW0004,陈𬀩,true\n' > 常委.csv
  $ cppcc member import 常委.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 3 rows: 0 inserted, 3 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc member export | cut -d, -f1,2,11
  code,name,standing
  W0001,张明,yes
  W0002,李华,yes
  W0003,王玮,yes
  W0004,陈𬀩,yes

Anything else is refused with the forms it accepts.

  $ printf '提案号,标题,提案人,提交日期,大会期间\nP2023-040,关于发展夜间经济的建议,张明,2023-01-10,有\n' > 是否-坏.csv
  $ cppcc proposal import 是否-坏.csv
  ! cppcc: 是否-坏.csv:2: column '大会期间': cannot read yes/no '有' (expected yes/no, 是/否, true/false, 1/0 or Y/N)
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

## Vocabularies: the id or a label in either language

Category by id, Chinese and English label; a near miss is refused with suggestions.

  $ cat > 类别.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,类别
  > P2023-041,关于优化营商环境的建议,李华,2023-01-11,economy
  > P2023-042,关于优化营商环境的建议,李华,2023-01-11,经济建设
  > P2023-043,关于优化营商环境的建议,李华,2023-01-11,economic development
  > EOF
  $ cppcc proposal import 类别.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 3 rows: 3 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  P2023-041: similar to P2023-042 (1.00)
  P2023-042: similar to P2023-041 (1.00)
  P2023-043: similar to P2023-041 (1.00)
  $ cppcc proposal export | grep -E '^P2023-04' | cut -d, -f1,8
  P2023-041,economy
  P2023-042,economy
  P2023-043,economy
  $ printf '提案号,标题,提案人,提交日期,类别\nP2023-044,关于优化营商环境的建议,李华,2023-01-11,经济建设类\n' > 类别-坏.csv
  $ cppcc proposal import 类别-坏.csv
  ! cppcc: 类别-坏.csv:2: column '类别': unknown category '经济建设类' (did you mean '经济建设'?)
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

## Bodies with commas, doubled quotes and line breaks

Excel quotes such a cell and doubles the quotes inside it; the body keeps its
commas, its quotes and its line break.

  $ cat > 正文.csv <<'EOF'
  > 提案号,标题,内容,提案人,提交日期
  > P2023-051,关于加强城区供水管网改造的建议,"城区供水管网老化，漏损率偏高, 部分小区水压不足。
  > 建议分年度实施改造，推行""一户一表""。",张明,2023-02-15
  > EOF
  $ cppcc proposal import 正文.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc proposal show P2023-051 --format table | sed -n '/^body/,/^type/p'
  body            城区供水管网老化，漏损率偏高, 部分小区水压不足。
                  建议分年度实施改造，推行"一户一表"。
  type            member
  $ cppcc proposal show P2023-051 --format json | grep '"body"'
      "body": "城区供水管网老化，漏损率偏高, 部分小区水压不足。\n建议分年度实施改造，推行\"一户一表\"。",

The export writes it back as Excel would, and it reads back unchanged.

  $ cppcc proposal export --search 水压 > 正文-导出.csv
  $ sed -n 2,3p 正文-导出.csv | cut -c1-200
  P2023-051,关于加强城区供水管网改造的建议,"城区供水管网老化，漏损率偏高, 部分小区水压不足。
  建议分年度实施改造，推行""一户一表""。",member,张明,,教育界,,十六届二次会议,no,2023-02-15,submitted,,,,,,,,,,,,,,no,,no␍
  $ cppcc proposal import 正文-导出.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 0 inserted, 0 updated, 1 unchanged, 0 rejected (… s)
