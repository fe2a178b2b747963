Reminders for cron (docs/domain.md §3.7): `cppcc remind` lists, by handling unit with its
contact, the active assignments of assigned or rehandling proposals that are overdue or
fall due within --within days (default 7), and the proposals waiting for review longer
than proposal.handling.review_days (15); it prints nothing when nothing is due.
`--out-dir DIR` also writes one Markdown notice (催办通知) per unit. Today is 2024-03-01.

  $ cppcc -q db init
  $ cat > cppcc.yaml <<'EOF'
  > committee:
  >   name: 汉滨区政协
  >   name_en: Hanbin District CPPCC
  > EOF
  $ cppcc -q member add --code W001 --name 张明
  $ cppcc -q unit add --name 区水利局 --contact 刘强 --phone 0915-3210001
  $ cppcc -q unit add --name 区住建局 --contact 陈静 --phone 0915-3210002
  $ cppcc -q unit add --name 区财政局

## Nothing due: no output at all, exit 0

P2024-003 falls due on 2024-03-20, beyond the week; P2024-005 was concluded although
its joint unit never sent its opinion; P2024-006 has waited ten days for review.

  $ set -e
  > add() { cppcc -q proposal add --code $1 --title $2 --proposer 张明 --submitted ${3:-2023-10-08}; }
  > add P2024-003 关于规范校外培训机构的建议
  > cppcc -q proposal file P2024-003 --date 2023-10-10
  > cppcc -q proposal assign P2024-003 --lead 区财政局 --date 2023-12-20
  > add P2024-005 关于整治城区噪声扰民的建议
  > cppcc -q proposal file P2024-005 --date 2023-10-10
  > cppcc -q proposal assign P2024-005 --lead 区住建局 --joint 区水利局 --date 2023-10-15
  > cppcc -q proposal reply P2024-005 --unit 区住建局 --result A --date 2023-12-01
  > cppcc -q proposal feedback P2024-005 --contact visit --satisfaction satisfied --date 2023-12-10
  > add P2024-006 关于发展乡村旅游的建议 2024-02-20
  $ cppcc remind; echo "rc=$?"
  rc=0
  $ cppcc remind --format csv --out-dir notices; echo "rc=$?"; [ -e notices ] || echo "no notices"
  rc=0
  no notices

## Overdue and due soon

P2024-001 was assigned on 2023-11-20 to a lead and a joint unit: due 2024-02-20, ten
days overdue. P2024-002 falls due on 2024-03-05, P2024-007 fell due on 2024-02-05 (a
month end away), and P2024-004 has waited for review since 2024-02-01.

  $ set -e
  > add() { cppcc -q proposal add --code $1 --title $2 --proposer 张明 --submitted ${3:-2023-10-08}; }
  > add P2024-001 关于加强城区供水管网改造的建议
  > cppcc -q proposal file P2024-001 --date 2023-10-10
  > cppcc -q proposal assign P2024-001 --lead 区水利局 --joint 区住建局 --date 2023-11-20
  > add P2024-002 关于完善社区养老服务的建议
  > cppcc -q proposal file P2024-002 --date 2023-10-10
  > cppcc -q proposal assign P2024-002 --lead 区住建局 --date 2023-12-05
  > add P2024-007 关于改善农村饮水安全的建议
  > cppcc -q proposal file P2024-007 --date 2023-10-10
  > cppcc -q proposal assign P2024-007 --lead 区水利局 --date 2023-11-05
  > add P2024-004 关于增设城区公交站点的建议 2024-02-01

For a person (the default, also when piped: this is what cron mails): the counts, then
one table per unit, then the office's own review.

  $ cppcc remind
  Hanbin District CPPCC: proposal reminders
  as of               2024-03-01
  due within (days)   7
  overdue             2
  due soon            1
  waiting for review  1
  <BLANK>
  区住建局 (contact: 陈静, phone: 0915-3210002)
  code       title                           role   due         state
  ---------  ------------------------------  -----  ----------  ---------------
  P2024-001  关于加强城区供水管网改造的建议  joint  2024-02-20  overdue 10 days
  P2024-002  关于完善社区养老服务的建议      lead   2024-03-05  due in 4 days
  <BLANK>
  区水利局 (contact: 刘强, phone: 0915-3210001)
  code       title                           role  due         state
  ---------  ------------------------------  ----  ----------  ---------------
  P2024-007  关于改善农村饮水安全的建议      lead  2024-02-05  overdue 25 days
  P2024-001  关于加强城区供水管网改造的建议  lead  2024-02-20  overdue 10 days
  <BLANK>
  office review: waiting longer than 15 days
  code       title                       proposer  submitted   state
  ---------  --------------------------  --------  ----------  ---------------
  P2024-004  关于增设城区公交站点的建议  张明      2024-02-01  waiting 29 days
  $ cppcc --lang zh remind
  汉滨区政协提案催办
  截至日期      2024-03-01
  到期提醒天数  7
  超期提案      2
  即将到期提案  1
  待审查提案    1
  <BLANK>
  区住建局（联系人：陈静，电话：0915-3210002）
  提案号     标题                            办理方式  办理期限    办理情况
  ---------  ------------------------------  --------  ----------  ---------
  P2024-001  关于加强城区供水管网改造的建议  会办      2024-02-20  超期10天
  P2024-002  关于完善社区养老服务的建议      主办      2024-03-05  4天后到期
  <BLANK>
  区水利局（联系人：刘强，电话：0915-3210001）
  提案号     标题                            办理方式  办理期限    办理情况
  ---------  ------------------------------  --------  ----------  --------
  P2024-007  关于改善农村饮水安全的建议      主办      2024-02-05  超期25天
  P2024-001  关于加强城区供水管网改造的建议  主办      2024-02-20  超期10天
  <BLANK>
  待审查提案（提交超过15天未审查）
  提案号     标题                        提案人  提交日期    办理情况
  ---------  --------------------------  ------  ----------  ----------
  P2024-004  关于增设城区公交站点的建议  张明    2024-02-01  已等待29天

For a script: one flat table, ids and plain numbers (`days` is days overdue, days left,
or days waiting for review).

  $ cppcc remind --format csv
  unit,contact,phone,code,title,role,due,days,status␍
  区住建局,陈静,0915-3210002,P2024-001,关于加强城区供水管网改造的建议,joint,2024-02-20,10,overdue␍
  区住建局,陈静,0915-3210002,P2024-002,关于完善社区养老服务的建议,lead,2024-03-05,4,due_soon␍
  区水利局,刘强,0915-3210001,P2024-007,关于改善农村饮水安全的建议,lead,2024-02-05,25,overdue␍
  区水利局,刘强,0915-3210001,P2024-001,关于加强城区供水管网改造的建议,lead,2024-02-20,10,overdue␍
  ,,,P2024-004,关于增设城区公交站点的建议,,,29,waiting_review␍
  $ cppcc remind --format json | head -12
  {
    "title": "Hanbin District CPPCC: proposal reminders",
    "fields": {
      "as_of": "2024-03-01",
      "within": 7,
      "overdue": 2,
      "due_soon": 1,
      "waiting_review": 1
    },
    "tables": {
      "reminders": [
        {"unit": "区住建局", "contact": "陈静", "phone": "0915-3210002", "code": "P2024-001", "title": "关于加强城区供水管网改造的建议", "role": "joint", "due": "2024-02-20", "days": 10, "status": "overdue"},

A wider window reaches P2024-003 (区财政局 has no contact details on record); Markdown
for a mail that renders it.

  $ cppcc remind --within 30 --format md
  # Hanbin District CPPCC: proposal reminders
  <BLANK>
  - **as of**: 2024-03-01
  - **due within (days)**: 30
  - **overdue**: 2
  - **due soon**: 2
  - **waiting for review**: 1
  <BLANK>
  ## 区住建局 (contact: 陈静, phone: 0915-3210002)
  <BLANK>
  | code | title | role | due | state |
  | --- | --- | --- | --- | --- |
  | P2024-001 | 关于加强城区供水管网改造的建议 | joint | 2024-02-20 | overdue 10 days |
  | P2024-002 | 关于完善社区养老服务的建议 | lead | 2024-03-05 | due in 4 days |
  <BLANK>
  ## 区水利局 (contact: 刘强, phone: 0915-3210001)
  <BLANK>
  | code | title | role | due | state |
  | --- | --- | --- | --- | --- |
  | P2024-007 | 关于改善农村饮水安全的建议 | lead | 2024-02-05 | overdue 25 days |
  | P2024-001 | 关于加强城区供水管网改造的建议 | lead | 2024-02-20 | overdue 10 days |
  <BLANK>
  ## 区财政局
  <BLANK>
  | code | title | role | due | state |
  | --- | --- | --- | --- | --- |
  | P2024-003 | 关于规范校外培训机构的建议 | lead | 2024-03-20 | due in 19 days |
  <BLANK>
  ## office review: waiting longer than 15 days
  <BLANK>
  | code | title | proposer | submitted | state |
  | --- | --- | --- | --- | --- |
  | P2024-004 | 关于增设城区公交站点的建议 | 张明 | 2024-02-01 | waiting 29 days |

## Across a month end

On 2024-01-29 a week reaches 2024-02-05: P2024-007 is due in 7 days, P2024-001
(2024-02-20) is not listed yet. A day later it is 6 days.

  $ cppcc remind --as-of 2024-01-29 --within 7 --format csv
  unit,contact,phone,code,title,role,due,days,status␍
  区水利局,刘强,0915-3210001,P2024-007,关于改善农村饮水安全的建议,lead,2024-02-05,7,due_soon␍
  $ cppcc remind --as-of 2024-01-30 --format csv | cut -d, -f4,7-
  code,due,days,status␍
  P2024-007,2024-02-05,6,due_soon␍
  $ cppcc remind --as-of 2024-02-06 --within 0 --format csv | cut -d, -f4,7-
  code,due,days,status␍
  P2024-007,2024-02-05,1,overdue␍

## Notices to the units

One per unit with something due, Chinese unless --lang en, mode 0600; the directory is
created. The office review has no unit, so no notice.

  $ cppcc remind --out-dir 催办通知 >/dev/null
  ! wrote 2 notices to 催办通知
  $ ls 催办通知; stat -c '%a' 催办通知/*
  区住建局.md
  区水利局.md
  600
  600
  $ cat 催办通知/区住建局.md
  # 汉滨区政协关于提案办理的催办通知
  <BLANK>
  区住建局（联系人：陈静，电话：0915-3210002）：
  <BLANK>
  截至2024年3月1日，贵单位承办的下列政协提案已超过办理期限或即将到期：
  <BLANK>
  | 序号 | 提案号 | 标题 | 办理方式 | 办理期限 | 办理情况 |
  | ---: | --- | --- | --- | --- | --- |
  | 1 | P2024-001 | 关于加强城区供水管网改造的建议 | 会办 | 2024-02-20 | 超期10天 |
  | 2 | P2024-002 | 关于完善社区养老服务的建议 | 主办 | 2024-03-05 | 4天后到期 |
  <BLANK>
  请抓紧办理，于2024年3月8日前将办理情况书面答复我委；尚未到期的提案请在办理期限内答复。
  <BLANK>
  感谢贵单位对政协提案工作的支持！
  <BLANK>
  汉滨区政协办公室
  <BLANK>
  2024年3月1日
  $ cppcc --lang en remind --out-dir notices-en >/dev/null
  ! wrote 2 notices to notices-en
  $ cat notices-en/区水利局.md
  # Hanbin District CPPCC: reminder on the handling of proposals
  <BLANK>
  To 区水利局 (contact: 刘强, phone: 0915-3210001):
  <BLANK>
  As of 1 March 2024, the following proposals handled by your unit are past their due date or fall due soon:
  <BLANK>
  | # | code | title | role | due | state |
  | ---: | --- | --- | --- | --- | --- |
  | 1 | P2024-007 | 关于改善农村饮水安全的建议 | lead | 2024-02-05 | overdue 25 days |
  | 2 | P2024-001 | 关于加强城区供水管网改造的建议 | lead | 2024-02-20 | overdue 10 days |
  <BLANK>
  Please reply in writing by 8 March 2024.
  <BLANK>
  Thank you for your support of the committee's proposal work.
  <BLANK>
  Office of the Hanbin District CPPCC
  <BLANK>
  1 March 2024
  $ cppcc -q remind --out-dir quiet >/dev/null; ls quiet
  区住建局.md
  区水利局.md

## A unit name from user data cannot leave the directory

  $ cppcc -q unit add --name '../../逃逸单位' --contact 王五
  $ cppcc -q proposal add --code P2024-008 --title 关于路灯维修的建议 --proposer 张明 --submitted 2023-10-08
  $ cppcc -q proposal file P2024-008 --date 2023-10-10
  $ cppcc -q proposal assign P2024-008 --lead '../../逃逸单位' --date 2023-11-25
  $ mkdir -p deep/er && cd deep/er && cppcc --db ../../cppcc.db remind --out-dir out >/dev/null
  ! wrote 3 notices to out
  $ find . -name '*.md' | sort
  ./deep/er/out/_._逃逸单位.md
  ./deep/er/out/区住建局.md
  ./deep/er/out/区水利局.md
  ./notices-en/区住建局.md
  ./notices-en/区水利局.md
  ./quiet/区住建局.md
  ./quiet/区水利局.md
  ./催办通知/区住建局.md
  ./催办通知/区水利局.md
  $ head -3 deep/er/out/_._逃逸单位.md
  # 汉滨区政协关于提案办理的催办通知
  <BLANK>
  ../../逃逸单位（联系人：王五）：

## An out-dir that cannot be created: exit 73, naming it

  $ touch blocker
  $ cppcc remind --out-dir blocker/notices >/dev/null
  ! cppcc: cannot create directory 'blocker/notices': Not a directory
  [73]

## The cron wrapper

scripts/cron/cppcc-remind runs remind with --out-dir DIR/YYYY-MM-DD (here notices/
beside the database); without a mail address it prints, and cron mails that. Nothing
due: nothing at all.

  $ $DATA/../../scripts/cron/cppcc-remind cppcc.db | tail -4; ls notices/2024-03-01
  code       title                       proposer  submitted   state
  ---------  --------------------------  --------  ----------  ---------------
  P2024-004  关于增设城区公交站点的建议  张明      2024-02-01  waiting 29 days
  wrote 3 notices to ./notices/2024-03-01
  _._逃逸单位.md
  区住建局.md
  区水利局.md
  $ CPPCC_REMIND_ARGS='--as-of 2023-01-02' $DATA/../../scripts/cron/cppcc-remind cppcc.db; echo "rc=$?"
  rc=0
  $ $DATA/../../scripts/cron/cppcc-remind missing.db
  ! cppcc: no database at 'missing.db'; create one with 'cppcc db init' or give --db PATH
  [66]

## Help

  $ cppcc remind --help | tail -3
  Example:
    cppcc remind --as-of 2024-03-01 --within 14 --out-dir 催办通知
    cppcc remind --as-of 2024-03-01 --out-dir 催办通知 --format docx
