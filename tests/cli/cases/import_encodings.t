Batch import reads CSV as Excel writes it (docs/domain.md §4): UTF-8 with or without a BOM,
GB18030 or GBK/CP936, detected or forced with --encoding; LF or CRLF line ends.
Rejected rows go back out in the input's own encoding.

The import summary ends with the time it took; it is masked as "(… s)".

  $ cppcc -q db init

## GB18030, detected

The office's member roll, saved by Excel on Chinese Windows ("CSV (逗号分隔)") as
GB18030 with CRLF line ends. 陈𬀩's given name is U+2C029 (CJK Extension C), which
GB18030 writes in four bytes.

  $ printf '𬀩' | iconv -f UTF-8 -t GB18030 | od -An -tx1
   99 31 87 39
  $ sed 's/$/\r/' $DATA/import_members.csv | iconv -f UTF-8 -t GB18030 > 委员名册.csv
  $ cppcc member import 委员名册.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as GB18030

Names come out as they were written; vocabularies were read by their Chinese labels
(CSV keeps the canonical column names as its header).

  $ cppcc --lang zh member list --format csv
  ﻿编号,姓名,性别,民族,党派,界别,工作单位,职务,电话,届次,常委,角色,状态␍
  W0001,张明,男,汉族,民盟,教育界,区第一中学,校长,13800000001,16,是,特约宣传信息员,在职␍
  W0002,李华,女,汉族,民建,经济界,区工商联,副主席,13800000002,16,否,,在职␍
  W0003,王玮,男,回族,九三学社,医药卫生界,区人民医院,主任医师,13800000003,16,否,联络员,在职␍
  W0004,陈𬀩,女,汉族,无党派,科技界,区农业科学研究所,研究员,13800000004,16,否,,在职␍

The four-byte character is found by name, too.

  $ cppcc member show 陈𬀩 | grep -E '^(code|name) '
  code       W0004
  name       陈𬀩

## UTF-8 with a BOM and CRLF line ends

Excel's "CSV UTF-8" puts a byte order mark before the first header; it is not part
of the header "单位名称", nor of the first unit's name.

  $ { printf '\xef\xbb\xbf'; sed 's/$/\r/' $DATA/import_units.csv; } > 承办单位.csv
  $ head -c 3 承办单位.csv | od -An -tx1
   ef bb bf
  $ cppcc unit import 承办单位.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 4 rows: 4 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc unit list --format csv
  name,kind,contact,phone␍
  区住建局,government department,陈静,0915-3210002␍
  区城管局,government department,孙力,0915-3210004␍
  区教体局,government department,赵敏,0915-3210003␍
  区水利局,government department,刘强,0915-3210001␍
  $ cppcc unit export | grep -q $'\xef\xbb\xbf' || echo no BOM in any name
  no BOM in any name

## CP936 with €

Excel writes "GBK" as Windows code page 936, which has € at byte 0x80; GB18030 has no
such byte, so the file is read as CP936. The body mentions a fee of 5€.

  $ printf '提案号,标题,内容,提案人,提交日期\r\nP2023-001,关于规范跨境电商小额结算的建议,部分商户按每单5€收取手续费，建议统一规范。,李华,2023-02-20\r\n' | iconv -f UTF-8 -t CP936 > 跨境电商.csv
  $ grep -c $'5\x80' 跨境电商.csv
  1
  $ cppcc proposal import 跨境电商.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as CP936
  $ cppcc proposal show P2023-001 | grep -E '^(body|proposer) '
  body            部分商户按每单5€收取手续费，建议统一规范。
  proposer        李华

Forced to GB18030, the same file is refused at the € (byte 90: the 34 bytes of the
header line, then 56 of the row); nothing is written.

  $ sqlite3 cppcc.db .dump > before.sql
  $ cppcc proposal import --encoding gb18030 跨境电商.csv
  ! cppcc: 跨境电商.csv:2: not valid GB18030 text (bad byte at offset 90)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

## --encoding decides what detection cannot

"陆伟" in GBK is the bytes c2 bd ce b0, which are also valid UTF-8 ("½ΰ"): a GBK file
with nothing else but ASCII cannot be told from UTF-8. Detection takes UTF-8, as a
scratch database shows; --encoding gbk (or gb18030, cp936) reads the name right.

  $ printf 'code,name,phone\r\nW0005,陆伟,13800000005\r\n' | iconv -f UTF-8 -t GBK > 新增委员.csv
  $ head -c 27 新增委员.csv | tail -c 4 | od -An -tx1
   c2 bd ce b0
  $ cppcc -q --db scratch.db db init
  $ cppcc --db scratch.db member import 新增委员.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc --db scratch.db member list --format csv | cut -d, -f1,2
  code,name
  W0005,½ΰ
  $ cppcc member import --encoding gbk 新增委员.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  member: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s); read as CP936
  $ cppcc member show W0005 | grep -E '^name '
  name       陆伟

Forcing UTF-8 on the GB18030 roll: refused at the first byte that is not UTF-8 (the
third character of the header 委员编号), and nothing is written.

  $ sqlite3 cppcc.db .dump > before.sql
  $ cppcc member import --encoding utf-8 委员名册.csv
  ! cppcc: 委员名册.csv:1: not valid UTF-8 text (bad byte at offset 4)
  [65]
  $ sqlite3 cppcc.db .dump | diff before.sql - && echo unchanged
  unchanged

An encoding cppcc does not read is a usage error.

  $ cppcc member import --encoding big5 委员名册.csv
  ! cppcc: --encoding: unknown 'big5' (utf-8, gb18030 or cp936)
  [2]

A file that starts as a zip archive is read as a workbook (import_sheets.t); one cut
short is refused as a damaged archive.

  $ printf 'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xff\xfe\x80\x81' > 委员名册.xlsx
  $ cppcc member import 委员名册.xlsx
  ! cppcc: 委员名册.xlsx: not a complete zip archive (truncated or damaged?): Not a zip archive
  [65]

## Rejected rows keep the input's encoding

A GB18030 ledger with one good row and one naming a member who is not recorded
(王伟, a near miss of 王玮). With --skip-invalid the good row is written and the bad one
goes to the rejects file, in GB18030, with a reason column.

  $ printf '提案号,标题,提案人,联名人,提交日期\r\nP2023-002,关于加强城区供水管网改造的建议,陈𬀩,张明,2023-02-15\r\nP2023-003,关于完善社区养老服务的建议,王伟,李华,2023-02-16\r\n' | iconv -f UTF-8 -t GB18030 > 提案台账.csv
  $ cppcc proposal import 提案台账.csv --skip-invalid --rejects 退回.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 2 rows: 1 inserted, 0 updated, 0 unchanged, 1 rejected (… s); read as GB18030
  $ cppcc proposal list --format csv | cut -d, -f1-3
  code,title,proposer
  P2023-002,关于加强城区供水管网改造的建议,陈𬀩
  P2023-001,关于规范跨境电商小额结算的建议,李华

The rejects file is not UTF-8; read as GB18030 it is the rejected row and its reason.

  $ iconv -f UTF-8 -t UTF-8 退回.csv > /dev/null 2>&1 || echo not UTF-8
  not UTF-8
  $ iconv -f GB18030 -t UTF-8 退回.csv
  提案号,标题,提案人,联名人,提交日期,导入问题␍
  P2023-003,关于完善社区养老服务的建议,王伟,李华,2023-02-16,column '提案人': no member '王伟' (did you mean '王玮' or '陆伟'?)␍

The four-byte character goes back out as four bytes: a rejected row naming 陈𬀩 as
co-signer and an unknown unit.

  $ printf '提案号,标题,提案人,联名人,提交日期,状态,立案日期,主办单位,交办日期\r\nP2023-004,关于发展特色农业的建议,张明,陈𬀩,2023-02-17,办理中,2023-02-24,区农业局,2023-03-06\r\n' | iconv -f UTF-8 -t GB18030 > 农业.csv
  $ cppcc proposal import 农业.csv --skip-invalid --rejects 农业-退回.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 0 inserted, 0 updated, 0 unchanged, 1 rejected (… s); read as GB18030
  $ grep -c $'\x99\x31\x87\x39' 农业-退回.csv
  1
  $ iconv -f GB18030 -t UTF-8 农业-退回.csv | tail -1
  P2023-004,关于发展特色农业的建议,张明,陈𬀩,2023-02-17,办理中,2023-02-24,区农业局,2023-03-06,"column '主办单位': no unit '区农业局' (did you mean '区住建局', '区城管局' or '区教体局'?)"␍

A CP936 input gets a CP936 rejects file: the € is the byte 0x80 again.

  $ printf '提案号,标题,内容,提案人,提交日期\r\nP2023-005,关于规范旅游景区收费的建议,门票另收5€讲解费。,李华,2023-02-30\r\n' | iconv -f UTF-8 -t CP936 > 景区.csv
  $ cppcc proposal import 景区.csv --skip-invalid --rejects 景区-退回.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 0 inserted, 0 updated, 0 unchanged, 1 rejected (… s); read as CP936
  $ grep -c $'5\x80' 景区-退回.csv
  1
  $ iconv -f CP936 -t UTF-8 景区-退回.csv | tail -1
  P2023-005,关于规范旅游景区收费的建议,门票另收5€讲解费。,李华,2023-02-30,column '提交日期': cannot read date '2023-02-30' (expected e.g. 2023-03-05 or 2023年3月5日)␍

A UTF-8 input with a BOM gets a rejects file with a BOM, so that Excel opens it right.

  $ printf '\xef\xbb\xbf单位名称,单位类型\r\n区交通运输局,交通部门\r\n' > 新单位.csv
  $ cppcc unit import 新单位.csv --skip-invalid --rejects 新单位-退回.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 1 rows: 0 inserted, 0 updated, 0 unchanged, 1 rejected (… s)
  $ head -c 3 新单位-退回.csv | od -An -tx1
   ef bb bf
  $ tail -c +4 新单位-退回.csv
  单位名称,单位类型,导入问题␍
  区交通运输局,交通部门,column '单位类型': unknown unit kind '交通部门' (did you mean '政府部门' or '党委部门'?)␍
