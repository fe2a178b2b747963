The bundled sample year (samples/2023, written by scripts/gen-sample-year): the 2023
ledgers of 汉江区政协, a fictional district committee, as its office keeps them in Excel
(UTF-8 with a BOM; the activities ledger GB18030, as Excel on a Chinese Windows saves
it; CRLF; Chinese headers). Loaded through the import commands in dependency order,
they give every figure of docs/domain.md §3's seed column. The SQL below is each figure's
"from" column; a few records of December 2022 and January 2024 stay out of 2023.

The import summary ends with the time it took; it is masked as "(… s)".

  $ cp -r $DATA/../../samples/2023 sample && cp sample/cppcc.yaml . && cppcc -q db init
  $ cppcc config show | grep -A4 '^committee:'
  committee:
    name: 汉江区政协
    name_en: Hanjiang District CPPCC Committee
    term: 16
    session: 十六届二次会议
  $ for f in unit:承办单位 member:委员名册 studio:委员工作室 proposal:提案台账 opinion:社情民意信息 \
  >     activity:履职活动 article:宣传信息; do
  >   cppcc ${f%%:*} import sample/${f#*:}.* | sed -E 's/\([0-9.]+ s\)/(… s)/'
  > done
  unit: 32 rows: 32 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  member: 230 rows: 230 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  studio: 16 rows: 16 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  proposal: 437 rows: 437 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as xlsx sheet '2023年提案'
  sample/提案台账.xlsx [2023年提案]: header on line 3; left out 2 title rows above it: '汉江区政协2023年提案办理台账' (line 1), '填报单位：提案委员会' (line 2)
  sample/提案台账.xlsx [2023年提案]: left out column 序号 (row numbers and notes are not imported; name it in a --mapping file to import it)
  sample/提案台账.xlsx [2023年提案]: left out 1 row closing the table: '合计' (line 441)
  P2022-0182: similar to P2023-0301 (0.91)
  P2023-0001: similar to P2023-0027 (0.96)
  P2023-0003: similar to P2023-0013 (0.90)
  P2023-0013: similar to P2023-0003 (0.90)
  P2023-0027: similar to P2023-0001 (0.96)
  P2023-0031: similar to P2023-0059 (0.88)
  P2023-0053: similar to P2023-0101 (0.84)
  P2023-0059: similar to P2023-0031 (0.88)
  P2023-0067: similar to P2023-0245 (0.96)
  P2023-0084: similar to P2023-0159 (0.87)
  P2023-0094: similar to P2023-0185 (0.81)
  P2023-0101: similar to P2023-0053 (0.84)
  P2023-0114: similar to P2023-0231 (0.86)
  P2023-0124: similar to P2023-0257 (0.87)
  P2023-0133: similar to P2023-0276 (0.87)
  P2023-0150: similar to P2024-0003 (0.92)
  P2023-0151: similar to P2023-0313 (0.76)
  P2023-0159: similar to P2023-0084 (0.87)
  P2023-0168: similar to P2023-0180 (0.90)
  P2023-0172: similar to P2023-0355 (0.83)
  … and 14 more proposals like stored ones: 'cppcc report duplicates' lists them all
  opinion: 87 rows: 87 inserted, 0 updated, 0 unchanged, 0 rejected (… s); 3 submitters kept as text, not members: 民进汉江区支部, 区工商联, 江北街道居民郑秀梅
  activity: 460 rows: 460 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as GB18030
  article: 859 rows: 859 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc db check
  ok

## Proposals (提案)

Received in 2023: 426; filed 368 (filing rate 86.4 %); all filed ones concluded, and
replied on or before their due date. The 58 not filed carry a reason of the config's
reject_reasons, 12 of them forwarded as suggestions (converted).

  $ sqlite3 -separator ' ' cppcc.db <<'SQL'
  > SELECT 'proposals_received', count(*) FROM proposals WHERE submitted LIKE '2023-%';
  > SELECT 'proposals_filed', count(*) FROM proposals WHERE submitted LIKE '2023-%' AND filed IS NOT NULL;
  > SELECT 'filing_rate', round(100.0 * count(filed) / count(*), 1) FROM proposals WHERE submitted LIKE '2023-%';
  > SELECT 'proposals_concluded', count(*) FROM proposals
  >   WHERE submitted LIKE '2023-%' AND filed IS NOT NULL AND status = 'concluded';
  > SELECT 'proposals_on_time', count(*) FROM proposals
  >   WHERE submitted LIKE '2023-%' AND filed IS NOT NULL AND status = 'concluded' AND replied <= due;
  > SELECT 'not filed: ' || status, count(*) FROM proposals
  >   WHERE submitted LIKE '2023-%' AND filed IS NULL GROUP BY status;
  > SELECT 'reasons given', count(DISTINCT reject_reason) FROM proposals WHERE filed IS NULL AND reject_reason IS NOT NULL;
  > SELECT 'reasons outside the vocabulary', count(*) FROM proposals WHERE reject_reason NOT IN
  >   ('judicial_case', 'vague', 'duplicate', 'outside_scope', 'party_internal', 'academic');
  > SQL
  proposals_received 426
  proposals_filed 368
  filing_rate 86.4
  proposals_concluded 368
  proposals_on_time 368
  not filed: converted 12
  not filed: merged 6
  not filed: not_filed 40
  reasons given 6
  reasons outside the vocabulary 0

The same through the list command; the years around 2023 keep their own.

  $ for y in 2022 2023 2024; do echo "$y: $(cppcc proposal list --year $y --format csv | tail -n +2 | wc -l)"; done
  2022: 4
  2023: 426
  2024: 7
  $ cppcc proposal list --year 2023 --status concluded --format csv | tail -n +2 | wc -l
  368
  $ cppcc proposal list --year 2023 --status not_filed --format csv | tail -n +2 | wc -l
  40
  $ cppcc proposal list --search 供水管网 --format csv | tail -n +2 | wc -l
  8

## Studios (委员工作室)

Visits and micro-consultations by studios (the office's own visits do not count), the
disputes they resolved, brand studios (one brand studio was delisted in November), the
problems solved through studios (the office's research solved others: not counted),
and studio study and exchange activities.

  $ sqlite3 -separator ' ' cppcc.db <<'SQL'
  > SELECT 'studio_consultations', count(*) FROM activities
  >   WHERE date LIKE '2023-%' AND studio_id IS NOT NULL AND kind IN ('visit', 'micro_consultation');
  > SELECT 'disputes_resolved', sum(disputes_resolved) FROM activities
  >   WHERE date LIKE '2023-%' AND studio_id IS NOT NULL AND kind IN ('visit', 'micro_consultation');
  > SELECT 'brand_studios', count(*) FROM studios WHERE brand = 1 AND delisted IS NULL;
  > SELECT 'studio_problems_solved', sum(problems_solved) FROM activities
  >   WHERE date LIKE '2023-%' AND studio_id IS NOT NULL;
  > SELECT 'studio_exchanges', count(*) FROM activities
  >   WHERE date LIKE '2023-%' AND studio_id IS NOT NULL AND kind IN ('study', 'exchange');
  > SELECT 'studios: brand ' || brand || ', delisted ' || (delisted IS NOT NULL), count(*) FROM studios
  >   GROUP BY brand, delisted IS NOT NULL;
  > SELECT 'observation points', count(*) FROM studios WHERE observation_point = 1;
  > SQL
  studio_consultations 210
  disputes_resolved 156
  brand_studios 10
  studio_problems_solved 23
  studio_exchanges 126
  studios: brand 0, delisted 0 4
  studios: brand 0, delisted 1 1
  studios: brand 1, delisted 0 10
  studios: brand 1, delisted 1 1
  observation points 2

## The office's work: study, research, consultation, supervision, exchange

  $ sqlite3 -separator ' ' cppcc.db <<'SQL'
  > SELECT 'study_sessions', count(*) FROM activities
  >   WHERE date LIKE '2023-%' AND studio_id IS NULL AND kind = 'study';
  > SELECT 'research_topics', count(*) FROM activities WHERE date LIKE '2023-%' AND kind = 'research';
  > SELECT 'research_suggestions', sum(suggestions) FROM activities
  >   WHERE date LIKE '2023-%' AND kind IN ('research', 'inspection');
  > SELECT 'consultations', count(*) FROM activities WHERE date LIKE '2023-%' AND kind = 'consultation';
  > SELECT 'supervision_suggestions', sum(suggestions) FROM activities
  >   WHERE date LIKE '2023-%' AND kind = 'supervision';
  > SELECT 'office_activities', count(*) FROM activities
  >   WHERE date LIKE '2023-%' AND studio_id IS NULL AND kind IN ('exchange', 'culture');
  > SELECT 'receptions', count(*) FROM activities WHERE date LIKE '2023-%' AND kind = 'reception';
  > SQL
  study_sessions 12
  research_topics 10
  research_suggestions 16
  consultations 5
  supervision_suggestions 15
  office_activities 63
  receptions 9

Attendance at the plenary session and the standing committee's meetings, for scoring.

  $ sqlite3 -separator ' ' cppcc.db <<'SQL'
  > SELECT a.kind, p.attendance, count(*) FROM activity_participants p JOIN activities a ON a.id = p.activity_id
  >   WHERE a.date LIKE '2023-%' AND a.kind IN ('plenary', 'standing_committee') GROUP BY 1, 2;
  > SQL
  plenary absent 4
  plenary excused 12
  plenary present 214
  standing_committee absent 5
  standing_committee excused 24
  standing_committee present 187

## Publicity (宣传信息)

  $ sqlite3 -separator ' ' cppcc.db <<'SQL'
  > SELECT 'articles', count(*) FROM articles WHERE date LIKE '2023-%';
  > SELECT 'articles_province_up', count(*) FROM articles
  >   WHERE date LIKE '2023-%' AND level IN ('province', 'national');
  > SELECT 'publicity_officers', count(*) FROM members m JOIN member_roles r ON r.member_id = m.id
  >   WHERE r.role = 'publicity_officer' AND m.status = 'active';
  > SELECT 'publicity officers who left', count(*) FROM members m JOIN member_roles r ON r.member_id = m.id
  >   WHERE r.role = 'publicity_officer' AND m.status <> 'active';
  > SQL
  articles 853
  articles_province_up 99
  publicity_officers 12
  publicity officers who left 1

## Social-opinion reports (社情民意信息)

  $ sqlite3 -separator ' ' cppcc.db <<'SQL'
  > SELECT 'opinions_received', count(*) FROM opinions WHERE submitted LIKE '2023-%';
  > SELECT 'opinions_adopted', count(*) FROM opinions o WHERE submitted LIKE '2023-%'
  >   AND EXISTS (SELECT 1 FROM opinion_adoptions a WHERE a.opinion_id = o.id);
  > SELECT 'opinions: ' || status, count(*) FROM opinions WHERE submitted LIKE '2023-%' GROUP BY status;
  > SELECT 'issues', count(DISTINCT issue_no) FROM opinions WHERE submitted LIKE '2023-%';
  > SELECT 'adopted at ' || a.level, count(*) FROM opinion_adoptions a JOIN opinions o ON o.id = a.opinion_id
  >   WHERE o.submitted LIKE '2023-%' GROUP BY a.level;
  > SELECT 'leader instructions', count(*) FROM opinion_instructions i JOIN opinions o ON o.id = i.opinion_id
  >   WHERE o.submitted LIKE '2023-%';
  > SQL
  opinions_received 80
  opinions_adopted 21
  opinions: compiled 52
  opinions: not_used 16
  opinions: received 12
  issues 24
  adopted at city 12
  adopted at district 11
  adopted at national 1
  adopted at province 4
  leader instructions 7

## Loaded again, exported and read back: nothing changes

  $ for f in unit:承办单位 member:委员名册 studio:委员工作室 proposal:提案台账 opinion:社情民意信息 \
  >     activity:履职活动 article:宣传信息; do
  >   cppcc ${f%%:*} import sample/${f#*:}.* | sed -E 's/ \([0-9.]+ s\).*//'
  > done
  unit: 32 rows: 0 inserted, 0 updated, 32 unchanged, 0 rejected
  member: 230 rows: 0 inserted, 0 updated, 230 unchanged, 0 rejected
  studio: 16 rows: 0 inserted, 0 updated, 16 unchanged, 0 rejected
  proposal: 437 rows: 0 inserted, 0 updated, 437 unchanged, 0 rejected
  sample/提案台账.xlsx [2023年提案]: header on line 3; left out 2 title rows above it: '汉江区政协2023年提案办理台账' (line 1), '填报单位：提案委员会' (line 2)
  sample/提案台账.xlsx [2023年提案]: left out column 序号 (row numbers and notes are not imported; name it in a --mapping file to import it)
  sample/提案台账.xlsx [2023年提案]: left out 1 row closing the table: '合计' (line 441)
  opinion: 87 rows: 0 inserted, 0 updated, 87 unchanged, 0 rejected
  activity: 460 rows: 0 inserted, 0 updated, 460 unchanged, 0 rejected
  article: 859 rows: 0 inserted, 0 updated, 859 unchanged, 0 rejected
  $ for kind in unit member studio proposal opinion activity article; do
  >   cppcc $kind export --out $kind.csv && cppcc $kind import $kind.csv | sed -E 's/ \([0-9.]+ s\).*//'
  > done
  unit: 32 rows: 0 inserted, 0 updated, 32 unchanged, 0 rejected
  member: 230 rows: 0 inserted, 0 updated, 230 unchanged, 0 rejected
  studio: 16 rows: 0 inserted, 0 updated, 16 unchanged, 0 rejected
  proposal: 437 rows: 0 inserted, 0 updated, 437 unchanged, 0 rejected
  opinion: 87 rows: 0 inserted, 0 updated, 87 unchanged, 0 rejected
  activity: 460 rows: 0 inserted, 0 updated, 460 unchanged, 0 rejected
  article: 859 rows: 0 inserted, 0 updated, 859 unchanged, 0 rejected

## scripts/load-sample

The script loads the same records (it runs the binary of $CPPCC_BIN, here the one
under test) and fails on a missing database directory.

  $ CPPCC_BIN=$(command -v cppcc) $DATA/../../scripts/load-sample loaded.db && echo loaded
  loaded
  $ for t in members member_roles units proposals proposal_cosigners assignments studios studio_members \
  >     opinions opinion_adoptions opinion_instructions activities activity_participants articles article_authors; do
  >   diff <(sqlite3 cppcc.db "SELECT * FROM $t") <(sqlite3 loaded.db "SELECT * FROM $t") >/dev/null || echo "$t differs"
  > done; echo compared
  compared
  $ CPPCC_BIN=$(command -v cppcc) $DATA/../../scripts/load-sample no/such/dir/x.db
  ! cppcc: cannot create database 'no/such/dir/x.db': No such file or directory
  [73]
