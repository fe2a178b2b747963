A bulletin for a past month comes out the same whenever it is run (issue 20): it is
computed from the event log as it stood at the month's end, not from where the
proposals stand now. Each step is recorded on its day, "today" (CPPCC_TODAY) moving on.

  $ cppcc -q db init
  $ cppcc -q member add --name 张明 --sector 教育界
  $ cppcc -q unit add --name 区水利局 && cppcc -q unit add --name 区住建局
  $ cppcc -q proposal add --code P2024-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --submitted 2024-01-10
  $ cppcc -q proposal add --code P2024-002 --title 关于保障农村饮水安全的建议 --proposer 张明 --submitted 2024-01-12
  $ cppcc -q proposal file P2024-001 --date 2024-01-20 && cppcc -q proposal file P2024-002 --date 2024-01-20

P2024-001 is assigned in March and replied in July, late; the proposer is unsatisfied,
so a second round follows. P2024-002 is assigned in May, due 2024-08-01.

  $ cppcc -q proposal assign P2024-001 --lead 区水利局 --date 2024-03-01
  $ CPPCC_TODAY=2024-07-31 cppcc -q proposal reply P2024-001 --unit 区水利局 --result C --date 2024-07-10
  $ CPPCC_TODAY=2024-07-31 cppcc -q proposal feedback P2024-001 --contact phone --satisfaction unsatisfied --date 2024-07-20
  $ CPPCC_TODAY=2024-07-31 cppcc -q proposal assign P2024-002 --lead 区住建局 --date 2024-05-01

The July bulletin, run in August: one reply, none overdue at the month's end (the
second round is due in October), P2024-002 falling due in August.

  $ CPPCC_TODAY=2024-08-05 cppcc report monthly --month 2024-07 --format json > july-in-august.json
  $ grep -E '"(proposals_replied|overdue|due_next_month)"' july-in-august.json
      "proposals_replied": 1,
      "overdue": 0,
      "due_next_month": 1
      "overdue": [],
      "due_next_month": [
  $ CPPCC_TODAY=2024-08-05 cppcc report monthly --month 2024-07 | sed -n '/^## replied this month$/,/^## concluded this month$/p; /^## falling due next month$/,$p'
  ## replied this month
  <BLANK>
  | code | title | proposer | replied | status |
  | --- | --- | --- | --- | --- |
  | P2024-001 | 关于加强城区供水管网改造的建议 | 张明 | 2024-07-10 | rehandling |
  <BLANK>
  ## concluded this month
  ## falling due next month
  <BLANK>
  | code | title | unit | role | due | days left |
  | --- | --- | --- | --- | --- | ---: |
  | P2024-002 | 关于保障农村饮水安全的建议 | 区住建局 | lead | 2024-08-01 | 1 |

Since then: P2024-002 is extended in August (so it no longer falls due then), the second
round is replied in October and concluded. The July bulletin run in December is the
same, figure for figure and line for line.

  $ CPPCC_TODAY=2024-08-20 cppcc -q proposal extend P2024-002 --until 2024-10-31 --reason 需汛期后施工 --date 2024-08-20
  $ CPPCC_TODAY=2024-10-20 cppcc -q proposal reply P2024-001 --unit 区水利局 --result A --date 2024-10-08
  $ CPPCC_TODAY=2024-10-20 cppcc -q proposal feedback P2024-001 --contact visit --satisfaction satisfied --date 2024-10-15
  $ CPPCC_TODAY=2024-12-20 cppcc report monthly --month 2024-07 --format json > july-in-december.json
  $ cmp july-in-august.json july-in-december.json && echo same
  same

Where they stand now is another month's business: October has the second reply and the
conclusion, and P2024-002, extended to 2024-10-31 and still not replied, is overdue at
October's end.

  $ CPPCC_TODAY=2024-12-20 cppcc report monthly --month 2024-10 --format csv
  key,label,value␍
  proposals_submitted,submitted this month,0␍
  proposals_filed,filed this month,0␍
  proposals_assigned,assigned this month,0␍
  proposals_replied,replied this month,1␍
  proposals_concluded,concluded this month,1␍
  activities,activities this month,0␍
  articles,publicity pieces,0␍
  overdue,overdue at the end of the month,1␍
  due_next_month,falling due next month,0␍
  $ CPPCC_TODAY=2024-12-20 cppcc report monthly --month 2024-10 | sed -n '/^## overdue at the end of the month$/,/^## falling/p'
  ## overdue at the end of the month
  <BLANK>
  | code | title | unit | role | due | days overdue |
  | --- | --- | --- | --- | --- | ---: |
  | P2024-002 | 关于保障农村饮水安全的建议 | 区住建局 | lead | 2024-10-31 | 0 |
  <BLANK>
  ## falling due next month
