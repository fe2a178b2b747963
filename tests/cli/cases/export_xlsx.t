`KIND export --format xlsx --out FILE.xlsx` (issue 19, point 3): the canonical columns
under their Chinese labels in a bold, frozen header row with an autofilter; dates as
Excel dates shown yyyy-mm-dd, counts as numbers, codes and phone numbers as text (0012
keeps its zeros); column widths fitted to the Chinese text (a CJK character counts two,
at most 60); a cell beginning with "=" stays a string, never a formula. The file is read
here with python3-openpyxl (tests/data/describe_xlsx.py), as a clerk's Excel would.

  $ cppcc -q db init
  $ cppcc -q member import $DATA/import_members.csv
  $ cppcc -q unit import $DATA/import_units.csv
  $ cppcc -q member add --code 0012 --name 吴刚 --phone 013900000005 --workplace '=HYPERLINK("http://example.com","区商务局")' --sector 民建 --term 16
  $ cppcc -q proposal import $DATA/import_proposals_2023.csv

## Members

  $ cppcc member export --format xlsx --out 委员.xlsx && ls -l 委员.xlsx | cut -c1-10 && ls -A
  -rw-------
  cppcc.db
  cppcc.db-shm
  cppcc.db-wal
  委员.xlsx
  $ python3 $DATA/describe_xlsx.py 委员.xlsx
  sheet 委员: 6 rows, 15 columns
  frozen A2; autofilter A1:O6
  header bold: yes
  widths: 编号 8, 姓名 7, 性别 9, 民族 7, 党派 11, 界别 13, 工作单位 46, 职务 11, 电话 15, 届次 7, 常委 7, 角色 20, 工作室 9, 状态 9, 离任日期 11
  date formats: none
  2: 编号=s:'0012' 姓名=s:'吴刚' 界别=s:'民建' 工作单位=s:'=HYPERLINK("http://example.com","区商务局")' 电话=s:'013900000005' 届次=n:16 常委=s:'no' 状态=s:'active'
  3: 编号=s:'W0001' 姓名=s:'张明' 性别=s:'male' 民族=s:'汉族' 党派=s:'民盟' 界别=s:'教育界' 工作单位=s:'区第一中学' 职务=s:'校长' 电话=s:'13800000001' 届次=n:16 常委=s:'yes' 角色=s:'publicity_officer' 状态=s:'active'
  4: 编号=s:'W0002' 姓名=s:'李华' 性别=s:'female' 民族=s:'汉族' 党派=s:'民建' 界别=s:'经济界' 工作单位=s:'区工商联' 职务=s:'副主席' 电话=s:'13800000002' 届次=n:16 常委=s:'no' 状态=s:'active'
  5: 编号=s:'W0003' 姓名=s:'王玮' 性别=s:'male' 民族=s:'回族' 党派=s:'九三学社' 界别=s:'医药卫生界' 工作单位=s:'区人民医院' 职务=s:'主任医师' 电话=s:'13800000003' 届次=n:16 常委=s:'no' 角色=s:'liaison' 状态=s:'active'
  6: 编号=s:'W0004' 姓名=s:'陈𬀩' 性别=s:'female' 民族=s:'汉族' 党派=s:'无党派' 界别=s:'科技界' 工作单位=s:'区农业科学研究所' 职务=s:'研究员' 电话=s:'13800000004' 届次=n:16 常委=s:'no' 状态=s:'active'

## Proposals: dates, a filing number, a body with a line break

  $ cppcc proposal export --format xlsx --out 提案.xlsx
  $ python3 $DATA/describe_xlsx.py 提案.xlsx 2
  sheet 提案: 10 rows, 28 columns
  frozen A2; autofilter A1:AB10
  header bold: yes
  widths: 提案号 12, 标题 35, 内容 41, 提案类型 11, 提案人 9, 联名人 12, 界别 13, 类别 10, 会次 17, 大会期间 11, 提交日期 13, 状态 13, 立案日期 13, 立案号 9, 不予立案理由 16, 并入提案 11, 主办单位 20, 会办单位 11, 交办日期 13, 办理期限 13, 答复日期 13, 办理结果 11, 满意度 14, 沟通方式 11, 办结日期 13, 重点提案 11, 督办领导 11, 优秀提案 11
  date formats: yyyy-mm-dd
  2: 提案号=s:'P2023-001' 标题=s:'关于加强城区供水管网改造的建议' 内容=s:'城区供水管网老化，漏损率偏高。\n建议分年度实施改造，推行"一户一表"。' 提案类型=s:'member' 提案人=s:'张明' 联名人=s:'李华;王玮' 界别=s:'教育界' 类别=s:'society' 会次=s:'十六届二次会议' 大会期间=s:'yes' 提交日期=d:2023-01-12 状态=s:'concluded' 立案日期=d:2023-02-20 立案号=n:1 主办单位=s:'区水利局' 会办单位=s:'区住建局' 交办日期=d:2023-03-01 办理期限=d:2023-06-01 答复日期=d:2023-06-15 办理结果=s:'A' 满意度=s:'satisfied' 办结日期=d:2023-07-05 重点提案=s:'yes' 督办领导=s:'王建国' 优秀提案=s:'no'
  3: 提案号=s:'P2023-003' 标题=s:'关于完善社区养老服务的建议' 提案类型=s:'member' 提案人=s:'王玮' 联名人=s:'张明' 界别=s:'医药卫生界' 类别=s:'society' 会次=s:'十六届二次会议' 大会期间=s:'yes' 提交日期=d:2023-01-12 状态=s:'assigned' 立案日期=d:2023-02-20 立案号=n:3 主办单位=s:'区住建局;区城管局' 会办单位=s:'区水利局' 交办日期=d:2023-03-01 办理期限=d:2023-06-01 重点提案=s:'no' 优秀提案=s:'no'

## Activities and articles: counts as numbers

  $ cppcc -q activity add --code A2023-01 --kind 微协商 --date 2023-03-05 --title 老旧小区加装电梯微协商 --participants '张明;李华' --suggestions 5 --disputes-resolved 2
  $ cppcc activity export --format xlsx --out 活动.xlsx
  $ python3 $DATA/describe_xlsx.py 活动.xlsx
  sheet 履职活动: 2 rows, 11 columns
  frozen A2; autofilter A1:K2
  header bold: yes
  widths: 活动编号 11, 活动类型 21, 活动日期 13, 活动名称 25, 组织工作室 13, 参加人员 12, 请假人员 11, 缺席人员 11, 意见建议条数 15, 化解矛盾纠纷 15, 解决问题件数 15
  date formats: yyyy-mm-dd
  2: 活动编号=s:'A2023-01' 活动类型=s:'micro_consultation' 活动日期=d:2023-03-05 活动名称=s:'老旧小区加装电梯微协商' 参加人员=s:'张明;李华' 意见建议条数=n:5 化解矛盾纠纷=n:2 解决问题件数=n:0
  $ cppcc -q article add --code X2023-01 --title 政协委员走进社区 --outlet 安康日报 --level city --date 2023-06-01 --authors '张明;王玮'
  $ cppcc article export --format xlsx --out 宣传.xlsx
  $ python3 $DATA/describe_xlsx.py 宣传.xlsx
  sheet 宣传信息: 2 rows, 6 columns
  frozen A2; autofilter A1:F2
  header bold: yes
  widths: 稿件编号 11, 标题 19, 刊发媒体 11, 级别 7, 发布日期 13, 作者 12
  date formats: yyyy-mm-dd
  2: 稿件编号=s:'X2023-01' 标题=s:'政协委员走进社区' 刊发媒体=s:'安康日报' 级别=s:'city' 发布日期=d:2023-06-01 作者=s:'张明;王玮'

## An empty table still has its header, filter and frozen row

  $ cppcc opinion export --format xlsx --out 社情民意.xlsx
  $ python3 $DATA/describe_xlsx.py 社情民意.xlsx
  sheet 社情民意信息: 1 rows, 12 columns
  frozen A2; autofilter A1:L1
  header bold: yes
  widths: 信息编号 11, 标题 7, 内容 7, 报送人 9, 报送日期 11, 界别 7, 类别 7, 状态 7, 期号 7, 编发日期 11, 采用级别 11, 批示领导 11
  date formats: none

## The sample year reads back unchanged

Until cppcc imports .xlsx itself (export_xlsx_roundtrip.t, with the reader), openpyxl
reads each workbook into CSV as a reader would (tests/data/xlsx_to_csv.py), and that is
imported into a fresh database: every CSV export is then the original's, byte for byte —
the labels are read as their columns, the dates and numbers as their values. Members
name studios and studios members: the members go in first without their studio.

  $ mkdir year && cd year && cp -r $DATA/../../samples/2023 sample && cp sample/cppcc.yaml . && cppcc -q db init
  $ cd year && for f in unit:承办单位 member:委员名册 studio:委员工作室 proposal:提案台账 opinion:社情民意信息 \
  >     activity:履职活动 article:宣传信息; do
  >   cppcc -q ${f%%:*} import sample/${f#*:}.* || echo "${f%%:*}: import failed"
  > done
  $ cd year && cppcc -q --db fresh.db db init && printf 'columns:\n  工作室: ignore\n' > 无工作室.yaml
  $ cd year && for kind in unit member studio proposal opinion activity article; do
  >   cppcc $kind export --format xlsx --out $kind.xlsx && python3 $DATA/xlsx_to_csv.py $kind.xlsx $kind.read.csv
  > done
  $ cd year && cppcc --db fresh.db -q unit import unit.read.csv && cppcc --db fresh.db -q member import --mapping 无工作室.yaml member.read.csv
  $ cd year && for kind in studio member proposal opinion activity article unit; do
  >   cppcc --db fresh.db -q $kind import $kind.read.csv &&
  >   cppcc $kind export > $kind.csv && cppcc --db fresh.db $kind export > $kind.again.csv &&
  >   cmp $kind.csv $kind.again.csv && echo "$kind: the same"
  > done
  studio: the same
  member: the same
  proposal: the same
  opinion: the same
  activity: the same
  article: the same
  unit: the same
  $ rm -r year

## Refused

An export's workbook is a zip archive written to --out, never to standard output (exit 2,
usage). A list's workbook (`--format xlsx`, documents_xlsx.t) goes to standard output, but
never to a terminal.

  $ cppcc member export --format xlsx
  ! cppcc: --format xlsx needs --out FILE.xlsx (a workbook is not written to standard output)
  [2]
  $ cppcc member export --format xlsx --out -
  ! cppcc: --format xlsx needs --out FILE.xlsx (a workbook is not written to standard output)
  [2]
  $ cppcc member export --format xlsx --bom --out x.xlsx
  ! cppcc: --bom is for CSV; a workbook needs none
  [2]
  $ script -qec 'cppcc member list --format xlsx; echo exit $?' /dev/null < /dev/null | tr -d '\r'
  cppcc: --format xlsx writes a file, not text for the terminal: send it to one (… > FILE.xlsx)
  exit 2

  $ cppcc member list --format xlsx > list.xlsx && python3 $DATA/describe_xlsx.py list.xlsx 1 | head -3 && rm list.xlsx
  sheet members: 6 rows, 13 columns
  frozen A2; autofilter A1:M6
  header bold: yes

Never over the database (exit 73), and nothing left behind; a file that cannot be written
(a full disk) is exit 73 too.

  $ cppcc member export --format xlsx --out cppcc.db
  ! cppcc: refusing to write 'cppcc.db': it is the database './cppcc.db' (give another file)
  [73]
  $ cppcc member export --format xlsx --out /dev/full
  ! cppcc: cannot write '/dev/full': No space left on device
  [73]
  $ cppcc member export --format xlsx --out no/such/dir/x.xlsx
  ! cppcc: cannot create 'no/such/dir/x.xlsx': No such file or directory
  [73]
  $ ls -A
  cppcc.db
  cppcc.db-shm
  cppcc.db-wal
  委员.xlsx
  宣传.xlsx
  提案.xlsx
  活动.xlsx
  社情民意.xlsx

An existing file is replaced whole, and is mode 0600 whatever it was.

  $ echo old > 委员.xlsx && chmod 644 委员.xlsx
  $ cppcc member export --format xlsx --out 委员.xlsx && ls -l 委员.xlsx | cut -c1-10
  -rw-------
  $ python3 $DATA/describe_xlsx.py 委员.xlsx 1 | head -2
  sheet 委员: 6 rows, 15 columns
  frozen A2; autofilter A1:O6
