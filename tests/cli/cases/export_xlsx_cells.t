A workbook export types its cells by the kind's column table (lib/records/*.cpp, each
column's CellKind; issue 21 point 3), not by a list of column names: a studio's score is
a number and its delisting a date, an opinion's submission and compilation dates are
dates, flags (yes/no), codes, phone numbers and lists stay text. The CSV export of the
same records writes every cell as text, as before. Read with python3-openpyxl
(tests/data/describe_xlsx.py).

  $ cppcc -q db init
  $ cppcc -q member add --code W001 --name 张明 --sector 教育界 --term 16 --standing yes
  $ cppcc -q member add --code W002 --name 李华 --term 16
  $ cppcc -q unit add --name 区住建局 --contact 刘强 --phone 0915-3210001

## Studios: the score a number, the delisting a date, the flags text

  $ cppcc -q studio add --name 江北工作室 --lead 张明 --members '张明;李华' --place 江北街道 --brand yes
  $ cppcc -q studio add --name 江南工作室 --lead 李华 --observation-point yes
  $ cppcc -q studio evaluate 江北工作室 --score 92.5 && cppcc -q studio evaluate 江南工作室 --score 80
  $ cppcc -q studio delist 江南工作室 --date 2024-02-01 --reason 年度考评不合格
  $ cppcc studio export --format xlsx --out 工作室.xlsx && python3 $DATA/describe_xlsx.py 工作室.xlsx
  sheet 委员工作室: 3 rows, 9 columns
  frozen A2; autofilter A1:I3
  header bold: yes
  widths: 工作室名称 13, 负责人 9, 入驻委员 12, 地点 11, 品牌工作室 13, 观摩点位 11, 评估得分 11, 摘牌日期 13, 摘牌原因 17
  date formats: yyyy-mm-dd
  2: 工作室名称=s:'江北工作室' 负责人=s:'张明' 入驻委员=s:'张明;李华' 地点=s:'江北街道' 品牌工作室=s:'yes' 观摩点位=s:'no' 评估得分=n:92.5
  3: 工作室名称=s:'江南工作室' 负责人=s:'李华' 品牌工作室=s:'no' 观摩点位=s:'yes' 评估得分=n:80 摘牌日期=d:2024-02-01 摘牌原因=s:'年度考评不合格'
  $ cppcc studio export
  name,lead,members,place,brand,observation_point,score,delisted,delist_reason␍
  江北工作室,张明,张明;李华,江北街道,yes,no,92.5,,␍
  江南工作室,李华,,,no,yes,80,2024-02-01,年度考评不合格␍

## Opinions: dates as dates, the adopted levels text

  $ printf 'code,title,submitter,submitted,sector,issue_no,compiled,adopted_levels\nS2024-0001,关于农村饮水安全的建议,张明,2024-01-12,,第3期,2024-01-20,city(combined);province\nS2024-0002,关于校园周边交通的建议,江北街道居民郑秀梅,2024-02-03,,,,\n' > 社情民意.csv
  $ cppcc -q opinion import 社情民意.csv
  $ cppcc opinion export --format xlsx --out 社情民意.xlsx && python3 $DATA/describe_xlsx.py 社情民意.xlsx
  sheet 社情民意信息: 3 rows, 12 columns
  frozen A2; autofilter A1:L3
  header bold: yes
  widths: 信息编号 13, 标题 25, 内容 7, 报送人 21, 报送日期 13, 界别 9, 类别 7, 状态 11, 期号 8, 编发日期 13, 采用级别 26, 批示领导 11
  date formats: yyyy-mm-dd
  2: 信息编号=s:'S2024-0001' 标题=s:'关于农村饮水安全的建议' 报送人=s:'张明' 报送日期=d:2024-01-12 界别=s:'教育界' 状态=s:'compiled' 期号=s:'第3期' 编发日期=d:2024-01-20 采用级别=s:'city(combined);province'
  3: 信息编号=s:'S2024-0002' 标题=s:'关于校园周边交通的建议' 报送人=s:'江北街道居民郑秀梅' 报送日期=d:2024-02-03 状态=s:'received'
  $ cppcc opinion export
  code,title,body,submitter,submitted,sector,category,status,issue_no,compiled,adopted_levels,instructed_by␍
  S2024-0001,关于农村饮水安全的建议,,张明,2024-01-12,教育界,,compiled,第3期,2024-01-20,city(combined);province,␍
  S2024-0002,关于校园周边交通的建议,,江北街道居民郑秀梅,2024-02-03,,,received,,,,␍

## Units: a phone number stays text

  $ cppcc unit export --format xlsx --out 承办单位.xlsx && python3 $DATA/describe_xlsx.py 承办单位.xlsx
  sheet 承办单位: 2 rows, 4 columns
  frozen A2; autofilter A1:D2
  header bold: yes
  widths: 单位名称 11, 单位类型 11, 联系人 9, 联系电话 15
  date formats: none
  2: 单位名称=s:'区住建局' 联系人=s:'刘强' 联系电话=s:'0915-3210001'
