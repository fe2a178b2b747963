The database commands (docs/domain.md §1.4): init, check, migrate, stats, backup; the merged
configuration with a cppcc.yaml beside the database; --version.

## db init

A new database is private to its owner: mode 0600 whatever the umask.

  $ umask 022; cppcc db init
  created ./cppcc.db (schema version 11)
  $ stat -c %a cppcc.db
  600

## db check, db migrate, db stats on a new database

  $ cppcc db check
  ok
  $ cppcc db migrate
  schema version 11 is current
  $ cppcc db stats
  ./cppcc.db
  schema version         11
  members                0
  member_roles           0
  units                  0
  proposals              0
  proposal_cosigners     0
  assignments            0
  proposal_events        0
  audit_log              0
  search_pending         0
  studios                0
  studio_members         0
  opinions               0
  opinion_adoptions      0
  opinion_instructions   0
  activities             0
  activity_participants  0
  articles               0
  article_authors        0
  proposal_signatures    0
  signature_method       0

Some records, then the counts again (as JSON: numbers).

  $ cppcc -q member add --code W001 --name 张明 --sector 教育界 --party 民盟
  $ cppcc -q member add --code W002 --name 李华 --sector 经济界 --party 民建
  $ cppcc -q unit add --name 区水利局 --kind government
  $ cppcc -q proposal add --code P2023-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --cosigners 李华 --submitted 2023-02-15
  $ cppcc -q proposal file P2023-001 --date 2023-02-24
  $ cppcc -q proposal assign P2023-001 --lead 区水利局 --date 2023-03-06
  $ cppcc -q proposal add --code P2023-002 --title 关于规范校外培训机构管理的建议 --proposer 李华 --submitted 2023-02-16
  $ cppcc db stats --format json
  {
    "title": "./cppcc.db",
    "fields": {
      "schema_version": 11,
      "members": 2,
      "member_roles": 0,
      "units": 1,
      "proposals": 2,
      "proposal_cosigners": 1,
      "assignments": 1,
      "proposal_events": 4,
      "audit_log": 7,
      "search_pending": 0,
      "studios": 0,
      "studio_members": 0,
      "opinions": 0,
      "opinion_adoptions": 0,
      "opinion_instructions": 0,
      "activities": 0,
      "activity_participants": 0,
      "articles": 0,
      "article_authors": 0,
      "proposal_signatures": 2,
      "signature_method": 1
    },
    "tables": {}
  }
  $ cppcc db check
  ok

## db backup FILE

An online copy, also mode 0600, holding the same rows; a check of the copy passes.

  $ cppcc db backup hanbin-2024-03-01.db
  backed up to hanbin-2024-03-01.db
  $ stat -c %a hanbin-2024-03-01.db
  600
  $ cppcc proposal list > original.csv
  $ cppcc --db hanbin-2024-03-01.db proposal list > backup.csv
  $ diff original.csv backup.csv && echo same
  same
  $ cppcc --db hanbin-2024-03-01.db proposal list --format table
  code       title                           proposer  category  submitted   status     filing no  lead units  due         result  overdue
  ---------  ------------------------------  --------  --------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议  张明                2023-02-15  assigned           1  区水利局    2023-06-06          yes
  P2023-002  关于规范校外培训机构管理的建议  李华                2023-02-16  submitted
  $ cppcc --db hanbin-2024-03-01.db db check
  ok

A backup never overwrites a file, and says so when its folder is missing.

  $ cppcc db backup hanbin-2024-03-01.db
  ! cppcc: backup target 'hanbin-2024-03-01.db' already exists
  [73]
  $ cppcc db backup no-such-folder/hanbin.db
  ! cppcc: cannot create 'no-such-folder/hanbin.db': No such file or directory
  [73]

## config show

The built-in defaults alone (no cppcc.yaml beside ./cppcc.db).

  $ cppcc config show | sed -n '1,6p'
  # sources: built-in defaults
  committee:
    name: 政协委员会
    name_en: CPPCC Committee
    term: 16
    session: 十六届二次会议

An office keeps its database and its cppcc.yaml together: the committee's name, the
session, a four-month handling period and an extra rejection reason.

  $ mkdir office
  $ cppcc -q --db office/hanbin.db db init
  $ cat > office/cppcc.yaml <<'YAML'
  > # 汉滨区政协
  > committee:
  >   name: 汉滨区政协
  >   session: 十六届三次会议
  > proposal:
  >   handling:
  >     period_months: 4
  >   reject_reasons:
  >     - {id: judicial_case, zh: 属于司法个案, en: an individual judicial case}
  >     - {id: in_progress, zh: 相关工作已在推进, en: already in progress}
  > YAML
  $ cppcc --db office/hanbin.db config show | sed -n '1,10p'
  # sources: built-in defaults, office/cppcc.yaml
  committee:
    name: 汉滨区政协
    name_en: CPPCC Committee
    term: 16
    session: 十六届三次会议
  proposal:
    handling:
      period_months: 4
      plenary_period_months: 3
  $ cppcc --db office/hanbin.db config show | grep -A 3 '^  reject_reasons:'
    reject_reasons:
      - {id: judicial_case, zh: 属于司法个案, en: an individual judicial case}
      - {id: in_progress, zh: 相关工作已在推进, en: already in progress}
  member:

The same file named with --config.

  $ cppcc --config office/cppcc.yaml config show | sed -n '1,3p'
  # sources: built-in defaults, office/cppcc.yaml
  committee:
    name: 汉滨区政协

What config show prints can be saved as the office's cppcc.yaml and loads again, also
when the office replaces the activity kinds (the shipped scoring items and report
figures that name other kinds are still the shipped ones); figures the office writes
itself must name its own kinds.

  $ printf 'activity:\n  kinds:\n    - {id: plenary, zh: 全会, en: plenary}\n    - {id: patrol, zh: 巡查, en: patrol}\n' >kinds.yaml
  $ cppcc --config kinds.yaml config show >saved.yaml
  $ cppcc --config saved.yaml config show | tail -n +2 | cmp - <(tail -n +2 saved.yaml) && echo same
  same
  $ printf 'report:\n  annual:\n    figures:\n      - {key: visits, source: activities, kinds: [visit]}\n' >>kinds.yaml
  $ cppcc --config kinds.yaml config show
  ! cppcc: kinds.yaml:1: report.annual.figures[0].kinds: unknown activity kind 'visit' (known: plenary, patrol)
  [78]

The overrides are used: the configured session and the four-month period.

  $ cppcc -q --db office/hanbin.db member add --code W001 --name 张明 --sector 教育界
  $ cppcc -q --db office/hanbin.db unit add --name 区水利局
  $ cppcc -q --db office/hanbin.db proposal add --code P2024-001 --title 关于推进城区雨污分流改造的建议 --proposer 张明 --submitted 2024-01-20
  $ cppcc --db office/hanbin.db proposal file P2024-001 --date 2024-02-01
  P2024-001: submitted → filed (filing no 1)
  $ cppcc --db office/hanbin.db proposal assign P2024-001 --lead 区水利局 --date 2024-02-20
  P2024-001: filed → assigned (due 2024-06-20)
  $ cppcc --db office/hanbin.db proposal show P2024-001 | grep -E '^(session|assigned|due)  '
  session         十六届三次会议
  assigned        2024-02-20
  due             2024-06-20

## --version, before or after a subcommand

  $ cppcc --version | head -1 | sed -E 's/ [0-9]+\.[0-9]+\.[0-9]+,/ X.Y.Z,/'
  cppcc X.Y.Z, database schema 11
  $ cppcc db stats --version | head -1 | sed -E 's/ [0-9]+\.[0-9]+\.[0-9]+,/ X.Y.Z,/'
  cppcc X.Y.Z, database schema 11

## db migrate from schema version 5

A database an older cppcc left at version 5 (built here from its migrations, with
events and assignments numbered across proposals, as commands on several proposals
leave them) is refused until migrated. Migration 006 keeps every event and assignment
in its proposal's order; the workflow then goes on from them.

  $ mkdir old && for f in $DATA/../../schemas/migrations/00[1-5]_*.sql; do sqlite3 old/cppcc.db < $f || break; done
  $ sqlite3 old/cppcc.db "PRAGMA user_version = 5; INSERT INTO members(id, code, name, status, created_at, updated_at) VALUES (1, 'W001', '张明', 'active', 'x', 'x'); INSERT INTO units(id, name, created_at, updated_at) VALUES (1, '区水利局', 'x', 'x'), (2, '区住建局', 'x', 'x'); INSERT INTO proposals(id, code, title, type, proposer, proposer_member_id, session, submitted, status, filed, filing_no, round, assigned, due, created_at, updated_at) VALUES (1, 'P2023-001', '关于加强城区供水管网改造的建议', 'member', '张明', 1, '十六届二次会议', '2023-02-10', 'assigned', '2023-02-20', 1, 1, '2023-03-01', '2023-06-01', 'x', 'x'), (2, 'P2023-002', '关于规范校外培训机构管理的建议', 'member', '张明', 1, '十六届二次会议', '2023-02-11', 'filed', '2023-02-21', 2, 0, NULL, NULL, 'x', 'x'); INSERT INTO proposal_events(id, proposal_id, action, date, from_state, to_state, operator, recorded_at) VALUES (1, 1, 'add', '2023-02-10', NULL, 'submitted', 'clerk', 'x'), (2, 2, 'add', '2023-02-11', NULL, 'submitted', 'clerk', 'x'), (3, 1, 'file', '2023-02-20', 'submitted', 'filed', 'clerk', 'x'), (4, 2, 'file', '2023-02-21', 'submitted', 'filed', 'clerk', 'x'), (5, 1, 'assign', '2023-03-01', 'filed', 'assigned', 'clerk', 'x'); INSERT INTO assignments(id, proposal_id, unit_id, role, round, assigned, due) VALUES (1, 1, 2, 'lead', 1, '2023-03-01', '2023-06-01'), (2, 1, 1, 'lead', 1, '2023-03-01', '2023-06-01'); INSERT INTO search_pending(proposal_id) VALUES (1), (2)"
  $ cppcc --db old/cppcc.db proposal list
  ! cppcc: database 'old/cppcc.db' has schema version 5, older than this cppcc's 11; back it up ('cppcc db backup FILE') and run 'cppcc db migrate'
  [1]
  $ cppcc --db old/cppcc.db db backup old/before-upgrade.db
  backed up to old/before-upgrade.db
  $ sqlite3 old/before-upgrade.db 'PRAGMA user_version'
  5
  $ cppcc --db old/cppcc.db db migrate
  applied 006_events_by_proposal.sql, 007_open_proposals_index.sql, 008_hold_token.sql, 009_no_placeholder_leader.sql, 010_member_left_on.sql, 011_proposal_signatures.sql (schema version 11)
  $ cppcc --db old/cppcc.db db check
  ok
  $ cppcc --db old/cppcc.db proposal history P2023-001
  seq,date,action,from,to,operator,recorded,details␍
  1,2023-02-10,add,,submitted,clerk,x,␍
  2,2023-02-20,file,submitted,filed,clerk,x,␍
  3,2023-03-01,assign,filed,assigned,clerk,x,␍
  $ cppcc --db old/cppcc.db proposal reply P2023-001 --unit 区水利局 --result A --date 2023-05-10
  P2023-001: reply recorded, still assigned
  $ cppcc --db old/cppcc.db proposal assign P2023-002 --lead 区水利局 --date 2023-03-02
  P2023-002: filed → assigned (due 2023-06-02)
  $ cppcc --db old/cppcc.db proposal history P2023-001
  seq,date,action,from,to,operator,recorded,details␍
  1,2023-02-10,add,,submitted,clerk,x,␍
  2,2023-02-20,file,submitted,filed,clerk,x,␍
  3,2023-03-01,assign,filed,assigned,clerk,x,␍
  4,2023-05-10,reply,assigned,assigned,clerk,2024-03-01 09:00:00 +00:00,unit=区水利局; result=A; on_time=yes␍
  $ cppcc --db old/cppcc.db proposal show P2023-001 | grep -E '^lead units '
  lead units      区住建局;区水利局
  lead units / joint units
  $ cppcc --db old/cppcc.db proposal history P2023-002
  seq,date,action,from,to,operator,recorded,details␍
  1,2023-02-11,add,,submitted,clerk,x,␍
  2,2023-02-21,file,submitted,filed,clerk,x,␍
  3,2023-03-02,assign,filed,assigned,clerk,2024-03-01 09:00:00 +00:00,units=区水利局; due=2023-06-02␍
  $ sqlite3 old/cppcc.db "SELECT proposal_id, id, action FROM proposal_events ORDER BY proposal_id, id"
  1|1|add
  1|3|file
  1|5|assign
  1|6|reply
  2|2|add
  2|4|file
  2|5|assign
  $ cppcc --db old/cppcc.db db check
  ok
