The sectors (界别) of a CPPCC (issue 19): each democratic party is a sector of its own
(民建, not only 民主党派), then the people's organisations and the 界 sectors. A member
stores the short name; the full name (中国民主建国会) is read as it. 民主党派 stays a sector
of its own, for offices and databases that group the parties together.

  $ cppcc -q db init
  $ cat > 委员.csv <<'EOF'
  > 编号,姓名,界别
  > W001,张明,民建
  > W002,李华,中国民主建国会
  > W003,王玮,中国农工民主党
  > W004,陈静,九三
  > W005,赵敏,民主党派
  > W006,孙力,中华全国工商业联合会
  > W007,刘强,台湾民主自治同盟
  > W008,周涛,无党派
  > W009,吴刚,中国共产主义青年团
  > W010,郑红,社会福利和社会保障界
  > W011,钱多,特邀
  > EOF
  $ cppcc member import 委员.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 11 rows: 11 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc member export | cut -d, -f1,2,6
  code,name,sector
  W001,张明,民建
  W002,李华,民建
  W003,王玮,农工党
  W004,陈静,九三学社
  W005,赵敏,民主党派
  W006,孙力,工商联
  W007,刘强,台盟
  W008,周涛,无党派人士
  W009,吴刚,共青团
  W010,郑红,社会福利和社会保障界
  W011,钱多,特邀人士
  $ cppcc --lang en member list --sector 民建 --format csv | cut -d, -f1-2,6
  code,name,sector
  W001,张明,CNDCA
  W002,李华,CNDCA

An unknown sector is refused with the nearest names:

  $ printf '编号,姓名,界别\nW012,王五,民建界别\n' > 委员2.csv
  $ cppcc member import 委员2.csv
  ! cppcc: 委员2.csv:2: column '界别': unknown sector '民建界别' (did you mean '民建'?)
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

The list as shipped:

  $ cppcc config show | sed -n '/^  sectors:/,/^  roles:/p' | head -3
    sectors:
      - {id: 中共, zh: 中共, en: CPC, aliases: [中国共产党]}
      - {id: 民革, zh: 民革, en: RCCK, aliases: [中国国民党革命委员会]}
