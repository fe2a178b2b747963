The members' year through its own commands (docs/domain.md §1, §2.9): studios are added,
shown with a year's figures, evaluated and delisted; activities and articles are
added with generated codes and listed with filters; a social-opinion report goes
through the opinion workflow of schemas/workflow.yaml. Illegal transitions exit 3,
unknown references 65 with a suggestion, and nothing is written by a failed command.

  $ cppcc -q db init
  $ cppcc -q member add --code W001 --name 张明 --sector 教育界
  $ cppcc -q member add --code W002 --name 李华 --sector 经济界
  $ cppcc -q member add --code W003 --name 王玮 --sector 医药卫生界

## Studios

  $ cppcc studio add --name 江北委员工作室 --lead 张明 --members 张明、李华 --place 江北街道 --brand 是
  added studio 江北委员工作室 (2 members)
  $ cppcc studio add --name 新城委员工作室 --lead 王玮 --members "王玮;李华"
  ! cppcc: --members: '李华' belongs to studio '江北委员工作室' (a member belongs to one studio; take them off there first)
  [65]
  $ cppcc studio add --name 新城委员工作室 --lead 王伟 --members 王玮
  ! cppcc: no member '王伟' (did you mean '王玮'?)
  [65]
  $ cppcc studio add --name 新城委员工作室 --lead 王玮 --members 王玮 --observation-point yes
  added studio 新城委员工作室 (1 members)
  $ cppcc studio add --name 新城委员工作室
  ! cppcc: studio '新城委员工作室' already exists
  [65]

## Activities

A code is generated from the date's year; kinds and levels take ids or labels.

  $ cppcc activity add --kind 微协商 --date 2023-05-12 --title 老旧小区加装电梯微协商 --studio 江北委员工作室 --participants "张明;李华" --absent 王玮 --suggestions 4 --disputes-resolved 2
  added activity A2023-0001 老旧小区加装电梯微协商 (3 participants)
  $ cppcc activity add --kind visit --date 2023年6月1日 --title 走访困难群众 --studio 江北委员工作室 --participants 李华 --problems-solved 3
  added activity A2023-0002 走访困难群众 (1 participants)
  $ cppcc activity add --code HD-9 --kind 集体学习 --date 2024-01-20 --title 集体学习 --participants 张明 --excused 李华
  added activity HD-9 集体学习 (2 participants)
  $ cppcc activity add --kind 走访 --date 2023-07-01 --title 重复 --participants 张明 --absent 张明
  ! cppcc: --absent: '张明' is also listed in 'participants'
  [65]
  $ cppcc activity add --kind 座谈 --date 2023-13-01 --title x --studio 江北工作室
  ! cppcc: unknown activity kind '座谈' (expected one of: plenary/全会, standing_committee/常委会, study/集体学习, training/培训, research/调研, inspection/视察, consultation/协商/专题协商/对口协商/提案办理协商/界别协商, supervision/民主监督, micro_consultation/微协商, visit/走访/走访调研/走访群众, exchange/联谊交流, culture/文史书画, reception/接待来访考察)
  ! cppcc: --date: cannot read date '2023-13-01' (expected e.g. 2023-03-05 or 2023年3月5日)
  ! cppcc: no studio '江北工作室' (did you mean '江北委员工作室'?)
  [65]
  $ cppcc activity add --code HD-9 --kind study --date 2024-01-21 --title 又一次
  ! cppcc: activity 'HD-9' already exists; change it with 'cppcc activity import' of an edited row
  [65]
  $ cppcc activity list --year 2023
  code,kind,date,title,studio,participants,excused,absent,suggestions,disputes_resolved,problems_solved␍
  A2023-0001,micro-consultation,2023-05-12,老旧小区加装电梯微协商,江北委员工作室,张明;李华,,王玮,4,2,0␍
  A2023-0002,visit,2023-06-01,走访困难群众,江北委员工作室,李华,,,0,0,3␍
  $ cppcc activity list --studio office --format md
  | code | kind | date | title | studio | participants | excused | absent | suggestions | disputes resolved | problems solved |
  | --- | --- | --- | --- | --- | --- | --- | --- | ---: | ---: | ---: |
  | HD-9 | collective study | 2024-01-20 | 集体学习 |  | 张明 | 李华 |  | 0 | 0 | 0 |
  $ cppcc --lang zh activity show A2023-0001
  A2023-0001 老旧小区加装电梯微协商
  活动编号      A2023-0001
  活动类型      微协商
  活动日期      2023-05-12
  活动名称      老旧小区加装电梯微协商
  组织工作室    江北委员工作室
  参加人员      张明;李华
  请假人员
  缺席人员      王玮
  意见建议条数  4
  化解矛盾纠纷  2
  解决问题件数  0
  <BLANK>
  参加人员
  委员  出席情况
  ----  --------
  张明  出席
  李华  出席
  王玮  缺席
  $ cppcc activity show A2023-9
  ! cppcc: no activity 'A2023-9'
  [65]

## A studio's year, evaluation and delisting

  $ cppcc studio show 江北委员工作室 --year 2023 --format json
  {
    "title": "江北委员工作室 (2023)",
    "fields": {
      "name": "江北委员工作室",
      "lead": "张明",
      "members": "张明;李华",
      "place": "江北街道",
      "brand": "yes",
      "observation_point": "no",
      "score": null,
      "delisted": "",
      "delist_reason": "",
      "activities": 2,
      "consultations": 2,
      "exchanges": 0,
      "suggestions": 4,
      "disputes_resolved": 2,
      "problems_solved": 3
    },
    "tables": {
      "activities": [
        {"code": "A2023-0001", "kind": "micro-consultation", "date": "2023-05-12", "title": "老旧小区加装电梯微协商", "studio": "江北委员工作室", "participants": "张明;李华", "excused": "", "absent": "王玮", "suggestions": 4, "disputes_resolved": 2, "problems_solved": 0},
        {"code": "A2023-0002", "kind": "visit", "date": "2023-06-01", "title": "走访困难群众", "studio": "江北委员工作室", "participants": "李华", "excused": "", "absent": "", "suggestions": 0, "disputes_resolved": 0, "problems_solved": 3}
      ],
      "history": [
        {"recorded": "2024-03-01 09:00:00 +00:00", "operator": "clerk", "action": "add", "details": ""}
      ]
    }
  }
  $ cppcc studio evaluate 江北委员工作室 --score 92.5
  studio 江北委员工作室: score 92.5
  $ cppcc studio evaluate 江北委员工作室 --score -1
  ! cppcc: --score -1 is not a score (a number, 0 or more)
  [2]
  $ cppcc studio delist 新城委员工作室 --date 2023-06-30 --reason 年度考评不合格
  studio 新城委员工作室 delisted on 2023-06-30
  $ cppcc studio delist 新城委员工作室 --reason 再次
  ! cppcc: studio '新城委员工作室' was delisted on 2023-06-30; it cannot be delisted again
  [3]
  $ cppcc activity add --kind visit --date 2023-07-01 --title 摘牌后 --studio 新城委员工作室
  ! cppcc: --studio: studio '新城委员工作室' was delisted on 2023-06-30; it cannot organise an activity on 2023-07-01
  [65]
  $ cppcc studio list
  name,lead,members,place,brand,observation_point,score,delisted,delist_reason␍
  江北委员工作室,张明,张明;李华,江北街道,yes,no,92.5,,␍
  $ cppcc studio list --all --lang zh --format csv
  ﻿工作室名称,负责人,入驻委员,地点,品牌工作室,观摩点位,评估得分,摘牌日期,摘牌原因␍
  新城委员工作室,王玮,王玮,,否,是,,2023-06-30,年度考评不合格␍
  江北委员工作室,张明,张明;李华,江北街道,是,否,92.5,,␍

## Articles

  $ cppcc article add --title 区政协开展民主监督 --outlet 陕西日报 --level 省 --date 2023-06-02 --authors "张明;W002"
  added article X2023-0001 区政协开展民主监督
  $ cppcc article add --title 委员风采 --outlet 区融媒体中心 --level 区级 --date 2023-08-09
  added article X2023-0002 委员风采
  $ cppcc article add --title 乡村振兴 --level 乡 --date 2023-08-09 --authors 赵六
  ! cppcc: unknown level '乡' (expected one of: district/区级/区, city/市级/市, province/省级/省, national/国家级/全国)
  ! cppcc: no member '赵六'
  [65]
  $ cppcc article list --year 2023 --level province
  code,title,outlet,level,date,authors␍
  X2023-0001,区政协开展民主监督,陕西日报,province,2023-06-02,张明;李华␍
  $ cppcc --lang zh article list --format md
  | 稿件编号 | 标题 | 刊发媒体 | 级别 | 发布日期 | 作者 |
  | --- | --- | --- | --- | --- | --- |
  | X2023-0001 | 区政协开展民主监督 | 陕西日报 | 省级 | 2023-06-02 | 张明;李华 |
  | X2023-0002 | 委员风采 | 区融媒体中心 | 区级 | 2023-08-09 |  |

## Social-opinion reports

  $ cppcc opinion add --title 关于农村饮水安全的建议 --submitter 张明 --submitted 2023-04-10
  added opinion S2023-0001 关于农村饮水安全的建议
  $ cppcc opinion add --code SQ-2 --title 关于停车难的反映 --submitter 市民刘某 --submitted 2023-05-01
  added opinion SQ-2 关于停车难的反映
  $ cppcc opinion adopt S2023-0001 --level 市
  ! cppcc: opinion 'S2023-0001' is received; 'adopt' is not allowed (allowed: compile, reject)
  [3]
  $ cppcc opinion compile S2023-0001 --issue 2023年第5期 --date 2023-04-09
  ! cppcc: --date 2023-04-09 is before the report was submitted (2023-04-10)
  [65]
  $ cppcc opinion compile S2023-0001 --issue 2023年第5期 --date 2023-04-20
  S2023-0001: received → compiled
  $ cppcc opinion adopt S2023-0001 --level 市 --body 市委办公室 --combined --date 2023-05-02
  S2023-0001: adopt recorded, still compiled
  $ cppcc opinion adopt S2023-0001 --level 省级 --body 省政协 --date 2023-06-01
  S2023-0001: adopt recorded, still compiled
  $ cppcc opinion adopt S2023-0001 --level city --body 市委办公室 --date 2023-05-03
  ! cppcc: opinion 'S2023-0001' is already adopted at level city by 市委办公室
  [65]
  $ cppcc opinion instruct S2023-0001 --leader 刘建国 --level 市 --date 2023-05-10 --text 请市卫健委研究
  S2023-0001: instruct recorded, still compiled
  $ cppcc opinion reject S2023-0001
  ! cppcc: opinion 'S2023-0001' is compiled; 'reject' is not allowed (allowed: adopt, instruct)
  [3]
  $ cppcc opinion reject SQ-2 --date 2023-05-05
  SQ-2: received → not used
  $ cppcc opinion compile SQ-2 --issue 6
  ! cppcc: opinion 'SQ-2' is not used; 'compile' is not allowed (no action is allowed now)
  [3]
  $ cppcc opinion instruct SQ-3 --leader 刘建国 --level 市
  ! cppcc: no opinion 'SQ-3' (did you mean 'SQ-2'?)
  [65]
  $ cppcc opinion show S2023-0001
  S2023-0001 关于农村饮水安全的建议
  code           S2023-0001
  title          关于农村饮水安全的建议
  body
  submitter      张明
  submitted      2023-04-10
  sector         education
  category
  status         compiled
  issue no       2023年第5期
  compiled       2023-04-20
  adopted at     city(combined);province
  instructed by  刘建国
  <BLANK>
  adoptions
  level     date        adopted by  combined
  --------  ----------  ----------  --------
  city      2023-05-02  市委办公室  yes
  province  2023-06-01  省政协      no
  <BLANK>
  leader instructions
  leader  level  date        instruction
  ------  -----  ----------  --------------
  刘建国  city   2023-05-10  请市卫健委研究
  <BLANK>
  history
  recorded                    operator  action    details
  --------------------------  --------  --------  ----------------------------------------------------------------------------------------------
  2024-03-01 09:00:00 +00:00  clerk     add
  2024-03-01 09:00:00 +00:00  clerk     compile   status: received → compiled; issue_no: 2023年第5期; compiled: 2023-04-20
  2024-03-01 09:00:00 +00:00  clerk     adopt     adopted_levels: city(combined); adoption: city 2023-05-02 市委办公室 (combined)
  2024-03-01 09:00:00 +00:00  clerk     adopt     adopted_levels: city(combined) → city(combined);province; adoption: province 2023-06-01 省政协
  2024-03-01 09:00:00 +00:00  clerk     instruct  instructed_by: 刘建国; instruction: 刘建国 (city) 2023-05-10
  $ cppcc opinion list --year 2023 --status 已编发
  code,title,submitter,submitted,sector,category,status,issue_no,compiled,adopted_levels,instructed_by␍
  S2023-0001,关于农村饮水安全的建议,张明,2023-04-10,education,,compiled,2023年第5期,2023-04-20,city(combined);province,刘建国␍
  $ cppcc opinion export
  code,title,body,submitter,submitted,sector,category,status,issue_no,compiled,adopted_levels,instructed_by␍
  S2023-0001,关于农村饮水安全的建议,,张明,2023-04-10,教育界,,compiled,2023年第5期,2023-04-20,city(combined);province,刘建国␍
  SQ-2,关于停车难的反映,,市民刘某,2023-05-01,,,not_used,,,,␍

The export reads back unchanged, combined adoptions included.

  $ cppcc opinion export > o.csv
  $ cppcc opinion import o.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  opinion: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s); 1 submitter kept as text, not a member: 市民刘某
  $ cppcc db check
  ok
