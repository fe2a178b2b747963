An .xlsx export reads back unchanged (issue 19, point 3): the sample year is exported
kind by kind as .xlsx, imported into a fresh database, and exported again as CSV; each
CSV is the CSV export of the original, byte for byte.

  $ cp -r $DATA/../../samples/2023 sample && cp sample/cppcc.yaml . && cppcc -q db init
  $ for f in unit:承办单位 member:委员名册 studio:委员工作室 proposal:提案台账 opinion:社情民意信息 \
  >     activity:履职活动 article:宣传信息; do
  >   cppcc -q ${f%%:*} import sample/${f#*:}.* || echo "${f%%:*}: import failed"
  > done

Members name studios and studios members: the members go in first without their studio.

  $ cppcc -q --db fresh.db db init && printf 'columns:\n  工作室: ignore\n' > 无工作室.yaml
  $ for kind in unit member studio proposal opinion activity article; do
  >   cppcc $kind export --format xlsx --out $kind.xlsx || echo "$kind: export failed"
  > done
  $ cppcc --db fresh.db -q unit import unit.xlsx && cppcc --db fresh.db -q member import --mapping 无工作室.yaml member.xlsx
  $ for kind in studio member proposal opinion activity article unit; do
  >   cppcc --db fresh.db -q $kind import $kind.xlsx &&
  >   cppcc $kind export > $kind.csv &&
  >   cppcc --db fresh.db $kind export > $kind.again.csv &&
  >   cmp $kind.csv $kind.again.csv && echo "$kind: the same"
  > done
  studio: the same
  member: the same
  proposal: the same
  opinion: the same
  activity: the same
  article: the same
  unit: the same

Importing the workbook again into the database it came from changes nothing:

  $ for kind in unit member studio proposal opinion activity article; do
  >   cppcc $kind import $kind.xlsx | sed -E 's/\([0-9.]+ s\)/(… s)/'
  > done
  unit: 32 rows: 0 inserted, 0 updated, 32 unchanged, 0 rejected (… s); read as xlsx sheet '承办单位'
  member: 230 rows: 0 inserted, 0 updated, 230 unchanged, 0 rejected (… s); read as xlsx sheet '委员'
  studio: 16 rows: 0 inserted, 0 updated, 16 unchanged, 0 rejected (… s); read as xlsx sheet '委员工作室'
  proposal: 437 rows: 0 inserted, 0 updated, 437 unchanged, 0 rejected (… s); read as xlsx sheet '提案'
  opinion: 87 rows: 0 inserted, 0 updated, 87 unchanged, 0 rejected (… s); read as xlsx sheet '社情民意信息'; 3 submitters kept as text, not members: 民进汉江区支部, 区工商联, 江北街道居民郑秀梅
  activity: 460 rows: 0 inserted, 0 updated, 460 unchanged, 0 rejected (… s); read as xlsx sheet '履职活动'
  article: 859 rows: 0 inserted, 0 updated, 859 unchanged, 0 rejected (… s); read as xlsx sheet '宣传信息'
