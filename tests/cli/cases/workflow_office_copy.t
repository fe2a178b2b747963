An office's own workflow (docs/domain.md §2.2, §4.5): the transitions are data
(schemas/workflow.yaml), and a ledger row's steps are found in them, as the way
from the initial state to the row's state. An office that copies workflow.yaml into
its cppcc.yaml and changes one transition changes what the proposal commands allow
and what a ledger import accepts, alike.

The import summary ends with the time it took; it is masked as "(… s)".

  $ cppcc -q db init
  $ cppcc -q member import $DATA/import_members.csv
  $ cppcc -q unit import $DATA/import_units.csv
  $ cppcc -q proposal add --code P2023-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --submitted 2023-01-12
  $ cppcc -q proposal file P2023-001 --date 2023-02-20
  $ cppcc -q proposal add --code P2023-002 --title 关于某民事案件再审的请求 --proposer 李华 --submitted 2023-01-13
  $ cppcc -q proposal reject P2023-002 --reason 属于司法个案 --date 2023-01-20
  $ cppcc -q proposal add --code P2023-003 --title 关于某信访事项的请求 --proposer 王玮 --submitted 2023-01-13
  $ cppcc -q proposal reject P2023-003 --reason 属于司法个案 --date 2023-01-20
  $ cat > 撤回.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,状态,立案日期
  > P2023-011,关于增设城区公交站点的建议,张明,2023-01-14,已撤回,2023-02-20
  > EOF
  $ cat > 转意见建议.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,状态,不予立案理由
  > P2023-012,关于调整某小区物业收费标准的建议,李华,2023-01-13,转意见建议,不属于本级职权范围
  > EOF
  $ sed 's/P2023-012/P2023-013/' 转意见建议.csv > 转意见建议2.csv

## As shipped

A filed proposal cannot be withdrawn, by the command or by a ledger row that says
withdrawn with a filing date; a proposal not filed can be converted, by either.

  $ cppcc proposal withdraw P2023-001 --date 2023-03-01
  ! cppcc: proposal 'P2023-001' is filed; 'withdraw' is not allowed (allowed: assign, key)
  [3]
  $ cppcc proposal import 撤回.csv
  ! cppcc: 撤回.csv:2: column '立案日期': '2023-02-20' contradicts status 'withdrawn'
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ cppcc proposal convert P2023-002 --unit 区住建局 --date 2023-01-25
  P2023-002: not filed → converted (forwarded to 区住建局)
  $ cppcc proposal import 转意见建议.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s)

## The office's copy: withdrawal after filing too, no conversion

The office copies the shipped workflow and changes two transitions: `withdraw` is
allowed in filed as well, and `convert` in no state.

  $ cp $DATA/../../schemas/workflow.yaml cppcc.yaml
  $ sed -i -e '/^      withdraw:$/{n;s/from: \[submitted\]/from: [submitted, filed]/}' -e '/^      convert:$/{n;s/from: \[not_filed\]/from: []/}' cppcc.yaml
  $ diff $DATA/../../schemas/workflow.yaml cppcc.yaml | grep '^[<>]'
  <         from: [not_filed]
  >         from: []
  <         from: [submitted]
  >         from: [submitted, filed]

Both now withdraw a filed proposal: the command, and the ledger row, whose steps are
the workflow's way to withdrawn through filed (dated by its filing date).

  $ cppcc proposal withdraw P2023-001 --date 2023-03-01
  P2023-001: filed → withdrawn
  $ cppcc proposal import 撤回.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc proposal history P2023-011 --format table
  P2023-011 关于增设城区公交站点的建议
  #  date        action    from       to         operator  recorded                    details
  -  ----------  --------  ---------  ---------  --------  --------------------------  -----------
  1  2023-01-14  add                  submitted  clerk     2024-03-01 09:00:00 +00:00
  2  2023-02-20  file      submitted  filed      clerk     2024-03-01 09:00:00 +00:00  filing_no=2
  3  2023-02-20  withdraw  filed      withdrawn  clerk     2024-03-01 09:00:00 +00:00

And neither converts any more.

  $ cppcc proposal convert P2023-003 --unit 区住建局 --date 2023-01-25
  ! cppcc: proposal 'P2023-003' is not filed; 'convert' is not allowed (no action is allowed now)
  [3]
  $ cppcc proposal import 转意见建议2.csv
  ! cppcc: 转意见建议2.csv:2: column '状态': no steps a ledger shows lead to 'converted' (workflows.proposal)
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
