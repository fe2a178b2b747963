Exports are re-importable (docs/domain.md §4): `KIND export` writes the canonical columns
of §7.1 as CSV (CRLF, quoted where needed, formulas neutralised, --bom for Excel),
and importing the export — into the same database or a fresh one — changes nothing.
Also: --format json, --out FILE (mode 0600), and member rolls matched by name.

The import summary ends with the time it took; it is masked as "(… s)".

  $ cppcc -q db init
  $ cppcc -q member import $DATA/import_members.csv
  $ cppcc -q unit import $DATA/import_units.csv

Cells a spreadsheet would take for formulas: a phone with "+", a placeholder "-", a
contact "@…", a workplace "=HYPERLINK(…)" pasted from a web page, a title that
starts with "-".

  $ cppcc -q member add --code W0005 --name 吴刚 --phone '+86 139 0000 0005' --post - --workplace '=HYPERLINK("http://example.com","区商务局")' --sector 经济界
  $ cppcc -q unit add --name 区商务局 --kind government --contact @吴刚 --phone 0915-3210005

Proposals in several states, through the commands: concluded (a key proposal, body
with a line break and quotes), split handling replied, not filed, withdrawn. Merges
come later.

  $ cppcc -q proposal add --code P2023-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --cosigners '李华;王玮' --category 社会建设 --submitted 2023-01-12 --body "$(printf '城区供水管网老化，漏损率偏高。\n建议推行"一户一表"，分年度实施改造。')"
  $ cppcc -q proposal file P2023-001 --date 2023-02-20
  $ cppcc -q proposal key P2023-001 --leader 王建国 --date 2023-02-20
  $ cppcc -q proposal assign P2023-001 --lead 区水利局 --joint 区住建局 --date 2023-03-01
  $ cppcc -q proposal reply P2023-001 --unit 区水利局 --result A --date 2023-05-20
  $ cppcc -q proposal feedback P2023-001 --contact visit --satisfaction 满意 --date 2023-06-10
  $ cppcc -q proposal add --code P2023-002 --title -关于完善社区养老服务的建议 --proposer 王玮 --category 社会建设 --submitted 2023-01-13
  $ cppcc -q proposal file P2023-002 --date 2023-02-20
  $ cppcc -q proposal assign P2023-002 --lead 区住建局 --lead 区城管局 --date 2023-03-01
  $ cppcc -q proposal reply P2023-002 --unit 区住建局 --result B --date 2023-05-10
  $ cppcc -q proposal reply P2023-002 --unit 区城管局 --result A --date 2023-05-12
  $ cppcc -q proposal add --code P2023-003 --title 关于某民事案件再审的请求 --proposer 张明 --submitted 2023-01-13
  $ cppcc -q proposal reject P2023-003 --reason 属于司法个案 --date 2023-02-20
  $ cppcc -q proposal add --code P2023-004 --title 关于增设城区公交站点的建议 --proposer 李华 --submitted 2023-01-14
  $ cppcc -q proposal withdraw P2023-004 --reason 提案人申请撤回 --date 2023-02-18

## Members

The export: the canonical header, ids for vocabularies, yes/no, ";"-joined lists,
CRLF line ends; cells starting with = + - @ get a leading "'" and so does nothing
else.

  $ cppcc member export
  code,name,gender,ethnicity,party,sector,workplace,post,phone,term,standing,roles,studio,status,left_on␍
  W0001,张明,male,汉族,民盟,教育界,区第一中学,校长,13800000001,16,yes,publicity_officer,,active,␍
  W0002,李华,female,汉族,民建,经济界,区工商联,副主席,13800000002,16,no,,,active,␍
  W0003,王玮,male,回族,九三学社,医药卫生界,区人民医院,主任医师,13800000003,16,no,liaison,,active,␍
  W0004,陈𬀩,female,汉族,无党派,科技界,区农业科学研究所,研究员,13800000004,16,no,,,active,␍
  W0005,吴刚,,,,经济界,"'=HYPERLINK(""http://example.com"",""区商务局"")",'-,'+86 139 0000 0005,16,no,,,active,␍

Re-imported: the leading "'" is dropped again, so nothing changed.

  $ cppcc member export > 委员.csv
  $ cppcc member import 委员.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 5 rows: 0 inserted, 0 updated, 5 unchanged, 0 rejected (… s)
  $ cppcc member show W0005 | grep -E '^(workplace|post|phone) '
  workplace  =HYPERLINK("http://example.com","区商务局")
  post       -
  phone      +86 139 0000 0005

The roll as the office keeps it (roles 特约宣传信息员、联络员 in its own order)
imported twice: the second time nothing changes.

  $ printf '委员编号,姓名,角色\nW0003,王玮,特约宣传信息员、联络员\n' > 角色.csv
  $ cppcc member import 角色.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 1 rows: 0 inserted, 1 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc member import 角色.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 1 rows: 0 inserted, 0 updated, 1 unchanged, 0 rejected (… s)

## Units

  $ cppcc unit export
  name,kind,contact,phone␍
  区住建局,government,陈静,0915-3210002␍
  区商务局,government,'@吴刚,0915-3210005␍
  区城管局,government,孙力,0915-3210004␍
  区教体局,government,赵敏,0915-3210003␍
  区水利局,government,刘强,0915-3210001␍
  $ cppcc unit export > 单位.csv
  $ cppcc unit import 单位.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 5 rows: 0 inserted, 0 updated, 5 unchanged, 0 rejected (… s)
  $ cppcc unit list --format csv | grep 商务
  区商务局,government department,'@吴刚,0915-3210005␍

## Proposals

Every state's columns; the body is quoted (line break, doubled quotes).

  $ cppcc proposal export
  code,title,body,type,proposer,cosigners,sector,category,session,during_plenary,submitted,status,filed,filing_no,reject_reason,merged_into,lead_units,joint_units,assigned,due,replied,result,feedback,contact,concluded,key,key_leader,excellent␍
  P2023-001,关于加强城区供水管网改造的建议,"城区供水管网老化，漏损率偏高。
  建议推行""一户一表""，分年度实施改造。",member,张明,李华;王玮,教育界,society,十六届二次会议,no,2023-01-12,concluded,2023-02-20,1,,,区水利局,区住建局,2023-03-01,2023-06-01,2023-05-20,A,satisfied,visit,2023-06-10,yes,王建国,no␍
  P2023-002,'-关于完善社区养老服务的建议,,member,王玮,,医药卫生界,society,十六届二次会议,no,2023-01-13,replied,2023-02-20,2,,,区住建局;区城管局,,2023-03-01,2023-06-01,2023-05-12,B,,,,no,,no␍
  P2023-003,关于某民事案件再审的请求,,member,张明,,教育界,,十六届二次会议,no,2023-01-13,not_filed,,,judicial_case,,,,,,,,,,,no,,no␍
  P2023-004,关于增设城区公交站点的建议,,member,李华,,经济界,,十六届二次会议,no,2023-01-14,withdrawn,,,,,,,,,,,,,,no,,no␍

Into the same database: all unchanged, no event added.

  $ cppcc proposal export > 提案.csv
  $ sqlite3 cppcc.db .dump > before.sql
  $ cppcc proposal import 提案.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 4 rows: 0 inserted, 0 updated, 4 unchanged, 0 rejected (… s)
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged
  $ cppcc proposal show P2023-002 | grep -E '^title '
  title           -关于完善社区养老服务的建议

## Into a fresh database

The three exports restore the records: a new database exports the same members,
units and proposals.

  $ mkdir 新库
  $ cppcc -q --db 新库/cppcc.db db init
  $ cppcc --db 新库/cppcc.db member import 委员.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 5 rows: 5 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc --db 新库/cppcc.db unit import 单位.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 5 rows: 5 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc --db 新库/cppcc.db proposal import 提案.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc --db 新库/cppcc.db member export | diff 委员.csv - && echo same
  same
  $ cppcc --db 新库/cppcc.db unit export | diff 单位.csv - && echo same
  same
  $ cppcc --db 新库/cppcc.db proposal export | diff 提案.csv - && echo same
  same

## Rehandling: the export of a proposal in its second round re-imports

P2023-007 was answered C, the proposer 不满意: a second round on the feedback date.
Its export carries the second round's assignment and no reply yet; imported again
it is unchanged.

  $ cppcc -q proposal add --code P2023-007 --title 关于改善农村饮水安全的建议 --proposer 王玮 --submitted 2023-01-15
  $ cppcc -q proposal file P2023-007 --date 2023-02-20
  $ cppcc -q proposal assign P2023-007 --lead 区水利局 --date 2023-03-01
  $ cppcc -q proposal reply P2023-007 --unit 区水利局 --result C --date 2023-05-10
  $ cppcc -q proposal feedback P2023-007 --contact phone --satisfaction 不满意 --date 2023-05-20
  $ cppcc proposal export --status rehandling | tee 重新办理.csv | tail -1
  P2023-007,关于改善农村饮水安全的建议,,member,王玮,,医药卫生界,,十六届二次会议,no,2023-01-15,rehandling,2023-02-20,3,,,区水利局,,2023-03-01,2023-08-20,2023-05-10,C,unsatisfied,phone,,no,,no␍
  $ cppcc proposal import 重新办理.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 0 inserted, 0 updated, 1 unchanged, 0 rejected (… s)

## Merged proposals

P2023-006 (陈𬀩, co-signed by 王玮) was merged into P2023-005 on 2023-02-20, a
month after its submission; P2023-005 lists the carried-over co-signers, P2023-006
the proposal it went into. Imported again into the same database: unchanged.

  $ cppcc -q proposal add --code P2023-005 --title 关于加强二次供水设施管理的建议 --proposer 李华 --submitted 2023-01-14
  $ cppcc -q proposal add --code P2023-006 --title 关于解决老旧小区二次供水问题的建议 --proposer 陈𬀩 --cosigners 王玮 --submitted 2023-01-15
  $ cppcc -q proposal merge P2023-006 --into P2023-005 --date 2023-02-20
  $ cppcc proposal export --search 二次供水 | tee 并案.csv
  code,title,body,type,proposer,cosigners,sector,category,session,during_plenary,submitted,status,filed,filing_no,reject_reason,merged_into,lead_units,joint_units,assigned,due,replied,result,feedback,contact,concluded,key,key_leader,excellent␍
  P2023-005,关于加强二次供水设施管理的建议,,member,李华,陈𬀩;王玮,经济界,,十六届二次会议,no,2023-01-14,submitted,,,,,,,,,,,,,,no,,no␍
  P2023-006,关于解决老旧小区二次供水问题的建议,,member,陈𬀩,王玮,科技界,,十六届二次会议,no,2023-01-15,merged,,,,P2023-005,,,,,,,,,,no,,no␍
  $ sqlite3 cppcc.db .dump > before.sql
  $ cppcc proposal import 并案.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 2 rows: 0 inserted, 0 updated, 2 unchanged, 0 rejected (… s)
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

Into the fresh database: the same two rows.

  $ cppcc --db 新库/cppcc.db proposal import 并案.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc --db 新库/cppcc.db proposal export --search 二次供水 | diff 并案.csv - && echo same
  same

## A merge into a proposal that moved on since

P2023-009 was merged into P2023-008 on 2023-02-20; P2023-008 was filed the same day
and assigned later. The export restores into a fresh database all the same.

  $ cppcc -q proposal add --code P2023-008 --title 关于加快老旧小区加装电梯的建议 --proposer 张明 --submitted 2023-01-16
  $ cppcc -q proposal add --code P2023-009 --title 关于老旧小区加装电梯资金补助的建议 --proposer 李华 --submitted 2023-01-17
  $ cppcc -q proposal merge P2023-009 --into P2023-008 --date 2023-02-20
  $ cppcc -q proposal file P2023-008 --date 2023-02-20
  $ cppcc -q proposal assign P2023-008 --lead 区住建局 --date 2023-03-01
  $ cppcc proposal export --search 电梯 > 电梯.csv
  $ cppcc --db 新库/cppcc.db proposal import 电梯.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 2 rows: 2 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  P2023-008: similar to P2023-009 (0.64)
  P2023-009: similar to P2023-008 (0.64)
  $ cppcc --db 新库/cppcc.db proposal export --search 电梯 | diff 电梯.csv - && echo same
  same

## --bom

The first bytes are the UTF-8 byte order mark; the file re-imports unchanged.

  $ cppcc member export --bom > 委员-excel.csv
  $ head -c 3 委员-excel.csv | od -An -tx1
   ef bb bf
  $ head -c 7 委员-excel.csv | tail -c 4
  code
  $ cppcc member import 委员-excel.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 5 rows: 0 inserted, 0 updated, 5 unchanged, 0 rejected (… s)
  $ cppcc member export | head -c 3 | od -An -tx1
   63 6f 64

## --out FILE: mode 0600

Member rolls hold phone numbers: the file is readable by its owner only.

  $ cppcc member export --bom --out 委员名册.csv
  $ stat -c %a 委员名册.csv
  600
  $ cmp 委员名册.csv 委员-excel.csv && echo same
  same
  $ cppcc --format json proposal export --out 提案.json
  $ stat -c %a 提案.json
  600
  $ cppcc member export --out 没有这个目录/委员.csv
  ! cppcc: cannot create '没有这个目录/委员.csv': No such file or directory
  [73]

## --format json

One document, canonical names as keys, the same values as the CSV (no "'" before
formulas: JSON is not opened by a spreadsheet). The filing number and the term are
numbers, as in `proposal list --format json`; null when there is none.

  $ cppcc proposal export --format json --status concluded
  [
    {"code": "P2023-001", "title": "关于加强城区供水管网改造的建议", "body": "城区供水管网老化，漏损率偏高。\n建议推行\"一户一表\"，分年度实施改造。", "type": "member", "proposer": "张明", "cosigners": "李华;王玮", "sector": "教育界", "category": "society", "session": "十六届二次会议", "during_plenary": "no", "submitted": "2023-01-12", "status": "concluded", "filed": "2023-02-20", "filing_no": 1, "reject_reason": "", "merged_into": "", "lead_units": "区水利局", "joint_units": "区住建局", "assigned": "2023-03-01", "due": "2023-06-01", "replied": "2023-05-20", "result": "A", "feedback": "satisfied", "contact": "visit", "concluded": "2023-06-10", "key": "yes", "key_leader": "王建国", "excellent": "no"}
  ]
  $ cppcc proposal export --format json --status withdrawn | grep -o '"filing_no": [a-z0-9"]*'
  "filing_no": null
  $ cppcc member export --format json | grep W0005
    {"code": "W0005", "name": "吴刚", "gender": "", "ethnicity": "", "party": "", "sector": "经济界", "workplace": "=HYPERLINK(\"http://example.com\",\"区商务局\")", "post": "-", "phone": "+86 139 0000 0005", "term": 16, "standing": "no", "roles": "", "studio": "", "status": "active", "left_on": ""}

## Filters

An export takes the list filters of its kind.

  $ cppcc proposal export --status concluded | grep -o '^P2023-[0-9]*'
  P2023-001
  $ cppcc proposal export --status not_filed | grep -o '^P2023-[0-9]*'
  P2023-003
  $ cppcc member export --sector 教育界 | cut -d, -f1,2
  code,name
  W0001,张明

## A roll without codes: members matched by name

The sector's own roll has names and phones, no codes: 张明 and 李华 are updated,
孙丽 is new and gets the next generated code. Imported again, nothing changes.

  $ cat > 教育界名单.csv <<'EOF'
  > 姓名,手机,工作单位
  > 张明,13900000001,区第一中学
  > 李华,13800000002,区工商联
  > 孙丽,13900000009,区实验小学
  > EOF
  $ cppcc member import 教育界名单.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 3 rows: 1 inserted, 1 updated, 1 unchanged, 0 rejected (… s)
  $ cppcc member export | grep -E '^W000[126],' | cut -d, -f1,2,7,9
  W0001,张明,区第一中学,13900000001
  W0002,李华,区工商联,13800000002
  W0006,孙丽,区实验小学,13900000009
  $ cppcc member import 教育界名单.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 3 rows: 0 inserted, 0 updated, 3 unchanged, 0 rejected (… s)
