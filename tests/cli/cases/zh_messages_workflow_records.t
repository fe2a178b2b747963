Messages of the workflow and the records under --lang zh (issue 20 part 6): the
errors a clerk meets with proposals, corrections, members, studios and opinions read in
Chinese, a state or an action by its Chinese label (不予立案, not not_filed); the
exit codes stay. Two of them are shown under --lang en too: the English as it always was.

  $ cppcc -q db init
  $ cppcc -q member add --code W001 --name 张明 --sector 教育界
  $ cppcc -q member add --code W002 --name 李华 --sector 经济界
  $ cppcc -q unit add --name 区水利局 && cppcc -q unit add --name 区住建局
  $ cppcc -q proposal add --code P2024-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --submitted 2024-01-10
  $ cppcc -q proposal add --code P2024-002 --title 关于保障农村饮水安全的建议 --proposer 张明 --submitted 2024-01-12
  $ cppcc -q proposal add --code P2024-003 --title 关于老旧小区加装电梯的建议 --proposer 李华 --submitted 2024-01-15
  $ cppcc -q proposal file P2024-001 --date 2024-01-20 && cppcc -q proposal assign P2024-001 --lead 区水利局 --joint 区住建局 --date 2024-01-25
  $ cppcc -q proposal reject P2024-002 --reason 不属于提案受理范围 --date 2024-01-22

## Proposals

An action the state does not allow names the state and the actions by their labels.

  $ cppcc --lang zh proposal reply P2024-002 --unit 区水利局 --result A
  ! cppcc: 提案P2024-002目前状态为“不予立案”，不能进行“答复”（可进行：转意见建议）
  [3]
  $ cppcc --lang en proposal reply P2024-002 --unit 区水利局 --result A
  ! cppcc: proposal 'P2024-002' is not filed; 'reply' is not allowed (allowed: convert)
  [3]
  $ cppcc --lang zh proposal file P2024-002
  ! cppcc: 提案P2024-002目前状态为“不予立案”，不能进行“立案”（可进行：转意见建议）
  [3]

Two units wait to reply: the reply must say whose it is.

  $ cppcc --lang zh proposal reply P2024-001 --result A --date 2024-02-20
  ! cppcc: 提案P2024-001有2个承办单位尚未答复（区水利局、区住建局），请用--unit指明
  [2]
  $ cppcc --lang en proposal reply P2024-001 --result A --date 2024-02-20
  ! cppcc: 2 units of proposal 'P2024-001' are waiting to reply (区水利局, 区住建局); give --unit
  [2]
  $ cppcc --lang zh proposal reply P2024-001 --unit 区水利局 --result A --date 2024-01-24
  ! cppcc: 提案P2024-001：日期2024-01-24早于已记录的上一步（2024-01-25交办）
  [65]
  $ cppcc --lang zh proposal extend P2024-001 --until 2024-03-01 --reason 需要调研
  ! cppcc: 提案P2024-001的办理期限已是2024-04-25，--until须晚于该日期
  [65]

## Corrections

  $ cppcc --lang zh proposal undo P2024-003
  ! cppcc: 提案P2024-003没有可撤销的步骤：只记录了提交
  [65]
  $ cppcc --lang zh proposal amend P2024-001 --event 2 --unit 区住建局
  ! cppcc: 第2步（立案）不涉及承办单位，无可更改
  [2]
  $ cppcc --lang zh proposal amend P2024-001 --event 2 --result B
  ! cppcc: 第2步是立案，不是答复，没有办理结果
  [2]
  $ cppcc --lang zh proposal amend P2024-001 --event 9 --date 2024-01-21
  ! cppcc: 提案P2024-001没有第9步可更正（见“cppcc proposal history P2024-001”）
  [65]

Both units reply; concluding without the proposer's feedback waits its days. A
correction that a later step depends on is refused, and says which step and why.

  $ cppcc -q proposal reply P2024-001 --unit 区水利局 --result A --date 2024-02-20 && cppcc -q proposal reply P2024-001 --unit 区住建局 --date 2024-02-21
  $ cppcc --lang zh proposal conclude P2024-001 --date 2024-02-25
  ! cppcc: 提案P2024-001目前状态为“已答复”，暂不能进行“办结”：已于2024-02-20答复；未征询提案人意见的，自2024-03-21起方可办结（30天，proposal.handling.conclude_without_feedback_days）；请改为记录“征询意见”
  [3]
  $ cppcc --lang zh proposal amend P2024-001 --event 3 --date 2024-02-22
  ! cppcc: 提案P2024-001：第4步答复（2024-02-20；unit=区水利局；result=A；on_time=yes）将不再成立：提案P2024-001：日期2024-02-20早于已记录的上一步（2024-02-22交办）；未作任何更改（请先更正其后的步骤）
  [65]
  $ cppcc --lang zh proposal reply P2024-001 --unit 区住建局 --date 2024-02-26
  ! cppcc: 承办单位“区住建局”已于2024-02-21答复提案P2024-001
  [65]

## Members and units

A name not known, with the closest one; a code already taken; --status left without the
day the member left.

  $ cppcc --lang zh proposal add --title 关于停车难的建议 --proposer 张敏
  ! cppcc: 没有委员“张敏”（是否指“张明”？）
  [65]
  $ cppcc --lang zh member add --code W001 --name 王玮
  ! cppcc: 委员“W001”已存在；请用“cppcc member update W001”
  [65]
  $ cppcc --lang zh member update W002 --status left
  ! cppcc: --status left须同时给出--left-on DATE，即该委员离任的日期（离任的委员在此前各年仍参加排名）
  [2]
  $ cppcc --lang zh member update W002 --left-on 2024-02-01
  ! cppcc: --left-on：委员“W002”的状态为在职，须同时给出--status left
  [2]
  $ cppcc --lang zh unit add --name 区水利局
  ! cppcc: 承办单位“区水利局”已存在
  [65]

## Studios and activities

  $ cppcc -q studio add --name 江北委员工作室 --lead 张明 --members 张明
  $ cppcc -q studio delist 江北委员工作室 --date 2024-01-31 --reason 年度考评不合格
  $ cppcc --lang zh member update W002 --studio 江北委员工作室
  ! cppcc: 委员工作室“江北委员工作室”已于2024-01-31摘牌
  [65]
  $ cppcc --lang zh studio delist 江北委员工作室 --reason 再次
  ! cppcc: 委员工作室“江北委员工作室”已于2024-01-31摘牌，不能再次摘牌
  [3]
  $ cppcc --lang zh activity add --kind visit --date 2024-02-10 --title 走访 --studio 江北委员工作室 --participants 李华 --absent 李华
  ! cppcc: --studio：委员工作室“江北委员工作室”已于2024-01-31摘牌，不能组织2024-02-10的活动
  ! cppcc: --absent：“李华”也列在“participants”中
  [65]

## Opinions

  $ cppcc -q opinion add --code S1 --title 关于农村饮水安全的反映 --submitter 张明 --submitted 2024-01-10
  $ cppcc --lang zh opinion add --code S1 --title 又一条 --submitted 2024-01-11
  ! cppcc: 社情民意信息“S1”已存在；如需修改，请改好该行后用“cppcc opinion import”导入
  [65]
  $ cppcc --lang zh opinion adopt S1 --level 市
  ! cppcc: 社情民意信息S1目前状态为“已收到”，不能进行“采用”（可进行：编发、不予采用）
  [3]
  $ cppcc -q opinion compile S1 --issue 2024年第1期 --date 2024-01-20
  $ cppcc -q opinion adopt S1 --level 市 --date 2024-02-01
  $ cppcc --lang zh opinion adopt S1 --level city --date 2024-02-02
  ! cppcc: 社情民意信息S1已获市级采用
  [65]
  $ cppcc --lang zh opinion compile S9 --issue 2
  ! cppcc: 没有社情民意信息“S9”（是否指“S1”？）
  [65]
