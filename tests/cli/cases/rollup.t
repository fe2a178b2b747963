A city's roll-up of its counties' databases (issue 25, first slice): `cppcc rollup SOURCE…
report annual` reads each database read-only, one column per committee and the total;
counts summed, rates computed again from the summed counts (not averaged). Three county
databases made here: 汉江区 (the sample year, its cppcc.yaml beside it: the column is
named from it), county-b (ten proposals of the import tests, no cppcc.yaml: named from
the file), and bad ones (a file that is no database, one of an older schema, one missing).

  $ mkdir hanjiang county-b bad && cp $DATA/../../samples/2023/cppcc.yaml hanjiang/ && CPPCC_BIN=$(command -v cppcc) $DATA/../../scripts/load-sample hanjiang/cppcc.db
  $ b() { cppcc -q --db county-b/county-b.db --config hanjiang/cppcc.yaml "$@"; }; b db init && b member import $DATA/import_members.csv && b unit import $DATA/import_units.csv && b proposal import $DATA/import_proposals_2023.csv
  $ printf 'not a database, just text\n' > bad/damaged.db
  $ cp county-b/county-b.db bad/old.db && /usr/bin/python3 -c 'import sqlite3; c = sqlite3.connect("bad/old.db"); c.execute("PRAGMA user_version = 1"); c.commit()'
  $ cksum hanjiang/cppcc.db county-b/county-b.db > before.txt

## The roll-up, in every text format

  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b/county-b.db report annual --year 2023 --format table
  all committees: the year 2023 in figures
  key                      figure                                            Hanjiang District CPPCC Committee  county-b  total
  -----------------------  ------------------------------------------------  ---------------------------------  --------  -----
  proposals_received       proposals received                                                              426         9    435
  proposals_filed          proposals filed                                                                 368         6    374
  filing_rate              filing rate (%)                                                                86.4      66.7   86.0
  proposals_concluded      proposals concluded                                                             368         2    370
  proposals_on_time        concluded on time                                                               368         1    369
  studio_consultations     studio visits and micro-consultations                                           210         0    210
  disputes_resolved        disputes resolved                                                               156         0    156
  brand_studios            brand studios                                                                    10         0     10
  studio_problems_solved   public concerns resolved via studios                                             23         0     23
  studio_exchanges         studio study and exchange activities                                            126         0    126
  study_sessions           collective study sessions                                                        12         0     12
  research_topics          research topics                                                                  10         0     10
  research_suggestions     suggestions from research and inspection                                         16         0     16
  consultations            consultations                                                                     5         0      5
  supervision_suggestions  democratic-supervision suggestions                                               15         0     15
  articles                 publicity pieces                                                                853         0    853
  articles_province_up     of which province level or above                                                 99         0     99
  publicity_officers       publicity officers                                                               12         1     13
  office_activities        exchange and cultural activities                                                 63         0     63
  receptions               delegations received                                                              9         0      9
  opinions_received        social-opinion reports received                                                  80         0     80
  opinions_adopted         of which adopted                                                                 21         0     21
  reply_rate               reply rate (replied, % of filed)                                              100.0      66.7   99.5
  on_time_rate             concluded on time (% of filed)                                                100.0      16.7   98.7
  meeting_rate             met in person (% of feedback with a contact)
  satisfaction_rate        satisfied or basically satisfied (% of feedback)                              100.0      50.0   99.7
  adoption_rate            adopted, class A or B (% of replied)                                           92.7      75.0   92.5
  $ cppcc --config hanjiang/cppcc.yaml --lang zh rollup hanjiang/cppcc.db county-b report annual --year 2023 --format table
  2023年各委员会主要数据汇总
  项目                     项目名称                         汉江区政协  county-b  合计
  -----------------------  -------------------------------  ----------  --------  ----
  proposals_received       征集提案                                426         9   435
  proposals_filed          立案                                    368         6   374
  filing_rate              立案率（%）                            86.4      66.7  86.0
  proposals_concluded      办结                                    368         2   370
  proposals_on_time        按时办结                                368         1   369
  studio_consultations     委员工作室走访调研及微协商              210         0   210
  disputes_resolved        化解矛盾纠纷                            156         0   156
  brand_studios            品牌工作室                               10         0    10
  studio_problems_solved   通过工作室解决群众急难愁盼问题           23         0    23
  studio_exchanges         委员工作室学习交流活动                  126         0   126
  study_sessions           集体学习                                 12         0    12
  research_topics          调研课题                                 10         0    10
  research_suggestions     视察调研意见建议                         16         0    16
  consultations            专题、对口及提案办理协商                  5         0     5
  supervision_suggestions  民主监督意见建议                         15         0    15
  articles                 发布宣传信息                            853         0   853
  articles_province_up     其中省级以上                             99         0    99
  publicity_officers       特约宣传信息员                           12         1    13
  office_activities        联谊交流及文史活动                       63         0    63
  receptions               接待考察交流                              9         0     9
  opinions_received        收到社情民意信息                         80         0    80
  opinions_adopted         其中被采用                               21         0    21
  reply_rate               办复率（已答复占立案，%）             100.0      66.7  99.5
  on_time_rate             按时办结率（占立案，%）               100.0      16.7  98.7
  meeting_rate             见面率（占已联系，%）
  satisfaction_rate        满意和基本满意率（占已征询，%）       100.0      50.0  99.7
  adoption_rate            采纳率（A、B类占已答复，%）            92.7      75.0  92.5
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b report annual --year 2023 --format json
  [
    {"key": "proposals_received", "figure": "proposals received", "Hanjiang District CPPCC Committee": 426, "county-b": 9, "total": 435},
    {"key": "proposals_filed", "figure": "proposals filed", "Hanjiang District CPPCC Committee": 368, "county-b": 6, "total": 374},
    {"key": "filing_rate", "figure": "filing rate (%)", "Hanjiang District CPPCC Committee": 86.4, "county-b": 66.7, "total": 86.0},
    {"key": "proposals_concluded", "figure": "proposals concluded", "Hanjiang District CPPCC Committee": 368, "county-b": 2, "total": 370},
    {"key": "proposals_on_time", "figure": "concluded on time", "Hanjiang District CPPCC Committee": 368, "county-b": 1, "total": 369},
    {"key": "studio_consultations", "figure": "studio visits and micro-consultations", "Hanjiang District CPPCC Committee": 210, "county-b": 0, "total": 210},
    {"key": "disputes_resolved", "figure": "disputes resolved", "Hanjiang District CPPCC Committee": 156, "county-b": 0, "total": 156},
    {"key": "brand_studios", "figure": "brand studios", "Hanjiang District CPPCC Committee": 10, "county-b": 0, "total": 10},
    {"key": "studio_problems_solved", "figure": "public concerns resolved via studios", "Hanjiang District CPPCC Committee": 23, "county-b": 0, "total": 23},
    {"key": "studio_exchanges", "figure": "studio study and exchange activities", "Hanjiang District CPPCC Committee": 126, "county-b": 0, "total": 126},
    {"key": "study_sessions", "figure": "collective study sessions", "Hanjiang District CPPCC Committee": 12, "county-b": 0, "total": 12},
    {"key": "research_topics", "figure": "research topics", "Hanjiang District CPPCC Committee": 10, "county-b": 0, "total": 10},
    {"key": "research_suggestions", "figure": "suggestions from research and inspection", "Hanjiang District CPPCC Committee": 16, "county-b": 0, "total": 16},
    {"key": "consultations", "figure": "consultations", "Hanjiang District CPPCC Committee": 5, "county-b": 0, "total": 5},
    {"key": "supervision_suggestions", "figure": "democratic-supervision suggestions", "Hanjiang District CPPCC Committee": 15, "county-b": 0, "total": 15},
    {"key": "articles", "figure": "publicity pieces", "Hanjiang District CPPCC Committee": 853, "county-b": 0, "total": 853},
    {"key": "articles_province_up", "figure": "of which province level or above", "Hanjiang District CPPCC Committee": 99, "county-b": 0, "total": 99},
    {"key": "publicity_officers", "figure": "publicity officers", "Hanjiang District CPPCC Committee": 12, "county-b": 1, "total": 13},
    {"key": "office_activities", "figure": "exchange and cultural activities", "Hanjiang District CPPCC Committee": 63, "county-b": 0, "total": 63},
    {"key": "receptions", "figure": "delegations received", "Hanjiang District CPPCC Committee": 9, "county-b": 0, "total": 9},
    {"key": "opinions_received", "figure": "social-opinion reports received", "Hanjiang District CPPCC Committee": 80, "county-b": 0, "total": 80},
    {"key": "opinions_adopted", "figure": "of which adopted", "Hanjiang District CPPCC Committee": 21, "county-b": 0, "total": 21},
    {"key": "reply_rate", "figure": "reply rate (replied, % of filed)", "Hanjiang District CPPCC Committee": 100.0, "county-b": 66.7, "total": 99.5},
    {"key": "on_time_rate", "figure": "concluded on time (% of filed)", "Hanjiang District CPPCC Committee": 100.0, "county-b": 16.7, "total": 98.7},
    {"key": "meeting_rate", "figure": "met in person (% of feedback with a contact)", "Hanjiang District CPPCC Committee": null, "county-b": null, "total": null},
    {"key": "satisfaction_rate", "figure": "satisfied or basically satisfied (% of feedback)", "Hanjiang District CPPCC Committee": 100.0, "county-b": 50.0, "total": 99.7},
    {"key": "adoption_rate", "figure": "adopted, class A or B (% of replied)", "Hanjiang District CPPCC Committee": 92.7, "county-b": 75.0, "total": 92.5}
  ]
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b report annual --year 2023 --format csv | head -4
  key,figure,Hanjiang District CPPCC Committee,county-b,total␍
  proposals_received,proposals received,426,9,435␍
  proposals_filed,proposals filed,368,6,374␍
  filing_rate,filing rate (%),86.4,66.7,86.0␍
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b report annual --year 2023 --format md | head -6
  ## all committees: the year 2023 in figures
  <BLANK>
  | key | figure | Hanjiang District CPPCC Committee | county-b | total |
  | --- | --- | ---: | ---: | ---: |
  | proposals_received | proposals received | 426 | 9 | 435 |
  | proposals_filed | proposals filed | 368 | 6 | 374 |

Each total is the sum of the counties' own `report annual` figures, figure by figure, and
a rate is computed again from the totals it divides (filing rate = filed / received,
on-time rate = on time / filed), not the average of the counties' rates.

  $ for db in hanjiang/cppcc.db county-b/county-b.db; do cppcc --db $db --config hanjiang/cppcc.yaml report annual --year 2023 --format json > "$(dirname $db).json"; done
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b report annual --year 2023 --format json > rollup.json
  $ /usr/bin/python3 - <<'PY'
  > import json
  > rows = {r["key"]: r for r in json.load(open("rollup.json"))}
  > counties = {"Hanjiang District CPPCC Committee": json.load(open("hanjiang.json"))["figures"],
  >             "county-b": json.load(open("county-b.json"))["figures"]}
  > checked = 0
  > for key, row in rows.items():
  >     for name, figures in counties.items():
  >         assert row[name] == figures[key], (key, name, row[name], figures[key])
  >     if not key.endswith("_rate"):
  >         assert row["total"] == sum(f[key] for f in counties.values()), key
  >         checked += 1
  > t = {k: r["total"] for k, r in rows.items()}
  > assert t["filing_rate"] == round(100 * t["proposals_filed"] / t["proposals_received"], 1)
  > assert t["on_time_rate"] == round(100 * t["proposals_on_time"] / t["proposals_filed"], 1)
  > print(checked, "counts summed; filing rate", t["filing_rate"], "on-time rate", t["on_time_rate"])
  > PY
  21 counts summed; filing rate 86.0 on-time rate 98.7

The databases were read, not written (no byte of either changed):

  $ cksum hanjiang/cppcc.db county-b/county-b.db | diff before.txt - && echo unchanged
  unchanged

## Bad sources: each named with its exit code, or left out with --skip-bad

  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db bad/damaged.db report annual --year 2023 --format csv
  ! cppcc: cannot open database 'bad/damaged.db': file is not a database
  [66]
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db bad/old.db report annual --year 2023 --format csv
  ! cppcc: database 'bad/old.db' has schema version 1, this cppcc's is 11: a roll-up reads only databases of its own version (run 'cppcc db migrate' on an older one with that office's cppcc, or roll up with a newer cppcc)
  [65]
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db missing.db report annual --year 2023 --format csv
  ! cppcc: no database at 'missing.db'
  [66]
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b bad missing.db report annual --year 2023 --skip-bad --format csv | head -3
  key,figure,Hanjiang District CPPCC Committee,county-b,total␍
  proposals_received,proposals received,426,9,435␍
  proposals_filed,proposals filed,368,6,374␍
  ! cppcc: left out of the roll-up (--skip-bad): cannot open database 'bad/damaged.db': file is not a database
  ! cppcc: left out of the roll-up (--skip-bad): database 'bad/old.db' has schema version 1, this cppcc's is 11: a roll-up reads only databases of its own version (run 'cppcc db migrate' on an older one with that office's cppcc, or roll up with a newer cppcc)
  ! cppcc: left out of the roll-up (--skip-bad): no database at 'missing.db'
  $ cppcc --config hanjiang/cppcc.yaml rollup bad missing.db report annual --year 2023 --skip-bad
  ! cppcc: left out of the roll-up (--skip-bad): cannot open database 'bad/damaged.db': file is not a database
  ! cppcc: left out of the roll-up (--skip-bad): database 'bad/old.db' has schema version 1, this cppcc's is 11: a roll-up reads only databases of its own version (run 'cppcc db migrate' on an older one with that office's cppcc, or roll up with a newer cppcc)
  ! cppcc: left out of the roll-up (--skip-bad): no database at 'missing.db'
  ! cppcc: no database could be read: nothing to roll up
  [66]
  $ cppcc rollup empty-dir report annual --year 2023 2>&1; mkdir empty-dir; cppcc rollup empty-dir report annual --year 2023
  cppcc: no database at 'empty-dir'
  ! cppcc: no database (*.db) or bundle (*.zip) in 'empty-dir'
  [66]
  $ cppcc rollup report annual --year 2023
  ! cppcc: 'cppcc rollup' needs at least one SOURCE (a database, a directory of them, or a list file) before its command: cppcc rollup counties/ report annual --year 2024
  [2]

## Several databases in one directory

One cppcc.yaml beside several of the roll-up's databases names none of them: each is
named by its file (a lone database beside its cppcc.yaml keeps the committee's name):

  $ mkdir counties && cp hanjiang/cppcc.yaml counties/ && cp county-b/county-b.db counties/north.db && cp county-b/county-b.db counties/south.db
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db counties report annual --year 2023 --format csv | head -2
  key,figure,Hanjiang District CPPCC Committee,north,south,total␍
  proposals_received,proposals received,426,9,9,444␍
