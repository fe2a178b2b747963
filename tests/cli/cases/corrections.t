Correcting what was entered wrongly (issue 20): `proposal amend` changes a recorded
step's date, unit or result, `proposal undo` takes back the last step. Each is itself
recorded in the history (and the audit log), is refused where a later step depends on
the step changed, and every report reads the corrected record. Today is the year's end.

  $ cppcc -q db init
  $ cppcc -q member add --name 张明 --sector 教育界
  $ cppcc -q unit add --name 区水利局 && cppcc -q unit add --name 区住建局 && cppcc -q unit add --name 区城管局
  $ cppcc -q proposal add --code P2024-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --submitted 2024-01-10
  $ cppcc -q proposal add --code P2024-002 --title 关于保障农村饮水安全的建议 --proposer 张明 --submitted 2024-01-12
  $ export CPPCC_TODAY=2024-12-31; cppcc -q proposal file P2024-001 --date 2024-01-20 && cppcc -q proposal assign P2024-001 --lead 区水利局 --joint 区住建局 --date 2024-03-01

## A reply date typed wrong

The lead unit replied on 2024-07-01, entered as 2024-06-01: June's bulletin counts it.

  $ export CPPCC_TODAY=2024-12-31; cppcc proposal reply P2024-001 --unit 区水利局 --result A --date 2024-06-01
  P2024-001: assigned → replied
  $ export CPPCC_TODAY=2024-12-31; cppcc report monthly --month 2024-06 --format csv | grep replied
  proposals_replied,replied this month,1␍
  $ export CPPCC_TODAY=2024-12-31; cppcc proposal amend P2024-001 --event 4 --date 2024-07-01
  P2024-001: amended step 4, reply 2024-06-01 (unit=区水利局; result=A; on_time=yes) → reply 2024-07-01 (unit=区水利局; result=A; on_time=yes)
  $ export CPPCC_TODAY=2024-12-31; cppcc report monthly --month 2024-06 --format csv | grep replied
  proposals_replied,replied this month,0␍
  $ export CPPCC_TODAY=2024-12-31; cppcc report monthly --month 2024-07 --format csv | grep replied
  proposals_replied,replied this month,1␍
  $ cppcc proposal show P2024-001 | grep -E '^(replied|result) '
  replied         2024-07-01
  result          A solved or mostly solved

## The result class, and the unit

A result given by its label is the same class: nothing to amend.

  $ export CPPCC_TODAY=2024-12-31; cppcc proposal amend P2024-001 --event 4 --result 已解决或基本解决
  ! cppcc: step 4 is already reply 2024-07-01 (unit=区水利局; result=A; on_time=no): nothing to amend
  [2]
  $ export CPPCC_TODAY=2024-12-31; cppcc proposal amend P2024-001 --event 4 --result B
  P2024-001: amended step 4, reply 2024-07-01 (unit=区水利局; result=A; on_time=no) → reply 2024-07-01 (unit=区水利局; result=B; on_time=no)
  $ export CPPCC_TODAY=2024-12-31; cppcc report proposals --by result --year 2024 --format csv
  result,count,share␍
  none,1,50.0␍
  B being solved or planned,1,50.0␍

The joint unit was entered by mistake: it was 区城管局. An assignment of two units needs
OLD=NEW; a step without a unit has none to change.

  $ export CPPCC_TODAY=2024-12-31; cppcc proposal amend P2024-001 --event 3 --unit 区城管局
  ! cppcc: step 3 assigned 2 units (区水利局, 区住建局); give --unit OLD=NEW
  [2]
  $ export CPPCC_TODAY=2024-12-31; cppcc proposal amend P2024-001 --event 3 --unit 区住建局=区城管局
  P2024-001: amended step 3, assign 2024-03-01 (units=区水利局;区住建局; due=2024-06-01) → assign 2024-03-01 (units=区水利局;区城管局; due=2024-06-01)
  $ export CPPCC_TODAY=2024-12-31; cppcc proposal amend P2024-001 --event 2 --unit 区城管局
  ! cppcc: step 2 (file) names no unit to change
  [2]
  $ cppcc proposal show P2024-001 | sed -n '/^lead units \/ joint units/,$p'
  lead units / joint units
  unit      role   round  assigned    due         returned  return reason  replied     result
  --------  -----  -----  ----------  ----------  --------  -------------  ----------  ------
  区水利局  lead       1  2024-03-01  2024-06-01                           2024-07-01  B
  区城管局  joint      1  2024-03-01  2024-06-01

## Refused where a later step depends on the step changed

The proposer's feedback came on 2024-07-10: the reply cannot move after it, and the lead
unit that replied cannot be replaced by one that did not. Nothing changes.

  $ export CPPCC_TODAY=2024-12-31; cppcc -q proposal feedback P2024-001 --contact visit --satisfaction satisfied --date 2024-07-10
  $ export CPPCC_TODAY=2024-12-31; cppcc proposal amend P2024-001 --event 4 --date 2024-07-15
  ! cppcc: proposal 'P2024-001': step 8 (feedback 2024-07-10 (contact=visit; satisfaction=satisfied)) would no longer hold: proposal 'P2024-001': date 2024-07-10 is before its last recorded step (reply on 2024-07-15); nothing was changed (correct the later steps first)
  [65]
  $ export CPPCC_TODAY=2024-12-31; cppcc proposal amend P2024-001 --event 3 --unit 区水利局=区住建局
  ! cppcc: proposal 'P2024-001': step 4 (reply 2024-07-01 (unit=区水利局; result=B; on_time=no)) would no longer hold: unit '区水利局' does not handle proposal 'P2024-001' now; nothing was changed (correct the later steps first)
  [65]
  $ export CPPCC_TODAY=2024-12-31; cppcc proposal amend P2024-001 --event 4 --date 2025-01-05
  ! cppcc: --date 2025-01-05 is after today (2024-12-31): a step is recorded once it has happened; check the date, or give --allow-future
  [65]
  $ export CPPCC_TODAY=2024-12-31; cppcc proposal amend P2024-001 --event 8
  ! cppcc: say what to change: --date, --unit, --result or --contact
  [2]
  $ export CPPCC_TODAY=2024-12-31; cppcc proposal amend P2024-001 --event 8 --date 2024-07-11
  P2024-001: amended step 8, feedback 2024-07-10 (contact=visit; satisfaction=satisfied) → feedback 2024-07-11 (contact=visit; satisfaction=satisfied)
  $ cppcc proposal show P2024-001 | grep -E '^(status|replied|concluded) '
  status          concluded
  replied         2024-07-01
  concluded       2024-07-11

## A step recorded on the wrong proposal: undo it, record it on the right one

The reply (and so the feedback after it) was entered on the wrong proposal. Undo takes
back the last step first (the feedback), then the reply: the proposal is as before them,
the steps undone are kept in its history as `undone`, the reports no longer count them.

  $ export CPPCC_TODAY=2024-12-31; cppcc proposal undo P2024-001
  P2024-001: undid step 8, feedback 2024-07-11 (contact=visit; satisfaction=satisfied); concluded → replied
  $ export CPPCC_TODAY=2024-12-31; cppcc proposal undo P2024-001
  P2024-001: undid step 4, reply 2024-07-01 (unit=区水利局; result=B; on_time=no); replied → assigned
  $ cppcc proposal show P2024-001 | grep -E '^(status|replied|result|concluded) '
  status          assigned
  $ cppcc proposal history P2024-001 --format csv | cut -d, -f1-5
  seq,date,action,from,to
  1,2024-01-10,add,,submitted
  2,2024-01-20,file,submitted,filed
  3,2024-03-01,assign,filed,assigned
  4,2024-07-01,undone,assigned,replied
  5,2024-12-31,amend,replied,replied
  6,2024-12-31,amend,replied,replied
  7,2024-12-31,amend,replied,replied
  8,2024-07-11,undone,replied,concluded
  9,2024-12-31,amend,concluded,concluded
  10,2024-12-31,undo,concluded,replied
  11,2024-12-31,undo,replied,assigned
  $ export CPPCC_TODAY=2024-12-31; cppcc report monthly --month 2024-07 --format csv | grep -E 'replied|concluded'
  proposals_replied,replied this month,0␍
  proposals_concluded,concluded this month,0␍
  $ sqlite3 cppcc.db "SELECT action, changes FROM audit_log WHERE record = 'P2024-001' AND action IN ('amend', 'undo') ORDER BY id"
  amend|{"replied": ["2024-06-01", "2024-07-01"], "step": ["", "4"]}
  amend|{"result": ["A", "B"], "step": ["", "4"]}
  amend|{"joint_units": ["区住建局", "区城管局"], "step": ["", "3"]}
  amend|{"concluded": ["2024-07-10", "2024-07-11"], "step": ["", "8"]}
  undo|{"status": ["concluded", "replied"], "feedback": ["satisfied", ""], "contact": ["visit", ""], "concluded": ["2024-07-11", ""], "step": ["", "8"]}
  undo|{"status": ["replied", "assigned"], "replied": ["2024-07-01", ""], "result": ["B", ""], "step": ["", "4"]}

The next step is recorded as if the undone ones had never been; there is nothing to undo
on a proposal that was only submitted.

  $ export CPPCC_TODAY=2024-12-31; cppcc proposal reply P2024-001 --unit 区水利局 --result A --date 2024-06-20
  P2024-001: assigned → replied (late: due 2024-06-01)
  $ export CPPCC_TODAY=2024-12-31; cppcc proposal undo P2024-002
  ! cppcc: proposal 'P2024-002' has no step to undo: only its submission is recorded
  [65]
