A city's roll-up of its counties (issue 25): every `cppcc rollup` command in every text
format over three synthetic county databases that tests/data/rollup/make-counties.sh makes
through the binary (north 北川县政协, south 南山县政协, west 西岭县政协, each named by the
cppcc.yaml beside it), one of an older schema (old/) and one missing path (gone/). Today
is 2024-03-01. No --config: the roll-up's office files are headed "3 committees".

  $ $DATA/rollup/make-counties.sh . && ls && cat counties.txt
  counties.txt
  north
  old
  south
  west
  # the counties of the city, one database a line (relative to this file)
  north/cppcc.db
  <BLANK>
  south/cppcc.db
    west/cppcc.db
  $ cksum north/cppcc.db south/cppcc.db west/cppcc.db > before.txt

## report annual

Counts summed, rates computed again from the summed counts (the filing rate 18 of 24 is
75.0, not the average of 66.7, 100.0 and 72.7).

  $ cppcc rollup counties.txt report annual --year 2023 --format md
  ## all committees: the year 2023 in figures
  <BLANK>
  | key | figure | Beichuan County CPPCC | Nanshan County CPPCC | Xiling County CPPCC | total |
  | --- | --- | ---: | ---: | ---: | ---: |
  | proposals_received | proposals received | 9 | 4 | 11 | 24 |
  | proposals_filed | proposals filed | 6 | 4 | 8 | 18 |
  | filing_rate | filing rate (%) | 66.7 | 100.0 | 72.7 | 75.0 |
  | proposals_concluded | proposals concluded | 2 | 2 | 2 | 6 |
  | proposals_on_time | concluded on time | 1 | 1 | 1 | 3 |
  | studio_consultations | studio visits and micro-consultations | 0 | 0 | 0 | 0 |
  | disputes_resolved | disputes resolved | 0 | 0 | 0 | 0 |
  | brand_studios | brand studios | 0 | 0 | 0 | 0 |
  | studio_problems_solved | public concerns resolved via studios | 0 | 0 | 0 | 0 |
  | studio_exchanges | studio study and exchange activities | 0 | 0 | 0 | 0 |
  | study_sessions | collective study sessions | 0 | 0 | 0 | 0 |
  | research_topics | research topics | 0 | 0 | 0 | 0 |
  | research_suggestions | suggestions from research and inspection | 0 | 0 | 0 | 0 |
  | consultations | consultations | 0 | 0 | 0 | 0 |
  | supervision_suggestions | democratic-supervision suggestions | 0 | 0 | 0 | 0 |
  | articles | publicity pieces | 0 | 0 | 0 | 0 |
  | articles_province_up | of which province level or above | 0 | 0 | 0 | 0 |
  | publicity_officers | publicity officers | 1 | 1 | 1 | 3 |
  | office_activities | exchange and cultural activities | 0 | 0 | 0 | 0 |
  | receptions | delegations received | 0 | 0 | 0 | 0 |
  | opinions_received | social-opinion reports received | 0 | 0 | 0 | 0 |
  | opinions_adopted | of which adopted | 0 | 0 | 0 | 0 |
  | reply_rate | reply rate (replied, % of filed) | 66.7 | 50.0 | 50.0 | 55.6 |
  | on_time_rate | concluded on time (% of filed) | 16.7 | 25.0 | 12.5 | 16.7 |
  | meeting_rate | met in person (% of feedback with a contact) |  | 50.0 |  | 50.0 |
  | satisfaction_rate | satisfied or basically satisfied (% of feedback) | 50.0 | 100.0 | 50.0 | 66.7 |
  | adoption_rate | adopted, class A or B (% of replied) | 75.0 | 100.0 | 75.0 | 80.0 |
  $ cppcc rollup counties.txt report annual --year 2023 --format table | head -6
  all committees: the year 2023 in figures
  key                      figure                                            Beichuan County CPPCC  Nanshan County CPPCC  Xiling County CPPCC  total
  -----------------------  ------------------------------------------------  ---------------------  --------------------  -------------------  -----
  proposals_received       proposals received                                                    9                     4                   11     24
  proposals_filed          proposals filed                                                       6                     4                    8     18
  filing_rate              filing rate (%)                                                    66.7                 100.0                 72.7   75.0
  $ cppcc rollup counties.txt report annual --year 2023 --format csv | grep -E '^(key|proposals_|filing_rate|reply_rate|on_time_rate|meeting_rate)'
  key,figure,Beichuan County CPPCC,Nanshan County CPPCC,Xiling County CPPCC,total␍
  proposals_received,proposals received,9,4,11,24␍
  proposals_filed,proposals filed,6,4,8,18␍
  filing_rate,filing rate (%),66.7,100.0,72.7,75.0␍
  proposals_concluded,proposals concluded,2,2,2,6␍
  proposals_on_time,concluded on time,1,1,1,3␍
  reply_rate,"reply rate (replied, % of filed)",66.7,50.0,50.0,55.6␍
  on_time_rate,concluded on time (% of filed),16.7,25.0,12.5,16.7␍
  meeting_rate,met in person (% of feedback with a contact),,50.0,,50.0␍
  $ cppcc rollup counties.txt report annual --year 2023 --format json | grep -E 'proposals_received|filing_rate|meeting_rate'
    {"key": "proposals_received", "figure": "proposals received", "Beichuan County CPPCC": 9, "Nanshan County CPPCC": 4, "Xiling County CPPCC": 11, "total": 24},
    {"key": "filing_rate", "figure": "filing rate (%)", "Beichuan County CPPCC": 66.7, "Nanshan County CPPCC": 100.0, "Xiling County CPPCC": 72.7, "total": 75.0},
    {"key": "meeting_rate", "figure": "met in person (% of feedback with a contact)", "Beichuan County CPPCC": null, "Nanshan County CPPCC": 50.0, "Xiling County CPPCC": null, "total": 50.0},

Each total is the sum of the counties' own `report annual --format json`, figure by
figure (every key of its figures), and every rate the ratio of the summed counts:

  $ for c in north south west; do cppcc --db $c/cppcc.db report annual --year 2023 --format json > $c.json; done
  $ cppcc rollup counties.txt report annual --year 2023 --format json > rollup.json
  $ /usr/bin/python3 - <<'PY'
  > import json
  > rows = {r["key"]: r for r in json.load(open("rollup.json"))}
  > names = {"north": "Beichuan County CPPCC", "south": "Nanshan County CPPCC", "west": "Xiling County CPPCC"}
  > own = {c: json.load(open(c + ".json"))["figures"] for c in names}
  > assert set(rows) == set(own["north"]), set(rows) ^ set(own["north"])
  > sums = 0
  > for key, row in rows.items():
  >     for c, name in names.items():
  >         assert row[name] == own[c][key], (key, c, row[name], own[c][key])
  >     if key.endswith("_rate"):
  >         continue
  >     assert row["total"] == sum(own[c][key] for c in names), key
  >     sums += 1
  > t = {k: r["total"] for k, r in rows.items()}
  > ratio = lambda part, whole: round(100 * part / whole, 1)
  > assert t["filing_rate"] == ratio(t["proposals_filed"], t["proposals_received"])
  > assert t["on_time_rate"] == ratio(t["proposals_on_time"], t["proposals_filed"])
  > average = round(sum(own[c]["filing_rate"] for c in names) / 3, 1)
  > print(sums, "counts summed; filing rate", t["filing_rate"], "(the average would be", average, ")")
  > PY
  21 counts summed; filing rate 75.0 (the average would be 79.8 )

## report units

Each county's units ranked as its own `report units` ranks them, the county's total, then
the total of all; the on-time rate and the median days to reply computed from the summed
counts and the merged replies.

  $ cppcc rollup counties.txt report units --year 2023 --format table
  all committees: handling units
  committee              unit      assigned  joint  replied  on time  on time (%)  overdue  median days to reply  A  B  C  D  satisfied  basically satisfied  unsatisfied
  ---------------------  --------  --------  -----  -------  -------  -----------  -------  --------------------  -  -  -  -  ---------  -------------------  -----------
  Beichuan County CPPCC  区教体局         1      0        1        1        100.0        0                    78  0  1  0  0          0                    0            0
  Beichuan County CPPCC  区城管局         2      0        1        1         50.0        1                    50  1  0  0  0          0                    0            0
  Beichuan County CPPCC  区水利局         2      1        1        0          0.0        1                   106  1  0  0  0          1                    0            1
  Beichuan County CPPCC  区住建局         1      1        0        0          0.0        1                        0  0  0  0          0                    0            0
  Beichuan County CPPCC  total            6      2        3        2         33.3        3                    78  2  1  0  0          1                    0            1
  Nanshan County CPPCC   区教体局         1      0        1        1        100.0        0                    42  1  0  0  0          1                    0            0
  Nanshan County CPPCC   区住建局         1      0        0        0          0.0        1                        0  0  0  0          0                    0            0
  Nanshan County CPPCC   区城管局         1      1        0        0          0.0        0                        0  0  0  0          0                    0            0
  Nanshan County CPPCC   区水利局         1      0        1        0          0.0        0                   149  0  1  0  0          0                    1            0
  Nanshan County CPPCC   total            4      1        2        1         25.0        1                  95.5  1  1  0  0          1                    1            0
  Xiling County CPPCC    区教体局         1      0        1        1        100.0        0                    78  0  1  0  0          0                    0            0
  Xiling County CPPCC    区城管局         2      0        1        1         50.0        1                    50  1  0  0  0          0                    0            0
  Xiling County CPPCC    区住建局         3      1        0        0          0.0        3                        0  0  0  0          0                    0            0
  Xiling County CPPCC    区水利局         2      2        1        0          0.0        1                   106  1  0  0  0          1                    0            1
  Xiling County CPPCC    total            8      3        3        2         25.0        5                    78  2  1  0  0          1                    0            1
  total                                  18      6        8        5         27.8        9                    78  5  3  0  0          3                    1            2
  $ cppcc rollup counties.txt report units --year 2023 --format csv
  committee,unit,assigned,joint,replied,on_time,on_time_rate,overdue,median_days,A,B,C,D,satisfied,basic,unsatisfied␍
  Beichuan County CPPCC,区教体局,1,0,1,1,100.0,0,78,0,1,0,0,0,0,0␍
  Beichuan County CPPCC,区城管局,2,0,1,1,50.0,1,50,1,0,0,0,0,0,0␍
  Beichuan County CPPCC,区水利局,2,1,1,0,0.0,1,106,1,0,0,0,1,0,1␍
  Beichuan County CPPCC,区住建局,1,1,0,0,0.0,1,,0,0,0,0,0,0,0␍
  Beichuan County CPPCC,total,6,2,3,2,33.3,3,78,2,1,0,0,1,0,1␍
  Nanshan County CPPCC,区教体局,1,0,1,1,100.0,0,42,1,0,0,0,1,0,0␍
  Nanshan County CPPCC,区住建局,1,0,0,0,0.0,1,,0,0,0,0,0,0,0␍
  Nanshan County CPPCC,区城管局,1,1,0,0,0.0,0,,0,0,0,0,0,0,0␍
  Nanshan County CPPCC,区水利局,1,0,1,0,0.0,0,149,0,1,0,0,0,1,0␍
  Nanshan County CPPCC,total,4,1,2,1,25.0,1,95.5,1,1,0,0,1,1,0␍
  Xiling County CPPCC,区教体局,1,0,1,1,100.0,0,78,0,1,0,0,0,0,0␍
  Xiling County CPPCC,区城管局,2,0,1,1,50.0,1,50,1,0,0,0,0,0,0␍
  Xiling County CPPCC,区住建局,3,1,0,0,0.0,3,,0,0,0,0,0,0,0␍
  Xiling County CPPCC,区水利局,2,2,1,0,0.0,1,106,1,0,0,0,1,0,1␍
  Xiling County CPPCC,total,8,3,3,2,25.0,5,78,2,1,0,0,1,0,1␍
  total,,18,6,8,5,27.8,9,78,5,3,0,0,3,1,2␍
  $ cppcc rollup counties.txt report units --year 2023 --format md | tail -3
  | Xiling County CPPCC | 区水利局 | 2 | 2 | 1 | 0 | 0.0 | 1 | 106 | 1 | 0 | 0 | 0 | 1 | 0 | 1 |
  | Xiling County CPPCC | total | 8 | 3 | 3 | 2 | 25.0 | 5 | 78 | 2 | 1 | 0 | 0 | 1 | 0 | 1 |
  | total |  | 18 | 6 | 8 | 5 | 27.8 | 9 | 78 | 5 | 3 | 0 | 0 | 3 | 1 | 2 |
  $ cppcc rollup counties.txt report units --year 2023 --format json | tail -3
    {"committee": "Xiling County CPPCC", "unit": "total", "assigned": 8, "joint": 3, "replied": 3, "on_time": 2, "on_time_rate": 25.0, "overdue": 5, "median_days": 78, "A": 2, "B": 1, "C": 0, "D": 0, "satisfied": 1, "basic": 0, "unsatisfied": 1},
    {"committee": "total", "unit": "", "assigned": 18, "joint": 6, "replied": 8, "on_time": 5, "on_time_rate": 27.8, "overdue": 9, "median_days": 78, "A": 5, "B": 3, "C": 0, "D": 0, "satisfied": 3, "basic": 1, "unsatisfied": 2}
  ]
  $ cppcc --db south/cppcc.db report units --year 2023 --format csv
  unit,assigned,joint,replied,on_time,on_time_rate,overdue,median_days,A,B,C,D,satisfied,basic,unsatisfied␍
  区教体局,1,0,1,1,100.0,0,42,1,0,0,0,1,0,0␍
  区住建局,1,0,0,0,0.0,1,,0,0,0,0,0,0,0␍
  区城管局,1,1,0,0,0.0,0,,0,0,0,0,0,0,0␍
  区水利局,1,0,1,0,0.0,0,149,0,1,0,0,0,1,0␍

## report proposals --by

  $ cppcc rollup counties.txt report proposals --by category --year 2023 --format table
  all committees: proposals by category
  category                 Beichuan County CPPCC  Nanshan County CPPCC  Xiling County CPPCC  total  share (%)
  -----------------------  ---------------------  --------------------  -------------------  -----  ---------
  social development                           4                     1                    4      9       37.5
  ecological civilisation                      2                     1                    2      5       20.9
  economic development                         1                     1                    3      5       20.8
  cultural development                         1                     1                    1      3       12.5
  other                                        1                     0                    1      2        8.3
  $ cppcc rollup counties.txt report proposals --by status --year 2023 --format csv
  status,Beichuan County CPPCC,Nanshan County CPPCC,Xiling County CPPCC,total,share␍
  assigned,1,2,3,6,25.0␍
  concluded,2,2,2,6,25.0␍
  converted,1,0,1,2,8.4␍
  filed,1,0,1,2,8.4␍
  not filed,1,0,1,2,8.3␍
  rehandling,1,0,1,2,8.3␍
  replied,1,0,1,2,8.3␍
  withdrawn,1,0,1,2,8.3␍
  $ cppcc --lang zh rollup counties.txt report proposals --by result --year 2023 --format md
  ## 各委员会办理结果汇总
  <BLANK>
  | 办理结果 | 北川县政协 | 南山县政协 | 西岭县政协 | 合计 | 占比（%） |
  | --- | ---: | ---: | ---: | ---: | ---: |
  | 无 | 5 | 2 | 7 | 14 | 58.4 |
  | A 已解决或基本解决 | 2 | 1 | 2 | 5 | 20.8 |
  | B 正在解决或列入计划解决 | 1 | 1 | 1 | 3 | 12.5 |
  | C 因条件限制需以后解决 | 1 | 0 | 1 | 2 | 8.3 |
  $ cppcc rollup counties.txt report proposals --by satisfaction --from 2023-01-01 --to 2023-06-30 --format json
  [
    {"satisfaction": "none", "Beichuan County CPPCC": 6, "Nanshan County CPPCC": 0, "Xiling County CPPCC": 6, "total": 12, "share": 66.7},
    {"satisfaction": "satisfied", "Beichuan County CPPCC": 1, "Nanshan County CPPCC": 1, "Xiling County CPPCC": 1, "total": 3, "share": 16.7},
    {"satisfaction": "unsatisfied", "Beichuan County CPPCC": 1, "Nanshan County CPPCC": 0, "Xiling County CPPCC": 1, "total": 2, "share": 11.1},
    {"satisfaction": "basically satisfied", "Beichuan County CPPCC": 0, "Nanshan County CPPCC": 1, "Xiling County CPPCC": 0, "total": 1, "share": 5.5}
  ]
  $ cppcc rollup counties.txt report proposals --by unit --year 2023 --format csv | head -2
  committee,unit,assigned,joint,replied,on_time,on_time_rate,overdue,median_days,A,B,C,D,satisfied,basic,unsatisfied␍
  Beichuan County CPPCC,区教体局,1,0,1,1,100.0,0,78,0,1,0,0,0,0,0␍
  $ cppcc rollup counties.txt report proposals --by colour --year 2023
  ! cppcc: cannot break proposals down by 'colour' (by status, category, type, sector, unit, result, satisfaction)
  [2]
  $ cppcc rollup counties.txt report proposals --year 2023 --from 2023-01-01
  ! cppcc: give --year or --from/--to, not both
  [2]

## member score

Every county's members, ranked within their own county (south's four tie at 1), with
the committee column; --sector keeps each county's ranks.

  $ cppcc rollup counties.txt member score --year 2023 --format csv | cut -d, -f1-5,26-
  committee,rank,code,name,sector,total,grade␍
  Beichuan County CPPCC,1,W0002,李华,economics,70,competent␍
  Beichuan County CPPCC,2,W0003,王玮,medicine and health,69,competent␍
  Beichuan County CPPCC,3,W0001,张明,education,68,competent␍
  Beichuan County CPPCC,4,W0004,陈𬀩,science and technology,65,competent␍
  Nanshan County CPPCC,1,W0001,张明,education,64,competent␍
  Nanshan County CPPCC,1,W0002,李华,economics,64,competent␍
  Nanshan County CPPCC,1,W0003,王玮,medicine and health,64,competent␍
  Nanshan County CPPCC,1,W0004,陈𬀩,science and technology,64,competent␍
  Xiling County CPPCC,1,W0002,李华,economics,74,competent␍
  Xiling County CPPCC,2,W0001,张明,education,72,competent␍
  Xiling County CPPCC,3,W0003,王玮,medicine and health,69,competent␍
  Xiling County CPPCC,4,W0004,陈𬀩,science and technology,65,competent␍
  $ cppcc rollup counties.txt member score --year 2023 --sector 经济界 --format table | cut -c1-60
  all committees: member scores 2023
  committee              rank  code   name  sector     plenary
  ---------------------  ----  -----  ----  ---------  -------
  Beichuan County CPPCC     1  W0002  李华  economics       
  Nanshan County CPPCC      1  W0002  李华  economics       
  Xiling County CPPCC       1  W0002  李华  economics       
  $ cppcc rollup counties.txt member score --year 2023 --sector 经济界 --format md | cut -d'|' -f1-6
  ## all committees: member scores 2023
  <BLANK>
  | committee | rank | code | name | sector 
  | --- | ---: | --- | --- | --- 
  | Beichuan County CPPCC | 1 | W0002 | 李华 | economics 
  | Nanshan County CPPCC | 1 | W0002 | 李华 | economics 
  | Xiling County CPPCC | 1 | W0002 | 李华 | economics 
  $ cppcc rollup counties.txt member score --year 2023 --sector 经济界 --format json | cut -c1-120
  [
    {"committee": "Beichuan County CPPCC", "rank": 1, "code": "W0002", "name": "李华", "sector": "economics", "plenary":
    {"committee": "Nanshan County CPPCC", "rank": 1, "code": "W0002", "name": "李华", "sector": "economics", "plenary": 
    {"committee": "Xiling County CPPCC", "rank": 1, "code": "W0002", "name": "李华", "sector": "economics", "plenary": 0
  ]
  $ cppcc rollup counties.txt member score --year 2023 --sector 无此界别
  ! cppcc: unknown sector '无此界别' (expected one of: 中共/中国共产党, 民革/中国国民党革命委员会, 民盟/中国民主同盟, 民建/中国民主建国会, 民进/中国民主促进会, 农工党/中国农工民主党/农工, 致公党/中国致公党/致公, 九三学社/九三, 台盟/台湾民主自治同盟, 民主党派, 无党派人士/无党派, 共青团/中国共产主义青年团, 工会/总工会/中华全国总工会, 妇联/妇女联合会/中华全国妇女联合会, 青联/青年联合会/中华全国青年联合会, 工商联/工商业联合会/中华全国工商业联合会, 科协/科学技术协会/中国科学技术协会, 台联/台湾同胞联谊会/中华全国台湾同胞联谊会, 侨联/归国华侨联合会/中华全国归国华侨联合会, 文化艺术界/文艺界, 科技界/科学技术界, 社会科学界/社科界, 经济界, 农业界, 教育界, 体育界, 新闻出版界/新闻界, 医药卫生界/医卫界, 对外友好界, 社会福利和社会保障界/社会福利与社会保障界, 少数民族界, 宗教界, 特邀人士/特邀)
  [65]

Every committee's part of the roll-up is that committee's own report, row for row: its
units and its totals (report units), its counts by category (report proposals --by), its
members' scores (member score); the totals are their sums.

  $ for c in north south west; do cppcc --db $c/cppcc.db report units --year 2023 --format json > $c-units.json; cppcc --db $c/cppcc.db report proposals --by category --year 2023 --format json > $c-category.json; cppcc --db $c/cppcc.db member score --year 2023 --format json > $c-scores.json; done
  $ cppcc rollup counties.txt report units --year 2023 --format json > units.json && cppcc rollup counties.txt report proposals --by category --year 2023 --format json > category.json && cppcc rollup counties.txt member score --year 2023 --format json > scores.json
  $ /usr/bin/python3 - <<'PY'
  > import json
  > load = lambda f: json.load(open(f))
  > names = {"north": "Beichuan County CPPCC", "south": "Nanshan County CPPCC", "west": "Xiling County CPPCC"}
  > units, category, scores = load("units.json"), load("category.json"), load("scores.json")
  > counted = ["assigned", "joint", "replied", "on_time", "overdue", "A", "B", "C", "D", "satisfied", "basic", "unsatisfied"]
  > for c, name in names.items():
  >     own = load(c + "-units.json")
  >     mine = [dict((k, v) for k, v in r.items() if k != "committee") for r in units if r["committee"] == name]
  >     assert mine[:-1] == own, (c, mine, own)
  >     assert all(mine[-1][k] == sum(r[k] for r in own) for k in counted), c
  >     assert {r["category"]: r[name] for r in category} == {r["category"]: r["count"] for r in load(c + "-category.json")} | {r["category"]: 0 for r in category if r["category"] not in {o["category"] for o in load(c + "-category.json")}}, c
  >     assert [dict((k, v) for k, v in r.items() if k != "committee") for r in scores if r["committee"] == name] == load(c + "-scores.json"), c
  > total = units[-1]
  > assert all(total[k] == sum(r[k] for r in units if r["unit"] == "total") for k in counted)
  > assert total["on_time_rate"] == round(100 * total["on_time"] / total["assigned"], 1)
  > assert all(r["total"] == sum(r[n] for n in names.values()) for r in category)
  > print(len(units), "unit rows,", len(category), "categories,", len(scores), "members: each committee's own report")
  > PY
  16 unit rows, 5 categories, 12 members: each committee's own report

## remind

What is overdue where: per committee, per unit, and the overdue proposals; csv and json
are remind's flat rows with a committee column.

  $ cppcc rollup counties.txt remind; echo "rc=$?"
  3 committees: proposal reminders
  as of               2024-03-01
  due within (days)   7
  committees          3
  overdue             7
  due soon            1
  waiting for review  1
  <BLANK>
  by committee
  committee              overdue  due soon  waiting for review  units with proposals overdue
  ---------------------  -------  --------  ------------------  ----------------------------
  Beichuan County CPPCC        2         0                   0                             3
  Nanshan County CPPCC         1         1                   0                             1
  Xiling County CPPCC          4         0                   1                             3
  total                        7         1                   1                             7
  <BLANK>
  by handling unit
  committee              unit      contact  phone         overdue  due soon  most days overdue
  ---------------------  --------  -------  ------------  -------  --------  -----------------
  Beichuan County CPPCC  区住建局  陈静     0915-3210002        1         0                274
  Beichuan County CPPCC  区城管局  孙力     0915-3210004        1         0                274
  Beichuan County CPPCC  区水利局  刘强     0915-3210001        2         0                274
  Nanshan County CPPCC   区住建局  陈静     0915-3210002        1         0                 29
  Nanshan County CPPCC   区城管局  孙力     0915-3210004        0         1
  Xiling County CPPCC    区住建局  陈静     0915-3210002        3         0                274
  Xiling County CPPCC    区城管局  孙力     0915-3210004        1         0                274
  Xiling County CPPCC    区水利局  刘强     0915-3210001        3         0                274
  <BLANK>
  overdue proposals
  committee              unit      code       title                       role   due         days overdue
  ---------------------  --------  ---------  --------------------------  -----  ----------  ------------
  Beichuan County CPPCC  区住建局  P2023-003  关于完善社区养老服务的建议  lead   2023-06-01           274
  Beichuan County CPPCC  区城管局  P2023-003  关于完善社区养老服务的建议  lead   2023-06-01           274
  Beichuan County CPPCC  区水利局  P2023-003  关于完善社区养老服务的建议  joint  2023-06-01           274
  Beichuan County CPPCC  区水利局  P2023-007  关于改善农村饮水安全的建议  lead   2023-08-10           204
  Nanshan County CPPCC   区住建局  S2023-003  关于老旧小区加装电梯的建议  lead   2024-02-01            29
  Xiling County CPPCC    区住建局  P2023-003  关于完善社区养老服务的建议  lead   2023-06-01           274
  Xiling County CPPCC    区住建局  W2023-101  关于改造农村公路的建议      lead   2024-01-25            36
  Xiling County CPPCC    区住建局  W2023-102  关于建设智慧农贸市场的建议  lead   2024-02-08            22
  Xiling County CPPCC    区城管局  P2023-003  关于完善社区养老服务的建议  lead   2023-06-01           274
  Xiling County CPPCC    区水利局  P2023-003  关于完善社区养老服务的建议  joint  2023-06-01           274
  Xiling County CPPCC    区水利局  P2023-007  关于改善农村饮水安全的建议  lead   2023-08-10           204
  Xiling County CPPCC    区水利局  W2023-101  关于改造农村公路的建议      joint  2024-01-25            36
  rc=0
  $ cppcc --lang zh rollup counties.txt remind --format md --within 0
  # 3个委员会提案催办
  <BLANK>
  - **截至日期**: 2024-03-01
  - **到期提醒天数**: 0
  - **委员会数**: 3
  - **超期提案**: 7
  - **即将到期提案**: 0
  - **待审查提案**: 1
  <BLANK>
  ## 各委员会情况
  <BLANK>
  | 委员会 | 超期提案 | 即将到期提案 | 待审查提案 | 有超期提案的单位 |
  | --- | ---: | ---: | ---: | ---: |
  | 北川县政协 | 2 | 0 | 0 | 3 |
  | 南山县政协 | 1 | 0 | 0 | 1 |
  | 西岭县政协 | 4 | 0 | 1 | 3 |
  | 合计 | 7 | 0 | 1 | 7 |
  <BLANK>
  ## 各承办单位情况
  <BLANK>
  | 委员会 | 承办单位 | 联系人 | 联系电话 | 超期提案 | 即将到期提案 | 最长超期天数 |
  | --- | --- | --- | --- | ---: | ---: | ---: |
  | 北川县政协 | 区住建局 | 陈静 | 0915-3210002 | 1 | 0 | 274 |
  | 北川县政协 | 区城管局 | 孙力 | 0915-3210004 | 1 | 0 | 274 |
  | 北川县政协 | 区水利局 | 刘强 | 0915-3210001 | 2 | 0 | 274 |
  | 南山县政协 | 区住建局 | 陈静 | 0915-3210002 | 1 | 0 | 29 |
  | 西岭县政协 | 区住建局 | 陈静 | 0915-3210002 | 3 | 0 | 274 |
  | 西岭县政协 | 区城管局 | 孙力 | 0915-3210004 | 1 | 0 | 274 |
  | 西岭县政协 | 区水利局 | 刘强 | 0915-3210001 | 3 | 0 | 274 |
  <BLANK>
  ## 超期提案
  <BLANK>
  | 委员会 | 承办单位 | 提案号 | 标题 | 办理方式 | 办理期限 | 逾期天数 |
  | --- | --- | --- | --- | --- | --- | ---: |
  | 北川县政协 | 区住建局 | P2023-003 | 关于完善社区养老服务的建议 | 主办 | 2023-06-01 | 274 |
  | 北川县政协 | 区城管局 | P2023-003 | 关于完善社区养老服务的建议 | 主办 | 2023-06-01 | 274 |
  | 北川县政协 | 区水利局 | P2023-003 | 关于完善社区养老服务的建议 | 会办 | 2023-06-01 | 274 |
  | 北川县政协 | 区水利局 | P2023-007 | 关于改善农村饮水安全的建议 | 主办 | 2023-08-10 | 204 |
  | 南山县政协 | 区住建局 | S2023-003 | 关于老旧小区加装电梯的建议 | 主办 | 2024-02-01 | 29 |
  | 西岭县政协 | 区住建局 | P2023-003 | 关于完善社区养老服务的建议 | 主办 | 2023-06-01 | 274 |
  | 西岭县政协 | 区住建局 | W2023-101 | 关于改造农村公路的建议 | 主办 | 2024-01-25 | 36 |
  | 西岭县政协 | 区住建局 | W2023-102 | 关于建设智慧农贸市场的建议 | 主办 | 2024-02-08 | 22 |
  | 西岭县政协 | 区城管局 | P2023-003 | 关于完善社区养老服务的建议 | 主办 | 2023-06-01 | 274 |
  | 西岭县政协 | 区水利局 | P2023-003 | 关于完善社区养老服务的建议 | 会办 | 2023-06-01 | 274 |
  | 西岭县政协 | 区水利局 | P2023-007 | 关于改善农村饮水安全的建议 | 主办 | 2023-08-10 | 204 |
  | 西岭县政协 | 区水利局 | W2023-101 | 关于改造农村公路的建议 | 会办 | 2024-01-25 | 36 |
  $ cppcc rollup counties.txt remind --format csv
  committee,unit,contact,phone,code,title,role,due,days,status␍
  Beichuan County CPPCC,区住建局,陈静,0915-3210002,P2023-003,关于完善社区养老服务的建议,lead,2023-06-01,274,overdue␍
  Beichuan County CPPCC,区城管局,孙力,0915-3210004,P2023-003,关于完善社区养老服务的建议,lead,2023-06-01,274,overdue␍
  Beichuan County CPPCC,区水利局,刘强,0915-3210001,P2023-003,关于完善社区养老服务的建议,joint,2023-06-01,274,overdue␍
  Beichuan County CPPCC,区水利局,刘强,0915-3210001,P2023-007,关于改善农村饮水安全的建议,lead,2023-08-10,204,overdue␍
  Nanshan County CPPCC,区住建局,陈静,0915-3210002,S2023-003,关于老旧小区加装电梯的建议,lead,2024-02-01,29,overdue␍
  Nanshan County CPPCC,区城管局,孙力,0915-3210004,S2023-004,关于扶持乡村电商的建议,lead,2024-03-08,7,due_soon␍
  Xiling County CPPCC,区住建局,陈静,0915-3210002,P2023-003,关于完善社区养老服务的建议,lead,2023-06-01,274,overdue␍
  Xiling County CPPCC,区住建局,陈静,0915-3210002,W2023-101,关于改造农村公路的建议,lead,2024-01-25,36,overdue␍
  Xiling County CPPCC,区住建局,陈静,0915-3210002,W2023-102,关于建设智慧农贸市场的建议,lead,2024-02-08,22,overdue␍
  Xiling County CPPCC,区城管局,孙力,0915-3210004,P2023-003,关于完善社区养老服务的建议,lead,2023-06-01,274,overdue␍
  Xiling County CPPCC,区水利局,刘强,0915-3210001,P2023-003,关于完善社区养老服务的建议,joint,2023-06-01,274,overdue␍
  Xiling County CPPCC,区水利局,刘强,0915-3210001,P2023-007,关于改善农村饮水安全的建议,lead,2023-08-10,204,overdue␍
  Xiling County CPPCC,区水利局,刘强,0915-3210001,W2023-101,关于改造农村公路的建议,joint,2024-01-25,36,overdue␍
  Xiling County CPPCC,,,,W2024-001,关于增加公共停车位的建议,,,29,waiting_review␍
  $ cppcc rollup counties.txt remind --format json | head -12
  {
    "title": "3 committees: proposal reminders",
    "fields": {
      "as_of": "2024-03-01",
      "within": 7,
      "committees": 3,
      "overdue": 7,
      "due_soon": 1,
      "waiting_review": 1
    },
    "tables": {
      "reminders": [

Nothing due anywhere: no output at all, exit 0 (cron mails nothing).

  $ cppcc --as-of 2023-01-05 rollup counties.txt remind --format csv; echo "rc=$?"
  rc=0

## The office's files: xlsx and docx open, headed with the roll-up's name

No --config naming a committee: "3 committees". A city's --config naming its committee:
that name, in the masthead and the signature.

  $ cppcc rollup counties.txt report annual --year 2023 --format xlsx > annual.xlsx && python3 $DATA/describe_xlsx.py annual.xlsx 2 | grep -E '^(sheet|header|1:|2:)'
  sheet all committees： the year 2023 i: 28 rows, 6 columns
  header bold: yes
  2: key=s:'proposals_received' figure=s:'proposals received' Beichuan County CPPCC=n:9 Nanshan County CPPCC=n:4 Xiling County CPPCC=n:11 total=n:24
  $ cppcc rollup counties.txt report units --year 2023 --format xlsx > units.xlsx && python3 $DATA/describe_xlsx.py units.xlsx 1 | grep -E '^(sheet|1:)'
  sheet all committees： handling units: 17 rows, 16 columns
  $ cppcc rollup counties.txt member score --year 2023 --format xlsx > scores.xlsx && python3 $DATA/describe_xlsx.py scores.xlsx 0 | grep -E '^sheet'
  sheet all committees： member scores 2: 13 rows, 27 columns
  $ cppcc rollup counties.txt remind --format xlsx > remind.xlsx && python3 $DATA/describe_xlsx.py remind.xlsx 0 | grep -E '^sheet'
  sheet 3 committees： proposal reminder: 7 rows, 2 columns
  sheet by committee: 5 rows, 5 columns
  sheet by handling unit: 9 rows, 7 columns
  sheet overdue proposals: 13 rows, 7 columns
  $ cppcc rollup counties.txt report annual --year 2023 --format docx > annual.docx && python3 $DATA/describe_docx.py annual.docx | grep -E '^(title|tables|signature)'
  title: 'all committees: the year 2023 in figures': 方正小标宋简体 22.0 pt, aligned CENTER (1)
  tables: 1; 1 with a header row, of which 1 repeat it on every page and 1 have it bold; text 12.0 pt
  signature: 3 committees / 1 March 2024
  $ cppcc rollup counties.txt remind --format docx > remind.docx && python3 $DATA/describe_docx.py remind.docx | grep -E '^(title|tables|signature)'
  title: '3 committees: proposal reminders': 方正小标宋简体 22.0 pt, aligned CENTER (1)
  tables: 4; 3 with a header row, of which 3 repeat it on every page and 3 have it bold; text 12.0 pt
  signature: 3 committees / 1 March 2024
  $ cppcc rollup counties.txt report proposals --by category --year 2023 --format html | grep -E 'class="committee"|<h1>'
  <p class="committee">3 committees</p>
  <h1>all committees: proposals by category</h1>
  $ cppcc rollup counties.txt report annual --year 2023 --format pdf > annual.pdf && pdfinfo annual.pdf | grep -E '^Page size' && pdftotext -layout annual.pdf - | grep -E 'proposals received|all committees|Figure'
  Page size:       594.96 x 841.92 pts (A4)
         all committees: the year 2023 in figures
               Figure            Beichuan County Nanshan County Xiling County Total
  proposals received                            9              4            11 24
               Figure              Beichuan County Nanshan County Xiling County Total
  $ printf 'committee:\n  name: 汉中市政协\n  name_en: Hanzhong City CPPCC\n' > city.yaml
  $ cppcc --config city.yaml --lang zh rollup counties.txt report annual --year 2023 --format docx > city.docx && python3 $DATA/describe_docx.py city.docx | grep -E '^(title|signature)'
  title: '2023年各委员会主要数据汇总': 方正小标宋简体 22.0 pt, aligned CENTER (1)
  signature: 汉中市政协 / 2024年3月1日
  $ cppcc --config city.yaml rollup counties.txt remind --format html | grep -E 'class="committee"|<h1>'
  <h1>Hanzhong City CPPCC: proposal reminders</h1>

## Sources: databases, directories, list files; each file once

A directory is its *.db files; a file named through a directory and by name, or twice,
is read once, with a warning. A list file is told from a database by its first bytes
(a database starts "SQLite format 3", a bundle is a zip, "PK"); its lines are paths
relative to it, # comments and blank lines left out.

  $ cppcc rollup north south/cppcc.db ./north/cppcc.db counties.txt report annual --year 2023 --format csv | head -2
  key,figure,Beichuan County CPPCC,Nanshan County CPPCC,Xiling County CPPCC,total␍
  proposals_received,proposals received,9,4,11,24␍
  ! cppcc: './north/cppcc.db' is the same database as 'north/cppcc.db': read once
  ! cppcc: 'north/cppcc.db' is named twice: read once
  ! cppcc: 'south/cppcc.db' is named twice: read once
  $ mkdir -p lists/inner && printf '# nested\n../../west/cppcc.db\n' > lists/inner/more.txt && printf 'inner/more.txt\n%s/south/cppcc.db\n' "$PWD" > lists/all.txt && cppcc rollup lists/all.txt report annual --year 2023 --format csv | head -1
  key,figure,Xiling County CPPCC,Nanshan County CPPCC,total␍
  $ printf 'loop.txt\n' > loop.txt && cppcc rollup loop.txt report annual --year 2023
  ! cppcc: the list of sources 'loop.txt' names itself
  [66]
  $ printf 'PK\003\004 a zip' > county.zip && cppcc rollup county.zip report annual --year 2023
  ! cppcc: county.zip: not a complete zip archive (truncated or damaged?): Not a zip archive
  [65]
  $ printf '\000\001\002binary' > blob.bin && cppcc rollup blob.bin report annual --year 2023
  ! cppcc: 'blob.bin' is neither a database, an export bundle nor a list of sources (UTF-8 text, one path a line)
  [66]

## Bad sources: an older schema (65), a missing one (66), each named; --skip-bad

  $ cppcc rollup counties.txt old/cppcc.db report annual --year 2023 --format csv
  ! cppcc: database 'old/cppcc.db' has schema version 10, this cppcc's is 11: a roll-up reads only databases of its own version (run 'cppcc db migrate' on an older one with that office's cppcc, or roll up with a newer cppcc)
  [65]
  $ cppcc rollup counties.txt gone/cppcc.db report units --year 2023 --format csv
  ! cppcc: no database at 'gone/cppcc.db'
  [66]
  $ cppcc rollup counties.txt old gone/cppcc.db --skip-bad report proposals --by category --year 2023 --format csv
  category,Beichuan County CPPCC,Nanshan County CPPCC,Xiling County CPPCC,total,share␍
  social development,4,1,4,9,37.5␍
  ecological civilisation,2,1,2,5,20.9␍
  economic development,1,1,3,5,20.8␍
  cultural development,1,1,1,3,12.5␍
  other,1,0,1,2,8.3␍
  ! cppcc: left out of the roll-up (--skip-bad): database 'old/cppcc.db' has schema version 10, this cppcc's is 11: a roll-up reads only databases of its own version (run 'cppcc db migrate' on an older one with that office's cppcc, or roll up with a newer cppcc)
  ! cppcc: left out of the roll-up (--skip-bad): no database at 'gone/cppcc.db'
  $ cppcc rollup old gone/cppcc.db --skip-bad remind
  ! cppcc: left out of the roll-up (--skip-bad): database 'old/cppcc.db' has schema version 10, this cppcc's is 11: a roll-up reads only databases of its own version (run 'cppcc db migrate' on an older one with that office's cppcc, or roll up with a newer cppcc)
  ! cppcc: left out of the roll-up (--skip-bad): no database at 'gone/cppcc.db'
  ! cppcc: no database could be read: nothing to roll up
  [66]

The counties' databases were read, not written:

  $ cksum north/cppcc.db south/cppcc.db west/cppcc.db | diff before.txt - && echo unchanged
  unchanged
