The messages of the database file, its backups and the files read and written (issue 20
part 6, lib/storage and lib/io), under --lang zh: each says in Chinese what is wrong and
what to do, with its exit code unchanged; option names, paths, commands and encodings stay
as they are. Two of them again under --lang en, as they always read.

## The database

No database yet, then one made twice.

  $ cppcc --lang zh member list
  ! cppcc: “./cppcc.db”处没有数据库；请用“cppcc db init”新建，或用 --db PATH 指定
  [66]
  $ cppcc -q db init && cppcc --lang zh db init
  ! cppcc: 数据库“./cppcc.db”已存在；如需升级，请用“cppcc db migrate”
  [73]

A wait for the write lock that is not a number of milliseconds.

  $ CPPCC_BUSY_TIMEOUT_MS=abc cppcc --lang zh member list
  ! cppcc: CPPCC_BUSY_TIMEOUT_MS 为“abc”：应为毫秒数，0 至 3600000
  [78]

## Dates

A day that no month has, a date before the ones cppcc keeps, and a test clock that is
not a date or a time.

  $ cppcc --lang zh proposal list --as-of 2024-02-30
  ! cppcc: --as-of：无法识别日期“2024-02-30”（应为 2023-03-05 或 2023年3月5日 这样的日期）
  [65]
  $ cppcc --lang en proposal list --as-of 2024-02-30
  ! cppcc: --as-of: cannot read date '2024-02-30' (expected e.g. 2023-03-05 or 2023年3月5日)
  [65]
  $ cppcc --lang zh proposal list --as-of 1800-01-01
  ! cppcc: --as-of：无法识别日期“1800-01-01”（cppcc 只保存 1900-01-01 至 2999-12-31 之间的日期）
  [65]
  $ CPPCC_TODAY=2024-13-01 cppcc --lang zh member list
  ! cppcc: CPPCC_TODAY：无法识别日期“2024-13-01”（应为 2023-03-05 或 2023年3月5日 这样的日期）
  [65]
  $ CPPCC_CLOCK=noon cppcc --lang zh member add --name 李华 --sector 经济界
  ! cppcc: CPPCC_CLOCK：无法识别“noon”（应如 2024-03-01T09:00:00Z，或本地时间 2024-03-01 09:00:00）
  [2]

## Files read

A file that is not there; a quote never closed; a row of GBK in a UTF-8 file; bytes that
are no Chinese encoding at all; a NUL byte (a file saved as UTF-16 without its mark).

  $ cppcc --lang zh member import 名单.csv
  ! cppcc: 无法读取“名单.csv”：文件或目录不存在
  [66]
  $ printf 'name,sector\n"张明,教育界\n' > 名单.csv && cppcc --lang zh member import 名单.csv
  ! cppcc: 名单.csv 第2行：引号括起的字段缺少结束引号
  [65]
  $ printf 'name,sector\n王玮,教育界\n\xd5\xc5\xc8\xfd,\xbd\xcc\xd3\xfd\xbd\xe7\n' > 名单.csv && cppcc --lang zh member import 名单.csv
  ! cppcc: 名单.csv 第3行：不是有效的 UTF-8 文本（偏移 29 处有错误字节）：此前各行是 UTF-8，而一个文件只能用一种编码（UTF-8 的行与 GBK 的行混在一起？）；请全部另存为“CSV UTF-8”
  [65]
  $ printf 'name,sector\n\xff\xfe\xfd,x\n' > 名单.csv && cppcc --lang zh member import 名单.csv
  ! cppcc: 名单.csv 第2行：不是 UTF-8、GB18030 或 CP936 文本（第一个错误字节在偏移 12 处）
  [65]
  $ printf 'name,sector\n王\0玮,教育界\n' > 名单.csv && cppcc --lang zh member import 名单.csv
  ! cppcc: 名单.csv 第2行：第1个单元格中有 NUL 字节（不是文本文件，或是存为 UTF-16 的文本：请另存为“CSV UTF-8”）
  [65]

Workbooks: a PDF saved with an .xlsx name, a Word file, a workbook cut short, a sheet the
workbook does not have, and --encoding for a file that says its own.

  $ printf '%%PDF-1.4\n' > 名单.xlsx && cppcc --lang zh member import 名单.xlsx
  ! cppcc: 名单.xlsx：看起来是 PDF 文档；请将表格另存为 .xlsx 或 CSV
  [65]
  $ python3 -c "import zipfile; z = zipfile.ZipFile('名单.xlsx', 'w'); z.writestr('word/document.xml', '<w/>'); z.close()"
  $ cppcc --lang zh member import 名单.xlsx
  ! cppcc: 名单.xlsx：看起来是 .docx 文件；请将表格另存为 .xlsx 或 CSV
  [65]
  $ cppcc -q member add --name 张明 --sector 教育界 && cppcc member export --format xlsx --out 委员.xlsx
  $ head -c 100 委员.xlsx > 名单.xlsx && cppcc --lang zh member import 名单.xlsx
  ! cppcc: 名单.xlsx：不是完整的 zip 压缩包（被截断或已损坏？）：Not a zip archive
  [65]
  $ cppcc --lang zh member import 委员.xlsx --sheet 名单
  ! cppcc: --sheet：委员.xlsx 中没有工作表“名单”；其工作表有：第1张“委员”
  [2]
  $ cppcc --lang zh member import 委员.xlsx --encoding gb18030
  ! cppcc: --encoding gb18030：委员.xlsx 是 .xlsx 工作簿，其文本自带编码；读取它时请不要给 --encoding
  [2]

## Files written

An export over the database itself.

  $ cppcc --lang zh member export --out cppcc.db
  ! cppcc: 拒绝写入“cppcc.db”：它是数据库“./cppcc.db”（请另选文件）
  [73]

## Backup and restore

A backup over one already made; a restore from no file, from a file that is no database,
and from the database itself.

  $ cppcc -q db backup 备份.db && cppcc --lang zh db backup 备份.db
  ! cppcc: 备份目标“备份.db”已存在
  [73]
  $ cppcc --lang en db backup 备份.db
  ! cppcc: backup target '备份.db' already exists
  [73]
  $ cppcc --lang zh db restore 没有.db
  ! cppcc: “没有.db”处没有备份文件
  [66]
  $ cppcc --lang zh db restore 名单.csv
  ! cppcc: 备份“名单.csv”不是可读取的 SQLite 数据库（file is not a database）；未做任何恢复
  [1]
  $ cppcc --lang zh db restore cppcc.db
  ! cppcc: “cppcc.db”就是数据库本身；请指定备份文件
  [2]

A restore while another program holds the database's lock, past the wait.

  $ python3 -c "
  > import os, sqlite3, time
  > db = sqlite3.connect('cppcc.db', isolation_level=None)
  > db.execute('BEGIN EXCLUSIVE')
  > open('locked', 'w').close()
  > for _ in range(600):
  >     if os.path.exists('done'): break
  >     time.sleep(0.05)
  > " & for _ in $(seq 600); do [ -e locked ] && break; sleep 0.05; done; CPPCC_BUSY_TIMEOUT_MS=100 cppcc --lang zh db restore 备份.db; rc=$?; touch done; wait; exit $rc
  ! cppcc: 数据库正忙（另一个 cppcc 正在使用）；请稍后再试
  [75]
