One list (`proposal list`) and one record (`proposal show`) in the four output
formats (table, csv, md, json), with Chinese and English labels, and the global
options accepted before or after the subcommand (docs/domain.md §3, §6).

Two proposals: one assigned to a lead and a joint unit, with a two-line body; one
just submitted, whose title has double quotes (CSV doubles them, JSON escapes them).

  $ cppcc -q db init
  $ cppcc -q member add --code W001 --name 张明 --sector 教育界 --party 民盟
  $ cppcc -q member add --code W002 --name 李华 --sector 经济界 --party 民建
  $ cppcc -q unit add --name 区水利局 --kind government
  $ cppcc -q unit add --name 区住建局 --kind government
  $ cppcc -q proposal add --code P2023-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --cosigners 李华 --category 社会建设 --submitted 2023-02-15 --body "$(printf '城区供水管网老化，漏损率偏高。\n建议分年度实施改造。')"
  $ cppcc -q proposal file P2023-001 --date 2023-02-24
  $ cppcc -q proposal assign P2023-001 --lead 区水利局 --joint 区住建局 --date 2023-03-06
  $ cppcc -q proposal add --code P2023-002 --title '关于加强"一老一小"服务设施建设的建议' --proposer 李华 --category 社会建设 --submitted 2023-02-16

## The list

An aligned table: Chinese characters count two columns wide.

  $ cppcc proposal list --format table
  code       title                                 proposer  category            submitted   status     filing no  lead units  due         result  overdue
  ---------  ------------------------------------  --------  ------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议        张明      social development  2023-02-15  assigned           1  区水利局    2023-06-06          yes
  P2023-002  关于加强"一老一小"服务设施建设的建议  李华      social development  2023-02-16  submitted

CSV (RFC 4180): CRLF line ends (the CR shows as ␍); quotes doubled inside quotes.

  $ cppcc proposal list --format csv
  code,title,proposer,category,submitted,status,filing_no,lead_units,due,result,overdue␍
  P2023-001,关于加强城区供水管网改造的建议,张明,social development,2023-02-15,assigned,1,区水利局,2023-06-06,,yes␍
  P2023-002,"关于加强""一老一小""服务设施建设的建议",李华,social development,2023-02-16,submitted,,,,,␍

Without --format, a list goes to a pipe or file as CSV (a table only on a terminal).

  $ cppcc proposal list
  code,title,proposer,category,submitted,status,filing_no,lead_units,due,result,overdue␍
  P2023-001,关于加强城区供水管网改造的建议,张明,social development,2023-02-15,assigned,1,区水利局,2023-06-06,,yes␍
  P2023-002,"关于加强""一老一小""服务设施建设的建议",李华,social development,2023-02-16,submitted,,,,,␍

Markdown: the filing number is a number column, aligned right.

  $ cppcc proposal list --format md
  | code | title | proposer | category | submitted | status | filing no | lead units | due | result | overdue |
  | --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- | --- |
  | P2023-001 | 关于加强城区供水管网改造的建议 | 张明 | social development | 2023-02-15 | assigned | 1 | 区水利局 | 2023-06-06 |  | yes |
  | P2023-002 | 关于加强"一老一小"服务设施建设的建议 | 李华 | social development | 2023-02-16 | submitted |  |  |  |  |  |

JSON: one document; the filing number is a number, null when there is none.

  $ cppcc proposal list --format json
  [
    {"code": "P2023-001", "title": "关于加强城区供水管网改造的建议", "proposer": "张明", "category": "social development", "submitted": "2023-02-15", "status": "assigned", "filing_no": 1, "lead_units": "区水利局", "due": "2023-06-06", "result": "", "overdue": "yes"},
    {"code": "P2023-002", "title": "关于加强\"一老一小\"服务设施建设的建议", "proposer": "李华", "category": "social development", "submitted": "2023-02-16", "status": "submitted", "filing_no": null, "lead_units": "", "due": "", "result": "", "overdue": ""}
  ]

## The record

A table of fields, then the handling units; the second line of the body is indented
under the first.

  $ cppcc proposal show P2023-001 --format table
  P2023-001 关于加强城区供水管网改造的建议
  code            P2023-001
  title           关于加强城区供水管网改造的建议
  body            城区供水管网老化，漏损率偏高。
                  建议分年度实施改造。
  type            member
  proposer        张明
  cosigners       李华
  sector          education
  category        social development
  session         十六届二次会议
  during plenary  no
  submitted       2023-02-15
  status          assigned
  filed           2023-02-24
  filing no       1
  reject reason
  merged into
  lead units      区水利局
  joint units     区住建局
  assigned        2023-03-06
  due             2023-06-06
  replied
  result
  feedback
  contact
  concluded
  key             no
  key leader
  excellent       no
  forwarded to
  overdue         yes
  <BLANK>
  lead units / joint units
  unit      role   round  assigned    due         returned  return reason  replied  result
  --------  -----  -----  ----------  ----------  --------  -------------  -------  ------
  区水利局  lead       1  2023-03-06  2023-06-06
  区住建局  joint      1  2023-03-06  2023-06-06

CSV: key, label, value; then the units, after an empty line.

  $ cppcc proposal show P2023-001 --format csv
  key,label,value␍
  code,code,P2023-001␍
  title,title,关于加强城区供水管网改造的建议␍
  body,body,"城区供水管网老化，漏损率偏高。
  建议分年度实施改造。"␍
  type,type,member␍
  proposer,proposer,张明␍
  cosigners,cosigners,李华␍
  sector,sector,education␍
  category,category,social development␍
  session,session,十六届二次会议␍
  during_plenary,during plenary,no␍
  submitted,submitted,2023-02-15␍
  status,status,assigned␍
  filed,filed,2023-02-24␍
  filing_no,filing no,1␍
  reject_reason,reject reason,␍
  merged_into,merged into,␍
  lead_units,lead units,区水利局␍
  joint_units,joint units,区住建局␍
  assigned,assigned,2023-03-06␍
  due,due,2023-06-06␍
  replied,replied,␍
  result,result,␍
  feedback,feedback,␍
  contact,contact,␍
  concluded,concluded,␍
  key,key,no␍
  key_leader,key leader,␍
  excellent,excellent,no␍
  converted_unit,forwarded to,␍
  overdue,overdue,yes␍
  ␍
  unit,role,round,assigned,due,returned,return_reason,replied,result␍
  区水利局,lead,1,2023-03-06,2023-06-06,,,,␍
  区住建局,joint,1,2023-03-06,2023-06-06,,,,␍

Markdown: a heading, a bullet per field (the body's line break as <br>), a table.

  $ cppcc proposal show P2023-001 --format md
  # P2023-001 关于加强城区供水管网改造的建议
  <BLANK>
  - **code**: P2023-001
  - **title**: 关于加强城区供水管网改造的建议
  - **body**: 城区供水管网老化，漏损率偏高。<br>建议分年度实施改造。
  - **type**: member
  - **proposer**: 张明
  - **cosigners**: 李华
  - **sector**: education
  - **category**: social development
  - **session**: 十六届二次会议
  - **during plenary**: no
  - **submitted**: 2023-02-15
  - **status**: assigned
  - **filed**: 2023-02-24
  - **filing no**: 1
  - **reject reason**:
  - **merged into**:
  - **lead units**: 区水利局
  - **joint units**: 区住建局
  - **assigned**: 2023-03-06
  - **due**: 2023-06-06
  - **replied**:
  - **result**:
  - **feedback**:
  - **contact**:
  - **concluded**:
  - **key**: no
  - **key leader**:
  - **excellent**: no
  - **forwarded to**:
  - **overdue**: yes
  <BLANK>
  ## lead units / joint units
  <BLANK>
  | unit | role | round | assigned | due | returned | return reason | replied | result |
  | --- | --- | ---: | --- | --- | --- | --- | --- | --- |
  | 区水利局 | lead | 1 | 2023-03-06 | 2023-06-06 |  |  |  |  |
  | 区住建局 | joint | 1 | 2023-03-06 | 2023-06-06 |  |  |  |  |

JSON: title, fields by key, tables by key.

  $ cppcc proposal show P2023-001 --format json
  {
    "title": "P2023-001 关于加强城区供水管网改造的建议",
    "fields": {
      "code": "P2023-001",
      "title": "关于加强城区供水管网改造的建议",
      "body": "城区供水管网老化，漏损率偏高。\n建议分年度实施改造。",
      "type": "member",
      "proposer": "张明",
      "cosigners": "李华",
      "sector": "education",
      "category": "social development",
      "session": "十六届二次会议",
      "during_plenary": "no",
      "submitted": "2023-02-15",
      "status": "assigned",
      "filed": "2023-02-24",
      "filing_no": 1,
      "reject_reason": "",
      "merged_into": "",
      "lead_units": "区水利局",
      "joint_units": "区住建局",
      "assigned": "2023-03-06",
      "due": "2023-06-06",
      "replied": "",
      "result": "",
      "feedback": "",
      "contact": "",
      "concluded": "",
      "key": "no",
      "key_leader": "",
      "excellent": "no",
      "converted_unit": "",
      "overdue": "yes"
    },
    "tables": {
      "assignments": [
        {"unit": "区水利局", "role": "lead", "round": 1, "assigned": "2023-03-06", "due": "2023-06-06", "returned": "", "return_reason": "", "replied": "", "result": ""},
        {"unit": "区住建局", "role": "joint", "round": 1, "assigned": "2023-03-06", "due": "2023-06-06", "returned": "", "return_reason": "", "replied": "", "result": ""}
      ]
    }
  }

## Labels: --lang zh and --lang en

Chinese column headers and values (states, categories, yes/no, lead/joint).

  $ cppcc proposal list --format table --lang zh
  提案号     标题                                  提案人  类别      提交日期    状态    立案号  主办单位  办理期限    办理结果  超期
  ---------  ------------------------------------  ------  --------  ----------  ------  ------  --------  ----------  --------  ----
  P2023-001  关于加强城区供水管网改造的建议        张明    社会建设  2023-02-15  办理中       1  区水利局  2023-06-06            是
  P2023-002  关于加强"一老一小"服务设施建设的建议  李华    社会建设  2023-02-16  待审查
  $ cppcc proposal show P2023-001 --format md --lang zh
  # P2023-001 关于加强城区供水管网改造的建议
  <BLANK>
  - **提案号**: P2023-001
  - **标题**: 关于加强城区供水管网改造的建议
  - **内容**: 城区供水管网老化，漏损率偏高。<br>建议分年度实施改造。
  - **提案类型**: 委员
  - **提案人**: 张明
  - **联名人**: 李华
  - **界别**: 教育界
  - **类别**: 社会建设
  - **会次**: 十六届二次会议
  - **大会期间**: 否
  - **提交日期**: 2023-02-15
  - **状态**: 办理中
  - **立案日期**: 2023-02-24
  - **立案号**: 1
  - **不予立案理由**:
  - **并入提案**:
  - **主办单位**: 区水利局
  - **会办单位**: 区住建局
  - **交办日期**: 2023-03-06
  - **办理期限**: 2023-06-06
  - **答复日期**:
  - **办理结果**:
  - **满意度**:
  - **沟通方式**:
  - **办结日期**:
  - **重点提案**: 否
  - **督办领导**:
  - **优秀提案**: 否
  - **转交单位**:
  - **超期**: 是
  <BLANK>
  ## 主办单位 / 会办单位
  <BLANK>
  | 承办单位 | 办理方式 | 轮次 | 交办日期 | 办理期限 | 退回日期 | 退回理由 | 答复日期 | 办理结果 |
  | --- | --- | ---: | --- | --- | --- | --- | --- | --- |
  | 区水利局 | 主办 | 1 | 2023-03-06 | 2023-06-06 |  |  |  |  |
  | 区住建局 | 会办 | 1 | 2023-03-06 | 2023-06-06 |  |  |  |  |

English, given explicitly.

  $ cppcc proposal list --format md --lang en
  | code | title | proposer | category | submitted | status | filing no | lead units | due | result | overdue |
  | --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- | --- |
  | P2023-001 | 关于加强城区供水管网改造的建议 | 张明 | social development | 2023-02-15 | assigned | 1 | 区水利局 | 2023-06-06 |  | yes |
  | P2023-002 | 关于加强"一老一小"服务设施建设的建议 | 李华 | social development | 2023-02-16 | submitted |  |  |  |  |  |

Chinese by default when LANG starts with zh; --lang en still wins.

  $ LANG=zh_CN.UTF-8 cppcc proposal list --format md
  | 提案号 | 标题 | 提案人 | 类别 | 提交日期 | 状态 | 立案号 | 主办单位 | 办理期限 | 办理结果 | 超期 |
  | --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- | --- |
  | P2023-001 | 关于加强城区供水管网改造的建议 | 张明 | 社会建设 | 2023-02-15 | 办理中 | 1 | 区水利局 | 2023-06-06 |  | 是 |
  | P2023-002 | 关于加强"一老一小"服务设施建设的建议 | 李华 | 社会建设 | 2023-02-16 | 待审查 |  |  |  |  |  |
  $ LANG=zh_CN.UTF-8 cppcc proposal list --format md --lang en | head -1
  | code | title | proposer | category | submitted | status | filing no | lead units | due | result | overdue |

## Global options before or after the subcommand give the same output

  $ cppcc --format json proposal list > before.json
  $ cppcc proposal list --format json > after.json
  $ cmp before.json after.json && echo same
  same
  $ cppcc --lang zh --format md --db ./cppcc.db proposal show P2023-002 > before.md
  $ cppcc proposal show P2023-002 --db ./cppcc.db --format md --lang zh > after.md
  $ cmp before.md after.md && echo same
  same
  $ cat after.md
  # P2023-002 关于加强"一老一小"服务设施建设的建议
  <BLANK>
  - **提案号**: P2023-002
  - **标题**: 关于加强"一老一小"服务设施建设的建议
  - **内容**:
  - **提案类型**: 委员
  - **提案人**: 李华
  - **联名人**:
  - **界别**: 经济界
  - **类别**: 社会建设
  - **会次**: 十六届二次会议
  - **大会期间**: 否
  - **提交日期**: 2023-02-16
  - **状态**: 待审查
  - **立案日期**:
  - **立案号**:
  - **不予立案理由**:
  - **并入提案**:
  - **主办单位**:
  - **会办单位**:
  - **交办日期**:
  - **办理期限**:
  - **答复日期**:
  - **办理结果**:
  - **满意度**:
  - **沟通方式**:
  - **办结日期**:
  - **重点提案**: 否
  - **督办领导**:
  - **优秀提案**: 否
  - **转交单位**:
  - **超期**: 否
