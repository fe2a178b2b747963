What an import does with bad input (docs/domain.md §4, §5): all or nothing by default —
one bad row and nothing is written, every problem listed on its own line as
"file:line: column 'x': …" and exit 65; --dry-run validates only; --skip-invalid
--rejects FILE writes the good rows and sends the bad ones, with a reason, to FILE;
unknown members and units get a did-you-mean, or are created with --create-missing.

After each failing command the dump of the database is compared with the one taken
before. The import summary ends with the time it took; it is masked as "(… s)".

  $ cppcc -q db init
  $ cppcc -q member import $DATA/import_members.csv
  $ cppcc -q unit import $DATA/import_units.csv
  $ cppcc -q proposal add --code P2023-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --submitted 2023-01-12
  $ cppcc -q proposal file P2023-001 --date 2023-02-20
  $ sqlite3 cppcc.db .dump > before.sql

## A ledger row whose status and dates contradict each other

Four rows, four contradictions: status 已办结 without 办结日期; status submitted with
a 立案日期; a reply (2023-02-25) before the assignment (2023-03-01); not filed (不予
立案), yet with a 立案日期 — a contradiction like the second, and said as such.

  $ cat > 矛盾.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,状态,立案日期,不予立案理由,主办单位,交办日期,答复日期,办理结果,满意度,办结日期
  > P2023-002,关于完善社区养老服务的建议,王玮,2023-01-12,已办结,2023-02-20,,区住建局,2023-03-01,2023-05-10,A,满意,
  > P2023-003,关于规范校外培训机构的建议,李华,2023-01-12,submitted,2023-02-20,,,,,,,
  > P2023-004,关于整治城区噪声扰民的建议,李华,2023-01-13,已答复,2023-02-20,,区城管局,2023-03-01,2023-02-25,B,,
  > P2023-005,关于某民事案件再审的请求,张明,2023-01-13,不予立案,2023-02-20,属于司法个案,,,,,,
  > EOF
  $ cppcc proposal import 矛盾.csv
  ! cppcc: 矛盾.csv:2: column '状态': 'concluded' needs column '办结日期'
  ! cppcc: 矛盾.csv:3: column '立案日期': '2023-02-20' contradicts status 'submitted'
  ! cppcc: 矛盾.csv:4: column '答复日期': proposal 'P2023-004': date 2023-02-25 is before its last recorded step (assign on 2023-03-01)
  ! cppcc: 矛盾.csv:5: column '立案日期': '2023-02-20' contradicts status 'not filed'
  ! cppcc: 4 of 4 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

More contradictions: 已办结 with the proposer 不满意 (that means rehandling), and a
办理期限 without a 交办日期.

  $ cat > 矛盾2.csv <<'EOF'
  > 提案号,标题,提案人,提交日期,状态,立案日期,主办单位,交办日期,办理期限,答复日期,办理结果,满意度,办结日期
  > P2023-006,关于改善农村饮水安全的建议,王玮,2023-01-14,已办结,2023-02-20,区水利局,2023-03-01,,2023-05-10,C,不满意,2023-05-20
  > P2023-007,关于发展乡村旅游的建议,陈𬀩,2023-01-14,已立案,2023-02-20,,,2023-06-30,,,,
  > EOF
  $ cppcc proposal import 矛盾2.csv
  ! cppcc: 矛盾2.csv:2: column '满意度': 'unsatisfied' contradicts status 'concluded' (it means rehandling)
  ! cppcc: 矛盾2.csv:3: column '办理期限': a due date needs column '交办日期'
  ! cppcc: 2 of 2 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## A bad row among good ones: nothing is written, every problem is listed

Five rows; the second names an unknown member (王伟: did you mean 王玮?), the
fourth has three bad cells (an unknown unit, a result class and a date), each on
its own line, the fifth a co-signer nobody knows. The good rows are not written either.

  $ cat > 2023年提案.csv <<'EOF'
  > 提案号,标题,提案人,联名人,提交日期,状态,立案日期,主办单位,交办日期,答复日期,办理结果
  > P2023-011,关于加快老旧小区加装电梯的建议,张明,李华,2023-01-15,待审查,,,,,
  > P2023-012,关于发展夜间经济的建议,王伟,,2023-01-15,待审查,,,,,
  > P2023-013,关于优化营商环境的建议,李华,王玮,2023-01-16,待审查,,,,,
  > P2023-014,关于加强河道综合治理的建议,王玮,,2023-01-16,已答复,2023-02-20,区水务局,2023-03-01,2023-05-32,甲
  > P2023-015,关于推进垃圾分类进小区的建议,李华,张明、赵磊,2023-01-17,待审查,,,,,
  > EOF
  $ cppcc proposal import 2023年提案.csv
  ! cppcc: 2023年提案.csv:3: column '提案人': no member '王伟' (did you mean '王玮'?)
  ! cppcc: 2023年提案.csv:5: column '主办单位': no unit '区水务局' (did you mean '区水利局'?)
  ! cppcc: 2023年提案.csv:5: column '办理结果': unknown result class '甲' (did you mean 'A', 'B' or 'C'?)
  ! cppcc: 2023年提案.csv:5: column '答复日期': cannot read date '2023-05-32' (expected e.g. 2023-03-05 or 2023年3月5日)
  ! cppcc: 2023年提案.csv:6: column '联名人': no member '赵磊'
  ! cppcc: 3 of 5 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged
  $ cppcc proposal list --format csv | cut -d, -f1
  code
  P2023-001

## --dry-run: validated, reported, not written

On the bad file: the same report, exit 65.

  $ cppcc proposal import --dry-run 2023年提案.csv 2>&1 | tail -1
  cppcc: 3 of 5 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)

On a good file: the summary says what would happen and that nothing was written.

  $ grep -v -e P2023-012 -e P2023-014 -e P2023-015 2023年提案.csv > 好.csv
  $ cppcc proposal import --dry-run 好.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  dry run, nothing written: proposal: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

With --skip-invalid as well: no rejects file is written, the bad rows are listed instead.

  $ cppcc proposal import --dry-run --skip-invalid --rejects 不该写.csv 2023年提案.csv 2>&1 | sed -E 's/\([0-9.]+ s\)/(… s)/'
  cppcc: 2023年提案.csv:3: column '提案人': no member '王伟' (did you mean '王玮'?)
  cppcc: 2023年提案.csv:5: column '主办单位': no unit '区水务局' (did you mean '区水利局'?)
  cppcc: 2023年提案.csv:5: column '办理结果': unknown result class '甲' (did you mean 'A', 'B' or 'C'?)
  cppcc: 2023年提案.csv:5: column '答复日期': cannot read date '2023-05-32' (expected e.g. 2023-03-05 or 2023年3月5日)
  cppcc: 2023年提案.csv:6: column '联名人': no member '赵磊'
  dry run, nothing written: proposal: 5 rows: 2 inserted, 0 updated, 0 unchanged, 3 rejected (… s)
  $ ls 不该写.csv 2>&1 | sed 's/.*No such file.*/no rejects file/'
  no rejects file
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## --skip-invalid --rejects FILE

The good rows are written; the bad ones go to the rejects file as they were, with a
导入问题 column (all of a row's problems, "; "-joined, in one cell).

  $ cppcc proposal import --skip-invalid --rejects 退回.csv 2023年提案.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 5 rows: 2 inserted, 0 updated, 0 unchanged, 3 rejected (… s)
  $ cppcc proposal list --format csv | cut -d, -f1,3,6
  code,proposer,status
  P2023-001,张明,filed
  P2023-011,张明,submitted
  P2023-013,李华,submitted
  $ cat 退回.csv
  提案号,标题,提案人,联名人,提交日期,状态,立案日期,主办单位,交办日期,答复日期,办理结果,导入问题␍
  P2023-012,关于发展夜间经济的建议,王伟,,2023-01-15,待审查,,,,,,column '提案人': no member '王伟' (did you mean '王玮'?)␍
  P2023-014,关于加强河道综合治理的建议,王玮,,2023-01-16,已答复,2023-02-20,区水务局,2023-03-01,2023-05-32,甲,"column '主办单位': no unit '区水务局' (did you mean '区水利局'?); column '办理结果': unknown result class '甲' (did you mean 'A', 'B' or 'C'?); column '答复日期': cannot read date '2023-05-32' (expected e.g. 2023-03-05 or 2023年3月5日)"␍
  P2023-015,关于推进垃圾分类进小区的建议,李华,张明、赵磊,2023-01-17,待审查,,,,,,column '联名人': no member '赵磊'␍

The rejects file, corrected, is imported again as it is: its 导入问题 column is the
tool's own, ignored (never refused as unknown, nor suggested as 'reject_reason'). The
row still bad goes to the next rejects file, as it was, with its new reason in that
same column (no second one).

  $ sed -i 's/王伟/王玮/; s/区水务局/区水利局/; s/2023-05-32/2023-05-30/; s/,甲,/,A,/' 退回.csv
  $ cppcc proposal import --skip-invalid --rejects 退回2.csv 退回.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 3 rows: 2 inserted, 0 updated, 0 unchanged, 1 rejected (… s)
  $ cat 退回2.csv
  提案号,标题,提案人,联名人,提交日期,状态,立案日期,主办单位,交办日期,答复日期,办理结果,导入问题␍
  P2023-015,关于推进垃圾分类进小区的建议,李华,张明、赵磊,2023-01-17,待审查,,,,,,column '联名人': no member '赵磊'␍

--rejects needs --skip-invalid and the other way round.

  $ cppcc proposal import --skip-invalid 2023年提案.csv
  ! cppcc: --skip-invalid requires --rejects (see --help)
  [2]
  $ cppcc proposal import --rejects 退回3.csv 2023年提案.csv
  ! cppcc: --rejects requires --skip-invalid (see --help)
  [2]

## --create-missing

赵磊 and 周芳 are not members and 区生态环境分局 not a unit: without --create-missing
the row is refused, naming all three (the unknown unit too, though the members are
unknown already); with it they are created (name only) and the summary says how many.

  $ cat > 河道.csv <<'EOF'
  > 提案号,标题,提案人,联名人,提交日期,状态,立案日期,主办单位,会办单位,交办日期
  > P2023-021,关于加强河道综合治理的建议,赵磊,张明;周芳,2023-01-18,办理中,2023-02-20,区水利局,区生态环境分局,2023-03-01
  > EOF
  $ sqlite3 cppcc.db .dump > before.sql
  $ cppcc proposal import 河道.csv
  ! cppcc: 河道.csv:2: column '提案人': no member '赵磊'
  ! cppcc: 河道.csv:2: column '联名人': no member '周芳'
  ! cppcc: 河道.csv:2: column '会办单位': no unit '区生态环境分局'
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]

A dry run creates nothing.

  $ cppcc proposal import --dry-run --create-missing 河道.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  dry run, nothing written: proposal: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s); created 2 member(s) and 1 unit(s)
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged
  $ cppcc proposal import --create-missing 河道.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s); created 2 member(s) and 1 unit(s)
  P2023-021: similar to P2023-014 (1.00)
  $ cppcc member list --format csv | cut -d, -f1,2,10
  code,name,term
  W0001,张明,16
  W0002,李华,16
  W0003,王玮,16
  W0004,陈𬀩,16
  W0005,赵磊,16
  W0006,周芳,16
  $ cppcc unit list --format csv | grep 分局
  区生态环境分局,,,␍
  $ cppcc proposal show P2023-021 | grep -E '^(proposer|cosigners|lead units|joint units) '
  proposer        赵磊
  cosigners       张明;周芳
  lead units      区水利局
  joint units     区生态环境分局
  lead units / joint units

## A filing number already taken

The ledger gives P2023-022 the 立案号 1, which P2023-001 has in the same session: a
bad row (65), not an internal error.

  $ printf '提案号,标题,提案人,提交日期,立案日期,立案号\nP2023-022,关于发展特色农业的建议,陈𬀩,2023-01-18,2023-02-20,1\n' > 立案号.csv
  $ sqlite3 cppcc.db .dump > before.sql
  $ cppcc proposal import 立案号.csv
  ! cppcc: 立案号.csv:2: column '立案号': filing no 1 of 十六届二次会议 is taken by P2023-001
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## Files that cannot be imported

A missing file is exit 66 (input file missing or unreadable), like a missing mapping.

  $ cppcc proposal import 没有这个文件.csv
  ! cppcc: cannot read '没有这个文件.csv': No such file or directory
  [66]

An empty file has no header; a header alone imports nothing.

  $ : > 空.csv
  $ cppcc proposal import 空.csv
  ! cppcc: 空.csv: empty file: expected a header line
  [65]
  $ printf '提案号,标题,提案人,提交日期\r\n' > 表头.csv
  $ cppcc proposal import 表头.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 0 rows: 0 inserted, 0 updated, 0 unchanged, 0 rejected (… s)

No key column; a row longer than the header; required cells empty.

  $ printf '标题,提案人,提交日期\n关于发展乡村旅游的建议,陈𬀩,2023-01-18\n' > 无编号.csv
  $ cppcc proposal import 无编号.csv
  ! cppcc: 无编号.csv:1: no 'code' column (the key of proposal records)
  [65]
  $ printf '提案号,标题,提案人,提交日期\nP2023-023,关于发展乡村旅游的建议,陈𬀩,2023-01-18,备注\nP2023-024,,,2023-01-18\n' > 多列.csv
  $ cppcc proposal import 多列.csv
  ! cppcc: 多列.csv:2: the row has 5 cells but the header 4
  ! cppcc: 多列.csv:3: column '标题': a title is required
  ! cppcc: 多列.csv:3: column '提案人': a proposer is required
  ! cppcc: 2 of 2 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## Members matched by name: a name two members share

A roll without codes matches members by name; when two members share the name the
row is refused and their codes are asked for.

  $ cppcc -q member add --code W0101 --name 李华 --sector 农业界
  $ printf '姓名,手机\n李华,13900000002\n' > 同名.csv
  $ cppcc member import 同名.csv
  ! cppcc: 同名.csv:2: column '姓名': 2 members are named '李华'; give their codes
  ! cppcc: 1 of 1 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
