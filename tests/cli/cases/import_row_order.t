How the rows of one import relate to each other and to what is stored (issue 19,
docs/import.md "Rows of one import"): a merge into a later row, filing numbers by
filing date, the rejects file going back in as written, every problem of a row in one
pass, and activities, articles and opinions without codes.

The import summary ends with the time it took; it is masked as "(… s)".

  $ cppcc -q db init
  $ cppcc -q member import $DATA/import_members.csv
  $ cppcc -q unit import $DATA/import_units.csv

## A merge (并案) into a later row, or a row of the next file

P2024-001 is merged into P2024-003, two rows down; P2024-002 into P2024-004, in the
second file. Both wait for their target's row and import; a second import changes
nothing.

  $ cat > 并案.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,状态,立案日期,并案至
  > P2024-001,关于加强河道保洁的建议,张明,2024-01-10,merged,,P2024-003
  > P2024-002,关于规范共享单车停放的建议,李华,2024-01-11,merged,,P2024-004
  > P2024-003,关于推进河道综合治理的建议,王玮,2024-01-09,filed,2024-01-20,
  > EOF
  $ cat > 并案2.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,状态,立案日期,并案至
  > P2024-004,关于加强共享单车管理的建议,张明,2024-01-08,filed,2024-01-20,
  > EOF
  $ cppcc proposal import 并案.csv 并案2.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc proposal export | cut -d, -f1,12,16
  code,status,merged_into
  P2024-004,filed,
  P2024-003,filed,
  P2024-001,merged,P2024-003
  P2024-002,merged,P2024-004
  $ cppcc proposal history P2024-004 --format table
  P2024-004 关于加强共享单车管理的建议
  #  date        action  from       to         operator  recorded                    details
  -  ----------  ------  ---------  ---------  --------  --------------------------  ------------------
  1  2024-01-08  add                submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2024-01-20  file    submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=2
  3  2024-01-11  absorb  filed      filed      clerk     2024-03-01 09:00:00 +00:00  absorbed=P2024-002
  $ cppcc proposal import 并案.csv 并案2.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 4 rows: 0 inserted, 0 updated, 4 unchanged, 0 rejected (… s)

A target no row gives is the usual error; rows merged into each other are refused;
nothing is written.

  $ sqlite3 cppcc.db .dump > before.sql
  $ cat > 循环.csv <<'EOF'
  > code,title,proposer,submitted,status,merged_into
  > P2024-011,关于甲的建议,张明,2024-01-10,merged,P2024-012
  > P2024-012,关于乙的建议,张明,2024-01-10,merged,P2024-011
  > P2024-013,关于丙的建议,张明,2024-01-10,merged,P2024-0099
  > EOF
  $ cppcc proposal import 循环.csv
  ! cppcc: 循环.csv:4: column 'merged_into': no proposal 'P2024-0099' (did you mean 'P2024-001', 'P2024-002' or 'P2024-003'?)
  ! cppcc: 循环.csv:2: column 'merged_into': 'P2024-012' is merged, through rows of this import, into this proposal: a merge cannot go round
  ! cppcc: 循环.csv:3: column 'merged_into': 'P2024-011' is merged, through rows of this import, into this proposal: a merge cannot go round
  ! cppcc: 3 of 3 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## Filing numbers (立案号) by filing date

Stored: filing numbers 1 and 2 of the session (above), 3 and 4, and P2024-005,
submitted only.

  $ cat > 前.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,立案日期,立案号
  > P2024-101,关于规范停车收费的建议,张明,2024-01-05,2024-01-15,3
  > P2024-102,关于加强食品安全监管的建议,李华,2024-01-05,2024-01-15,4
  > P2024-005,关于增设社区食堂的建议,王玮,2024-01-09,,
  > EOF
  $ cppcc -q proposal import 前.csv

The ledger is sorted by unit, its filing dates out of order; P2024-111 gives its own
number, 7. The others, P2024-005 too (stored, filed now), get the next free numbers
after the highest stored, 4 — 5, 6, 8, 9 and 10 — in order of filing date (P2024-110
before P2024-112: the same day, by code). The history and the audit say the same
numbers; a second import changes nothing.

  $ cat > 按单位.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,状态,立案日期,立案号,主办单位,交办日期
  > P2024-114,关于完善城区排水系统的建议,张明,2024-01-10,assigned,2024-02-05,,区住建局,2024-02-10
  > P2024-112,关于老旧小区加装电梯的建议,李华,2024-01-10,assigned,2024-01-25,,区住建局,2024-02-01
  > P2024-111,关于校园周边交通安全的建议,王玮,2024-01-10,assigned,2024-01-25,7,区教体局,2024-02-01
  > P2024-005,关于增设社区食堂的建议,王玮,2024-01-09,assigned,2024-01-30,,区教体局,2024-02-01
  > P2024-110,关于河道垃圾清理的建议,张明,2024-01-11,assigned,2024-01-25,,区水利局,2024-02-01
  > P2024-113,关于农村饮水安全的建议,李华,2024-01-11,assigned,2024-01-20,,区水利局,2024-02-01
  > EOF
  $ cppcc proposal import 按单位.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 6 rows: 5 inserted, 1 updated, 0 unchanged, 0 rejected (… s)
  $ sqlite3 cppcc.db "SELECT filing_no, filed, code FROM proposals WHERE filing_no IS NOT NULL ORDER BY filing_no"
  1|2024-01-20|P2024-003
  2|2024-01-20|P2024-004
  3|2024-01-15|P2024-101
  4|2024-01-15|P2024-102
  5|2024-01-20|P2024-113
  6|2024-01-25|P2024-110
  7|2024-01-25|P2024-111
  8|2024-01-25|P2024-112
  9|2024-01-30|P2024-005
  10|2024-02-05|P2024-114
  $ cppcc proposal history P2024-005 --format table | grep file
  2  2024-01-30  file    submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=9
  3  2024-02-01  assign  filed      assigned   clerk     2024-03-01 09:00:00 +00:00  units=区教体局; due=2024-05-01
  $ sqlite3 cppcc.db "SELECT changes ->> '$.filing_no' FROM audit_log WHERE record = 'P2024-005' AND changes ->> '$.filing_no' IS NOT NULL"
  ["","9"]
  $ cppcc proposal import 按单位.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 6 rows: 0 inserted, 0 updated, 6 unchanged, 0 rejected (… s)

A file is read twice: first for the filing dates, so that each row is written with its
final number. Standard input cannot be read twice: its rows take the next numbers as
they come, and the import hands them round at its end. The numbers are the same:

  $ cppcc -q --db piped.db db init && cppcc -q --db piped.db member import $DATA/import_members.csv
  $ cppcc -q --db piped.db unit import $DATA/import_units.csv
  $ cppcc -q --db piped.db proposal import 并案.csv 并案2.csv 前.csv
  $ cat 按单位.csv | cppcc -q --db piped.db proposal import -
  $ sqlite3 piped.db "SELECT filing_no, filed, code FROM proposals WHERE filing_no IS NOT NULL ORDER BY filing_no" > piped.txt
  $ sqlite3 cppcc.db "SELECT filing_no, filed, code FROM proposals WHERE filing_no IS NOT NULL ORDER BY filing_no" | diff - piped.txt && echo same
  same
  $ cppcc --db piped.db proposal history P2024-005 --format table | grep " file "
  2  2024-01-30  file    submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=9

## The rejects file goes back in as written

Two bad rows go to the rejects file, with the tool's 导入问题 column; fixed with sed,
the file imports as it is: its rows are in, nothing else changed (no line of the
database's dump goes but the search index's own pages).

  $ cat > 新.csv <<'EOF'
  > 提案号,标题,提案人,提交日期
  > P2024-201,关于发展夜间经济的建议,王伟,2024-01-15
  > P2024-202,关于推进垃圾分类的建议,李华,2024-01-16
  > P2024-203,关于改善农贸市场环境的建议,张明,2024-01-32
  > EOF
  $ cppcc proposal import --skip-invalid --rejects 退回.csv 新.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 3 rows: 1 inserted, 0 updated, 0 unchanged, 2 rejected (… s)
  $ cat 退回.csv
  提案号,标题,提案人,提交日期,导入问题␍
  P2024-201,关于发展夜间经济的建议,王伟,2024-01-15,column '提案人': no member '王伟' (did you mean '王玮'?)␍
  P2024-203,关于改善农贸市场环境的建议,张明,2024-01-32,column '提交日期': cannot read date '2024-01-32' (expected e.g. 2023-03-05 or 2023年3月5日)␍
  $ sqlite3 cppcc.db .dump > before.sql
  $ sed -i 's/王伟/王玮/; s/2024-01-32/2024-01-31/' 退回.csv
  $ cppcc proposal import 退回.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ sqlite3 cppcc.db .dump | diff before.sql - | grep -a '^<' | grep -vc '^< INSERT INTO proposals_fts_'
  0
  [1]
  $ sqlite3 cppcc.db .dump | diff before.sql - | grep -a '^>' | sed -E 's/^> INSERT INTO ([a-z_]+).*/\1/' | sort | uniq -c
        2 audit_log
        2 proposal_events
        2 proposal_signatures
        2 proposals
        3 proposals_fts_data
        2 proposals_fts_docsize
        1 proposals_fts_idx
  $ cppcc proposal list --format csv | grep P2024-20 | cut -d, -f1,3,5
  P2024-201,王玮,2024-01-15
  P2024-202,李华,2024-01-16
  P2024-203,张明,2024-01-31

## Every problem of a row, in one pass

A row with a control character in its title, a date that cannot be read and an unknown
unit shows three lines; a row with a cell too many still has its other problem listed.

  $ printf '提案号,标题,提案人,提交日期,状态,立案日期,主办单位,交办日期\nP2024-301,关于\033[1m路灯的建议,张明,2024-01-15,assigned,2024-02-30,区水务局,2024-03-01\nP2024-302,关于公交的建议,张明,2024-13-01,,,,,多余\n' > 三处.csv
  $ cppcc proposal import 三处.csv
  ! cppcc: 三处.csv:2: column '标题': a control character (U+001B) at byte 7: remove it
  ! cppcc: 三处.csv:2: column '立案日期': cannot read date '2024-02-30' (expected e.g. 2023-03-05 or 2023年3月5日)
  ! cppcc: 三处.csv:2: column '主办单位': no unit '区水务局' (did you mean '区水利局'?)
  ! cppcc: 三处.csv:3: the row has 9 cells but the header 8
  ! cppcc: 三处.csv:3: column '提交日期': cannot read date '2024-13-01' (expected e.g. 2023-03-05 or 2023年3月5日)
  ! cppcc: 2 of 2 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

## Activities, articles and opinions without codes

序号 is a row number, not a code: mapped away, the sheet has no code column. Each row
gets a generated code, as `activity add` gives, and is matched by its date, kind, title
and studio when the sheet comes again: the second import changes nothing; an edited
row (a participant more) updates its activity.

  $ cat > 活动.csv <<'EOF'
  > 序号,活动类型,活动日期,活动名称,参加人员
  > 1,视察,2024-05-10,视察河道治理,张明;李华
  > 2,视察,2024-09-10,视察河道治理,王玮
  > EOF
  $ printf 'columns:\n  序号: ignore\n' > 序号.yaml
  $ cppcc activity import --mapping 序号.yaml 活动.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  activity: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc activity import --mapping 序号.yaml 活动.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  activity: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s)
  $ cppcc activity export | cut -d, -f1-4,6
  code,kind,date,title,participants
  A2024-0001,inspection,2024-05-10,视察河道治理,张明;李华
  A2024-0002,inspection,2024-09-10,视察河道治理,王玮
  $ sed -i 's/张明;李华/张明;李华;王玮/' 活动.csv
  $ cppcc activity import --mapping 序号.yaml 活动.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  activity: 2 rows: 0 inserted, 1 updated, 1 unchanged, 0 rejected (… s)

Two rows with the same content in one sheet are refused, as two rows with one code.

  $ printf '活动类型,活动日期,活动名称\n视察,2024-06-01,视察学校\n视察,2024-06-01,视察学校\n' > 重复.csv
  $ cppcc activity import 重复.csv
  ! cppcc: 重复.csv:3: an earlier row of this import has the same date, kind, title and studio (it is activity 'A2024-0003'); keep one row per activity
  ! cppcc: 1 of 2 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

Articles are matched by date and title, opinions by date, title and submitter.

  $ printf '标题,刊发媒体,级别,发布日期,作者\n政协委员走进社区,安康日报,市,2024-06-01,张明\n' > 宣传.csv
  $ cppcc article import 宣传.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  article: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc article import 宣传.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  article: 1 rows: 0 inserted, 0 updated, 1 unchanged, 0 rejected (… s)
  $ printf '标题,反映人,报送日期\n关于加强校园安全的建议,李华,2024-04-01\n关于加强校园安全的建议,某社区居民,2024-04-01\n' > 社情.csv
  $ cppcc opinion import 社情.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  opinion: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s); 1 submitter kept as text, not a member: 某社区居民
  $ cppcc opinion import 社情.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  opinion: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s); 1 submitter kept as text, not a member: 某社区居民
  $ cppcc opinion export | cut -d, -f1,2,4,5
  code,title,submitter,submitted
  S2024-0001,关于加强校园安全的建议,李华,2024-04-01
  S2024-0002,关于加强校园安全的建议,某社区居民,2024-04-01
