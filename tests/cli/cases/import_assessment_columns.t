What a ledger says beyond the lifecycle (docs/domain.md §4.2): how the unit met the
proposer at the feedback (沟通方式, the report's meeting rate), the year's excellent
proposals (优秀提案, the members' scores) and the day a member left (离任日期, the
years they rank in). Each is a canonical column: read by the import, written by the
export, carried by a committee's bundle (docs/bundles.md).

  $ cppcc -q db init
  $ cppcc -q member import $DATA/import_members.csv
  $ cppcc -q unit import $DATA/import_units.csv

## A proposal's contact and excellent flag

The contact is read with the feedback it belongs to; the excellent flag is a proposal's
own, like the key flag:

  $ cat > 台账.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,立案日期,主办单位,交办日期,答复日期,办理结果,满意度,沟通方式,办结日期,优秀提案
  > P1,关于加强城区供水管网改造的建议,张明,2023-01-12,2023-02-20,区水利局,2023-03-01,2023-05-20,A,满意,走访,2023-06-10,是
  > P2,关于完善社区养老服务的建议,王玮,2023-01-13,2023-02-20,区住建局,2023-03-01,2023-05-12,B,基本满意,电话,2023-06-01,
  > P3,关于改善农村饮水安全的建议,李华,2023-01-15,2023-02-20,区水利局,2023-03-01,2023-05-10,C,不满意,走访,,否
  > P4,关于增设城区公交站点的建议,李华,2023-01-16,2023-02-20,区住建局,2023-03-01,2023-05-11,A,满意,,2023-06-02,
  > EOF
  $ cppcc -q proposal import 台账.csv
  $ cppcc proposal export | cut -d, -f1,12,23,24,28
  code,status,feedback,contact,excellent␍
  P1,concluded,satisfied,visit,yes␍
  P2,concluded,basic,phone,no␍
  P3,rehandling,unsatisfied,visit,no␍
  P4,concluded,satisfied,,no␍
  $ cppcc proposal history P1 --format csv | grep ',feedback,' | cut -d, -f3,8
  feedback,contact=visit; satisfaction=satisfied␍
  $ cppcc report annual --year 2023 --format json | grep -E '"(meeting|satisfaction)_rate"'
      "meeting_rate": 66.7,
      "satisfaction_rate": 75.0,

The same ledger again changes nothing; a contact the history does not have is refused,
and `proposal amend --contact` says it instead:

  $ cppcc proposal import 台账.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 4 rows: 0 inserted, 0 updated, 4 unchanged, 0 rejected (… s)
  $ sed 's/,A,满意,,2023-06-02,/,A,满意,电话,2023-06-02,/' 台账.csv > 补沟通方式.csv && cppcc proposal import 补沟通方式.csv
  ! cppcc: 补沟通方式.csv:5: column '沟通方式': the ledger says 'phone' but the record's history gives ''; change it with the proposal commands
  ! cppcc: 1 of 4 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ cppcc proposal amend P4 --event 5 --contact 电话
  P4: amended step 5, feedback 2023-06-02 (satisfaction=satisfied) → feedback 2023-06-02 (satisfaction=satisfied; contact=phone)
  $ cppcc -q proposal import 补沟通方式.csv && cppcc proposal show P4 | grep -E '^contact '
  contact         phone
  $ cppcc proposal amend P4 --event 4 --contact 走访
  ! cppcc: step 4 is a reply, not a feedback: it has no contact
  [2]

The excellent flag is given after the year's assessment, to stored proposals, by a list
of their codes:

  $ printf '提案号,优秀提案\nP2,是\nP1,否\n' > 优秀提案.csv && cppcc -q proposal import 优秀提案.csv && cppcc proposal export | cut -d, -f1,28
  code,excellent␍
  P1,no␍
  P2,yes␍
  P3,no␍
  P4,no␍

Refused, one line a problem: an unknown contact, a contact on a row without feedback
(a contradiction), a bad flag:

  $ cat > 坏台账.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,立案日期,主办单位,交办日期,答复日期,办理结果,满意度,沟通方式,办结日期,优秀提案
  > P5,关于甲的建议,张明,2023-02-12,2023-02-20,区水利局,2023-03-01,2023-05-20,A,满意,座谈,2023-06-10,
  > P6,关于乙的建议,张明,2023-02-12,2023-02-20,区水利局,2023-03-01,,,,走访,,
  > P7,关于丙的建议,张明,2023-02-12,,,,,,,,,也许
  > EOF
  $ cppcc proposal import 坏台账.csv
  ! cppcc: 坏台账.csv:2: column '沟通方式': unknown contact way '座谈' (expected one of: visit/走访, phone/电话, other/其他, none/未联系)
  ! cppcc: 坏台账.csv:3: column '沟通方式': '走访' contradicts status 'assigned'
  ! cppcc: 坏台账.csv:4: column '优秀提案': cannot read yes/no '也许' (expected yes/no, 是/否, true/false, 1/0 or Y/N)
  ! cppcc: 3 of 3 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ cppcc proposal list --format csv | cut -d, -f1
  code
  P1
  P2
  P3
  P4

## A member's day of leaving

Read with status left; a member who left without a known day keeps none; a day given
for a member on the committee is refused:

  $ cat > 名册.csv <<'EOF'
  > 编号,姓名,状态,离任日期
  > W0001,张明,已离任,2023-06-30
  > W0002,李华,已离任,
  > EOF
  $ cppcc -q member import 名册.csv && cppcc member export | grep -E '^W000[12],' | cut -d, -f1,14,15
  W0001,left,2023-06-30␍
  W0002,left,␍
  $ cppcc member show W0001 | grep -E '^(status|left on) '
  status     left
  left on    2023-06-30
  $ printf '编号,姓名,状态,离任日期\nW0003,王玮,在职,2023-05-01\nW0004,赵敏,已离任,2023-13-01\n' > 坏名册.csv && cppcc member import 坏名册.csv
  ! cppcc: 坏名册.csv:2: column '离任日期': a day of leaving is for a member whose status is left, not active
  ! cppcc: 坏名册.csv:3: column '离任日期': cannot read date '2023-13-01' (expected e.g. 2023-03-05 or 2023年3月5日)
  ! cppcc: 2 of 2 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ cppcc member update W0001 --status active && cppcc member export | grep -E '^W0001,' | cut -d, -f1,14,15
  updated member W0001 张明
  W0001,active,␍
  $ cppcc member update W0002 --left-on 2024-01-31 && cppcc member export | grep -E '^W0002,' | cut -d, -f1,14,15
  updated member W0002 李华
  W0002,left,2024-01-31␍
