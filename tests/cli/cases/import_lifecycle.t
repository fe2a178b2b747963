A historical ledger (台账) replayed as lifecycles (docs/domain.md §4, §4.2): each proposal
row's status and dates imply the steps add → file → assign (due from the ledger's
办理期限, else the configured period) → reply → feedback or conclude, or reject,
convert, withdraw, merge; the import records those events, a second import of the
same ledger changes nothing, and a later ledger adds the steps taken since.

The import summary ends with the time it took; it is masked as "(… s)".

This office gives proposals made during the plenary session five months.

  $ cppcc -q db init
  $ cat > cppcc.yaml <<'EOF'
  > proposal:
  >   handling:
  >     plenary_period_months: 5
  > EOF
  $ cppcc -q member import $DATA/import_members.csv
  $ cppcc -q unit import $DATA/import_units.csv
  $ cp $DATA/import_proposals_2023.csv 2023年台账.csv

## The 2023 ledger

Nine proposals, one per path: concluded with feedback (a key proposal), replied,
assigned to two lead units and a joint one, not filed, converted, withdrawn, sent
back for rehandling, concluded without feedback, filed only.

  $ cppcc proposal import 2023年台账.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 9 rows: 9 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc proposal list --format table
  code       title                             proposer  category                 submitted   status      filing no  lead units         due         result  overdue
  ---------  --------------------------------  --------  -----------------------  ----------  ----------  ---------  -----------------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议    张明      social development       2023-01-12  concluded           1  区水利局           2023-08-01  A
  P2023-003  关于完善社区养老服务的建议        王玮      social development       2023-01-12  assigned            3  区住建局;区城管局  2023-08-01          yes
  P2023-004  关于某民事案件再审的请求          张明      other                    2023-01-13  not filed
  P2023-005  关于调整某小区物业收费标准的建议  李华      social development       2023-01-13  converted
  P2023-006  关于增设城区公交站点的建议        张明      social development       2023-01-14  withdrawn
  P2023-007  关于改善农村饮水安全的建议        王玮      ecological civilisation  2023-01-14  rehandling          4  区水利局           2023-08-10  C       yes
  P2023-008  关于整治城区噪声扰民的建议        李华      ecological civilisation  2023-01-15  concluded           5  区城管局           2023-08-01  A
  P2023-002  关于规范校外培训机构的建议        李华      cultural development     2023-03-20  replied             2  区教体局           2023-06-30  B
  P2023-009  关于发展乡村旅游的建议            陈𬀩      economic development     2023-11-20  filed               6

### Concluded with feedback

Submitted during the plenary, filed with the ledger's filing number, marked key on
filing (with its supervising leader), assigned on 2023-03-01 to a lead and a joint
unit: no 办理期限 in the ledger, so due after the configured five months; replied
with result A, and the proposer's 满意 concludes it.

  $ cppcc proposal history P2023-001 --format table
  P2023-001 关于加强城区供水管网改造的建议
  #  date        action    from       to         operator  recorded                    details
  -  ----------  --------  ---------  ---------  --------  --------------------------  ---------------------------------------
  1  2023-01-12  add                  submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-02-20  file      submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=1
  3  2023-02-20  key       filed      filed      clerk     2024-03-01 09:00:00 +00:00  leader=王建国
  4  2023-03-01  assign    filed      assigned   clerk     2024-03-01 09:00:00 +00:00  units=区水利局;区住建局; due=2023-08-01
  5  2023-06-15  reply     assigned   replied    clerk     2024-03-01 09:00:00 +00:00  unit=区水利局; result=A; on_time=yes
  6  2023-07-05  feedback  replied    concluded  clerk     2024-03-01 09:00:00 +00:00  satisfaction=satisfied
  $ cppcc proposal show P2023-001 --format table | sed -n '/^lead units/,$p'
  lead units      区水利局
  joint units     区住建局
  assigned        2023-03-01
  due             2023-08-01
  replied         2023-06-15
  result          A solved or mostly solved
  feedback        satisfied
  contact
  concluded       2023-07-05
  key             yes
  key leader      王建国
  excellent       no
  forwarded to
  overdue         no
  <BLANK>
  lead units / joint units
  unit      role   round  assigned    due         returned  return reason  replied     result
  --------  -----  -----  ----------  ----------  --------  -------------  ----------  ------
  区水利局  lead       1  2023-03-01  2023-08-01                           2023-06-15  A
  区住建局  joint      1  2023-03-01  2023-08-01

### Replied, with the ledger's own deadline

Submitted between sessions; the ledger's 办理期限 2023-06-30 is the due date (the
configured three months would give 2023-07-03). The reply came before it.

  $ cppcc proposal history P2023-002 --format table
  P2023-002 关于规范校外培训机构的建议
  #  date        action  from       to         operator  recorded                    details
  -  ----------  ------  ---------  ---------  --------  --------------------------  ------------------------------------
  1  2023-03-20  add                submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-03-28  file    submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=2
  3  2023-04-03  assign  filed      assigned   clerk     2024-03-01 09:00:00 +00:00  units=区教体局; due=2023-06-30
  4  2023-06-20  reply   assigned   replied    clerk     2024-03-01 09:00:00 +00:00  unit=区教体局; result=B; on_time=yes

### Assigned to two lead units (split handling) and a joint unit; overdue today

  $ cppcc proposal history P2023-003 --format table
  P2023-003 关于完善社区养老服务的建议
  #  date        action  from       to         operator  recorded                    details
  -  ----------  ------  ---------  ---------  --------  --------------------------  ------------------------------------------------
  1  2023-01-12  add                submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-02-20  file    submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=3
  3  2023-03-01  assign  filed      assigned   clerk     2024-03-01 09:00:00 +00:00  units=区住建局;区城管局;区水利局; due=2023-08-01
  $ cppcc proposal show P2023-003 --format table | sed -n '/^unit /,$p'
  unit      role   round  assigned    due         returned  return reason  replied  result
  --------  -----  -----  ----------  ----------  --------  -------------  -------  ------
  区住建局  lead       1  2023-03-01  2023-08-01
  区城管局  lead       1  2023-03-01  2023-08-01
  区水利局  joint      1  2023-03-01  2023-08-01
  $ cppcc proposal list --overdue --format csv | cut -d, -f1,6,9
  code,status,due
  P2023-003,assigned,2023-08-01
  P2023-007,rehandling,2023-08-10

### Not filed, with a configured reason; converted

Rejected at review (the ledger gives no review date: the submission date stands).
The reason 属于司法个案 is the configured one; 不属于本级职权范围 too, and that
proposal was then converted to a suggestion.

  $ cppcc proposal history P2023-004 --format table
  P2023-004 关于某民事案件再审的请求
  #  date        action  from       to         operator  recorded                    details
  -  ----------  ------  ---------  ---------  --------  --------------------------  --------------------
  1  2023-01-13  add                submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-01-13  reject  submitted  not filed  clerk     2024-03-01 09:00:00 +00:00  reason=judicial_case
  $ cppcc --lang zh proposal show P2023-004 | grep -E '^(状态|不予立案理由) '
  状态          不予立案
  不予立案理由  属于司法个案
  $ cppcc proposal history P2023-005 --format table
  P2023-005 关于调整某小区物业收费标准的建议
  #  date        action   from       to         operator  recorded                    details
  -  ----------  -------  ---------  ---------  --------  --------------------------  --------------------
  1  2023-01-13  add                 submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-01-13  reject   submitted  not filed  clerk     2024-03-01 09:00:00 +00:00  reason=outside_scope
  3  2023-01-13  convert  not filed  converted  clerk     2024-03-01 09:00:00 +00:00

### Withdrawn

  $ cppcc proposal history P2023-006 --format table
  P2023-006 关于增设城区公交站点的建议
  #  date        action    from       to         operator  recorded                    details
  -  ----------  --------  ---------  ---------  --------  --------------------------  -------
  1  2023-01-14  add                  submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-01-14  withdraw  submitted  withdrawn  clerk     2024-03-01 09:00:00 +00:00

### Unsatisfied: rehandling

The proposer's 不满意 (dated with the reply: the ledger has no feedback date) starts a
second round, due three months later (rehandling_months).

  $ cppcc proposal history P2023-007 --format table
  P2023-007 关于改善农村饮水安全的建议
  #  date        action    from       to          operator  recorded                    details
  -  ----------  --------  ---------  ----------  --------  --------------------------  ----------------------------------------
  1  2023-01-14  add                  submitted   clerk     2024-03-01 09:00:00 +00:00
  2  2023-02-20  file      submitted  filed       clerk     2024-03-01 09:00:00 +00:00  filing_no=4
  3  2023-03-01  assign    filed      assigned    clerk     2024-03-01 09:00:00 +00:00  units=区水利局; due=2023-08-01
  4  2023-05-10  reply     assigned   replied     clerk     2024-03-01 09:00:00 +00:00  unit=区水利局; result=C; on_time=yes
  5  2023-05-10  feedback  replied    rehandling  clerk     2024-03-01 09:00:00 +00:00  satisfaction=unsatisfied; due=2023-08-10

### Concluded without feedback

No 满意度: concluded by the office, which the configuration allows 30 days after the
reply (2023-04-20 + 30 days = 2023-05-20; the ledger says 2023-06-01).

  $ cppcc proposal history P2023-008 --format table
  P2023-008 关于整治城区噪声扰民的建议
  #  date        action    from       to         operator  recorded                    details
  -  ----------  --------  ---------  ---------  --------  --------------------------  ------------------------------------
  1  2023-01-15  add                  submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-02-20  file      submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=5
  3  2023-03-01  assign    filed      assigned   clerk     2024-03-01 09:00:00 +00:00  units=区城管局; due=2023-08-01
  4  2023-04-20  reply     assigned   replied    clerk     2024-03-01 09:00:00 +00:00  unit=区城管局; result=A; on_time=yes
  5  2023-06-01  conclude  replied    concluded  clerk     2024-03-01 09:00:00 +00:00

Concluding earlier than that is refused, with the date from which it is allowed.

  $ printf '提案号,标题,提案人,提交日期,状态,立案日期,主办单位,交办日期,答复日期,办理结果,办结日期\nP2023-010,关于加强校园周边交通安全的建议,张明,2023-01-15,已办结,2023-02-20,区教体局,2023-03-01,2023-04-20,A,2023-05-01\n' > 提前办结.csv
  $ cppcc proposal import 提前办结.csv
  ! cppcc: 提前办结.csv:2: column '办结日期': proposal 'P2023-010' is replied; 'conclude' is not allowed yet: it was replied on 2023-04-20; without the proposer's feedback it can be concluded from 2023-05-20 (30 days, proposal.handling.conclude_without_feedback_days); record 'feedback' instead
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

### Filed only

No 立案号 in the ledger: the next number of the session.

  $ cppcc proposal history P2023-009 --format table
  P2023-009 关于发展乡村旅游的建议
  #  date        action  from       to         operator  recorded                    details
  -  ----------  ------  ---------  ---------  --------  --------------------------  -----------
  1  2023-11-20  add                submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-11-28  file    submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=6

## The same ledger again: nothing changes

Every row is unchanged and no event is added.

  $ sqlite3 cppcc.db .dump > before.sql
  $ cppcc proposal import 2023年台账.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 9 rows: 0 inserted, 0 updated, 9 unchanged, 0 rejected (… s)
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## A later ledger: the steps taken since are added

By early 2024 the ledger says P2023-002 was concluded (基本满意), both lead units of
P2023-003 replied, and P2023-009 was assigned. Rows not in this ledger are left
alone; the three rows are updated, the others of the ledger unchanged.

  $ cat > 2024年1月台账.csv <<'EOF'
  > 提案号,标题,内容,提案人,联名人,类别,大会期间,提交日期,状态,立案日期,立案号,不予立案理由,主办单位,会办单位,交办日期,办理期限,答复日期,办理结果,满意度,办结日期,重点提案,督办领导
  > P2023-002,关于规范校外培训机构的建议,校外培训机构收费不透明，建议加强监管。,李华,,文化建设,否,2023-03-20,已办结,2023-03-28,2,,区教体局,,2023-04-03,2023-06-30,2023-06-20,B,基本满意,2023-07-10,否,
  > P2023-003,关于完善社区养老服务的建议,,王玮,张明,社会建设,是,2023-01-12,已答复,2023-02-20,3,,区住建局;区城管局,区水利局,2023-03-01,,2023-07-20,A,,,否,
  > P2023-008,关于整治城区噪声扰民的建议,,李华,,生态文明建设,是,2023-01-15,已办结,2023-02-20,5,,区城管局,,2023-03-01,,2023-04-20,A,,2023-06-01,否,
  > P2023-009,关于发展乡村旅游的建议,,陈𬀩,,经济建设,否,2023-11-20,办理中,2023-11-28,,,区教体局,,2023-12-01,,,,,,否,
  > EOF
  $ cppcc proposal import 2024年1月台账.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 4 rows: 0 inserted, 3 updated, 1 unchanged, 0 rejected (… s)

The feedback closes P2023-002:

  $ cppcc proposal history P2023-002 --format table
  P2023-002 关于规范校外培训机构的建议
  #  date        action    from       to         operator  recorded                    details
  -  ----------  --------  ---------  ---------  --------  --------------------------  ------------------------------------
  1  2023-03-20  add                  submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-03-28  file      submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=2
  3  2023-04-03  assign    filed      assigned   clerk     2024-03-01 09:00:00 +00:00  units=区教体局; due=2023-06-30
  4  2023-06-20  reply     assigned   replied    clerk     2024-03-01 09:00:00 +00:00  unit=区教体局; result=B; on_time=yes
  5  2023-07-10  feedback  replied    concluded  clerk     2024-03-01 09:00:00 +00:00  satisfaction=basic

The ledger's one reply date and result stand for each lead unit; after the second,
P2023-003 is replied (the joint unit is not waited for).

  $ cppcc proposal history P2023-003 --format table
  P2023-003 关于完善社区养老服务的建议
  #  date        action  from       to         operator  recorded                    details
  -  ----------  ------  ---------  ---------  --------  --------------------------  ------------------------------------------------
  1  2023-01-12  add                submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-02-20  file    submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=3
  3  2023-03-01  assign  filed      assigned   clerk     2024-03-01 09:00:00 +00:00  units=区住建局;区城管局;区水利局; due=2023-08-01
  4  2023-07-20  reply   assigned   assigned   clerk     2024-03-01 09:00:00 +00:00  unit=区住建局; result=A; on_time=yes
  5  2023-07-20  reply   assigned   replied    clerk     2024-03-01 09:00:00 +00:00  unit=区城管局; result=A; on_time=yes

P2023-009 keeps its filing number (the ledger left 立案号 empty) and, submitted
between sessions, is due three months after its assignment.

  $ cppcc proposal history P2023-009 --format table
  P2023-009 关于发展乡村旅游的建议
  #  date        action  from       to         operator  recorded                    details
  -  ----------  ------  ---------  ---------  --------  --------------------------  ------------------------------
  1  2023-11-20  add                submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-11-28  file    submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=6
  3  2023-12-01  assign  filed      assigned   clerk     2024-03-01 09:00:00 +00:00  units=区教体局; due=2024-03-01

The first ledger, imported again now, is behind the records: it is refused rather
than undoing steps (P2023-002 says replied, the record is concluded; P2023-003 and
P2023-009 are behind too). A multi-line row is counted by its first line.

  $ cppcc proposal import 2023年台账.csv
  ! cppcc: 2023年台账.csv:4: column '状态': the ledger says 'replied' but the record's history gives 'concluded'; change it with the proposal commands
  ! cppcc: 2023年台账.csv:5: column '状态': the ledger says 'assigned' but the record's history gives 'replied'; change it with the proposal commands
  ! cppcc: 2023年台账.csv:11: column '状态': the ledger says 'filed' but the record's history gives 'assigned'; change it with the proposal commands
  ! cppcc: 3 of 9 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

## A ledger that contradicts the recorded history

The proposer of P2023-001 answered 满意; a ledger saying 基本满意 is refused, and so is one moving P2023-008's assignment to another day: the history
is changed with the proposal commands, not by a ledger. Nothing is written.

  $ sqlite3 cppcc.db .dump > before.sql
  $ cat > 改动.csv <<'EOF'
  > 提案号,标题,内容,提案人,联名人,类别,大会期间,提交日期,状态,立案日期,立案号,不予立案理由,主办单位,会办单位,交办日期,办理期限,答复日期,办理结果,满意度,办结日期,重点提案,督办领导
  > P2023-001,关于加强城区供水管网改造的建议,"城区供水管网老化，漏损率偏高。
  > 建议分年度实施改造，推行""一户一表""。",张明,李华;王玮,社会建设,是,2023-01-12,已办结,2023-02-20,1,,区水利局,区住建局,2023-03-01,,2023-06-15,A,基本满意,2023-07-05,是,王建国
  > P2023-008,关于整治城区噪声扰民的建议,,李华,,生态文明建设,是,2023-01-15,已办结,2023-02-20,5,,区城管局,,2023-03-02,,2023-04-20,A,,2023-06-01,否,
  > EOF
  $ cppcc proposal import 改动.csv
  ! cppcc: 改动.csv:2: column '满意度': the ledger says 'basically satisfied' but the record's history gives 'satisfied'; change it with the proposal commands
  ! cppcc: 改动.csv:4: column '交办日期': the ledger says '2023-03-02' but the record's history gives '2023-03-01'; change it with the proposal commands
  ! cppcc: 2 of 2 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## A progress ledger with only the handling columns

Units report progress in a sheet with the key, the title, the proposer and the
handling columns only. Absent columns (body, co-signers, category …) keep what is
recorded (docs/domain.md §4.2: every column but the key may be absent).

  $ cp cppcc.db progress.db
  $ cat > 办理进度.csv <<'EOF'
  > 提案号,标题,提案人,状态,立案日期,主办单位,交办日期,答复日期,办理结果
  > P2023-009,关于发展乡村旅游的建议,陈𬀩,已答复,2023-11-28,区教体局,2023-12-01,2024-02-20,B
  > EOF
  $ cppcc --db progress.db proposal import 办理进度.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 0 inserted, 1 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc --db progress.db proposal history P2023-009 --format csv | tail -1
  4,2024-02-20,reply,assigned,replied,clerk,2024-03-01 09:00:00 +00:00,unit=区教体局; result=B; on_time=yes␍

## Merged into another proposal (并案)

P2023-012 (王玮, co-signed by 陈𬀩) is merged into P2023-011 (李华), which is still
under review. The target row comes first; the merge is dated with the merged
proposal's submission. The target gains 王玮 and 陈𬀩 as co-signers.

  $ cat > 并案.csv <<'EOF'
  > 提案号,标题,提案人,联名人,提交日期,状态,并入提案
  > P2023-011,关于加强二次供水设施管理的建议,李华,,2023-01-12,待审查,
  > P2023-012,关于解决老旧小区二次供水问题的建议,王玮,陈𬀩,2023-01-13,已并案,P2023-011
  > EOF
  $ cppcc proposal import 并案.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc proposal history P2023-012 --format table
  P2023-012 关于解决老旧小区二次供水问题的建议
  #  date        action  from       to         operator  recorded                    details
  -  ----------  ------  ---------  ---------  --------  --------------------------  --------------
  1  2023-01-13  add                submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-01-13  merge   submitted  merged     clerk     2024-03-01 09:00:00 +00:00  into=P2023-011
  $ cppcc proposal history P2023-011 --format table
  P2023-011 关于加强二次供水设施管理的建议
  #  date        action  from       to         operator  recorded                    details
  -  ----------  ------  ---------  ---------  --------  --------------------------  ------------------
  1  2023-01-12  add                submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-01-13  absorb  submitted  submitted  clerk     2024-03-01 09:00:00 +00:00  absorbed=P2023-012
  $ cppcc proposal show P2023-011 | grep -E '^(cosigners|status) '
  cosigners       王玮;陈𬀩
  status          submitted
  $ cppcc proposal show P2023-012 | grep -E '^(status|merged into) '
  status          merged
  merged into     P2023-011

Imported again: unchanged (the carried-over co-signers are the merge's, not the
ledger's).

  $ cppcc proposal import 并案.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s)
