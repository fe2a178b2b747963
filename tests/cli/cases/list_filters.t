The filters of `proposal list` (docs/domain.md §6): --year, --status, --unit, --category,
--sector, --overdue with --as-of, and --search for Chinese words of any length; then
`member list --sector/--role` and `unit list`.

## The records

Members from several sectors; two are publicity officers, one has left.

  $ cppcc -q db init
  $ cppcc -q member add --code W001 --name 张明 --gender male --party 民盟 --sector 教育界 --roles publicity_officer
  $ cppcc -q member add --code W002 --name 李华 --gender female --party 民建 --sector 经济界
  $ cppcc -q member add --code W003 --name 王芳 --gender female --party 九三学社 --sector 医药卫生界 --roles '特约宣传信息员；联络员'
  $ cppcc -q member add --code W004 --name 赵磊 --gender male --party 农工党 --sector 农业界
  $ cppcc -q member add --code W005 --name 陈静 --gender female --party 民进 --sector 教育界 --status left --left-on 2023-01-15

Handling units of several kinds.

  $ cppcc -q unit add --name 区水利局 --kind government --contact 李强 --phone 0915-3200000
  $ cppcc -q unit add --name 区住建局 --kind government --contact 陈刚
  $ cppcc -q unit add --name 区民政局 --kind government
  $ cppcc -q unit add --name 区教体局 --kind 政府部门
  $ cppcc -q unit add --name 汉滨区人民法院 --kind court

2023 proposals. P2023-001 is concluded; P2023-002 was assigned on 2023-10-31 (due
2024-01-31), P2023-003 on 2023-11-30 (due 2024-02-29, the month's last day);
P2023-004 was not filed. The word 供水 is in P2023-002's body, not its title.

  $ cppcc -q proposal add --code P2023-001 --title 关于加强城区供水管网改造的建议 --proposer 张明 --category 社会建设 --submitted 2023-02-15 --body 城区管网老化，漏损严重。
  $ cppcc -q proposal file P2023-001 --date 2023-02-24
  $ cppcc -q proposal assign P2023-001 --lead 区水利局 --joint 区住建局 --date 2023-03-06
  $ cppcc -q proposal reply P2023-001 --unit 区水利局 --result A --date 2023-05-20
  $ cppcc -q proposal feedback P2023-001 --contact visit --satisfaction satisfied --date 2023-06-01
  $ cppcc -q proposal add --code P2023-002 --title 关于保障农村饮水安全的建议 --proposer 赵磊 --category 生态文明建设 --submitted 2023-02-16 --body 建议推进农村供水管网向偏远村组延伸。
  $ cppcc -q proposal file P2023-002 --date 2023-02-24
  $ cppcc -q proposal assign P2023-002 --lead 区水利局 --date 2023-10-31
  $ cppcc -q proposal add --code P2023-003 --title 关于完善社区养老服务供给的建议 --proposer 王芳 --category 社会建设 --submitted 2023-02-17
  $ cppcc -q proposal file P2023-003 --date 2023-02-24
  $ cppcc -q proposal assign P2023-003 --lead 区民政局 --date 2023-11-30
  $ cppcc -q proposal add --code P2023-004 --title 关于城区二次供水设施改造的建议 --proposer 李华 --category 经济建设 --submitted 2023-02-18
  $ cppcc -q proposal reject P2023-004 --reason duplicate --date 2023-02-24

2024 proposals. P2024-003 was assigned to 区住建局, which returned it; it is now with
区教体局.

  $ cppcc -q proposal add --code P2024-001 --title 关于推进教育集团化办学的建议 --proposer 张明 --category 文化建设 --submitted 2024-01-15
  $ cppcc -q proposal add --code P2024-002 --title 关于加强中小学生心理健康教育的建议 --proposer W005 --category 社会建设 --submitted 2024-01-16 --body 学校心理健康服务供给不足。
  $ cppcc -q proposal file P2024-002 --date 2024-01-20
  $ cppcc -q proposal assign P2024-002 --lead 区教体局 --date 2024-01-25
  $ cppcc -q proposal add --code P2024-003 --title 关于规范校外培训机构管理的建议 --proposer 李华 --category 社会建设 --submitted 2024-01-17
  $ cppcc -q proposal file P2024-003 --date 2024-01-20
  $ cppcc -q proposal assign P2024-003 --lead 区住建局 --date 2024-01-25
  $ cppcc -q proposal return P2024-003 --unit 区住建局 --reason 不属于本单位职责 --date 2024-02-01
  $ cppcc -q proposal assign P2024-003 --lead 区教体局 --date 2024-02-05

Everything, as of today (2024-03-01).

  $ cppcc proposal list --format table
  code       title                               proposer  category                 submitted   status     filing no  lead units  due         result  overdue
  ---------  ----------------------------------  --------  -----------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议      张明      social development       2023-02-15  concluded          1  区水利局    2023-06-06  A
  P2023-002  关于保障农村饮水安全的建议          赵磊      ecological civilisation  2023-02-16  assigned           2  区水利局    2024-01-31          yes
  P2023-003  关于完善社区养老服务供给的建议      王芳      social development       2023-02-17  assigned           3  区民政局    2024-02-29          yes
  P2023-004  关于城区二次供水设施改造的建议      李华      economic development     2023-02-18  not filed
  P2024-001  关于推进教育集团化办学的建议        张明      cultural development     2024-01-15  submitted
  P2024-002  关于加强中小学生心理健康教育的建议  陈静      social development       2024-01-16  assigned           4  区教体局    2024-04-25
  P2024-003  关于规范校外培训机构管理的建议      李华      social development       2024-01-17  assigned           5  区教体局    2024-05-05

## --year: the year of submission

  $ cppcc proposal list --year 2024 --format table
  code       title                               proposer  category              submitted   status     filing no  lead units  due         result  overdue
  ---------  ----------------------------------  --------  --------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2024-001  关于推进教育集团化办学的建议        张明      cultural development  2024-01-15  submitted
  P2024-002  关于加强中小学生心理健康教育的建议  陈静      social development    2024-01-16  assigned           4  区教体局    2024-04-25
  P2024-003  关于规范校外培训机构管理的建议      李华      social development    2024-01-17  assigned           5  区教体局    2024-05-05

## --status: by identifier, or by label in either language

  $ cppcc proposal list --status assigned --format table
  code       title                               proposer  category                 submitted   status    filing no  lead units  due         result  overdue
  ---------  ----------------------------------  --------  -----------------------  ----------  --------  ---------  ----------  ----------  ------  -------
  P2023-002  关于保障农村饮水安全的建议          赵磊      ecological civilisation  2023-02-16  assigned          2  区水利局    2024-01-31          yes
  P2023-003  关于完善社区养老服务供给的建议      王芳      social development       2023-02-17  assigned          3  区民政局    2024-02-29          yes
  P2024-002  关于加强中小学生心理健康教育的建议  陈静      social development       2024-01-16  assigned          4  区教体局    2024-04-25
  P2024-003  关于规范校外培训机构管理的建议      李华      social development       2024-01-17  assigned          5  区教体局    2024-05-05
  $ cppcc proposal list --status 办理中 --format table
  code       title                               proposer  category                 submitted   status    filing no  lead units  due         result  overdue
  ---------  ----------------------------------  --------  -----------------------  ----------  --------  ---------  ----------  ----------  ------  -------
  P2023-002  关于保障农村饮水安全的建议          赵磊      ecological civilisation  2023-02-16  assigned          2  区水利局    2024-01-31          yes
  P2023-003  关于完善社区养老服务供给的建议      王芳      social development       2023-02-17  assigned          3  区民政局    2024-02-29          yes
  P2024-002  关于加强中小学生心理健康教育的建议  陈静      social development       2024-01-16  assigned          4  区教体局    2024-04-25
  P2024-003  关于规范校外培训机构管理的建议      李华      social development       2024-01-17  assigned          5  区教体局    2024-05-05
  $ cppcc proposal list --status 'not filed' --format table
  code       title                           proposer  category              submitted   status     filing no  lead units  due  result  overdue
  ---------  ------------------------------  --------  --------------------  ----------  ---------  ---------  ----------  ---  ------  -------
  P2023-004  关于城区二次供水设施改造的建议  李华      economic development  2023-02-18  not filed
  $ cppcc proposal list --status 已办结 --format table
  code       title                           proposer  category            submitted   status     filing no  lead units  due         result  overdue
  ---------  ------------------------------  --------  ------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议  张明      social development  2023-02-15  concluded          1  区水利局    2023-06-06  A

An unknown state is refused, with the near miss.

  $ cppcc proposal list --status asigned
  ! cppcc: unknown state 'asigned' (did you mean 'assigned'?)
  [65]

Filters combine.

  $ cppcc proposal list --year 2024 --status assigned --format table
  code       title                               proposer  category            submitted   status    filing no  lead units  due         result  overdue
  ---------  ----------------------------------  --------  ------------------  ----------  --------  ---------  ----------  ----------  ------  -------
  P2024-002  关于加强中小学生心理健康教育的建议  陈静      social development  2024-01-16  assigned          4  区教体局    2024-04-25
  P2024-003  关于规范校外培训机构管理的建议      李华      social development  2024-01-17  assigned          5  区教体局    2024-05-05

## --unit: proposals a unit handles, as lead or joint unit

  $ cppcc proposal list --unit 区水利局 --format table
  code       title                           proposer  category                 submitted   status     filing no  lead units  due         result  overdue
  ---------  ------------------------------  --------  -----------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议  张明      social development       2023-02-15  concluded          1  区水利局    2023-06-06  A
  P2023-002  关于保障农村饮水安全的建议      赵磊      ecological civilisation  2023-02-16  assigned           2  区水利局    2024-01-31          yes
  $ cppcc proposal list --unit 区教体局 --format table
  code       title                               proposer  category            submitted   status    filing no  lead units  due         result  overdue
  ---------  ----------------------------------  --------  ------------------  ----------  --------  ---------  ----------  ----------  ------  -------
  P2024-002  关于加强中小学生心理健康教育的建议  陈静      social development  2024-01-16  assigned          4  区教体局    2024-04-25
  P2024-003  关于规范校外培训机构管理的建议      李华      social development  2024-01-17  assigned          5  区教体局    2024-05-05

区住建局 is joint unit of P2023-001; it returned P2024-003, which is not its business.

  $ cppcc proposal list --unit 区住建局 --format table
  code       title                           proposer  category            submitted   status     filing no  lead units  due         result  overdue
  ---------  ------------------------------  --------  ------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议  张明      social development  2023-02-15  concluded          1  区水利局    2023-06-06  A

An unknown unit is an error with the near miss, not an empty list.

  $ cppcc proposal list --unit 区水务局
  ! cppcc: no unit '区水务局' (did you mean '区水利局'?)
  [65]

## --category, by Chinese label or identifier

  $ cppcc proposal list --category 社会建设 --format table
  code       title                               proposer  category            submitted   status     filing no  lead units  due         result  overdue
  ---------  ----------------------------------  --------  ------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议      张明      social development  2023-02-15  concluded          1  区水利局    2023-06-06  A
  P2023-003  关于完善社区养老服务供给的建议      王芳      social development  2023-02-17  assigned           3  区民政局    2024-02-29          yes
  P2024-002  关于加强中小学生心理健康教育的建议  陈静      social development  2024-01-16  assigned           4  区教体局    2024-04-25
  P2024-003  关于规范校外培训机构管理的建议      李华      social development  2024-01-17  assigned           5  区教体局    2024-05-05
  $ cppcc proposal list --category ecology --format table
  code       title                       proposer  category                 submitted   status    filing no  lead units  due         result  overdue
  ---------  --------------------------  --------  -----------------------  ----------  --------  ---------  ----------  ----------  ------  -------
  P2023-002  关于保障农村饮水安全的建议  赵磊      ecological civilisation  2023-02-16  assigned          2  区水利局    2024-01-31          yes

## --sector: the lead proposer's sector

  $ cppcc proposal list --sector 教育界 --format table
  code       title                               proposer  category              submitted   status     filing no  lead units  due         result  overdue
  ---------  ----------------------------------  --------  --------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议      张明      social development    2023-02-15  concluded          1  区水利局    2023-06-06  A
  P2024-001  关于推进教育集团化办学的建议        张明      cultural development  2024-01-15  submitted
  P2024-002  关于加强中小学生心理健康教育的建议  陈静      social development    2024-01-16  assigned           4  区教体局    2024-04-25

## --overdue --as-of: assigned, not replied, past the due date

On its due date a proposal is not overdue; the next day, in the next month, it is.

  $ cppcc proposal list --overdue --as-of 2024-01-31 --format table
  code  title  proposer  category  submitted  status  filing no  lead units  due  result  overdue
  ----  -----  --------  --------  ---------  ------  ---------  ----------  ---  ------  -------
  $ cppcc proposal list --overdue --as-of 2024-02-01 --format table
  code       title                       proposer  category                 submitted   status    filing no  lead units  due         result  overdue
  ---------  --------------------------  --------  -----------------------  ----------  --------  ---------  ----------  ----------  ------  -------
  P2023-002  关于保障农村饮水安全的建议  赵磊      ecological civilisation  2023-02-16  assigned          2  区水利局    2024-01-31          yes
  $ cppcc proposal list --overdue --as-of 2024-02-29 --format table
  code       title                       proposer  category                 submitted   status    filing no  lead units  due         result  overdue
  ---------  --------------------------  --------  -----------------------  ----------  --------  ---------  ----------  ----------  ------  -------
  P2023-002  关于保障农村饮水安全的建议  赵磊      ecological civilisation  2023-02-16  assigned          2  区水利局    2024-01-31          yes
  $ cppcc proposal list --overdue --as-of 2024-03-01 --format table
  code       title                           proposer  category                 submitted   status    filing no  lead units  due         result  overdue
  ---------  ------------------------------  --------  -----------------------  ----------  --------  ---------  ----------  ----------  ------  -------
  P2023-002  关于保障农村饮水安全的建议      赵磊      ecological civilisation  2023-02-16  assigned          2  区水利局    2024-01-31          yes
  P2023-003  关于完善社区养老服务供给的建议  王芳      social development       2023-02-17  assigned          3  区民政局    2024-02-29          yes

Without --as-of, today counts (2024-03-01).

  $ cppcc proposal list --overdue --format table
  code       title                           proposer  category                 submitted   status    filing no  lead units  due         result  overdue
  ---------  ------------------------------  --------  -----------------------  ----------  --------  ---------  ----------  ----------  ------  -------
  P2023-002  关于保障农村饮水安全的建议      赵磊      ecological civilisation  2023-02-16  assigned          2  区水利局    2024-01-31          yes
  P2023-003  关于完善社区养老服务供给的建议  王芳      social development       2023-02-17  assigned          3  区民政局    2024-02-29          yes

## --search: words in title or body, of any length

One character: 供 is in five titles or bodies (供水, 供给).

  $ cppcc proposal list --search 供 --format table
  code       title                               proposer  category                 submitted   status     filing no  lead units  due         result  overdue
  ---------  ----------------------------------  --------  -----------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议      张明      social development       2023-02-15  concluded          1  区水利局    2023-06-06  A
  P2023-002  关于保障农村饮水安全的建议          赵磊      ecological civilisation  2023-02-16  assigned           2  区水利局    2024-01-31          yes
  P2023-003  关于完善社区养老服务供给的建议      王芳      social development       2023-02-17  assigned           3  区民政局    2024-02-29          yes
  P2023-004  关于城区二次供水设施改造的建议      李华      economic development     2023-02-18  not filed
  P2024-002  关于加强中小学生心理健康教育的建议  陈静      social development       2024-01-16  assigned           4  区教体局    2024-04-25

Two characters: 供水, in two titles and in P2023-002's body.

  $ cppcc proposal list --search 供水 --format table
  code       title                           proposer  category                 submitted   status     filing no  lead units  due         result  overdue
  ---------  ------------------------------  --------  -----------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议  张明      social development       2023-02-15  concluded          1  区水利局    2023-06-06  A
  P2023-002  关于保障农村饮水安全的建议      赵磊      ecological civilisation  2023-02-16  assigned           2  区水利局    2024-01-31          yes
  P2023-004  关于城区二次供水设施改造的建议  李华      economic development     2023-02-18  not filed

Four characters: 供水管网, in P2023-001's title and P2023-002's body.

  $ cppcc proposal list --search 供水管网 --format table
  code       title                           proposer  category                 submitted   status     filing no  lead units  due         result  overdue
  ---------  ------------------------------  --------  -----------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议  张明      social development       2023-02-15  concluded          1  区水利局    2023-06-06  A
  P2023-002  关于保障农村饮水安全的建议      赵磊      ecological civilisation  2023-02-16  assigned           2  区水利局    2024-01-31          yes

Three characters, and two words (both must match).

  $ cppcc proposal list --search 养老服 --format table
  code       title                           proposer  category            submitted   status    filing no  lead units  due         result  overdue
  ---------  ------------------------------  --------  ------------------  ----------  --------  ---------  ----------  ----------  ------  -------
  P2023-003  关于完善社区养老服务供给的建议  王芳      social development  2023-02-17  assigned          3  区民政局    2024-02-29          yes
  $ cppcc proposal list --search '供水 改造' --format table
  code       title                           proposer  category              submitted   status     filing no  lead units  due         result  overdue
  ---------  ------------------------------  --------  --------------------  ----------  ---------  ---------  ----------  ----------  ------  -------
  P2023-001  关于加强城区供水管网改造的建议  张明      social development    2023-02-15  concluded          1  区水利局    2023-06-06  A
  P2023-004  关于城区二次供水设施改造的建议  李华      economic development  2023-02-18  not filed

No match: an empty list, not an error.

  $ cppcc proposal list --search 垃圾分类 --format table
  code  title  proposer  category  submitted  status  filing no  lead units  due  result  overdue
  ----  -----  --------  --------  ---------  ------  ---------  ----------  ---  ------  -------

## member list

  $ cppcc member list --format table
  code  name  gender  ethnicity  party           sector               workplace  post  phone  term  standing  roles                      status
  ----  ----  ------  ---------  --------------  -------------------  ---------  ----  -----  ----  --------  -------------------------  ------
  W001  张明  male               CDL             education                                      16  no        publicity officer          active
  W002  李华  female             CNDCA           economics                                      16  no                                   active
  W003  王芳  female             Jiusan Society  medicine and health                            16  no        liaison;publicity officer  active
  W004  赵磊  male               CPWDP           agriculture                                    16  no                                   active
  W005  陈静  female             CAPD            education                                      16  no                                   left
  $ cppcc member list --sector 教育界 --format table
  code  name  gender  ethnicity  party  sector     workplace  post  phone  term  standing  roles              status
  ----  ----  ------  ---------  -----  ---------  ---------  ----  -----  ----  --------  -----------------  ------
  W001  张明  male               CDL    education                            16  no        publicity officer  active
  W005  陈静  female             CAPD   education                            16  no                           left
  $ cppcc member list --role publicity_officer --format table
  code  name  gender  ethnicity  party           sector               workplace  post  phone  term  standing  roles                      status
  ----  ----  ------  ---------  --------------  -------------------  ---------  ----  -----  ----  --------  -------------------------  ------
  W001  张明  male               CDL             education                                      16  no        publicity officer          active
  W003  王芳  female             Jiusan Society  medicine and health                            16  no        liaison;publicity officer  active
  $ cppcc member list --role 联络员 --format table
  code  name  gender  ethnicity  party           sector               workplace  post  phone  term  standing  roles                      status
  ----  ----  ------  ---------  --------------  -------------------  ---------  ----  -----  ----  --------  -------------------------  ------
  W003  王芳  female             Jiusan Society  medicine and health                            16  no        liaison;publicity officer  active

## unit list

  $ cppcc unit list --format table
  name            kind                   contact  phone
  --------------  ---------------------  -------  ------------
  区住建局        government department  陈刚
  区教体局        government department
  区民政局        government department
  区水利局        government department  李强     0915-3200000
  汉滨区人民法院  court
  $ cppcc unit list --kind court --format table
  name            kind   contact  phone
  --------------  -----  -------  -----
  汉滨区人民法院  court
