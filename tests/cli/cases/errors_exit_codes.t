Every error path answers with its exit code (docs/domain.md §5), one `cppcc:` line on
stderr, and leaves the database exactly as it was: after each failing command the
dump of the database is compared with the one taken before.

Setup: a member 王玮 (the near miss of 王伟), a unit, and proposals in several states.

  $ cppcc -q db init
  $ cppcc -q member add --code W001 --name 王玮 --sector 教育界 --party 民盟
  $ cppcc -q member add --code W002 --name 张明 --sector 经济界 --party 民建
  $ cppcc -q unit add --name 区水利局 --kind government
  $ cppcc -q unit add --name 区住建局 --kind government
  $ cppcc -q proposal add --code P2023-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --submitted 2023-02-10
  $ cppcc -q proposal file P2023-001 --date 2023-02-20
  $ cppcc -q proposal add --code P2023-002 --title 关于规范校外培训机构管理的建议 --proposer 王玮 --submitted 2023-02-11
  $ cppcc -q proposal assign P2023-001 --lead 区水利局 --date 2023-03-01
  $ cppcc -q proposal add --code P2023-003 --title 关于增设城区公交站点的建议 --proposer 张明 --submitted 2023-02-12
  $ cppcc -q proposal withdraw P2023-003 --date 2023-02-15
  $ sqlite3 cppcc.db .dump > before.sql

## 3: illegal workflow transition

A reply to a proposal that was never assigned: the message names the current state
and the actions allowed in it.

  $ cppcc proposal reply P2023-002 --unit 区水利局 --result A --date 2023-05-01
  ! cppcc: proposal 'P2023-002' is submitted; 'reply' is not allowed (allowed: file, reject, merge, withdraw, key)
  [3]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

Merging into a withdrawn proposal: refused, and the merged one is not half-merged.

  $ cppcc proposal merge P2023-002 --into P2023-003 --date 2023-02-20
  ! cppcc: proposal 'P2023-003' is withdrawn; only an open proposal can take in another
  [3]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

A unit may return a proposal within 10 days of assignment (until 2023-03-11), not later.

  $ cppcc proposal return P2023-001 --unit 区水利局 --reason 不属于本单位职责 --date 2023-03-12
  ! cppcc: proposal 'P2023-001' was assigned to '区水利局' on 2023-03-01; it could be returned within 10 days, until 2023-03-11 (proposal.handling.return_days)
  [3]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## 65: bad input data

An unknown member: the closest known name is suggested.

  $ cppcc proposal add --code P2023-004 --title 关于发展乡村旅游的建议 --proposer 王伟 --submitted 2023-02-13
  ! cppcc: no member '王伟' (did you mean '王玮'?)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

An unknown co-signer, likewise.

  $ cppcc proposal add --code P2023-004 --title 关于发展乡村旅游的建议 --proposer 张明 --cosigners '王伟' --submitted 2023-02-13
  ! cppcc: no member '王伟' (did you mean '王玮'?)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

An unknown unit; the first, known, lead unit is not assigned either.

  $ cppcc proposal assign P2023-001 --lead 区住建局 --lead 区水务局 --date 2023-03-02
  ! cppcc: no unit '区水务局' (did you mean '区水利局'?)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

An unknown proposal code.

  $ cppcc proposal show P2023-099
  ! cppcc: no proposal 'P2023-099' (did you mean 'P2023-001', 'P2023-002' or 'P2023-003'?)
  [65]
  $ cppcc proposal file P2023-099 --date 2023-02-20
  ! cppcc: no proposal 'P2023-099' (did you mean 'P2023-001', 'P2023-002' or 'P2023-003'?)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

A date that does not exist, as an option and as a field.

  $ cppcc proposal file P2023-002 --date 2023-02-30
  ! cppcc: --date: cannot read date '2023-02-30' (expected e.g. 2023-03-05 or 2023年3月5日)
  [65]
  $ cppcc proposal add --code P2023-004 --title 关于发展乡村旅游的建议 --proposer 张明 --submitted 2023-02-30
  ! cppcc: --submitted: cannot read date '2023-02-30' (expected e.g. 2023-03-05 or 2023年3月5日)
  [65]
  $ cppcc proposal list --as-of 2023-13-01
  ! cppcc: --as-of: cannot read date '2023-13-01' (expected e.g. 2023-03-05 or 2023年3月5日)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

A date before the proposal's last recorded step.

  $ cppcc proposal file P2023-002 --date 2023-02-01
  ! cppcc: proposal 'P2023-002': date 2023-02-01 is before its last recorded step (add on 2023-02-11)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

An extension past the cap: 6 months after the assignment on 2023-03-01.

  $ cppcc proposal extend P2023-001 --until 2023-09-02 --reason 需跨年度实施 --date 2023-05-20
  ! cppcc: proposal 'P2023-001' cannot be extended past 2023-09-01 (6 months after assignment on 2023-03-01, proposal.handling.max_months)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

A result class that is not configured.

  $ cppcc proposal reply P2023-001 --result E --date 2023-05-20
  ! cppcc: unknown result class 'E' (did you mean 'A', 'B' or 'C'?)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## 2: usage errors

A missing required option.

  $ cppcc proposal reject P2023-002 --date 2023-02-20
  ! cppcc: --reason is required (see --help)
  [2]
  $ cppcc proposal extend P2023-001 --until 2023-08-01 --date 2023-05-20
  ! cppcc: --reason is required (see --help)
  [2]

A proposal needs a title and a member a name: on the command line these are missing
options, a usage error like the others (not bad data, 65).

  $ cppcc proposal add --code P2023-004 --proposer 张明 --submitted 2023-02-13
  ! cppcc: --title is required (see --help)
  [2]
  $ cppcc member add --code W003 --sector 教育界
  ! cppcc: --name is required (see --help)
  [2]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

An unknown option, an unknown command, a value outside the choices, a number that
is not one.

  $ cppcc proposal list --colour
  ! cppcc: unknown option '--colour' for 'cppcc proposal list' (did you mean '--config'?)
  [2]
  $ cppcc proposal lst
  ! cppcc: unknown command 'lst' for 'cppcc proposal' (did you mean 'list'?)
  [2]
  $ cppcc --format xml proposal list
  ! cppcc: --format: 'xml' is not one of table,csv,md,json,xlsx,docx,html,pdf (see --help)
  [2]
  $ cppcc proposal list --year 二〇二三
  ! cppcc: --year: '二〇二三' is not a valid value (see --help)
  [2]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## 66: the database is missing

Nothing is created in its place.

  $ cppcc --db nowhere.db proposal list
  ! cppcc: no database at 'nowhere.db'; create one with 'cppcc db init' or give --db PATH
  [66]
  $ cppcc --db nowhere.db member add --name 刘洋
  ! cppcc: no database at 'nowhere.db'; create one with 'cppcc db init' or give --db PATH
  [66]
  $ test -e nowhere.db || echo 'nowhere.db not created'
  nowhere.db not created

## 78: a bad configuration file beside the database

Malformed YAML: the message names the file and the line.

  $ printf 'committee:\n  name: 汉滨区政协\n    term: 16\n' > cppcc.yaml
  $ cppcc proposal list
  ! cppcc: ./cppcc.yaml:3: illegal map value
  [78]

A key the configuration does not have (a typo) is refused, with the near miss.

  $ printf 'committee:\n  name: 汉滨区政协\nproposal:\n  handling:\n    period_month: 4\n' > cppcc.yaml
  $ cppcc proposal list
  ! cppcc: ./cppcc.yaml:5: unknown key 'proposal.handling.period_month' (did you mean 'period_months' or 'plenary_period_months'?)
  [78]

A value of the wrong kind.

  $ printf 'proposal:\n  handling:\n    return_days: ten\n' > cppcc.yaml
  $ cppcc proposal list
  ! cppcc: ./cppcc.yaml:3: key 'proposal.handling.return_days': expected a whole number, got 'ten'
  [78]

A handling period longer than the (default) maximum: the error is in the user's file,
and the message must say so, not blame the built-in defaults.

  $ printf 'committee:\n  name: 汉滨区政协\nproposal:\n  handling:\n    period_months: 8\n' > cppcc.yaml
  $ cppcc proposal list
  ! cppcc: ./cppcc.yaml:5: key 'proposal.handling.period_months': a handling period of 8 months is longer than the 6-month cap (proposal.handling.max_months)
  [78]

A write command is refused too, before it changes anything.

  $ cppcc proposal file P2023-002 --date 2023-02-20
  ! cppcc: ./cppcc.yaml:5: key 'proposal.handling.period_months': a handling period of 8 months is longer than the 6-month cap (proposal.handling.max_months)
  [78]
  $ rm cppcc.yaml
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## 73: cannot create output

`db init` never overwrites an existing database.

  $ cppcc db init
  ! cppcc: database './cppcc.db' already exists; use 'cppcc db migrate' to upgrade it
  [73]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

A read-only database refuses a write with 73. The tests run as root here, and root
writes a mode-0444 file all the same (the kernel does not check file modes for root),
so this part only runs as an ordinary user; it prints nothing when the refusal and
the unchanged database are as expected.

  $ chmod 444 cppcc.db
  $ if [ "$(id -u)" -ne 0 ]; then cppcc -q member add --name 刘洋 2>/dev/null; [ $? -eq 73 ] || echo 'expected exit 73'; sqlite3 cppcc.db .dump | diff -q before.sql - >/dev/null || echo 'database changed'; fi
  $ chmod 600 cppcc.db

## 70: a commit that fails

What a write command prints is held until its transaction commits: when the commit
fails, the command has said nothing it did, only the error. A foreign key checked at
commit (a table and trigger added here for the test) makes every new unit's commit fail.

  $ sqlite3 cppcc.db "CREATE TABLE trap(x INTEGER REFERENCES units(id) DEFERRABLE INITIALLY DEFERRED); CREATE TRIGGER trap_unit AFTER INSERT ON units BEGIN INSERT INTO trap VALUES (999); END;"
  $ sqlite3 cppcc.db .dump > trapped.sql
  $ cppcc unit add --name 区教育局 --kind government
  ! cppcc: database error: FOREIGN KEY constraint failed
  [70]
  $ printf 'name,kind\n区教育局,government\n' > units.csv
  $ cppcc unit import units.csv
  ! cppcc: database error: FOREIGN KEY constraint failed
  [70]
  $ sqlite3 cppcc.db .dump | diff trapped.sql - && echo unchanged
  unchanged
  $ sqlite3 cppcc.db "DROP TRIGGER trap_unit; DROP TABLE trap"

## A database written by a newer cppcc

Every command refuses it (exit 1, other failure), and the file is not touched.

  $ sqlite3 cppcc.db 'PRAGMA user_version=99'
  $ md5sum cppcc.db > before.md5
  $ cppcc proposal list
  ! cppcc: database './cppcc.db' has schema version 99, newer than this cppcc knows (11); use a newer cppcc (the file was not changed)
  [1]
  $ cppcc member add --name 刘洋
  ! cppcc: database './cppcc.db' has schema version 99, newer than this cppcc knows (11); use a newer cppcc (the file was not changed)
  [1]
  $ cppcc proposal file P2023-002 --date 2023-02-20
  ! cppcc: database './cppcc.db' has schema version 99, newer than this cppcc knows (11); use a newer cppcc (the file was not changed)
  [1]
  $ cppcc db migrate
  ! cppcc: database './cppcc.db' has schema version 99, newer than this cppcc knows (11); use a newer cppcc (the file was not changed)
  [1]
  $ cppcc db check
  ! cppcc: database './cppcc.db' has schema version 99, newer than this cppcc knows (11); use a newer cppcc (the file was not changed)
  [1]
  $ md5sum -c before.md5
  cppcc.db: OK
  $ sqlite3 cppcc.db 'PRAGMA user_version'
  99
