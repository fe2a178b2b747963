What a clerk trips on in a year (issue 20): months as offices write them, a mistyped
option, a key proposal's leader a ledger did not give, and who acts under cron.

  $ cppcc -q db init
  $ cppcc -q member add --name 张明 --sector 教育界

## --month as offices write it

2024-07, 2024-7, 2024/7, 2024年7月(份) and 202407 are the same month; a day or month 13 is
not a month.

  $ for m in 2024-07 2024-7 2024/7 2024年7月 2024年7月份 202407; do cppcc report monthly --month $m --format json | grep '"month"'; done
    "month": "2024-07",
    "month": "2024-07",
    "month": "2024-07",
    "month": "2024-07",
    "month": "2024-07",
    "month": "2024-07",
  $ cppcc report monthly --month 2024-07-05
  ! cppcc: --month '2024-07-05' is not a month (expected e.g. 2023-06, 2023-6 or 2023年6月)
  [2]
  $ cppcc report monthly --month 2024-13
  ! cppcc: --month '2024-13' is not a month (expected e.g. 2023-06, 2023-6 or 2023年6月)
  [2]

## A mistyped option gets a did-you-mean, as a mistyped command does

  $ cppcc proposal assign P1 --lede 区水利局
  ! cppcc: unknown option '--lede' for 'cppcc proposal assign' (did you mean '--lead'?)
  [2]
  $ cppcc proposal list --yaer 2024
  ! cppcc: unknown option '--yaer' for 'cppcc proposal list' (did you mean '--year'?)
  [2]
  $ cppcc member list --frobnicate
  ! cppcc: unknown option '--frobnicate' for 'cppcc member list' (did you mean '--format'?)
  [2]

## A key proposal whose ledger has no 督办领导 column: no leader stored, not '?'

  $ cat > 重点.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,状态,立案日期,重点提案
  > P2024-001,关于发展夜间经济的建议,张明,2024-01-10,filed,2024-01-20,是
  > EOF
  $ cppcc -q proposal import 重点.csv
  $ cppcc proposal show P2024-001 | grep -E '^(key|key leader) '
  key             yes
  key leader
  $ cppcc proposal show P2024-001 --format json | grep -E '"key(_leader)?"'
      "key": "yes",
      "key_leader": "",
  $ cppcc proposal export | cut -d, -f1,26,27
  code,key,key_leader
  P2024-001,yes,
  $ cppcc proposal history P2024-001 | grep ,key,
  3,2024-01-20,key,filed,filed,clerk,2024-03-01 09:00:00 +00:00,␍
  $ sqlite3 cppcc.db "SELECT count(*) FROM proposals WHERE key_leader IS NOT NULL"
  0

The `key` command still wants its leader.

  $ cppcc proposal key P2024-001 --date 2024-01-21
  ! cppcc: --leader is required (see --help)
  [2]
  $ cppcc proposal key P2024-001 --leader 王建国 --date 2024-01-21
  P2024-001: key recorded, still filed
  $ cppcc proposal show P2024-001 | grep -E '^key leader '
  key leader      王建国

A database written before loses its '?' leaders when migrated (schema version 9): one
built here at version 8 from its migrations, with such a leader and its event.

  $ mkdir old && for f in $DATA/../../schemas/migrations/00[1-8]_*.sql; do sqlite3 old/cppcc.db < $f || break; done
  $ sqlite3 old/cppcc.db "PRAGMA user_version = 8; INSERT INTO members(id, code, name, status, created_at, updated_at) VALUES (1, 'W001', '张明', 'active', 'x', 'x'); INSERT INTO proposals(id, code, title, type, proposer, proposer_member_id, session, submitted, status, round, key, key_leader, created_at, updated_at) VALUES (1, 'P2023-001', '关于发展夜间经济的建议', 'member', '张明', 1, '十六届二次会议', '2023-02-10', 'submitted', 0, 1, '?', 'x', 'x'); INSERT INTO proposal_events(id, proposal_id, action, date, from_state, to_state, operator, recorded_at, details) VALUES (1, 1, 'add', '2023-02-10', NULL, 'submitted', 'clerk', 'x', '{}'), (2, 1, 'key', '2023-02-11', 'submitted', 'submitted', 'clerk', 'x', '{\"leader\": \"?\"}')"
  $ cppcc --db old/cppcc.db db migrate
  applied 009_no_placeholder_leader.sql, 010_member_left_on.sql, 011_proposal_signatures.sql (schema version 11)
  $ sqlite3 old/cppcc.db "SELECT coalesce(key_leader, 'NULL') FROM proposals; SELECT details FROM proposal_events WHERE action = 'key'"
  NULL
  {}
  $ cppcc --db old/cppcc.db proposal show P2023-001 | grep -E '^key'
  key             yes
  key leader

## The operator under cron: no $USER, the login name from the system

  $ env -u USER cppcc -q member add --name 李华 --sector 教育界
  $ sqlite3 cppcc.db "SELECT operator FROM audit_log ORDER BY id DESC LIMIT 1" | grep -c -v '^unknown$'
  1

## A step dated after today is refused, unless --allow-future

Today is 2024-03-01 here (CPPCC_TODAY): a reply typed 2042 instead of 2024 would count
in the wrong year. Nothing is written; --allow-future records a step known in advance,
and --as-of moves "today".

  $ cppcc -q unit add --name 区水利局 && cppcc -q unit add --name 区住建局 && cppcc -q unit add --name 区城管局
  $ cppcc -q proposal add --code P2024-003 --title 关于整治城区占道经营的建议 --proposer 张明 --submitted 2024-01-10
  $ cppcc proposal file P2024-003 --date 2042-01-20
  ! cppcc: --date 2042-01-20 is after today (2024-03-01): a step is recorded once it has happened; check the date, or give --allow-future
  [65]
  $ cppcc proposal show P2024-003 | grep '^status '
  status          submitted
  $ cppcc --as-of 2024-03-05 proposal file P2024-003 --date 2024-03-04
  P2024-003: submitted → filed (filing no 2)
  $ cppcc proposal key P2024-003 --leader 王建国 --date 2024-03-08 --allow-future
  P2024-003: key recorded, still filed

## --lead and --joint take a list, as a ledger's cell does

  $ cppcc proposal assign P2024-003 --lead '区水利局、区住建局' --joint 区城管局 --date 2024-03-08 --allow-future
  P2024-003: filed → assigned (due 2024-06-08)
  $ cppcc proposal show P2024-003 | grep -E '^(lead|joint) units  '
  lead units      区水利局;区住建局
  joint units     区城管局

## A member who left: the day they left, and the years they still rank in

`--status left` needs the day (--left-on). A member on the committee at a year's end
ranks in that year: 张明, who leaves on 2024-02-29, still ranks in 2023, not in 2024.

  $ cppcc member update 张明 --status left
  ! cppcc: --status left needs --left-on DATE, the day the member left (a member who left still ranks in the years before)
  [2]
  $ cppcc member update 张明 --status left --left-on 2024-02-29
  updated member W0001 张明
  $ cppcc member show 张明 | grep -E '^(status|left on) '
  status     left
  left on    2024-02-29
  $ cppcc member score --year 2023 --format csv | cut -d, -f1-3
  rank,code,name
  1,W0001,张明
  1,W0002,李华
  $ cppcc member score --year 2024 --format csv | cut -d, -f1-3
  rank,code,name
  1,W0002,李华
  $ cppcc member update 张明 --left-on 2024-03-01
  updated member W0001 张明
  $ cppcc member update 张明 --status active
  updated member W0001 张明
  $ cppcc member show 张明 | grep -E '^(status|left on) '
  status     active

## CSV for people: Chinese headers under zh, and the BOM Excel needs

Lists, reports and scores in CSV have Chinese headers under --lang zh (ids under en, and
always in `export`, which is for re-import). Written to a file on a zh locale, a CSV
starts with the UTF-8 BOM, so that Excel opens it right; --bom asks for it anywhere (a
pipe), --no-bom leaves it out.

  $ cppcc --lang zh member list --format csv | head -1
  编号,姓名,性别,民族,党派,界别,工作单位,职务,电话,届次,常委,角色,状态␍
  $ cppcc --lang zh member list --format csv > 委员.csv && head -c 3 委员.csv | od -An -tx1
   ef bb bf
  $ cppcc --lang zh --no-bom member list --format csv > 委员.csv && head -c 3 委员.csv | od -An -tx1
   e7 bc 96
  $ cppcc --bom member list --format csv | head -c 3 | od -An -tx1
   ef bb bf
  $ cppcc member list --format csv > members.csv && head -1 members.csv
  code,name,gender,ethnicity,party,sector,workplace,post,phone,term,standing,roles,status␍
  $ cppcc --lang zh report monthly --month 2024-07 --format csv | head -2
  指标代码,指标,数值␍
  proposals_submitted,本月提交提案,0␍
  $ cppcc --lang zh proposal export --out 提案.csv && head -c 3 提案.csv | od -An -tx1 && head -1 提案.csv | cut -c4-40
   ef bb bf
  code,title,body,type,proposer,cosigne

## A score total held to the rules' maximum

The shipped rules have no maximum; an office whose rules set `max_total` (满分) gets no
total above it (here 59, below the base of 60, so that every member is held to it).

  $ printf 'scoring:\n  max_total: 59\n' > 满分.yaml
  $ cppcc --config 满分.yaml member score --year 2024 --format json | grep -oE '"(code|total)": "?[^",]*'
  "code": "W0001
  "total": 59
  "code": "W0002
  "total": 59
  $ cppcc member score --year 2024 --format json | grep -oE '"(code|total)": "?[^",]*'
  "code": "W0001
  "total": 72
  "code": "W0002
  "total": 60
