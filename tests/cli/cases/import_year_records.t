The year's other records through the one import engine (docs/domain.md §4): studios,
social-opinion reports, activities and articles from ledgers with Chinese headers.
Importing a file twice changes nothing the second time; each export reads back
unchanged; a bad level and an unknown member are refused, naming file, line and
column, and nothing is written.

  $ cppcc -q db init
  $ cppcc -q member add --code W001 --name 张明 --sector 教育界
  $ cppcc -q member add --code W002 --name 李华 --sector 经济界
  $ cppcc -q member add --code W003 --name 王玮 --sector 医药卫生界

## Studios (委员工作室)

Members are named by name or code, in any list separator; yes/no cells in Chinese.

  $ cat > 工作室.csv <<'EOF'
  > 工作室名称,负责人,入驻委员,地点,品牌工作室,观摩点位,评估得分,摘牌日期,摘牌原因
  > 江北委员工作室,张明,张明、W002,江北街道,是,否,92.5,,
  > 新城委员工作室,王玮,王玮,新城街道,否,是,,,
  > EOF
  $ cppcc studio import 工作室.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  studio: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc studio import 工作室.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  studio: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s)
  $ cppcc studio export | tee 工作室导出.csv
  name,lead,members,place,brand,observation_point,score,delisted,delist_reason␍
  新城委员工作室,王玮,王玮,新城街道,no,yes,,,␍
  江北委员工作室,张明,张明;李华,江北街道,yes,no,92.5,,␍
  $ cppcc studio import 工作室导出.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  studio: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s)

A member's `studio` column is the listed studio they belong to, and reads back too.

  $ cppcc member export | cut -d, -f1,2,13
  code,name,studio
  W001,张明,江北委员工作室
  W002,李华,江北委员工作室
  W003,王玮,新城委员工作室
  $ cppcc member export > 委员.csv
  $ cppcc member import 委员.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 3 rows: 0 inserted, 0 updated, 3 unchanged, 0 rejected (… s)

## Social-opinion reports (社情民意信息)

Levels as 市 and 省级 become ids; a report with an issue number is compiled; a
submitter who is a member brings their sector, one who is not stays as written.

  $ cat > 社情民意.csv <<'EOF'
  > 信息编号,标题,内容,报送人,报送日期,界别,类别,状态,期号,编发日期,采用级别,批示领导
  > S2023-01,关于加强校园周边交通管理的建议,"上下学高峰拥堵，
  > 建议错峰放学",张明,2023年3月10日,,社会,,2023年第5期,2023/3/20,市；省级,王书记
  > S2023-02,关于农村垃圾处理的建议,,区环卫所,2023-04-01,,生态,已收到,,,,
  > EOF
  $ cppcc opinion import 社情民意.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  opinion: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s); 1 submitter kept as text, not a member: 区环卫所
  $ cppcc opinion import 社情民意.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  opinion: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s); 1 submitter kept as text, not a member: 区环卫所
  $ cppcc opinion export | tee 社情民意导出.csv
  code,title,body,submitter,submitted,sector,category,status,issue_no,compiled,adopted_levels,instructed_by␍
  S2023-01,关于加强校园周边交通管理的建议,"上下学高峰拥堵，
  建议错峰放学",张明,2023-03-10,教育界,社会,compiled,2023年第5期,2023-03-20,city;province,王书记␍
  S2023-02,关于农村垃圾处理的建议,,区环卫所,2023-04-01,,生态,received,,,,␍
  $ cppcc opinion import 社情民意导出.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  opinion: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s); 1 submitter kept as text, not a member: 区环卫所

## Activities (履职活动)

Kinds by their Chinese labels; an empty studio means the office organised it;
empty counts are 0.

  $ cat > 活动.csv <<'EOF'
  > 活动编号,活动类型,活动日期,活动名称,组织工作室,参加人员,请假人员,缺席人员,意见建议条数,化解矛盾纠纷,解决问题件数
  > A2023-01,微协商,2023年3月5日,老旧小区加装电梯微协商,江北委员工作室,张明;李华,,,5,2,1
  > A2023-02,集体学习,2023/4/1,学习全会精神,,张明;王玮,李华,,,,
  > EOF
  $ cppcc activity import 活动.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  activity: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc activity import 活动.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  activity: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s)
  $ cppcc activity export | tee 活动导出.csv
  code,kind,date,title,studio,participants,excused,absent,suggestions,disputes_resolved,problems_solved␍
  A2023-01,micro_consultation,2023-03-05,老旧小区加装电梯微协商,江北委员工作室,张明;李华,,,5,2,1␍
  A2023-02,study,2023-04-01,学习全会精神,,张明;王玮,李华,,0,0,0␍
  $ cppcc activity import 活动导出.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  activity: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s)

## Articles (宣传信息)

  $ cat > 宣传.csv <<'EOF'
  > 稿件编号,标题,刊发媒体,级别,发布日期,作者
  > X2023-01,政协委员走进社区,安康日报,市,2023-06-01,张明、王玮
  > X2023-02,一名委员的履职故事,人民政协报,全国,2023.7.1,李华
  > EOF
  $ cppcc article import 宣传.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  article: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc article import 宣传.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  article: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s)
  $ cppcc article export | tee 宣传导出.csv
  code,title,outlet,level,date,authors␍
  X2023-01,政协委员走进社区,安康日报,city,2023-06-01,张明;王玮␍
  X2023-02,一名委员的履职故事,人民政协报,national,2023-07-01,李华␍
  $ cppcc article import 宣传导出.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  article: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s)

## Refused: a bad level, an unknown member

One bad row and nothing is written, not even the good rows beside it.

  $ sqlite3 cppcc.db .dump > before.sql
  $ cat > 宣传2.csv <<'EOF'
  > 稿件编号,标题,刊发媒体,级别,发布日期,作者
  > X2023-03,委员调研记,汉江时报,县级,2023-08-01,王玮
  > X2023-04,委员视察记,汉江时报,区,2023-08-02,王玮
  > EOF
  $ cppcc article import 宣传2.csv
  ! cppcc: 宣传2.csv:2: column '级别': unknown level '县级' (did you mean '区级', '市级' or '省级'?)
  ! cppcc: 1 of 2 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ cat > 活动2.csv <<'EOF'
  > 活动编号,活动类型,活动日期,活动名称,参加人员
  > A2023-03,视察,2023-05-10,视察河道治理,张明;王伟
  > EOF
  $ cppcc activity import 活动2.csv
  ! cppcc: 活动2.csv:2: column '参加人员': no member '王伟' (did you mean '王玮'?)
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged
