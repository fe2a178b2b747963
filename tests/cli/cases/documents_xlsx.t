`--format xlsx` on every report, record and list (issue 22, point 2): a workbook on
standard output, one sheet per table named after its title, a first sheet of the figures
(label, value) when there are any, a bold frozen header row, numbers as numbers, a
percentage as a percentage-format number, dates as Excel dates, empty cells empty, the
committee and the title in the document properties. tests/data/check_xlsx.py reads each
workbook with python3-openpyxl and holds every cell to the JSON of the same command
(a percent as its fraction: 86.4 is 0.864), and says what each column holds
(s text, n number, %FORMAT a percentage, d date).

  $ cp $DATA/../../samples/2023/cppcc.yaml . && CPPCC_BIN=$(command -v cppcc) $DATA/../../scripts/load-sample cppcc.db
  $ both() { cppcc --lang zh "$@" --format xlsx > out.xlsx && cppcc --lang zh "$@" --format json > out.json && python3 $DATA/check_xlsx.py out.xlsx out.json; }; declare -f both > both.sh

## Reports

  $ . ./both.sh && both report annual --year 2023
  sheet 主要数据: 27 rows; 项目 s, 内容 %0.0%/n
  sheet 提案办理状态: 4 rows; 状态 s, 件数 n, 占比 %0.0%
  sheet 提案类别: 5 rows; 类别 s, 件数 n, 占比 %0.0%
  sheet 提案人类型: 4 rows; 提案类型 s, 件数 n, 占比 %0.0%
  sheet 界别: 22 rows; 界别 s, 件数 n, 占比 %0.0%
  sheet 承办单位办理情况: 32 rows; 承办单位 s, 主办 n, 会办 n, 已答复 n, 按时答复 n, 按时率 %0.0%, 逾期 n, 答复用时中位数（天） n, A n, B n, C n, D n, 满意 n, 基本满意 n, 不满意 n
  sheet 各月提交提案: 12 rows; 月份 s, 件数 n
  sheet 上年度B类提案回头看: 2 rows; 提案号 s, 标题 s, 主办单位 s, 答复日期 d, 状态 s, 办结日期 d
  sheet 社情民意信息采用情况: 4 rows; 级别 s, 篇数 n
  sheet 履职考评前十名: 10 rows; # n, 编号 s, 姓名 s, 界别 s, 总分 n, 等次 s
  sheet 委员工作室活动情况: 16 rows; 工作室名称 s, 品牌工作室 s, 活动次数 n, 走访调研及微协商 n, 化解矛盾纠纷 n, 解决问题 n, 评估得分 n
  properties: title '汉江区政协2023年工作综述', creator '汉江区政协', created 2024-03-01
  ok
  $ . ./both.sh && both report monthly --month 2023-06
  sheet 主要数据: 9 rows; 项目 s, 内容 n
  sheet 本月提交提案: 16 rows; 提案号 s, 标题 s, 提案人 s, 提交日期 d, 状态 s
  sheet 本月立案: 17 rows; 提案号 s, 标题 s, 提案人 s, 立案日期 d, 状态 s
  sheet 本月交办: 15 rows; 提案号 s, 标题 s, 提案人 s, 交办日期 d, 状态 s
  sheet 本月答复: 11 rows; 提案号 s, 标题 s, 提案人 s, 答复日期 d, 状态 s
  sheet 本月办结: 21 rows; 提案号 s, 标题 s, 提案人 s, 办结日期 d, 状态 s
  sheet 本月履职活动: 38 rows; 活动编号 s, 活动类型 s, 活动日期 d, 活动名称 s, 组织工作室 s, 意见建议条数 n, 化解矛盾纠纷 n, 解决问题件数 n
  sheet 发布宣传信息: 62 rows; 稿件编号 s, 标题 s, 刊发媒体 s, 级别 s, 发布日期 d
  sheet 月底逾期未答复: 0 rows; 提案号 -, 标题 -, 承办单位 -, 办理方式 -, 办理期限 -, 逾期天数 -
  sheet 下月到期: 7 rows; 提案号 s, 标题 s, 承办单位 s, 办理方式 s, 办理期限 d, 剩余天数 n
  properties: title '汉江区政协2023年6月工作通报', creator '汉江区政协', created 2024-03-01
  ok
  $ . ./both.sh && both report units --year 2023
  sheet 承办单位办理情况: 32 rows; 承办单位 s, 主办 n, 会办 n, 已答复 n, 按时答复 n, 按时率 %0.0%, 逾期 n, 答复用时中位数（天） n, A n, B n, C n, D n, 满意 n, 基本满意 n, 不满意 n
  properties: title '承办单位办理情况', creator '汉江区政协', created 2024-03-01
  ok
  $ . ./both.sh && both report proposals --by category --year 2023
  sheet 提案类别: 5 rows; 类别 s, 件数 n, 占比 %0.0%
  properties: title '提案类别', creator '汉江区政协', created 2024-03-01
  ok
  $ . ./both.sh && both member score --year 2023
  sheet 委员履职考评 2023: 227 rows; 名次 n, 编号 s, 姓名 s, 界别 s, 出席全会 n, 出席常委会 n, 无故缺席会议 n, 参加履职活动 n, 参加工作室活动 n, 提交提案 n, 提案立案 n, 重点提案 n, 优秀提案 n, 联名提案立案 n, 社情民意编发 n, 区级采用 n, 市级采用 n, 省级采用 n, 国家级采用 n, 领导批示 n, 区级宣传信息 n, 市级宣传信息 n, 省级宣传信息 n, 国家级宣传信息 n, 总分 n, 等次 s
  properties: title '委员履职考评 2023', creator '汉江区政协', created 2024-03-01
  ok

## A record: a member's file of the year

  $ . ./both.sh && both member show W0001 --year 2023
  sheet 杜轩新委员2023年度履职档案: 18 rows; 项目 s, 内容 n/s
  sheet 提案: 5 rows; 编号 s, 标题 s, 身份 s, 提交日期 d, 状态 s, 立案日期 d, 重点提案 -, 优秀提案 -
  sheet 社情民意信息: 1 rows; 编号 s, 标题 s, 提交日期 d, 状态 s, 期号 s, 编发日期 d, 采用情况 s, 领导批示 -
  sheet 履职活动: 36 rows; 编号 s, 日期 d, 活动类型 s, 标题 s, 组织方 s, 出勤 s
  sheet 宣传信息: 2 rows; 编号 s, 日期 d, 标题 s, 刊发媒体 s, 级别 s, 作者 s
  sheet 考评得分: 20 rows; 考评项目 s, 次数 n, 得分 n, 上限 n, 封顶 s
  sheet 得分明细: 45 rows; 考评项目 s, 日期 d, 编号 s, 标题 s, 说明 s, 得分 n, 计分 n
  properties: title '杜轩新委员2023年度履职档案', creator '汉江区政协', created 2024-03-01
  ok

A record's values stand left of their column as text does, dates and numbers too; a text
with line breaks, or wider than a column gets (60), wraps in a row as tall as its lines.

  $ cppcc --lang zh proposal show P2023-0001 --format xlsx > show.xlsx && python3 -c '
  > import openpyxl
  > sheet = openpyxl.load_workbook("show.xlsx").worksheets[0]
  > for row in sheet.iter_rows(min_row=2):
  >     label, value = row
  >     if value.value is None or (value.data_type == "s" and "\n" not in value.value): continue
  >     print(label.value, repr(value.value)[:24], value.number_format, value.alignment.horizontal,
  >           "wraps" if value.alignment.wrap_text else "", sheet.row_dimensions[value.row].height)'
  内容 '经过走访调研，东坝社区群众对“发展职业教育”反 General None wraps 180.0
  提交日期 datetime.datetime(2023,  yyyy-mm-dd left  None
  立案日期 datetime.datetime(2023,  yyyy-mm-dd left  None
  立案号 1 0 left  None
  交办日期 datetime.datetime(2023,  yyyy-mm-dd left  None
  办理期限 datetime.datetime(2023,  yyyy-mm-dd left  None
  答复日期 datetime.datetime(2023,  yyyy-mm-dd left  None
  办结日期 datetime.datetime(2023,  yyyy-mm-dd left  None

## Lists

  $ . ./both.sh && both member list
  sheet 委员名册: 230 rows; 编号 s, 姓名 s, 性别 s, 民族 s, 党派 s, 界别 s, 工作单位 s, 职务 s, 电话 s, 届次 n, 常委 s, 角色 s, 状态 s
  properties: title '委员名册', creator '汉江区政协', created 2024-03-01
  ok
  $ . ./both.sh && both proposal list --year 2023
  sheet 提案: 426 rows; 提案号 s, 标题 s, 提案人 s, 类别 s, 提交日期 d, 状态 s, 立案号 n, 主办单位 s, 办理期限 d, 办理结果 s, 超期 -
  properties: title '提案', creator '汉江区政协', created 2024-03-01
  ok
  $ . ./both.sh && both unit list
  sheet 承办单位: 32 rows; 单位名称 s, 单位类型 s, 联系人 s, 联系电话 s
  properties: title '承办单位', creator '汉江区政协', created 2024-03-01
  ok
  $ . ./both.sh && both studio list
  sheet 委员工作室: 14 rows; 工作室名称 s, 负责人 s, 入驻委员 s, 地点 s, 品牌工作室 s, 观摩点位 s, 评估得分 n, 摘牌日期 -, 摘牌原因 -
  properties: title '委员工作室', creator '汉江区政协', created 2024-03-01
  ok
  $ . ./both.sh && both activity list --year 2023
  sheet 履职活动: 454 rows; 活动编号 s, 活动类型 s, 活动日期 d, 活动名称 s, 组织工作室 s, 参加人员 s, 请假人员 s, 缺席人员 s, 意见建议条数 n, 化解矛盾纠纷 n, 解决问题件数 n
  properties: title '履职活动', creator '汉江区政协', created 2024-03-01
  ok
  $ . ./both.sh && both article list --year 2023
  sheet 宣传信息: 853 rows; 稿件编号 s, 标题 s, 刊发媒体 s, 级别 s, 发布日期 d, 作者 s
  properties: title '宣传信息', creator '汉江区政协', created 2024-03-01
  ok
  $ . ./both.sh && both opinion list --year 2023
  sheet 社情民意信息: 80 rows; 信息编号 s, 标题 s, 报送人 s, 报送日期 d, 界别 s, 类别 s, 状态 s, 期号 s, 编发日期 d, 采用级别 s, 批示领导 s
  properties: title '社情民意信息', creator '汉江区政协', created 2024-03-01
  ok
  $ . ./both.sh && both proposal history P2023-0001
  sheet P2023-0001 关于切实发展职业教育的建议: 6 rows; 序号 n, 日期 d, 操作 s, 原状态 s, 新状态 s, 经办人 s, 记录时间 s, 说明 s
  properties: title 'P2023-0001 关于切实发展职业教育的建议', creator '汉江区政协', created 2024-03-01
  ok

## Reminders: a table per unit

As people read them in the terminal (JSON, for scripts, is one flat table): the counts,
then a sheet per unit named after its heading, without the contact when 31 characters
do not hold it.

  $ mkdir due && cd due && cppcc -q db init && cppcc -q member add --code W001 --name 张明 &&
  >   cppcc -q unit add --name 区水利局 --contact 刘强 --phone 0915-3210001 &&
  >   cppcc -q unit add --name 区城市建设投资集团有限公司 --contact 王磊 --phone 0915-3210002 &&
  >   cppcc -q proposal add --code P2024-003 --title 关于规范校外培训机构的建议 --proposer 张明 --submitted 2023-10-08 &&
  >   cppcc -q proposal file P2024-003 --date 2023-10-10 &&
  >   cppcc -q proposal assign P2024-003 --lead 区水利局 --joint 区城市建设投资集团有限公司 --date 2023-11-01
  $ cd due && cppcc --lang zh remind --format xlsx > remind.xlsx && python3 $DATA/describe_xlsx.py remind.xlsx
  sheet 政协委员会提案催办: 6 rows, 2 columns
  frozen A2; autofilter A1:B6
  header bold: yes
  widths: 项目 15, 内容 13
  date formats: yyyy-mm-dd
  2: 项目=s:'截至日期' 内容=d:2024-03-01
  3: 项目=s:'到期提醒天数' 内容=n:7
  4: 项目=s:'超期提案' 内容=n:1
  5: 项目=s:'即将到期提案' 内容=n:0
  6: 项目=s:'待审查提案' 内容=n:0
  sheet 区城市建设投资集团有限公司: 2 rows, 5 columns
  frozen A2; autofilter A1:E2
  header bold: yes
  widths: 提案号 12, 标题 29, 办理方式 11, 办理期限 13, 办理情况 11
  date formats: yyyy-mm-dd
  2: 提案号=s:'P2024-003' 标题=s:'关于规范校外培训机构的建议' 办理方式=s:'会办' 办理期限=d:2024-02-01 办理情况=s:'超期29天'
  sheet 区水利局（联系人：刘强，电话：0915-3210001）: 2 rows, 5 columns
  frozen A2; autofilter A1:E2
  header bold: yes
  widths: 提案号 12, 标题 29, 办理方式 11, 办理期限 13, 办理情况 11
  date formats: yyyy-mm-dd
  2: 提案号=s:'P2024-003' 标题=s:'关于规范校外培训机构的建议' 办理方式=s:'主办' 办理期限=d:2024-02-01 办理情况=s:'超期29天'

## In English

Sheet names and the figures' header in the language of the report.

  $ cppcc --lang en report annual --year 2023 --format xlsx > en.xlsx && python3 $DATA/describe_xlsx.py en.xlsx 2 | grep -E '^(sheet|header|2:)'
  sheet figures: 28 rows, 2 columns
  header bold: yes
  2: field=s:'proposals received' value=n:426
  sheet proposals by status: 5 rows, 3 columns
  header bold: yes
  2: status=s:'concluded' count=n:368 share=n:0.864
  sheet proposals by category: 6 rows, 3 columns
  header bold: yes
  2: category=s:'social development' count=n:165 share=n:0.387
  sheet proposals by proposer type: 5 rows, 3 columns
  header bold: yes
  2: type=s:'member' count=n:381 share=n:0.894
  sheet proposals by sector: 23 rows, 3 columns
  header bold: yes
  2: sector=s:'CPC' count=n:60 share=n:0.141
  sheet handling units: 33 rows, 15 columns
  header bold: yes
  2: unit=s:'区教育体育局' assigned=n:38 joint=n:21 replied=n:38 on time=n:38 on time=n:1 overdue=n:0 median days to reply=n:56.5 A=n:25 B=n:9 C=n:4 D=n:0 satisfied=n:31 basically satisfied=n:7 unsatisfied=n:0
  sheet proposals submitted by month: 13 rows, 2 columns
  header bold: yes
  2: month=s:'2023-01' count=n:336
  sheet look back： last year's class B: 3 rows, 6 columns
  header bold: yes
  2: code=s:'P2022-0183' title=s:'关于加强科技成果转化的几点建议' lead units=s:'区科技局' replied=d:2023-02-08 status=s:'concluded' concluded=d:2023-02-17
  sheet opinions adopted by level: 5 rows, 2 columns
  header bold: yes
  2: level=s:'district' reports=n:11
  sheet top-scoring members: 11 rows, 6 columns
  header bold: yes
  2: #=n:1 code=s:'W0054' name=s:'杜晓辉' sector=s:'democratic parties' total=n:164 grade=s:'excellent'
  sheet studios by activity: 17 rows, 7 columns
  header bold: yes
  2: name=s:'桂花社区委员工作室' brand studio=s:'yes' activities=n:33 visits and micro-consultations=n:18 disputes resolved=n:9 problems solved=n:1 score=n:90.5

## Refused

A workbook is bytes no terminal shows (exit 2).

  $ script -qec 'cppcc member list --format xlsx; echo exit $?' /dev/null < /dev/null | tr -d '\r'
  cppcc: --format xlsx writes a file, not text for the terminal: send it to one (… > FILE.xlsx)
  exit 2
