A clerk on a Chinese system (LANG=zh_CN.UTF-8, no --lang) meets the command line's own
errors, the database's, an import's, the workflow's and a correction's: every line on
standard error is Chinese (issue 20 part 6). The last command checks it: the lines of
stderr.txt with no character outside ASCII are none.

  $ LANG=zh_CN.UTF-8 cppcc proposal list 2>>stderr.txt
  [66]
  $ LANG=zh_CN.UTF-8 cppcc db init
  已创建数据库./cppcc.db（数据库结构版本11）
  $ LANG=zh_CN.UTF-8 cppcc -q unit add --name 区水利局 && LANG=zh_CN.UTF-8 cppcc -q member add --code W001 --name 张明
  $ LANG=zh_CN.UTF-8 cppcc -q proposal add --code P1 --title 关于加强城区供水管网改造的建议 --proposer 张明 --submitted 2024-01-10
  $ LANG=zh_CN.UTF-8 cppcc 2>>stderr.txt
  [2]
  $ LANG=zh_CN.UTF-8 cppcc proposal fiel P1 2>>stderr.txt
  [2]
  $ LANG=zh_CN.UTF-8 cppcc proposal file P1 --dat 2024-01-20 2>>stderr.txt
  [2]
  $ LANG=zh_CN.UTF-8 cppcc proposal file 2>>stderr.txt
  [2]
  $ LANG=zh_CN.UTF-8 cppcc report annual --year 二〇二四 2>>stderr.txt
  [2]
  $ LANG=zh_CN.UTF-8 cppcc --format odt report annual 2>>stderr.txt
  [2]
  $ LANG=zh_CN.UTF-8 cppcc report monthly --month 2024-13 2>>stderr.txt
  [2]
  $ LANG=zh_CN.UTF-8 cppcc proposal file P1 --date 2024-01-20
  P1：待审查 → 已立案（立案号1）
  $ LANG=zh_CN.UTF-8 cppcc proposal file P1 --date 2024-01-21 2>>stderr.txt
  [3]
  $ LANG=zh_CN.UTF-8 cppcc proposal assign P1 --lead 区水力局 --date 2024-01-25 2>>stderr.txt
  [65]
  $ LANG=zh_CN.UTF-8 cppcc proposal assign P1 --lead 区水利局 --date 2099-01-25 2>>stderr.txt
  [65]
  $ LANG=zh_CN.UTF-8 cppcc proposal amend P1 --event 9 --date 2024-01-19 2>>stderr.txt
  [65]
  $ printf '提案号,标题,提案人,提交日期,立案日期\nP2,关于老旧小区加装电梯的建议,张明,2024-01-12,2024-02-30\n' > 提案.csv
  $ LANG=zh_CN.UTF-8 cppcc proposal import 提案.csv 2>>stderr.txt
  [65]
  $ LANG=zh_CN.UTF-8 cppcc unit import 不存在.csv 2>>stderr.txt
  [66]
  $ LANG=zh_CN.UTF-8 cppcc member show W009 2>>stderr.txt
  [65]
  $ cat stderr.txt
  cppcc: “./cppcc.db”处没有数据库；请用“cppcc db init”新建，或用 --db PATH 指定
  cppcc: “cppcc”后面要跟一个命令：db、config、member、unit、proposal、opinion、studio、activity、article、report、remind、rollup、help（见 --help）
  cppcc: “cppcc proposal”没有“fiel”这个命令（是否指“file”？）
  cppcc: “cppcc proposal file”没有选项“--dat”（是否指“--date”？）
  cppcc: 缺少CODE（见 --help）
  cppcc: --year：“二〇二四”不在1900到2999之间（见 --help）
  cppcc: --format：“odt”不是可用的取值（可用：table,csv,md,json,xlsx,docx,html,pdf）（见 --help）
  cppcc: --month “2024-13”不是月份（应为 2023-06、2023-6 或 2023年6月 这样的写法）
  cppcc: 提案P1目前状态为“已立案”，不能进行“立案”（可进行：交办、重点提案）
  cppcc: 没有承办单位“区水力局”（是否指“区水利局”？）
  cppcc: --date 2099-01-25晚于今天（2024-03-01）：办理环节发生后才能记录；请核对日期，或加 --allow-future
  cppcc: 提案P1没有第9步可更正（见“cppcc proposal history P1”）
  cppcc: 提案.csv第2行：列“立案日期”：无法识别日期“2024-02-30”（应为 2023-03-05 或 2023年3月5日 这样的日期）
  cppcc: 共1行，其中1行有误；未写入任何数据（请改正后重新导入，或用 --skip-invalid --rejects FILE 只写入正确的行）
  cppcc: 无法读取“不存在.csv”：文件或目录不存在
  cppcc: 没有委员“W009”（是否指“W001”？）
  $ grep -c -v -P '[^\x00-\x7F]' stderr.txt
  0
  [1]
