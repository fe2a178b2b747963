The other paths of a proposal's lifecycle (docs/domain.md §2): not filed (with a configured
reason or free text) and converted, merged, withdrawn, key proposals, split handling,
return and re-assignment, extension, and conclusion without feedback.

Members, and the units proposals are assigned or forwarded to.

  $ cppcc -q db init
  $ cppcc -q member add --code W001 --name 张明 --sector 教育界 --party 民盟
  $ cppcc -q member add --code W002 --name 李华 --sector 经济界 --party 民建
  $ cppcc -q member add --code W003 --name 王芳 --sector 医药卫生界 --party 九三学社
  $ cppcc -q member add --code W004 --name 赵磊 --sector 农业界 --party 农工党
  $ for unit in 区水利局 区住建局 区教体局 区城管局 区交通运输局; do cppcc -q unit add --name $unit --kind government || break; done

## Not filed: a configured reason

The reason is given by its Chinese label; the record keeps the configured reason, so
it reads in either language.

  $ cppcc -q proposal add --code P2023-001 --title 关于某民事案件再审的请求 --proposer 张明 --submitted 2023-02-10
  $ cppcc proposal reject P2023-001 --reason 属于司法个案 --date 2023-02-20
  P2023-001: submitted → not filed
  $ cppcc proposal show P2023-001 | grep -E '^(status|reject reason) '
  status          not filed
  reject reason   an individual judicial case
  $ cppcc --lang zh proposal show P2023-001 | grep -E '^(状态|不予立案理由) '
  状态          不予立案
  不予立案理由  属于司法个案

## Not filed: free text, then converted to a suggestion forwarded to a unit

  $ cppcc -q proposal add --code P2023-002 --title 关于改善镇村道路通行条件的建议 --proposer 赵磊 --submitted 2023-02-10
  $ cppcc proposal reject P2023-002 --reason 相关道路已列入今年改造计划 --date 2023-02-20
  P2023-002: submitted → not filed
  $ cppcc proposal convert P2023-002 --unit 区交通运输局 --date 2023-02-25
  P2023-002: not filed → converted (forwarded to 区交通运输局)

The record says where it was forwarded.

  $ cppcc proposal show P2023-002 | grep -E '^(status|reject reason|forwarded to) '
  status          converted
  reject reason   相关道路已列入今年改造计划
  forwarded to    区交通运输局

## Merged (并案): the target carries the merged proposal's proposers as co-signers

P2023-004 (王芳, co-signed by 赵磊 and 李华) is merged into P2023-003 (张明, co-signed
by 李华): the target gains 王芳 and 赵磊; 李华 is not repeated.

  $ cppcc -q proposal add --code P2023-003 --title 关于加强城区供水管网改造的建议 --proposer 张明 --cosigners 李华 --category 社会建设 --submitted 2023-02-12
  $ cppcc -q proposal add --code P2023-004 --title 关于解决老旧小区二次供水问题的建议 --proposer 王芳 --cosigners '赵磊;李华' --category 社会建设 --submitted 2023-02-13
  $ cppcc proposal show P2023-003 | grep -E '^cosigners '
  cosigners       李华
  $ cppcc proposal merge P2023-004 --into P2023-003 --date 2023-02-20
  P2023-004: submitted → merged (merged into P2023-003)
  $ cppcc proposal show P2023-003 | grep -E '^(cosigners|status) '
  cosigners       李华;王芳;赵磊
  status          submitted
  $ cppcc proposal show P2023-004 | grep -E '^(status|merged into) '
  status          merged
  merged into     P2023-003

## Withdrawn

  $ cppcc -q proposal add --code P2023-005 --title 关于增设城区公交站点的建议 --proposer 赵磊 --submitted 2023-02-14
  $ cppcc proposal withdraw P2023-005 --reason 提案人申请撤回 --date 2023-02-18
  P2023-005: submitted → withdrawn
  $ cppcc proposal history P2023-005 --format table
  P2023-005 关于增设城区公交站点的建议
  #  date        action    from       to         operator  recorded                    details
  -  ----------  --------  ---------  ---------  --------  --------------------------  ---------------------
  1  2023-02-14  add                  submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-02-18  withdraw  submitted  withdrawn  clerk     2024-03-01 09:00:00 +00:00  reason=提案人申请撤回

## Key proposal (重点提案) with its supervising leader

  $ cppcc proposal file P2023-003 --date 2023-02-24
  P2023-003: submitted → filed (filing no 1)
  $ cppcc proposal key P2023-003 --leader 王建国 --date 2023-02-28
  P2023-003: key recorded, still filed
  $ cppcc proposal show P2023-003 | grep -E '^(status|key|key leader) '
  status          filed
  key             yes
  key leader      王建国

## Split handling (分办): two lead units, each answers for its part

The proposal stays assigned until both lead units have replied; the weaker result
(B) is the proposal's result. Units are listed in the order they were assigned (here
not the order they were added).

  $ cppcc proposal assign P2023-003 --lead 区住建局 --lead 区水利局 --date 2023-03-06
  P2023-003: filed → assigned (due 2023-06-06)

With two lead units waiting, a reply must name its unit (usage error, nothing changes).

  $ cppcc proposal reply P2023-003 --result A --date 2023-05-10
  ! cppcc: 2 units of proposal 'P2023-003' are waiting to reply (区住建局, 区水利局); give --unit
  [2]

The first lead unit replies: still assigned, waiting for the other.

  $ cppcc proposal reply P2023-003 --unit 区水利局 --result A --date 2023-05-10
  P2023-003: reply recorded, still assigned
  $ cppcc proposal list --status assigned --format table --as-of 2023-05-15
  code       title                           proposer  category            submitted   status    filing no  lead units         due         result  overdue
  ---------  ------------------------------  --------  ------------------  ----------  --------  ---------  -----------------  ----------  ------  -------
  P2023-003  关于加强城区供水管网改造的建议  张明      social development  2023-02-12  assigned          1  区住建局;区水利局  2023-06-06

The second one replies: now the proposal is replied.

  $ cppcc proposal reply P2023-003 --unit 区住建局 --result B --date 2023-05-25
  P2023-003: assigned → replied
  $ cppcc proposal show P2023-003 | grep -E '^(status|replied|result) '
  status          replied
  replied         2023-05-25
  result          B being solved or planned

## Conclusion without feedback, 30 days after the reply (configured)

Refused the day before the window opens (2023-06-24), allowed on that day.

  $ cppcc proposal conclude P2023-003 --date 2023-06-23
  ! cppcc: proposal 'P2023-003' is replied; 'conclude' is not allowed yet: it was replied on 2023-05-25; without the proposer's feedback it can be concluded from 2023-06-24 (30 days, proposal.handling.conclude_without_feedback_days); record 'feedback' instead
  [3]
  $ cppcc proposal conclude P2023-003 --date 2023-06-24
  P2023-003: replied → concluded
  $ cppcc proposal show P2023-003
  P2023-003 关于加强城区供水管网改造的建议
  code            P2023-003
  title           关于加强城区供水管网改造的建议
  body
  type            member
  proposer        张明
  cosigners       李华;王芳;赵磊
  sector          education
  category        social development
  session         十六届二次会议
  during plenary  no
  submitted       2023-02-12
  status          concluded
  filed           2023-02-24
  filing no       1
  reject reason
  merged into
  lead units      区住建局;区水利局
  joint units
  assigned        2023-03-06
  due             2023-06-06
  replied         2023-05-25
  result          B being solved or planned
  feedback
  contact
  concluded       2023-06-24
  key             yes
  key leader      王建国
  excellent       no
  forwarded to
  overdue         no
  <BLANK>
  lead units / joint units
  unit      role  round  assigned    due         returned  return reason  replied     result
  --------  ----  -----  ----------  ----------  --------  -------------  ----------  ------
  区住建局  lead      1  2023-03-06  2023-06-06                           2023-05-25  B
  区水利局  lead      1  2023-03-06  2023-06-06                           2023-05-10  A

## Return (退回) within the window, then assigned again

The unit returns it on the 10th day (the last one allowed): the proposal is filed
again, from a clean state: the joint unit served the lead unit that returned it, so it
is released on the same date (its assignment kept as history, the release in the
return's event), and the new assignment names every unit again.

  $ cppcc -q proposal add --code P2023-006 --title 关于规范校外培训机构管理的建议 --proposer 李华 --category 社会建设 --submitted 2023-02-15
  $ cppcc proposal file P2023-006 --date 2023-02-24
  P2023-006: submitted → filed (filing no 2)
  $ cppcc proposal assign P2023-006 --lead 区住建局 --joint 区城管局 --date 2023-03-06
  P2023-006: filed → assigned (due 2023-06-06)
  $ cppcc proposal return P2023-006 --unit 区住建局 --reason 不属于本单位职责 --date 2023-03-16
  P2023-006: assigned → filed
  $ cppcc proposal show P2023-006 | grep -E '^(status|lead units|joint units|assigned|due)( |$)'
  status          filed
  lead units
  joint units
  assigned
  due
  lead units / joint units

The office assigns it to the right unit: a new due date from the new assignment.

  $ cppcc proposal assign P2023-006 --lead 区教体局 --joint 区城管局 --date 2023-03-20
  P2023-006: filed → assigned (due 2023-06-20)
  $ cppcc proposal show P2023-006 | grep -E '^(status|lead units|joint units|assigned|due)( |$)'
  status          assigned
  lead units      区教体局
  joint units     区城管局
  assigned        2023-03-20
  due             2023-06-20
  lead units / joint units

## Extension within the cap (6 months after assignment: 2023-09-20)

  $ cppcc proposal extend P2023-006 --until 2023-08-31 --reason 需跨学期组织实施 --date 2023-06-01
  P2023-006: extend recorded, still assigned (due 2023-08-31)
  $ cppcc proposal show P2023-006 --as-of 2023-07-01 | sed -n '/^due /p; /^overdue /p; /^lead units \/ joint units/,$p'
  due             2023-08-31
  overdue         no
  lead units / joint units
  unit      role   round  assigned    due         returned    return reason               replied  result
  --------  -----  -----  ----------  ----------  ----------  --------------------------  -------  ------
  区住建局  lead       1  2023-03-06  2023-06-06  2023-03-16  不属于本单位职责
  区教体局  lead       1  2023-03-20  2023-08-31
  区城管局  joint      1  2023-03-06  2023-06-06  2023-03-16  主办单位均已退回，随之解除
  区城管局  joint      1  2023-03-20  2023-08-31
  $ cppcc proposal history P2023-006 --format table
  P2023-006 关于规范校外培训机构管理的建议
  #  date        action  from       to         operator  recorded                    details
  -  ----------  ------  ---------  ---------  --------  --------------------------  ----------------------------------------------------------
  1  2023-02-15  add                submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-02-24  file    submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=2
  3  2023-03-06  assign  filed      assigned   clerk     2024-03-01 09:00:00 +00:00  units=区住建局;区城管局; due=2023-06-06
  4  2023-03-16  return  assigned   filed      clerk     2024-03-01 09:00:00 +00:00  unit=区住建局; reason=不属于本单位职责; released=区城管局
  5  2023-03-20  assign  filed      assigned   clerk     2024-03-01 09:00:00 +00:00  units=区教体局;区城管局; due=2023-06-20
  6  2023-06-01  extend  assigned   assigned   clerk     2024-03-01 09:00:00 +00:00  from=2023-06-20; until=2023-08-31; reason=需跨学期组织实施

## A joint unit's opinion is recorded, but not waited for

The joint unit sends its opinion first: the proposal stays assigned. When the only
lead unit replies, it is replied.

  $ cppcc proposal reply P2023-006 --unit 区城管局 --result A --text 会办意见已送主办单位 --date 2023-07-10
  P2023-006: reply recorded, still assigned
  $ cppcc proposal reply P2023-006 --unit 区教体局 --result B --date 2023-08-20
  P2023-006: assigned → replied
  $ cppcc proposal show P2023-006 | sed -n '/^status /p; /^replied /p; /^result /p; /^lead units \/ joint units/,$p'
  status          replied
  replied         2023-08-20
  result          B being solved or planned
  lead units / joint units
  unit      role   round  assigned    due         returned    return reason               replied     result
  --------  -----  -----  ----------  ----------  ----------  --------------------------  ----------  ------
  区住建局  lead       1  2023-03-06  2023-06-06  2023-03-16  不属于本单位职责
  区教体局  lead       1  2023-03-20  2023-08-31                                          2023-08-20  B
  区城管局  joint      1  2023-03-06  2023-06-06  2023-03-16  主办单位均已退回，随之解除
  区城管局  joint      1  2023-03-20  2023-08-31                                          2023-07-10  A

## The lead unit returns it saying the work is the joint unit's (issue 20)

A return that leaves no lead unit releases the round's joint units, so the office can
assign the joint unit as lead, which it could not while that unit still held the
proposal as joint unit.

  $ cppcc -q proposal add --code P2023-007 --title 关于整治城区占道经营的建议 --proposer 李华 --category 社会建设 --submitted 2023-02-15
  $ cppcc -q proposal file P2023-007 --date 2023-02-24
  $ cppcc -q proposal assign P2023-007 --lead 区住建局 --joint 区城管局 --date 2023-03-06
  $ cppcc proposal return P2023-007 --unit 区住建局 --reason 占道经营由城管部门主管 --date 2023-03-08
  P2023-007: assigned → filed
  $ cppcc proposal assign P2023-007 --lead 区城管局 --joint 区住建局 --date 2023-03-09
  P2023-007: filed → assigned (due 2023-06-09)
  $ cppcc proposal show P2023-007 | sed -n '/^status /p; /^lead units  /p; /^joint units  /p; /^lead units \/ joint units/,$p'
  status          assigned
  lead units      区城管局
  joint units     区住建局
  lead units / joint units
  unit      role   round  assigned    due         returned    return reason               replied  result
  --------  -----  -----  ----------  ----------  ----------  --------------------------  -------  ------
  区住建局  lead       1  2023-03-06  2023-06-06  2023-03-08  占道经营由城管部门主管
  区城管局  lead       1  2023-03-09  2023-06-09
  区城管局  joint      1  2023-03-06  2023-06-06  2023-03-08  主办单位均已退回，随之解除
  区住建局  joint      1  2023-03-09  2023-06-09
  $ cppcc proposal history P2023-007 | grep return
  4,2023-03-08,return,assigned,filed,clerk,2024-03-01 09:00:00 +00:00,unit=区住建局; reason=占道经营由城管部门主管; released=区城管局␍

## A joint unit replies after the lead unit (issue 20)

The lead unit replies first: the proposal is replied; the joint unit's opinion is still
recorded, without changing the state. Without --unit, a reply is refused while more
than one unit of the round is waiting, and once only one is, it is that one's.

  $ cppcc proposal reply P2023-007 --result A --date 2023-05-10
  ! cppcc: 2 units of proposal 'P2023-007' are waiting to reply (区城管局, 区住建局); give --unit
  [2]
  $ cppcc proposal reply P2023-007 --unit 区城管局 --result A --date 2023-05-10
  P2023-007: assigned → replied
  $ cppcc proposal reply P2023-007 --unit 区城管局 --result A --date 2023-05-11
  ! cppcc: unit '区城管局' already replied to proposal 'P2023-007' on 2023-05-10
  [65]
  $ cppcc proposal reply P2023-007 --text 配合做好沿街商户引导 --date 2023-05-12
  P2023-007: reply recorded, still replied
  $ cppcc proposal reply P2023-007 --unit 区住建局 --date 2023-05-13
  ! cppcc: unit '区住建局' already replied to proposal 'P2023-007' on 2023-05-12
  [65]
  $ cppcc proposal show P2023-007 | sed -n '/^status /p; /^replied /p; /^lead units \/ joint units/,$p'
  status          replied
  replied         2023-05-10
  lead units / joint units
  unit      role   round  assigned    due         returned    return reason               replied     result
  --------  -----  -----  ----------  ----------  ----------  --------------------------  ----------  ------
  区住建局  lead       1  2023-03-06  2023-06-06  2023-03-08  占道经营由城管部门主管
  区城管局  lead       1  2023-03-09  2023-06-09                                          2023-05-10  A
  区城管局  joint      1  2023-03-06  2023-06-06  2023-03-08  主办单位均已退回，随之解除
  区住建局  joint      1  2023-03-09  2023-06-09                                          2023-05-12
  $ cppcc proposal feedback P2023-007 --contact visit --satisfaction satisfied --date 2023-05-20
  P2023-007: replied → concluded
  $ cppcc proposal reply P2023-007 --unit 区住建局 --date 2023-05-21
  ! cppcc: proposal 'P2023-007' is concluded; 'reply' is not allowed (allowed: key)
  [3]
