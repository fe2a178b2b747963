A proposal's whole life when the proposer is not satisfied with the first reply:
submitted → filed → assigned → replied → (feedback 不满意) rehandling → replied →
(feedback 满意) concluded. Dates run through 2023, before today (2024-03-01).

Set up an empty database, the proposer with two co-signers, and the handling units.

  $ cppcc db init
  created ./cppcc.db (schema version 11)
  $ cppcc member add --code W001 --name 张明 --gender male --party 民盟 --sector 教育界 --workplace 汉滨高级中学 --post 校长
  added member W001 张明
  $ cppcc member add --code W002 --name 李华 --gender female --party 民建 --sector 经济界
  added member W002 李华
  $ cppcc member add --code W003 --name 王芳 --gender female --party 九三学社 --sector 医药卫生界
  added member W003 王芳
  $ cppcc unit add --name 区水利局 --kind government --contact 李强 --phone 0915-3200000
  added unit 区水利局
  $ cppcc unit add --name 区住建局 --kind government --contact 陈刚 --phone 0915-3211111
  added unit 区住建局

The proposal is recorded as submitted; co-signers are named with a list separator.

  $ cppcc proposal add --code P2023-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --cosigners '李华、王芳' --category 社会建设 --submitted 2023-02-15 --body '城区部分供水管网建于上世纪九十年代，老化漏损严重，建议分年度实施改造。'
  added proposal P2023-001 (submitted)

Filing gives the first filing number of the session.

  $ cppcc proposal file P2023-001 --date 2023-02-24
  P2023-001: submitted → filed (filing no 1)

Assigned to a lead unit and a joint unit: due three months later (default period).

  $ cppcc proposal assign P2023-001 --lead 区水利局 --joint 区住建局 --date 2023-03-06
  P2023-001: filed → assigned (due 2023-06-06)

The lead unit replies (class B) before the due date; the joint unit is not waited on.

  $ cppcc proposal reply P2023-001 --unit 区水利局 --result B --date 2023-05-20 --text 已列入2024年度改造计划
  P2023-001: assigned → replied

The proposer is not satisfied: the proposal goes to rehandling by the same units,
with a new due date three months after the feedback (2023-09-02); a week later it
is not overdue.

  $ cppcc proposal feedback P2023-001 --contact phone --satisfaction unsatisfied --date 2023-06-02
  P2023-001: replied → rehandling
  $ cppcc proposal list --format table --as-of 2023-06-10
  code       title                           proposer  category            submitted   status      filing no  lead units  due         result  overdue
  ---------  ------------------------------  --------  ------------------  ----------  ----------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议  张明      social development  2023-02-15  rehandling          1  区水利局    2023-09-02  B

The lead unit replies again (class A), this time without --unit: only one lead waits.

  $ cppcc proposal reply P2023-001 --unit 区水利局 --result A --date 2023-08-25
  P2023-001: rehandling → replied

Satisfied this time: concluded on the feedback date.

  $ cppcc proposal feedback P2023-001 --contact visit --satisfaction 满意 --date 2023-09-05
  P2023-001: replied → concluded

The record: concluded, the last reply's result, both rounds of assignments.

  $ cppcc proposal show P2023-001
  P2023-001 关于加强城区供水管网改造的建议
  code            P2023-001
  title           关于加强城区供水管网改造的建议
  body            城区部分供水管网建于上世纪九十年代，老化漏损严重，建议分年度实施改造。
  type            member
  proposer        张明
  cosigners       李华;王芳
  sector          education
  category        social development
  session         十六届二次会议
  during plenary  no
  submitted       2023-02-15
  status          concluded
  filed           2023-02-24
  filing no       1
  reject reason
  merged into
  lead units      区水利局
  joint units     区住建局
  assigned        2023-03-06
  due             2023-09-02
  replied         2023-08-25
  result          A solved or mostly solved
  feedback        satisfied
  contact         visit
  concluded       2023-09-05
  key             no
  key leader
  excellent       no
  forwarded to
  overdue         no
  <BLANK>
  lead units / joint units
  unit      role   round  assigned    due         returned  return reason  replied     result
  --------  -----  -----  ----------  ----------  --------  -------------  ----------  ------
  区水利局  lead       1  2023-03-06  2023-06-06                           2023-05-20  B
  区住建局  joint      1  2023-03-06  2023-06-06
  区水利局  lead       2  2023-06-02  2023-09-02                           2023-08-25  A
  区住建局  joint      2  2023-06-02  2023-09-02

Every step, who did it and when, with the details of each.

  $ cppcc proposal history P2023-001 --format table
  P2023-001 关于加强城区供水管网改造的建议
  #  date        action    from        to          operator  recorded                    details
  -  ----------  --------  ----------  ----------  --------  --------------------------  -------------------------------------------------------
  1  2023-02-15  add                   submitted   clerk     2024-03-01 09:00:00 +00:00
  2  2023-02-24  file      submitted   filed       clerk     2024-03-01 09:00:00 +00:00  filing_no=1
  3  2023-03-06  assign    filed       assigned    clerk     2024-03-01 09:00:00 +00:00  units=区水利局;区住建局; due=2023-06-06
  4  2023-05-20  reply     assigned    replied     clerk     2024-03-01 09:00:00 +00:00  unit=区水利局; result=B; on_time=yes
  5  2023-06-02  feedback  replied     rehandling  clerk     2024-03-01 09:00:00 +00:00  contact=phone; satisfaction=unsatisfied; due=2023-09-02
  6  2023-08-25  reply     rehandling  replied     clerk     2024-03-01 09:00:00 +00:00  unit=区水利局; result=A; on_time=yes
  7  2023-09-05  feedback  replied     concluded   clerk     2024-03-01 09:00:00 +00:00  contact=visit; satisfaction=satisfied
