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

The bulletin as it is handed up (issue 20): titled 2024年7月工作通报, an empty section
says 无 rather than a bare table header.

  $ CPPCC_TODAY=2024-12-20 cppcc --lang zh report monthly --month 2024-07 | sed -n '1p; /^## 本月提交提案$/,/^## 本月立案$/p'
  # 政协委员会2024年7月工作通报
  ## 本月提交提案
  <BLANK>
  无
  <BLANK>
  ## 本月立案

Shares of a breakdown add up to 100.0 (largest-remainder rounding): three proposals in three
states: 33.4, 33.3 and 33.3, not 33.3 three times.

  $ CPPCC_TODAY=2024-12-20 cppcc -q proposal add --code P2024-003 --title 关于发展夜间经济的建议 --proposer 张明 --submitted 2024-02-01
  $ CPPCC_TODAY=2024-12-20 cppcc report proposals --by status --year 2024 --format csv
  status,count,share␍
  assigned,1,33.4␍
  concluded,1,33.3␍
  submitted,1,33.3␍
