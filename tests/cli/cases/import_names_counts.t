Issue 19, point 5: what else a clerk's real sheets carry.
- Names aligned with spaces (`周　强` with U+3000, `周 强` with an ASCII space, as offices
pad two-character names) are the member 周强 wherever a member is named: proposers and
co-signers, opinions' submitters, activity participants, article authors, studio leads.
Spaces between two Chinese characters go; others are part of the name (`Anna Li`).
- An opinion's submitter who is no member is kept as text, and the summary names them.
- Counts written with their unit (`6条`, `3件`, `2次`) read as the number.

The import summary ends with the time it took; it is masked as "(… s)".

  $ cppcc -q db init
  $ cppcc -q unit import $DATA/import_units.csv
  $ cat > 委员.csv <<'EOF'
  > 编号,姓名,界别
  > W001,周　强,教育界
  > W002,李 华,经济界
  > W003,王玮,医药卫生界
  > W004,Anna Li,对外友好界
  > EOF
  $ cppcc member import 委员.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc member export | cut -d, -f1,2
  code,name
  W001,周强
  W002,李华
  W003,王玮
  W004,Anna Li

## Proposals: proposer and co-signers

  $ printf '提案号,标题,提案人,联名人,提交日期\nP1,关于校园安全的建议,周　强,"李　华、王  玮、Anna Li",2023-01-12\n' > 提案.csv
  $ cppcc proposal import 提案.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc proposal export | cut -d, -f1,5,6
  code,proposer,cosigners
  P1,周强,李华;王玮;Anna Li

A space inside a name that is not between Chinese characters is not padding:

  $ printf '提案号,标题,提案人,提交日期\nP2,关于交通的建议,Anna  Li,2023-01-12\n' > 提案2.csv
  $ cppcc proposal import 提案2.csv
  ! cppcc: 提案2.csv:2: column '提案人': no member 'Anna  Li' (did you mean 'Anna Li'?)
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

## Opinions: submitters, and those who are no member

  $ cat > 社情民意.csv <<'EOF'
  > 信息编号,标题,报送人,报送日期
  > S1,关于垃圾分类的建议,周　强,2023-03-10
  > S2,关于路灯的建议,区环卫所,2023-03-11
  > S3,关于停车的建议,张　三,2023-03-12
  > S4,关于公园的建议,区环卫所,2023-03-13
  > S5,关于菜场的建议,李四,2023-03-14
  > EOF
  $ cppcc opinion import 社情民意.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  opinion: 5 rows: 5 inserted, 0 updated, 0 unchanged, 0 rejected (… s); 3 submitters kept as text, not members: 区环卫所, 张三, 李四
  $ cppcc opinion export | cut -d, -f1,4
  code,submitter
  S1,周强
  S2,区环卫所
  S3,张三
  S4,区环卫所
  S5,李四
  $ cppcc opinion import 社情民意.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  opinion: 5 rows: 0 inserted, 0 updated, 5 unchanged, 0 rejected (… s); 3 submitters kept as text, not members: 区环卫所, 张三, 李四

More than five are named five, then counted:

  $ printf '信息编号,标题,报送人,报送日期\n' > 多.csv && for i in 1 2 3 4 5 6 7; do printf 'T%s,建议%s,路人%s,2023-04-0%s\n' $i $i $i $i >> 多.csv; done
  $ cppcc opinion import 多.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  opinion: 7 rows: 7 inserted, 0 updated, 0 unchanged, 0 rejected (… s); 7 submitters kept as text, not members: 路人1, 路人2, 路人3, 路人4, 路人5, …

## Activities: participants, and counts with their unit

  $ cat > 活动.csv <<'EOF'
  > 活动编号,活动类型,活动日期,活动名称,参加人员,意见建议条数,化解矛盾纠纷,解决问题件数
  > A1,微协商,2023-03-05,老旧小区加装电梯微协商,周　强;李 华,6条,3件,2次
  > A2,集体学习,2023-04-01,学习全会精神,王玮,５条, 4 个 ,0
  > EOF
  $ cppcc activity import 活动.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  activity: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc activity export
  code,kind,date,title,studio,participants,excused,absent,suggestions,disputes_resolved,problems_solved␍
  A1,micro_consultation,2023-03-05,老旧小区加装电梯微协商,,周强;李华,,,6,3,2␍
  A2,study,2023-04-01,学习全会精神,,王玮,,,5,4,0␍
  $ cppcc activity import 活动.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  activity: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s)

A count that is not a number with a unit is refused, naming the cell:

  $ printf '活动编号,活动类型,活动日期,活动名称,意见建议条数\nA3,集体学习,2023-05-01,学习,约6条\nA4,集体学习,2023-05-02,学习,6条左右\n' > 活动2.csv
  $ cppcc activity import 活动2.csv
  ! cppcc: 活动2.csv:2: column '意见建议条数': cannot read count '约6条' (expected a whole number from 0 to 2147483647, as 6 or 6条)
  ! cppcc: 活动2.csv:3: column '意见建议条数': cannot read count '6条左右' (expected a whole number from 0 to 2147483647, as 6 or 6条)
  ! cppcc: 2 of 2 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

A term (届次) with its unit reads too:

  $ printf '编号,姓名,届次\nW005,赵敏,16届\n' > 委员2.csv
  $ cppcc member import 委员2.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc member export | grep W005 | cut -d, -f1,2,10
  W005,赵敏,16

## Articles: authors

  $ printf '稿件编号,标题,刊发媒体,级别,发布日期,作者\nX1,政协委员走进社区,安康日报,市,2023-06-01,周　强、李 华\n' > 宣传.csv
  $ cppcc article import 宣传.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  article: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc article export
  code,title,outlet,level,date,authors␍
  X1,政协委员走进社区,安康日报,city,2023-06-01,周强;李华␍
