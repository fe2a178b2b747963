The reports of docs/domain.md §3 on the bundled sample year (samples/2023, 汉江区政协):
the annual summary gives every figure of the seed's 2023 work summary — 426 received,
368 filed (86.4%), all 368 concluded on time, 210 studio visits and
micro-consultations, 156 disputes resolved, 10 brand studios, 23, 126, 12, 10, 16, 5,
15, 853 articles of which 99 province level or above, 12 publicity officers, 63, 9 —
in Markdown (zh and en), CSV (key,label,value) and JSON (figures with the keys of §5).

  $ cp $DATA/../../samples/2023/cppcc.yaml . && CPPCC_BIN=$(command -v cppcc) $DATA/../../scripts/load-sample cppcc.db

## The annual summary (工作综述)

  $ cppcc --lang zh report annual --year 2023
  # 汉江区政协2023年工作综述
  <BLANK>
  2023年，汉江区政协共征集提案426件，立案368件，立案率86.4%；已办结368件，其中按时办结368件，办复率100.0%（已答复占立案数），满意和基本满意率100.0%（占已征询意见数），采纳率92.7%（A、B类占已答复数）。
  <BLANK>
  委员工作室开展走访调研及微协商210次，化解矛盾纠纷156件，解决群众急难愁盼问题23件，开展委员学习交流活动126次。
  <BLANK>
  品牌工作室10个。
  <BLANK>
  组织集体学习12次，开展调研课题10个，视察调研提出意见建议16条；开展专题协商、对口协商和提案办理协商5次，民主监督提出意见建议15条。
  <BLANK>
  发布各类宣传信息853篇，其中省级以上99篇；特约宣传信息员12名。
  <BLANK>
  开展各类联谊交流和文史活动63次，接待考察交流9批次。
  <BLANK>
  收到社情民意信息80篇，其中被采用21篇。
  <BLANK>
  ## 主要数据
  <BLANK>
  | | |
  | --- | ---: |
  | 征集提案 | 426 |
  | 立案 | 368 |
  | 立案率（%） | 86.4 |
  | 办结 | 368 |
  | 按时办结 | 368 |
  | 委员工作室走访调研及微协商 | 210 |
  | 化解矛盾纠纷 | 156 |
  | 品牌工作室 | 10 |
  | 通过工作室解决群众急难愁盼问题 | 23 |
  | 委员工作室学习交流活动 | 126 |
  | 集体学习 | 12 |
  | 调研课题 | 10 |
  | 视察调研意见建议 | 16 |
  | 专题、对口及提案办理协商 | 5 |
  | 民主监督意见建议 | 15 |
  | 发布宣传信息 | 853 |
  | 其中省级以上 | 99 |
  | 特约宣传信息员 | 12 |
  | 联谊交流及文史活动 | 63 |
  | 接待考察交流 | 9 |
  | 收到社情民意信息 | 80 |
  | 其中被采用 | 21 |
  | 办复率（已答复占立案，%） | 100.0 |
  | 按时办结率（占立案，%） | 100.0 |
  | 见面率（占已联系，%） | — |
  | 满意和基本满意率（占已征询，%） | 100.0 |
  | 采纳率（A、B类占已答复，%） | 92.7 |
  <BLANK>
  ```mermaid
  pie title 提案类别
      "社会建设" : 165
      "经济建设" : 113
      "文化建设" : 59
      "生态文明建设" : 56
      "政治建设" : 33
  ```
  <BLANK>
  ```mermaid
  xychart-beta
      title "各月提交提案"
      x-axis ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]
      y-axis "件数" 0 --> 336
      bar [336, 11, 12, 13, 13, 16, 12, 13, 0, 0, 0, 0]
  ```
  <BLANK>
  ```mermaid
  xychart-beta
      title "承办单位办理情况"
      x-axis ["区教育体育局", "区文化和旅游局", "区农业农村局", "区住房和城乡建设局", "区发展和改革局", "区交通运输局", "区林业局", "区生态环境分局", "区公安分局", "区商务局", "区应急管理局", "区人力资源和社会保障局", "区水利局", "区司法局", "区城市建设投资集团有限公司"]
      y-axis "按时率（%）" 0 --> 100
      bar [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]
  ```
  <BLANK>
  ```mermaid
  xychart-beta
      title "社情民意信息采用情况"
      x-axis ["区级", "市级", "省级", "国家级"]
      y-axis "篇数" 0 --> 12
      bar [11, 12, 4, 1]
  ```
  <BLANK>
  ## 提案办理状态
  <BLANK>
  | 状态 | 件数 | 占比（%） |
  | --- | ---: | ---: |
  | 已办结 | 368 | 86.4 |
  | 不予立案 | 40 | 9.4 |
  | 转意见建议 | 12 | 2.8 |
  | 已并案 | 6 | 1.4 |
  <BLANK>
  ## 提案类别
  <BLANK>
  | 类别 | 件数 | 占比（%） |
  | --- | ---: | ---: |
  | 社会建设 | 165 | 38.7 |
  | 经济建设 | 113 | 26.5 |
  | 文化建设 | 59 | 13.9 |
  | 生态文明建设 | 56 | 13.1 |
  | 政治建设 | 33 | 7.8 |
  <BLANK>
  ## 提案人类型
  <BLANK>
  | 提案类型 | 件数 | 占比（%） |
  | --- | ---: | ---: |
  | 委员 | 381 | 89.4 |
  | 党派 | 19 | 4.5 |
  | 人民团体 | 14 | 3.3 |
  | 专委会 | 12 | 2.8 |
  <BLANK>
  ## 界别
  <BLANK>
  | 界别 | 件数 | 占比（%） |
  | --- | ---: | ---: |
  | 中共 | 60 | 14.1 |
  | 民主党派 | 54 | 12.7 |
  | 工商联 | 35 | 8.2 |
  | 农业界 | 31 | 7.3 |
  | 经济界 | 31 | 7.3 |
  | 医药卫生界 | 26 | 6.1 |
  | 共青团 | 24 | 5.6 |
  | 工会 | 21 | 4.9 |
  | 无党派人士 | 20 | 4.7 |
  | 特邀人士 | 19 | 4.5 |
  | 教育界 | 18 | 4.2 |
  | 妇联 | 14 | 3.3 |
  | 无 | 12 | 2.8 |
  | 科技界 | 12 | 2.8 |
  | 新闻出版界 | 9 | 2.1 |
  | 科协 | 8 | 1.9 |
  | 文化艺术界 | 7 | 1.7 |
  | 社会福利和社会保障界 | 7 | 1.6 |
  | 体育界 | 6 | 1.4 |
  | 少数民族界 | 5 | 1.2 |
  | 宗教界 | 4 | 0.9 |
  | 社会科学界 | 3 | 0.7 |
  <BLANK>
  ## 承办单位办理情况
  <BLANK>
  | 承办单位 | 主办 | 会办 | 已答复 | 按时答复 | 按时率（%） | 逾期 | 答复用时中位数（天） | A | B | C | D | 满意 | 基本满意 | 不满意 |
  | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
  | 区教育体育局 | 38 | 21 | 38 | 38 | 100.0 | 0 | 56.5 | 25 | 9 | 4 | 0 | 31 | 7 | 0 |
  | 区文化和旅游局 | 25 | 0 | 25 | 25 | 100.0 | 0 | 54 | 13 | 9 | 3 | 0 | 21 | 4 | 0 |
  | 区农业农村局 | 23 | 13 | 23 | 23 | 100.0 | 0 | 53 | 19 | 4 | 0 | 0 | 20 | 3 | 0 |
  | 区住房和城乡建设局 | 22 | 37 | 22 | 22 | 100.0 | 0 | 44.5 | 15 | 6 | 1 | 0 | 21 | 1 | 0 |
  | 区发展和改革局 | 20 | 0 | 20 | 20 | 100.0 | 0 | 55.5 | 12 | 8 | 0 | 0 | 17 | 3 | 0 |
  | 区交通运输局 | 18 | 18 | 18 | 18 | 100.0 | 0 | 61.5 | 13 | 4 | 1 | 0 | 16 | 2 | 0 |
  | 区林业局 | 18 | 0 | 18 | 18 | 100.0 | 0 | 51.5 | 12 | 5 | 1 | 0 | 16 | 2 | 0 |
  | 区生态环境分局 | 18 | 0 | 18 | 18 | 100.0 | 0 | 61.5 | 12 | 3 | 3 | 0 | 14 | 4 | 0 |
  | 区公安分局 | 17 | 0 | 17 | 17 | 100.0 | 0 | 56 | 13 | 3 | 1 | 0 | 14 | 3 | 0 |
  | 区商务局 | 14 | 4 | 14 | 14 | 100.0 | 0 | 66.5 | 12 | 1 | 1 | 0 | 10 | 4 | 0 |
  | 区应急管理局 | 14 | 9 | 14 | 14 | 100.0 | 0 | 45.5 | 8 | 5 | 1 | 0 | 13 | 1 | 0 |
  | 区人力资源和社会保障局 | 13 | 24 | 13 | 13 | 100.0 | 0 | 45 | 11 | 2 | 0 | 0 | 12 | 1 | 0 |
  | 区水利局 | 13 | 19 | 13 | 13 | 100.0 | 0 | 41 | 9 | 3 | 1 | 0 | 10 | 3 | 0 |
  | 区司法局 | 12 | 6 | 12 | 12 | 100.0 | 0 | 60 | 9 | 2 | 1 | 0 | 8 | 4 | 0 |
  | 区城市建设投资集团有限公司 | 12 | 0 | 12 | 12 | 100.0 | 0 | 58 | 10 | 2 | 0 | 0 | 9 | 3 | 0 |
  | 区市场监督管理局 | 12 | 10 | 12 | 12 | 100.0 | 0 | 40 | 9 | 3 | 0 | 0 | 10 | 2 | 0 |
  | 区医疗保障局 | 10 | 3 | 10 | 10 | 100.0 | 0 | 61 | 8 | 2 | 0 | 0 | 9 | 1 | 0 |
  | 区卫生健康局 | 10 | 8 | 10 | 10 | 100.0 | 0 | 53 | 5 | 3 | 2 | 0 | 8 | 2 | 0 |
  | 区退役军人事务局 | 10 | 0 | 10 | 10 | 100.0 | 0 | 48.5 | 9 | 0 | 1 | 0 | 9 | 1 | 0 |
  | 区科技局 | 9 | 0 | 9 | 9 | 100.0 | 0 | 59 | 7 | 2 | 0 | 0 | 7 | 2 | 0 |
  | 区自然资源局 | 9 | 10 | 9 | 9 | 100.0 | 0 | 41 | 4 | 4 | 1 | 0 | 8 | 1 | 0 |
  | 区人民检察院 | 8 | 0 | 8 | 8 | 100.0 | 0 | 58 | 6 | 2 | 0 | 0 | 5 | 3 | 0 |
  | 区乡村振兴局 | 7 | 5 | 7 | 7 | 100.0 | 0 | 57 | 4 | 2 | 1 | 0 | 6 | 1 | 0 |
  | 区城市管理执法局 | 7 | 35 | 7 | 7 | 100.0 | 0 | 73 | 3 | 4 | 0 | 0 | 5 | 2 | 0 |
  | 区工业和信息化局 | 7 | 17 | 7 | 7 | 100.0 | 0 | 54 | 3 | 1 | 3 | 0 | 6 | 1 | 0 |
  | 区人民法院 | 6 | 0 | 6 | 6 | 100.0 | 0 | 43.5 | 4 | 2 | 0 | 0 | 4 | 2 | 0 |
  | 区供电分公司 | 6 | 0 | 6 | 6 | 100.0 | 0 | 41 | 4 | 2 | 0 | 0 | 6 | 0 | 0 |
  | 区委宣传部 | 6 | 0 | 6 | 6 | 100.0 | 0 | 46.5 | 5 | 1 | 0 | 0 | 5 | 1 | 0 |
  | 区民政局 | 4 | 0 | 4 | 4 | 100.0 | 0 | 71 | 2 | 1 | 1 | 0 | 4 | 0 | 0 |
  | 江北街道办事处 | 2 | 20 | 2 | 2 | 100.0 | 0 | 47.5 | 2 | 0 | 0 | 0 | 2 | 0 | 0 |
  | 区财政局 | 1 | 13 | 1 | 1 | 100.0 | 0 | 51 | 1 | 0 | 0 | 0 | 1 | 0 | 0 |
  | 青石镇人民政府 | 0 | 9 | 0 | 0 |  | 0 |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
  <BLANK>
  ## 各月提交提案
  <BLANK>
  | 月份 | 件数 |
  | --- | ---: |
  | 2023-01 | 336 |
  | 2023-02 | 11 |
  | 2023-03 | 12 |
  | 2023-04 | 13 |
  | 2023-05 | 13 |
  | 2023-06 | 16 |
  | 2023-07 | 12 |
  | 2023-08 | 13 |
  | 2023-09 | 0 |
  | 2023-10 | 0 |
  | 2023-11 | 0 |
  | 2023-12 | 0 |
  <BLANK>
  ## 上年度B类提案回头看
  <BLANK>
  | 提案号 | 标题 | 主办单位 | 答复日期 | 状态 | 办结日期 |
  | --- | --- | --- | --- | --- | --- |
  | P2022-0183 | 关于加强科技成果转化的几点建议 | 区科技局 | 2023-02-08 | 已办结 | 2023-02-17 |
  | P2022-0184 | 关于加强森林防火的几点建议 | 区林业局 | 2023-03-10 | 已办结 | 2023-03-31 |
  <BLANK>
  ## 社情民意信息采用情况
  <BLANK>
  | 级别 | 篇数 |
  | --- | ---: |
  | 区级 | 11 |
  | 市级 | 12 |
  | 省级 | 4 |
  | 国家级 | 1 |
  <BLANK>
  ## 履职考评前十名
  <BLANK>
  | # | 编号 | 姓名 | 界别 | 总分 | 等次 |
  | ---: | --- | --- | --- | ---: | --- |
  | 1 | W0054 | 杜晓辉 | 民主党派 | 164 | 优秀 |
  | 2 | W0076 | 任丹伟 | 教育界 | 156 | 优秀 |
  | 3 | W0126 | 毛磊敏 | 中共 | 149 | 优秀 |
  | 4 | W0114 | 邓慧斌 | 中共 | 148 | 优秀 |
  | 5 | W0139 | 蔡晓 | 文化艺术界 | 144 | 优秀 |
  | 6 | W0080 | 郝梅平 | 社会科学界 | 142 | 优秀 |
  | 7 | W0213 | 毛超峰 | 教育界 | 139.5 | 优秀 |
  | 8 | W0190 | 贺佳宏 | 中共 | 134.5 | 优秀 |
  | 9 | W0036 | 徐勇琳 | 社会科学界 | 132.5 | 优秀 |
  | 10 | W0156 | 万静英 | 中共 | 130 | 优秀 |
  <BLANK>
  ## 委员工作室活动情况
  <BLANK>
  | 工作室名称 | 品牌工作室 | 活动次数 | 走访调研及微协商 | 化解矛盾纠纷 | 解决问题 | 评估得分 |
  | --- | --- | ---: | ---: | ---: | ---: | ---: |
  | 桂花社区委员工作室 | 是 | 33 | 18 | 9 | 1 | 90.5 |
  | 新城街道法律服务委员工作室 | 是 | 30 | 16 | 11 | 1 | 92 |
  | 柳湾镇委员工作室 | 是 | 29 | 17 | 10 | 3 | 91.5 |
  | 梨园镇乡村振兴委员工作室 | 是 | 28 | 21 | 19 | 4 | 90 |
  | 医疗卫生界委员工作室 | 是 | 25 | 18 | 12 | 2 | 89.5 |
  | 工商联界委员工作室 | 是 | 25 | 19 | 12 | 4 | 88.5 |
  | 石门镇委员工作室 | 否 | 23 | 16 | 12 | 0 | 82.5 |
  | 茶溪镇茶产业委员工作室 | 是 | 23 | 12 | 11 | 0 | 95 |
  | 青石镇委员工作室 | 是 | 22 | 11 | 11 | 0 | 93.5 |
  | 教育界委员工作室 | 是 | 20 | 12 | 9 | 2 | 89 |
  | 江北街道委员工作室 | 是 | 19 | 11 | 8 | 1 | 96.5 |
  | 河东街道委员工作室 | 否 | 17 | 12 | 15 | 1 | 84 |
  | 滨江社区委员工作室 | 否 | 16 | 11 | 7 | 1 | 78.5 |
  | 云岭镇委员工作室 | 否 | 12 | 8 | 5 | 2 | 80 |
  | 双河镇委员工作室 | 否 | 7 | 4 | 2 | 1 | 58 |
  | 白鹭镇委员工作室 | 是 | 7 | 4 | 3 | 0 | 62 |
  $ cppcc report annual --year 2023 --format csv
  key,label,value␍
  proposals_received,proposals received,426␍
  proposals_filed,proposals filed,368␍
  filing_rate,filing rate (%),86.4␍
  proposals_concluded,proposals concluded,368␍
  proposals_on_time,concluded on time,368␍
  studio_consultations,studio visits and micro-consultations,210␍
  disputes_resolved,disputes resolved,156␍
  brand_studios,brand studios,10␍
  studio_problems_solved,public concerns resolved via studios,23␍
  studio_exchanges,studio study and exchange activities,126␍
  study_sessions,collective study sessions,12␍
  research_topics,research topics,10␍
  research_suggestions,suggestions from research and inspection,16␍
  consultations,consultations,5␍
  supervision_suggestions,democratic-supervision suggestions,15␍
  articles,publicity pieces,853␍
  articles_province_up,of which province level or above,99␍
  publicity_officers,publicity officers,12␍
  office_activities,exchange and cultural activities,63␍
  receptions,delegations received,9␍
  opinions_received,social-opinion reports received,80␍
  opinions_adopted,of which adopted,21␍
  reply_rate,"reply rate (replied, % of filed)",100.0␍
  on_time_rate,concluded on time (% of filed),100.0␍
  meeting_rate,met in person (% of feedback with a contact),␍
  satisfaction_rate,satisfied or basically satisfied (% of feedback),100.0␍
  adoption_rate,"adopted, class A or B (% of replied)",92.7␍
  $ cppcc report annual --year 2023 --format json
  {
    "year": 2023,
    "committee": "Hanjiang District CPPCC Committee",
    "figures": {
      "proposals_received": 426,
      "proposals_filed": 368,
      "filing_rate": 86.4,
      "proposals_concluded": 368,
      "proposals_on_time": 368,
      "studio_consultations": 210,
      "disputes_resolved": 156,
      "brand_studios": 10,
      "studio_problems_solved": 23,
      "studio_exchanges": 126,
      "study_sessions": 12,
      "research_topics": 10,
      "research_suggestions": 16,
      "consultations": 5,
      "supervision_suggestions": 15,
      "articles": 853,
      "articles_province_up": 99,
      "publicity_officers": 12,
      "office_activities": 63,
      "receptions": 9,
      "opinions_received": 80,
      "opinions_adopted": 21,
      "reply_rate": 100.0,
      "on_time_rate": 100.0,
      "meeting_rate": null,
      "satisfaction_rate": 100.0,
      "adoption_rate": 92.7
    },
    "tables": {
      "by_status": [
        {"status": "concluded", "count": 368, "share": 86.4},
        {"status": "not filed", "count": 40, "share": 9.4},
        {"status": "converted", "count": 12, "share": 2.8},
        {"status": "merged", "count": 6, "share": 1.4}
      ],
      "by_category": [
        {"category": "social development", "count": 165, "share": 38.7},
        {"category": "economic development", "count": 113, "share": 26.5},
        {"category": "cultural development", "count": 59, "share": 13.9},
        {"category": "ecological civilisation", "count": 56, "share": 13.1},
        {"category": "political development", "count": 33, "share": 7.8}
      ],
      "by_type": [
        {"type": "member", "count": 381, "share": 89.4},
        {"type": "party", "count": 19, "share": 4.5},
        {"type": "people's organisation", "count": 14, "share": 3.3},
        {"type": "special committee", "count": 12, "share": 2.8}
      ],
      "by_sector": [
        {"sector": "CPC", "count": 60, "share": 14.1},
        {"sector": "democratic parties", "count": 54, "share": 12.7},
        {"sector": "federation of industry and commerce", "count": 35, "share": 8.2},
        {"sector": "agriculture", "count": 31, "share": 7.3},
        {"sector": "economics", "count": 31, "share": 7.3},
        {"sector": "medicine and health", "count": 26, "share": 6.1},
        {"sector": "CYL", "count": 24, "share": 5.6},
        {"sector": "trade unions", "count": 21, "share": 4.9},
        {"sector": "non-party", "count": 20, "share": 4.7},
        {"sector": "specially invited", "count": 19, "share": 4.5},
        {"sector": "education", "count": 18, "share": 4.2},
        {"sector": "women's federation", "count": 14, "share": 3.3},
        {"sector": "none", "count": 12, "share": 2.8},
        {"sector": "science and technology", "count": 12, "share": 2.8},
        {"sector": "press and publishing", "count": 9, "share": 2.1},
        {"sector": "association for science and technology", "count": 8, "share": 1.9},
        {"sector": "culture and arts", "count": 7, "share": 1.7},
        {"sector": "social welfare and security", "count": 7, "share": 1.6},
        {"sector": "sports", "count": 6, "share": 1.4},
        {"sector": "ethnic minorities", "count": 5, "share": 1.2},
        {"sector": "religion", "count": 4, "share": 0.9},
        {"sector": "social sciences", "count": 3, "share": 0.7}
      ],
      "units": [
        {"unit": "区教育体育局", "assigned": 38, "joint": 21, "replied": 38, "on_time": 38, "on_time_rate": 100.0, "overdue": 0, "median_days": 56.5, "A": 25, "B": 9, "C": 4, "D": 0, "satisfied": 31, "basic": 7, "unsatisfied": 0},
        {"unit": "区文化和旅游局", "assigned": 25, "joint": 0, "replied": 25, "on_time": 25, "on_time_rate": 100.0, "overdue": 0, "median_days": 54, "A": 13, "B": 9, "C": 3, "D": 0, "satisfied": 21, "basic": 4, "unsatisfied": 0},
        {"unit": "区农业农村局", "assigned": 23, "joint": 13, "replied": 23, "on_time": 23, "on_time_rate": 100.0, "overdue": 0, "median_days": 53, "A": 19, "B": 4, "C": 0, "D": 0, "satisfied": 20, "basic": 3, "unsatisfied": 0},
        {"unit": "区住房和城乡建设局", "assigned": 22, "joint": 37, "replied": 22, "on_time": 22, "on_time_rate": 100.0, "overdue": 0, "median_days": 44.5, "A": 15, "B": 6, "C": 1, "D": 0, "satisfied": 21, "basic": 1, "unsatisfied": 0},
        {"unit": "区发展和改革局", "assigned": 20, "joint": 0, "replied": 20, "on_time": 20, "on_time_rate": 100.0, "overdue": 0, "median_days": 55.5, "A": 12, "B": 8, "C": 0, "D": 0, "satisfied": 17, "basic": 3, "unsatisfied": 0},
        {"unit": "区交通运输局", "assigned": 18, "joint": 18, "replied": 18, "on_time": 18, "on_time_rate": 100.0, "overdue": 0, "median_days": 61.5, "A": 13, "B": 4, "C": 1, "D": 0, "satisfied": 16, "basic": 2, "unsatisfied": 0},
        {"unit": "区林业局", "assigned": 18, "joint": 0, "replied": 18, "on_time": 18, "on_time_rate": 100.0, "overdue": 0, "median_days": 51.5, "A": 12, "B": 5, "C": 1, "D": 0, "satisfied": 16, "basic": 2, "unsatisfied": 0},
        {"unit": "区生态环境分局", "assigned": 18, "joint": 0, "replied": 18, "on_time": 18, "on_time_rate": 100.0, "overdue": 0, "median_days": 61.5, "A": 12, "B": 3, "C": 3, "D": 0, "satisfied": 14, "basic": 4, "unsatisfied": 0},
        {"unit": "区公安分局", "assigned": 17, "joint": 0, "replied": 17, "on_time": 17, "on_time_rate": 100.0, "overdue": 0, "median_days": 56, "A": 13, "B": 3, "C": 1, "D": 0, "satisfied": 14, "basic": 3, "unsatisfied": 0},
        {"unit": "区商务局", "assigned": 14, "joint": 4, "replied": 14, "on_time": 14, "on_time_rate": 100.0, "overdue": 0, "median_days": 66.5, "A": 12, "B": 1, "C": 1, "D": 0, "satisfied": 10, "basic": 4, "unsatisfied": 0},
        {"unit": "区应急管理局", "assigned": 14, "joint": 9, "replied": 14, "on_time": 14, "on_time_rate": 100.0, "overdue": 0, "median_days": 45.5, "A": 8, "B": 5, "C": 1, "D": 0, "satisfied": 13, "basic": 1, "unsatisfied": 0},
        {"unit": "区人力资源和社会保障局", "assigned": 13, "joint": 24, "replied": 13, "on_time": 13, "on_time_rate": 100.0, "overdue": 0, "median_days": 45, "A": 11, "B": 2, "C": 0, "D": 0, "satisfied": 12, "basic": 1, "unsatisfied": 0},
        {"unit": "区水利局", "assigned": 13, "joint": 19, "replied": 13, "on_time": 13, "on_time_rate": 100.0, "overdue": 0, "median_days": 41, "A": 9, "B": 3, "C": 1, "D": 0, "satisfied": 10, "basic": 3, "unsatisfied": 0},
        {"unit": "区司法局", "assigned": 12, "joint": 6, "replied": 12, "on_time": 12, "on_time_rate": 100.0, "overdue": 0, "median_days": 60, "A": 9, "B": 2, "C": 1, "D": 0, "satisfied": 8, "basic": 4, "unsatisfied": 0},
        {"unit": "区城市建设投资集团有限公司", "assigned": 12, "joint": 0, "replied": 12, "on_time": 12, "on_time_rate": 100.0, "overdue": 0, "median_days": 58, "A": 10, "B": 2, "C": 0, "D": 0, "satisfied": 9, "basic": 3, "unsatisfied": 0},
        {"unit": "区市场监督管理局", "assigned": 12, "joint": 10, "replied": 12, "on_time": 12, "on_time_rate": 100.0, "overdue": 0, "median_days": 40, "A": 9, "B": 3, "C": 0, "D": 0, "satisfied": 10, "basic": 2, "unsatisfied": 0},
        {"unit": "区医疗保障局", "assigned": 10, "joint": 3, "replied": 10, "on_time": 10, "on_time_rate": 100.0, "overdue": 0, "median_days": 61, "A": 8, "B": 2, "C": 0, "D": 0, "satisfied": 9, "basic": 1, "unsatisfied": 0},
        {"unit": "区卫生健康局", "assigned": 10, "joint": 8, "replied": 10, "on_time": 10, "on_time_rate": 100.0, "overdue": 0, "median_days": 53, "A": 5, "B": 3, "C": 2, "D": 0, "satisfied": 8, "basic": 2, "unsatisfied": 0},
        {"unit": "区退役军人事务局", "assigned": 10, "joint": 0, "replied": 10, "on_time": 10, "on_time_rate": 100.0, "overdue": 0, "median_days": 48.5, "A": 9, "B": 0, "C": 1, "D": 0, "satisfied": 9, "basic": 1, "unsatisfied": 0},
        {"unit": "区科技局", "assigned": 9, "joint": 0, "replied": 9, "on_time": 9, "on_time_rate": 100.0, "overdue": 0, "median_days": 59, "A": 7, "B": 2, "C": 0, "D": 0, "satisfied": 7, "basic": 2, "unsatisfied": 0},
        {"unit": "区自然资源局", "assigned": 9, "joint": 10, "replied": 9, "on_time": 9, "on_time_rate": 100.0, "overdue": 0, "median_days": 41, "A": 4, "B": 4, "C": 1, "D": 0, "satisfied": 8, "basic": 1, "unsatisfied": 0},
        {"unit": "区人民检察院", "assigned": 8, "joint": 0, "replied": 8, "on_time": 8, "on_time_rate": 100.0, "overdue": 0, "median_days": 58, "A": 6, "B": 2, "C": 0, "D": 0, "satisfied": 5, "basic": 3, "unsatisfied": 0},
        {"unit": "区乡村振兴局", "assigned": 7, "joint": 5, "replied": 7, "on_time": 7, "on_time_rate": 100.0, "overdue": 0, "median_days": 57, "A": 4, "B": 2, "C": 1, "D": 0, "satisfied": 6, "basic": 1, "unsatisfied": 0},
        {"unit": "区城市管理执法局", "assigned": 7, "joint": 35, "replied": 7, "on_time": 7, "on_time_rate": 100.0, "overdue": 0, "median_days": 73, "A": 3, "B": 4, "C": 0, "D": 0, "satisfied": 5, "basic": 2, "unsatisfied": 0},
        {"unit": "区工业和信息化局", "assigned": 7, "joint": 17, "replied": 7, "on_time": 7, "on_time_rate": 100.0, "overdue": 0, "median_days": 54, "A": 3, "B": 1, "C": 3, "D": 0, "satisfied": 6, "basic": 1, "unsatisfied": 0},
        {"unit": "区人民法院", "assigned": 6, "joint": 0, "replied": 6, "on_time": 6, "on_time_rate": 100.0, "overdue": 0, "median_days": 43.5, "A": 4, "B": 2, "C": 0, "D": 0, "satisfied": 4, "basic": 2, "unsatisfied": 0},
        {"unit": "区供电分公司", "assigned": 6, "joint": 0, "replied": 6, "on_time": 6, "on_time_rate": 100.0, "overdue": 0, "median_days": 41, "A": 4, "B": 2, "C": 0, "D": 0, "satisfied": 6, "basic": 0, "unsatisfied": 0},
        {"unit": "区委宣传部", "assigned": 6, "joint": 0, "replied": 6, "on_time": 6, "on_time_rate": 100.0, "overdue": 0, "median_days": 46.5, "A": 5, "B": 1, "C": 0, "D": 0, "satisfied": 5, "basic": 1, "unsatisfied": 0},
        {"unit": "区民政局", "assigned": 4, "joint": 0, "replied": 4, "on_time": 4, "on_time_rate": 100.0, "overdue": 0, "median_days": 71, "A": 2, "B": 1, "C": 1, "D": 0, "satisfied": 4, "basic": 0, "unsatisfied": 0},
        {"unit": "江北街道办事处", "assigned": 2, "joint": 20, "replied": 2, "on_time": 2, "on_time_rate": 100.0, "overdue": 0, "median_days": 47.5, "A": 2, "B": 0, "C": 0, "D": 0, "satisfied": 2, "basic": 0, "unsatisfied": 0},
        {"unit": "区财政局", "assigned": 1, "joint": 13, "replied": 1, "on_time": 1, "on_time_rate": 100.0, "overdue": 0, "median_days": 51, "A": 1, "B": 0, "C": 0, "D": 0, "satisfied": 1, "basic": 0, "unsatisfied": 0},
        {"unit": "青石镇人民政府", "assigned": 0, "joint": 9, "replied": 0, "on_time": 0, "on_time_rate": null, "overdue": 0, "median_days": null, "A": 0, "B": 0, "C": 0, "D": 0, "satisfied": 0, "basic": 0, "unsatisfied": 0}
      ],
      "by_month": [
        {"month": "2023-01", "count": 336},
        {"month": "2023-02", "count": 11},
        {"month": "2023-03", "count": 12},
        {"month": "2023-04", "count": 13},
        {"month": "2023-05", "count": 13},
        {"month": "2023-06", "count": 16},
        {"month": "2023-07", "count": 12},
        {"month": "2023-08", "count": 13},
        {"month": "2023-09", "count": 0},
        {"month": "2023-10", "count": 0},
        {"month": "2023-11", "count": 0},
        {"month": "2023-12", "count": 0}
      ],
      "look_back": [
        {"code": "P2022-0183", "title": "关于加强科技成果转化的几点建议", "lead_units": "区科技局", "replied": "2023-02-08", "status": "concluded", "concluded": "2023-02-17"},
        {"code": "P2022-0184", "title": "关于加强森林防火的几点建议", "lead_units": "区林业局", "replied": "2023-03-10", "status": "concluded", "concluded": "2023-03-31"}
      ],
      "opinions_by_level": [
        {"level": "district", "opinions": 11},
        {"level": "city", "opinions": 12},
        {"level": "province", "opinions": 4},
        {"level": "national", "opinions": 1}
      ],
      "top_members": [
        {"rank": 1, "code": "W0054", "name": "杜晓辉", "sector": "democratic parties", "total": 164, "grade": "excellent"},
        {"rank": 2, "code": "W0076", "name": "任丹伟", "sector": "education", "total": 156, "grade": "excellent"},
        {"rank": 3, "code": "W0126", "name": "毛磊敏", "sector": "CPC", "total": 149, "grade": "excellent"},
        {"rank": 4, "code": "W0114", "name": "邓慧斌", "sector": "CPC", "total": 148, "grade": "excellent"},
        {"rank": 5, "code": "W0139", "name": "蔡晓", "sector": "culture and arts", "total": 144, "grade": "excellent"},
        {"rank": 6, "code": "W0080", "name": "郝梅平", "sector": "social sciences", "total": 142, "grade": "excellent"},
        {"rank": 7, "code": "W0213", "name": "毛超峰", "sector": "education", "total": 139.5, "grade": "excellent"},
        {"rank": 8, "code": "W0190", "name": "贺佳宏", "sector": "CPC", "total": 134.5, "grade": "excellent"},
        {"rank": 9, "code": "W0036", "name": "徐勇琳", "sector": "social sciences", "total": 132.5, "grade": "excellent"},
        {"rank": 10, "code": "W0156", "name": "万静英", "sector": "CPC", "total": 130, "grade": "excellent"}
      ],
      "studios": [
        {"name": "桂花社区委员工作室", "brand": "yes", "activities": 33, "consultations": 18, "disputes_resolved": 9, "problems_solved": 1, "score": 90.5},
        {"name": "新城街道法律服务委员工作室", "brand": "yes", "activities": 30, "consultations": 16, "disputes_resolved": 11, "problems_solved": 1, "score": 92},
        {"name": "柳湾镇委员工作室", "brand": "yes", "activities": 29, "consultations": 17, "disputes_resolved": 10, "problems_solved": 3, "score": 91.5},
        {"name": "梨园镇乡村振兴委员工作室", "brand": "yes", "activities": 28, "consultations": 21, "disputes_resolved": 19, "problems_solved": 4, "score": 90},
        {"name": "医疗卫生界委员工作室", "brand": "yes", "activities": 25, "consultations": 18, "disputes_resolved": 12, "problems_solved": 2, "score": 89.5},
        {"name": "工商联界委员工作室", "brand": "yes", "activities": 25, "consultations": 19, "disputes_resolved": 12, "problems_solved": 4, "score": 88.5},
        {"name": "石门镇委员工作室", "brand": "no", "activities": 23, "consultations": 16, "disputes_resolved": 12, "problems_solved": 0, "score": 82.5},
        {"name": "茶溪镇茶产业委员工作室", "brand": "yes", "activities": 23, "consultations": 12, "disputes_resolved": 11, "problems_solved": 0, "score": 95},
        {"name": "青石镇委员工作室", "brand": "yes", "activities": 22, "consultations": 11, "disputes_resolved": 11, "problems_solved": 0, "score": 93.5},
        {"name": "教育界委员工作室", "brand": "yes", "activities": 20, "consultations": 12, "disputes_resolved": 9, "problems_solved": 2, "score": 89},
        {"name": "江北街道委员工作室", "brand": "yes", "activities": 19, "consultations": 11, "disputes_resolved": 8, "problems_solved": 1, "score": 96.5},
        {"name": "河东街道委员工作室", "brand": "no", "activities": 17, "consultations": 12, "disputes_resolved": 15, "problems_solved": 1, "score": 84},
        {"name": "滨江社区委员工作室", "brand": "no", "activities": 16, "consultations": 11, "disputes_resolved": 7, "problems_solved": 1, "score": 78.5},
        {"name": "云岭镇委员工作室", "brand": "no", "activities": 12, "consultations": 8, "disputes_resolved": 5, "problems_solved": 2, "score": 80},
        {"name": "双河镇委员工作室", "brand": "no", "activities": 7, "consultations": 4, "disputes_resolved": 2, "problems_solved": 1, "score": 58},
        {"name": "白鹭镇委员工作室", "brand": "yes", "activities": 7, "consultations": 4, "disputes_resolved": 3, "problems_solved": 0, "score": 62}
      ]
    }
  }

English labels, and the sentences the office reads; a year with nothing recorded has
no sentences, and its rates are empty (nothing to divide by), not 0.

  $ cppcc report annual --year 2023 --format md | sed -n '1,16p'
  # Hanjiang District CPPCC Committee: the year 2023 in figures
  <BLANK>
  In 2023, Hanjiang District CPPCC Committee received 426 proposals and filed 368 (filing rate 86.4%); 368 were concluded, 368 of them on time; reply rate 100.0% (replied, of the filed), satisfied or basically satisfied 100.0% (of the feedback), adopted (class A or B) 92.7% (of the replied).
  <BLANK>
  Member studios held 210 visits and micro-consultations, resolved 156 disputes, solved 23 public concerns, held 126 study and exchange activities.
  <BLANK>
  Brand studios: 10.
  <BLANK>
  The office organised 12 collective study sessions, 10 research topics, with 16 suggestions from research and inspections; 5 consultations, and 15 suggestions from democratic supervision.
  <BLANK>
  853 publicity pieces were published, 99 of them at province level or above; 12 publicity officers.
  <BLANK>
  63 exchange and cultural activities; 9 delegations received.
  <BLANK>
  80 social-opinion reports received, 21 of them adopted.
  <BLANK>
  $ cppcc report annual --year 2019 --format csv
  key,label,value␍
  proposals_received,proposals received,0␍
  proposals_filed,proposals filed,0␍
  filing_rate,filing rate (%),␍
  proposals_concluded,proposals concluded,0␍
  proposals_on_time,concluded on time,0␍
  studio_consultations,studio visits and micro-consultations,0␍
  disputes_resolved,disputes resolved,0␍
  brand_studios,brand studios,11␍
  studio_problems_solved,public concerns resolved via studios,0␍
  studio_exchanges,studio study and exchange activities,0␍
  study_sessions,collective study sessions,0␍
  research_topics,research topics,0␍
  research_suggestions,suggestions from research and inspection,0␍
  consultations,consultations,0␍
  supervision_suggestions,democratic-supervision suggestions,0␍
  articles,publicity pieces,0␍
  articles_province_up,of which province level or above,0␍
  publicity_officers,publicity officers,12␍
  office_activities,exchange and cultural activities,0␍
  receptions,delegations received,0␍
  opinions_received,social-opinion reports received,0␍
  opinions_adopted,of which adopted,0␍
  reply_rate,"reply rate (replied, % of filed)",␍
  on_time_rate,concluded on time (% of filed),␍
  meeting_rate,met in person (% of feedback with a contact),␍
  satisfaction_rate,satisfied or basically satisfied (% of feedback),␍
  adoption_rate,"adopted, class A or B (% of replied)",␍
  $ cppcc report annual --year 2019 --format md | sed -n '1,3p'
  # Hanjiang District CPPCC Committee: the year 2019 in figures
  <BLANK>
  Brand studios: 11.

## Breakdowns and units

  $ cppcc report proposals --by category --year 2023 --format csv
  category,count,share␍
  social development,165,38.7␍
  economic development,113,26.5␍
  cultural development,59,13.9␍
  ecological civilisation,56,13.1␍
  political development,33,7.8␍
  $ cppcc --lang zh report proposals --by status --from 2023-12-01 --to 2024-01-31 --format md
  ## 提案办理状态
  <BLANK>
  | 状态 | 件数 | 占比（%） |
  | --- | ---: | ---: |
  | 待审查 | 3 | 42.8 |
  | 办理中 | 2 | 28.6 |
  | 已立案 | 2 | 28.6 |
  $ cppcc report proposals --by colour --year 2023
  ! cppcc: cannot break proposals down by 'colour' (by status, category, type, sector, unit, result, satisfaction)
  [2]
  $ cppcc report proposals --by status --year 2023 --from 2023-01-01
  ! cppcc: give --year or --from/--to, not both
  [2]
  $ cppcc report units --year 2023 --format csv | sed -n '1,4p'
  unit,assigned,joint,replied,on_time,on_time_rate,overdue,median_days,A,B,C,D,satisfied,basic,unsatisfied␍
  区教育体育局,38,21,38,38,100.0,0,56.5,25,9,4,0,31,7,0␍
  区文化和旅游局,25,0,25,25,100.0,0,54,13,9,3,0,21,4,0␍
  区农业农村局,23,13,23,23,100.0,0,53,19,4,0,0,20,3,0␍
  $ cppcc report members --year 2023 --format csv | cut -d, -f1-4,25- | sed -n '1,6p'
  rank,code,name,sector,total,grade␍
  1,W0054,杜晓辉,democratic parties,164,excellent␍
  2,W0076,任丹伟,education,156,excellent␍
  3,W0126,毛磊敏,CPC,149,excellent␍
  4,W0114,邓慧斌,CPC,148,excellent␍
  5,W0139,蔡晓,culture and arts,144,excellent␍

## The monthly bulletin (月通报)

June 2023: what was submitted, filed, assigned, replied and concluded, the month's
activities and articles, and what is overdue or falls due next month — as it stood at
the month's end (seven assignments then open fell due in July, though all have been
replied since). April 2024 leaves two proposals in handling, due in May.

  $ cppcc --lang zh report monthly --month 2023-06 --format csv
  ﻿指标代码,指标,数值␍
  proposals_submitted,本月提交提案,16␍
  proposals_filed,本月立案,17␍
  proposals_assigned,本月交办,15␍
  proposals_replied,本月答复,11␍
  proposals_concluded,本月办结,21␍
  activities,本月履职活动,38␍
  articles,发布宣传信息,62␍
  overdue,月底逾期未答复,0␍
  due_next_month,下月到期,7␍
  $ cppcc report monthly --month 2024-04 --format md | sed -n '/falling due next month$/,$p'
  ## falling due next month
  <BLANK>
  | code | title | unit | role | due | days left |
  | --- | --- | --- | --- | --- | ---: |
  | P2024-0001 | 关于柳湾镇缓解中心城区停车难的建议 | 区公安分局 | lead | 2024-05-20 | 20 |
  | P2024-0001 | 关于柳湾镇缓解中心城区停车难的建议 | 区城市管理执法局 | joint | 2024-05-20 | 20 |
  | P2024-0002 | 关于持续提升基层医疗卫生服务能力的提案 | 区卫生健康局 | lead | 2024-05-20 | 20 |
  | P2024-0002 | 关于持续提升基层医疗卫生服务能力的提案 | 区医疗保障局 | joint | 2024-05-20 | 20 |
  $ cppcc report monthly --month 2023-13
  ! cppcc: --month '2023-13' is not a month (expected e.g. 2023-06, 2023-6 or 2023年6月)
  [2]
  $ cppcc report monthly --month June
  ! cppcc: --month 'June' is not a month (expected e.g. 2023-06, 2023-6 or 2023年6月)
  [2]

## An office's own figures

A cppcc.yaml may replace the figures: here the office counts its own activity kind
(patrol) and drops the rest; an unknown kind in its list is refused (exit 78).

  $ cat > office.yaml <<'EOF'
  > activity:
  >   kinds:
  >     - {id: visit, zh: 走访, en: visit}
  >     - {id: patrol, zh: 巡河, en: river patrol}
  > report:
  >   annual:
  >     figures:
  >       - {key: proposals_received, source: proposals, measure: received}
  >       - {key: patrols, source: activities, kinds: [patrol]}
  >       - {key: visits, source: activities, organiser: office, kinds: [visit]}
  > EOF
  $ cppcc --config office.yaml report annual --year 2023 --format csv
  key,label,value␍
  proposals_received,proposals received,426␍
  patrols,patrols,0␍
  visits,visits,3␍
  $ sed -i 's/kinds: \[patrol\]/kinds: [patrols]/' office.yaml
  $ cppcc --config office.yaml report annual --year 2023 --format csv
  ! cppcc: office.yaml:1: report.annual.figures[1].kinds: unknown activity kind 'patrols' (known: visit, patrol)
  [78]
