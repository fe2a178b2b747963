Member performance scores (委员履职考评, docs/domain.md §3.6): the rules of schemas/scoring.yaml
applied to a year's records imported from ledgers — activities with attendance,
proposals led and co-signed, social-opinion reports with adoptions and instructions,
articles — ranked with grades, and the member file (履职档案) that shows how a
member's score was reached. An office's cppcc.yaml changes the rules without a
rebuild; a bad rule, an unknown member and a bad year are refused.

  $ cppcc -q db init
  $ cat > 委员.csv <<'EOF'
  > code,name,sector,standing,status
  > W001,张明,教育界,是,
  > W002,李华,经济界,否,
  > W003,王玮,医药卫生界,否,
  > W004,赵敏,教育界,否,
  > W005,孙强,经济界,否,已离任
  > W006,钱进,经济界,否,
  > EOF
  $ cppcc -q member import 委员.csv
  $ cat > 工作室.csv <<'EOF'
  > name,lead,members
  > 江北委员工作室,张明,张明;李华
  > EOF
  $ cppcc -q studio import 工作室.csv

Activities: a plenary that two members missed without leave, a standing committee
meeting (李华 attends but is not a standing member; 王玮 is excused), an office study
session (孙强 has left: not scored), a studio's micro-consultation, and one activity
each side of 2023.

  $ cat > 活动.csv <<'EOF'
  > code,kind,date,title,studio,participants,excused,absent
  > A01,plenary,2023-01-10,十六届二次会议,,张明;李华;王玮,,赵敏;钱进
  > A02,standing_committee,2023-03-01,常委会第五次会议,,张明;李华,王玮,
  > A03,study,2023-04-01,集体学习,,张明;王玮;孙强,,
  > A04,micro_consultation,2023-05-01,加装电梯微协商,江北委员工作室,张明;李华,,
  > A05,research,2022-12-30,年底调研,,张明,,
  > A06,plenary,2024-01-05,十六届三次会议,,张明,,
  > EOF
  $ cppcc -q activity import 活动.csv

Proposals: P1 filed and key (and excellent, below), co-signed by 李华 and 王玮; P2 not
filed; P3 was submitted in December 2022 and filed in 2023, so it counts in 2022.

  $ cat > 提案.csv <<'EOF'
  > code,title,proposer,cosigners,category,submitted,status,filed,key,key_leader,reject_reason
  > P1,关于加强城区供水管网改造的建议,张明,李华;王玮,社会建设,2023-01-12,filed,2023-02-20,是,王建国,
  > P2,关于某民事案件再审的请求,李华,,其他,2023-01-13,not_filed,,,,属于司法个案
  > P3,关于改善农村饮水安全的建议,王玮,张明,生态文明建设,2022-12-28,filed,2023-01-05,,,
  > EOF
  $ cppcc -q proposal import 提案.csv

Opinions: S1 adopted by the city and the province (only the highest level scores),
S2 adopted by the city in a combined piece (half the points) and instructed by a
leader, S3 still received. Articles: X1 by two members (each gets half), X3 dated 2024.

  $ cat > 社情民意.csv <<'EOF'
  > code,title,submitter,submitted,status,issue_no,compiled,adopted_levels,instructed_by
  > S1,关于校园周边交通的建议,张明,2023-03-10,compiled,2023年第5期,2023-03-20,市;省,
  > S2,关于农村垃圾处理的建议,王玮,2023-04-01,compiled,2023年第8期,2023-05-01,市（综合）,王书记
  > S3,关于公交线路的建议,李华,2023-12-20,,,,,
  > EOF
  $ cppcc -q opinion import 社情民意.csv
  $ cat > 宣传.csv <<'EOF'
  > code,title,outlet,level,date,authors
  > X1,政协委员走进社区,安康日报,市,2023-06-01,张明、王玮
  > X2,一名委员的履职故事,人民政协报,全国,2023-07-01,李华
  > X3,新年新气象,陕西日报,省,2024-01-02,张明
  > EOF
  $ cppcc -q article import 宣传.csv

The ledger marks S2's city adoption as a combined piece (综合). After the year's
assessment, the list of excellent proposals (优秀提案) marks P1 on the stored record:

  $ printf '提案号,优秀提案\nP1,是\n' > 优秀提案.csv && cppcc -q proposal import 优秀提案.csv && cppcc proposal show P1 | grep -E '^(key|key leader|excellent) '
  key             yes
  key leader      王建国
  excellent       yes

## The ranked table

Everyone starts from 60. 张明: plenary 2, standing committee 2, study 1, studio 1,
P1 submitted 1 + filed 3 + key 2 + excellent 3, S1 compiled 1 + adopted by the
province 5 (not by the city as well), half of X1 1 — 82. 赵敏 and 钱进 each lost 3
for the plenary and share rank 4. 孙强 has left and is not scored.

  $ cppcc member score --year 2023 --format table
  member scores 2023
  rank  code  name  sector               plenary  standing committee  absent without leave  activities  studio activities  proposals submitted  proposals filed  key proposals  excellent proposals  co-signed filed  opinions compiled  adopted district  adopted city  adopted province  adopted national  instructions  articles district  articles city  articles province  articles national  total  grade
  ----  ----  ----  -------------------  -------  ------------------  --------------------  ----------  -----------------  -------------------  ---------------  -------------  -------------------  ---------------  -----------------  ----------------  ------------  ----------------  ----------------  ------------  -----------------  -------------  -----------------  -----------------  -----  -------------------
     1  W001  张明  education                  2                   2                     0           1                  1                    1                3              2                    3                0                  1                 0             0                 5                 0             0                  0              1                  0                  0     82  competent
     2  W003  王玮  medicine and health        2                   0                     0           1                  0                    0                0              0                    0                1                  1                 0           1.5                 0                 0             5                  0              1                  0                  0   72.5  competent
     3  W002  李华  economics                  2                   0                     0           0                  1                    1                0              0                    0                1                  0                 0             0                 0                 0             0                  0              0                  0                  5     70  competent
     4  W004  赵敏  education                  0                   0                    -3           0                  0                    0                0              0                    0                0                  0                 0             0                 0                 0             0                  0              0                  0                  0     57  basically competent
     4  W006  钱进  economics                  0                   0                    -3           0                  0                    0                0              0                    0                0                  0                 0             0                 0                 0             0                  0              0                  0                  0     57  basically competent
  $ cppcc member score --year 2023 --format csv
  rank,code,name,sector,plenary,standing_committee,meeting_absent,office_activity,studio_activity,lead_submitted,lead_filed,lead_key,lead_excellent,cosigned_filed,opinion_compiled,adopted_district,adopted_city,adopted_province,adopted_national,instructed,article_district,article_city,article_province,article_national,total,grade␍
  1,W001,张明,education,2,2,0,1,1,1,3,2,3,0,1,0,0,5,0,0,0,1,0,0,82,competent␍
  2,W003,王玮,medicine and health,2,0,0,1,0,0,0,0,0,1,1,0,1.5,0,0,5,0,1,0,0,72.5,competent␍
  3,W002,李华,economics,2,0,0,0,1,1,0,0,0,1,0,0,0,0,0,0,0,0,0,5,70,competent␍
  4,W004,赵敏,education,0,0,-3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,57,basically competent␍
  4,W006,钱进,economics,0,0,-3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,57,basically competent␍
  $ cppcc member score --year 2023 --format json
  [
    {"rank": 1, "code": "W001", "name": "张明", "sector": "education", "plenary": 2, "standing_committee": 2, "meeting_absent": 0, "office_activity": 1, "studio_activity": 1, "lead_submitted": 1, "lead_filed": 3, "lead_key": 2, "lead_excellent": 3, "cosigned_filed": 0, "opinion_compiled": 1, "adopted_district": 0, "adopted_city": 0, "adopted_province": 5, "adopted_national": 0, "instructed": 0, "article_district": 0, "article_city": 1, "article_province": 0, "article_national": 0, "total": 82, "grade": "competent"},
    {"rank": 2, "code": "W003", "name": "王玮", "sector": "medicine and health", "plenary": 2, "standing_committee": 0, "meeting_absent": 0, "office_activity": 1, "studio_activity": 0, "lead_submitted": 0, "lead_filed": 0, "lead_key": 0, "lead_excellent": 0, "cosigned_filed": 1, "opinion_compiled": 1, "adopted_district": 0, "adopted_city": 1.5, "adopted_province": 0, "adopted_national": 0, "instructed": 5, "article_district": 0, "article_city": 1, "article_province": 0, "article_national": 0, "total": 72.5, "grade": "competent"},
    {"rank": 3, "code": "W002", "name": "李华", "sector": "economics", "plenary": 2, "standing_committee": 0, "meeting_absent": 0, "office_activity": 0, "studio_activity": 1, "lead_submitted": 1, "lead_filed": 0, "lead_key": 0, "lead_excellent": 0, "cosigned_filed": 1, "opinion_compiled": 0, "adopted_district": 0, "adopted_city": 0, "adopted_province": 0, "adopted_national": 0, "instructed": 0, "article_district": 0, "article_city": 0, "article_province": 0, "article_national": 5, "total": 70, "grade": "competent"},
    {"rank": 4, "code": "W004", "name": "赵敏", "sector": "education", "plenary": 0, "standing_committee": 0, "meeting_absent": -3, "office_activity": 0, "studio_activity": 0, "lead_submitted": 0, "lead_filed": 0, "lead_key": 0, "lead_excellent": 0, "cosigned_filed": 0, "opinion_compiled": 0, "adopted_district": 0, "adopted_city": 0, "adopted_province": 0, "adopted_national": 0, "instructed": 0, "article_district": 0, "article_city": 0, "article_province": 0, "article_national": 0, "total": 57, "grade": "basically competent"},
    {"rank": 4, "code": "W006", "name": "钱进", "sector": "economics", "plenary": 0, "standing_committee": 0, "meeting_absent": -3, "office_activity": 0, "studio_activity": 0, "lead_submitted": 0, "lead_filed": 0, "lead_key": 0, "lead_excellent": 0, "cosigned_filed": 0, "opinion_compiled": 0, "adopted_district": 0, "adopted_city": 0, "adopted_province": 0, "adopted_national": 0, "instructed": 0, "article_district": 0, "article_city": 0, "article_province": 0, "article_national": 0, "total": 57, "grade": "basically competent"}
  ]
  $ cppcc --lang zh member score --year 2023 --format md
  ## 委员履职考评 2023
  <BLANK>
  | 名次 | 编号 | 姓名 | 界别 | 出席全会 | 出席常委会 | 无故缺席会议 | 参加履职活动 | 参加工作室活动 | 提交提案 | 提案立案 | 重点提案 | 优秀提案 | 联名提案立案 | 社情民意编发 | 区级采用 | 市级采用 | 省级采用 | 国家级采用 | 领导批示 | 区级宣传信息 | 市级宣传信息 | 省级宣传信息 | 国家级宣传信息 | 总分 | 等次 |
  | ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
  | 1 | W001 | 张明 | 教育界 | 2 | 2 | 0 | 1 | 1 | 1 | 3 | 2 | 3 | 0 | 1 | 0 | 0 | 5 | 0 | 0 | 0 | 1 | 0 | 0 | 82 | 称职 |
  | 2 | W003 | 王玮 | 医药卫生界 | 2 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 1 | 0 | 1.5 | 0 | 0 | 5 | 0 | 1 | 0 | 0 | 72.5 | 称职 |
  | 3 | W002 | 李华 | 经济界 | 2 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 70 | 称职 |
  | 4 | W004 | 赵敏 | 教育界 | 0 | 0 | -3 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 57 | 基本称职 |
  | 4 | W006 | 钱进 | 经济界 | 0 | 0 | -3 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 57 | 基本称职 |

`--sector` lists one sector's members; ranks stay those of the whole committee.

  $ cppcc member score --year 2023 --sector 教育界 --format csv | cut -d, -f1-4,25-
  rank,code,name,sector,total,grade␍
  1,W001,张明,education,82,competent␍
  4,W004,赵敏,education,57,basically competent␍

Without --year the year of today (or --as-of) is scored: in 2024 张明 attended the
plenary and wrote X3; in 2022 王玮 submitted P3 (filed in 2023) and 张明 co-signed it
and went on the December research trip.

  $ cppcc member score --format csv | cut -d, -f1-3,25-
  rank,code,name,total,grade␍
  1,W001,张明,65,competent␍
  2,W002,李华,60,competent␍
  2,W003,王玮,60,competent␍
  2,W004,赵敏,60,competent␍
  2,W006,钱进,60,competent␍
  $ cppcc --as-of 2022-06-30 member score --format csv | cut -d, -f1-3,25-
  rank,code,name,total,grade␍
  1,W003,王玮,64,competent␍
  2,W001,张明,62,competent␍
  3,W002,李华,60,competent␍
  3,W004,赵敏,60,competent␍
  3,W006,钱进,60,competent␍

## The member file (履职档案)

  $ cppcc member show W001 --year 2023
  张明 (W001): member file, 2023
  code         W001
  name         张明
  gender
  ethnicity
  party
  sector       education
  workplace
  post
  phone
  term         16
  standing     yes
  roles
  status       active
  year         2023
  base points  60
  total        82
  grade        competent
  rank         1
  <BLANK>
  proposals
  code  title                           role  submitted   status  filed       key  excellent
  ----  ------------------------------  ----  ----------  ------  ----------  ---  ---------
  P1    关于加强城区供水管网改造的建议  lead  2023-01-12  filed   2023-02-20  yes  yes
  <BLANK>
  social-opinion reports
  code  title                   submitted   status    issue no     compiled    adoptions                         instructions
  ----  ----------------------  ----------  --------  -----------  ----------  --------------------------------  ------------
  S1    关于校园周边交通的建议  2023-03-10  compiled  2023年第5期  2023-03-20  city · single; province · single
  <BLANK>
  activities
  code  date        kind                        title             organiser       attendance
  ----  ----------  --------------------------  ----------------  --------------  ----------
  A01   2023-01-10  plenary session             十六届二次会议    office          present
  A02   2023-03-01  standing committee meeting  常委会第五次会议  office          present
  A03   2023-04-01  collective study            集体学习          office          present
  A04   2023-05-01  micro-consultation          加装电梯微协商    江北委员工作室  present
  <BLANK>
  articles
  code  date        title             outlet    level  authors
  ----  ----------  ----------------  --------  -----  ---------
  X1    2023-06-01  政协委员走进社区  安康日报  city   张明;王玮
  <BLANK>
  score
  item                  count  points  cap  capped
  --------------------  -----  ------  ---  ------
  plenary                   1       2
  standing committee        1       2
  absent without leave      0       0
  activities                1       1   10
  studio activities         1       1   10
  proposals submitted       1       1
  proposals filed           1       3
  key proposals             1       2
  excellent proposals       1       3
  co-signed filed           0       0    5
  opinions compiled         1       1
  adopted district          0       0
  adopted city              0       0
  adopted province          1       5
  adopted national          0       0
  instructions              0       0
  articles district         0       0
  articles city             1       1
  articles province         0       0
  articles national         0       0
  <BLANK>
  how the score was reached
  item                 date        record  title                           detail                                         points  counted
  -------------------  ----------  ------  ------------------------------  ---------------------------------------------  ------  -------
  plenary              2023-01-10  A01     十六届二次会议                  plenary session · present                           2        2
  standing committee   2023-03-01  A02     常委会第五次会议                standing committee meeting · present                2        2
  activities           2023-04-01  A03     集体学习                        collective study · present                          1        1
  studio activities    2023-05-01  A04     加装电梯微协商                  micro-consultation · present · 江北委员工作室       1        1
  proposals submitted  2023-01-12  P1      关于加强城区供水管网改造的建议  lead · filed                                        1        1
  proposals filed      2023-01-12  P1      关于加强城区供水管网改造的建议  lead · filed                                        3        3
  key proposals        2023-01-12  P1      关于加强城区供水管网改造的建议  lead · filed                                        2        2
  excellent proposals  2023-01-12  P1      关于加强城区供水管网改造的建议  lead · filed                                        3        3
  opinions compiled    2023-03-20  S1      关于校园周边交通的建议          compiled · 2023年第5期                              1        1
  adopted province     2023-03-20  S1      关于校园周边交通的建议          province · single                                   5        5
  articles city        2023-06-01  X1      政协委员走进社区                city · 安康日报 · 1/2                               1        1
  $ cppcc --lang zh member show 王玮 --year 2023 --format md
  # 王玮委员2023年度履职档案
  <BLANK>
  - **编号**: W003
  - **姓名**: 王玮
  - **性别**:
  - **民族**:
  - **党派**:
  - **界别**: 医药卫生界
  - **工作单位**:
  - **职务**:
  - **电话**:
  - **届次**: 16
  - **常委**: 否
  - **角色**:
  - **状态**: 在职
  - **年度**: 2023
  - **基础分**: 60
  - **总分**: 72.5
  - **等次**: 称职
  - **名次**: 2
  <BLANK>
  ## 提案
  <BLANK>
  | 编号 | 标题 | 身份 | 提交日期 | 状态 | 立案日期 | 重点提案 | 优秀提案 |
  | --- | --- | --- | --- | --- | --- | --- | --- |
  | P1 | 关于加强城区供水管网改造的建议 | 联名人 | 2023-01-12 | 已立案 | 2023-02-20 | 是 | 是 |
  <BLANK>
  ## 社情民意信息
  <BLANK>
  | 编号 | 标题 | 提交日期 | 状态 | 期号 | 编发日期 | 采用情况 | 领导批示 |
  | --- | --- | --- | --- | --- | --- | --- | --- |
  | S2 | 关于农村垃圾处理的建议 | 2023-04-01 | 已编发 | 2023年第8期 | 2023-05-01 | 市级 · 综合 | 王书记 |
  <BLANK>
  ## 履职活动
  <BLANK>
  | 编号 | 日期 | 活动类型 | 标题 | 组织方 | 出勤 |
  | --- | --- | --- | --- | --- | --- |
  | A01 | 2023-01-10 | 全会 | 十六届二次会议 | 政协机关 | 出席 |
  | A02 | 2023-03-01 | 常委会 | 常委会第五次会议 | 政协机关 | 请假 |
  | A03 | 2023-04-01 | 集体学习 | 集体学习 | 政协机关 | 出席 |
  <BLANK>
  ## 宣传信息
  <BLANK>
  | 编号 | 日期 | 标题 | 刊发媒体 | 级别 | 作者 |
  | --- | --- | --- | --- | --- | --- |
  | X1 | 2023-06-01 | 政协委员走进社区 | 安康日报 | 市级 | 张明;王玮 |
  <BLANK>
  ## 考评得分
  <BLANK>
  | 考评项目 | 次数 | 得分 | 上限 | 封顶 |
  | --- | ---: | ---: | ---: | --- |
  | 出席全会 | 1 | 2 |  |  |
  | 出席常委会 | 0 | 0 |  |  |
  | 无故缺席会议 | 0 | 0 |  |  |
  | 参加履职活动 | 1 | 1 | 10 |  |
  | 参加工作室活动 | 0 | 0 | 10 |  |
  | 提交提案 | 0 | 0 |  |  |
  | 提案立案 | 0 | 0 |  |  |
  | 重点提案 | 0 | 0 |  |  |
  | 优秀提案 | 0 | 0 |  |  |
  | 联名提案立案 | 1 | 1 | 5 |  |
  | 社情民意编发 | 1 | 1 |  |  |
  | 区级采用 | 0 | 0 |  |  |
  | 市级采用 | 1 | 1.5 |  |  |
  | 省级采用 | 0 | 0 |  |  |
  | 国家级采用 | 0 | 0 |  |  |
  | 领导批示 | 1 | 5 |  |  |
  | 区级宣传信息 | 0 | 0 |  |  |
  | 市级宣传信息 | 1 | 1 |  |  |
  | 省级宣传信息 | 0 | 0 |  |  |
  | 国家级宣传信息 | 0 | 0 |  |  |
  <BLANK>
  ## 得分明细
  <BLANK>
  | 考评项目 | 日期 | 编号 | 标题 | 说明 | 得分 | 计分 |
  | --- | --- | --- | --- | --- | ---: | ---: |
  | 出席全会 | 2023-01-10 | A01 | 十六届二次会议 | 全会 · 出席 | 2 | 2 |
  | 参加履职活动 | 2023-04-01 | A03 | 集体学习 | 集体学习 · 出席 | 1 | 1 |
  | 联名提案立案 | 2023-01-12 | P1 | 关于加强城区供水管网改造的建议 | 联名人 · 已立案 | 1 | 1 |
  | 社情民意编发 | 2023-05-01 | S2 | 关于农村垃圾处理的建议 | 已编发 · 2023年第8期 | 1 | 1 |
  | 市级采用 | 2023-05-01 | S2 | 关于农村垃圾处理的建议 | 市级 · 综合 | 1.5 | 1.5 |
  | 领导批示 | 2023-05-01 | S2 | 关于农村垃圾处理的建议 | 王书记 | 5 | 5 |
  | 市级宣传信息 | 2023-06-01 | X1 | 政协委员走进社区 | 市级 · 安康日报 · 1/2 | 1 | 1 |
  $ cppcc member show W002 --year 2023 --format json | sed -n '/"derivation"/,$p'
      "derivation": [
        {"item": "plenary", "date": "2023-01-10", "record": "A01", "title": "十六届二次会议", "detail": "plenary session · present", "points": 2, "counted": 2},
        {"item": "studio activities", "date": "2023-05-01", "record": "A04", "title": "加装电梯微协商", "detail": "micro-consultation · present · 江北委员工作室", "points": 1, "counted": 1},
        {"item": "proposals submitted", "date": "2023-01-13", "record": "P2", "title": "关于某民事案件再审的请求", "detail": "lead · not filed", "points": 1, "counted": 1},
        {"item": "co-signed filed", "date": "2023-01-12", "record": "P1", "title": "关于加强城区供水管网改造的建议", "detail": "co-signer · filed", "points": 1, "counted": 1},
        {"item": "articles national", "date": "2023-07-01", "record": "X2", "title": "一名委员的履职故事", "detail": "national · 人民政协报", "points": 5, "counted": 5}
      ]
    }
  }

Without --year, `member show` is the member's record as before.

  $ cppcc member show W004 | tail -3
  standing   no
  roles
  status     active

## An office's own rules

cppcc.yaml beside the database changes a rule (a filed proposal earns 5), turns
one off (excellent proposals: 张明 82 − 3 + 2 = 81), and adds an item for the
office's own activity kind, which the office activities item then leaves out
(李华 70 + 2 = 72).

  $ cat > cppcc.yaml <<'EOF'
  > activity:
  >   kinds:
  >     - plenary
  >     - standing_committee
  >     - study
  >     - research
  >     - micro_consultation
  >     - {id: patrol, zh: 河长巡河, en: river patrol}
  > scoring:
  >   items:
  >     lead_filed: {points: 5}
  >     lead_excellent: {enabled: no}
  >     patrol: {source: activity, kinds: [patrol], points: 2, cap: 4, zh: 巡河, en: patrol}
  >     office_activity: {except_kinds: [plenary, standing_committee, patrol]}
  > EOF
  $ printf 'code,kind,date,title,participants\nA07,河长巡河,2023-08-01,汉江巡河,李华\n' > 巡河.csv
  $ cppcc -q activity import 巡河.csv
  $ cppcc member score --year 2023 --format csv | cut -d, -f1-3,8,11,24-
  rank,code,name,office_activity,lead_filed,patrol,total,grade␍
  1,W001,张明,1,5,0,81,competent␍
  2,W003,王玮,1,0,0,72.5,competent␍
  3,W002,李华,0,0,2,72,competent␍
  4,W004,赵敏,0,0,0,57,basically competent␍
  4,W006,钱进,0,0,0,57,basically competent␍

A rule naming an unknown kind, or a setting that does not exist, is refused with
the file, line and key.

  $ cat > bad.yaml <<'EOF'
  > scoring:
  >   items:
  >     plenary: {kinds: [plenery]}
  > EOF
  $ cppcc --config bad.yaml member score --year 2023
  ! cppcc: bad.yaml:3: key 'scoring.items.plenary.kinds': unknown activity kind 'plenery' (did you mean 'plenary'?)
  [78]
  $ cat > bad.yaml <<'EOF'
  > scoring:
  >   items:
  >     lead_filed:
  >       pionts: 4
  > EOF
  $ cppcc --config bad.yaml member score --year 2023
  ! cppcc: bad.yaml:4: unknown key 'scoring.items.lead_filed.pionts' (not a setting of items of source 'lead_proposal'; did you mean 'points'?)
  [78]

## Refused

  $ cppcc member show W09 --year 2023
  ! cppcc: no member 'W09' (did you mean 'W001', 'W002' or 'W003'?)
  [65]
  $ cppcc member score --year 二〇二三
  ! cppcc: --year: 二〇二三 is not between 1949 and 9999 (see --help)
  [2]
  $ cppcc member score --year 23
  ! cppcc: --year: 23 is not between 1949 and 9999 (see --help)
  [2]
