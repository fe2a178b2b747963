#!/usr/bin/env bash
# Makes the synthetic county databases the roll-up's goldens read (tests/cli/cases/
# rollup_reports.t), each through the real binary (`cppcc` on PATH), in DIR:
#
#   make-counties.sh DIR
#
#   north/cppcc.db  北川县政协 — the import fixtures' year 2023 (tests/data/import_*.csv)
#   south/cppcc.db  南山县政协 — the same members and units, proposals of its own: handled,
#                   concluded, one overdue on 2024-03-01 and one falling due after it
#   west/cppcc.db   西岭县政协 — the fixtures' 2023, then two more proposals assigned late in
#                   2023, overdue on 2024-03-01, and one waiting for review
#   old/cppcc.db    西岭县政协 again, its schema put back one version (the two tables of
#                   the last migration dropped and user_version lowered, as
#                   tests/reliability/database_files.sh fakes an older schema)
#   gone/cppcc.db   nothing: a path named but missing
#   counties.txt    a list file naming north, south and west (comments, a blank line,
#                   relative paths)
# Each directory has the cppcc.yaml that names its committee (committee.name, name_en).
set -euo pipefail
dir=$1
data=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dir"
cd "$dir"

county() { # DIR NAME NAME_EN
  mkdir -p "$1"
  printf 'committee:\n  name: %s\n  name_en: %s\n' "$2" "$3" > "$1/cppcc.yaml"
  CPPCC_DB=$1/cppcc.db cppcc -q --config "$1/cppcc.yaml" db init
  c() { CPPCC_DB=$1/cppcc.db cppcc -q --config "$1/cppcc.yaml" "${@:2}"; }
  c "$1" member import "$data/import_members.csv"
  c "$1" unit import "$data/import_units.csv"
}
in_county() { local d=$1; shift; CPPCC_DB=$d/cppcc.db cppcc -q --config "$d/cppcc.yaml" "$@"; }

county north 北川县政协 "Beichuan County CPPCC"
in_county north proposal import "$data/import_proposals_2023.csv"

county south 南山县政协 "Nanshan County CPPCC"
s() { in_county south "$@"; }
add() { s proposal add --code "$1" --title "$2" --proposer "$3" --category "$4" --submitted "$5"; }
add S2023-001 关于建设社区图书室的建议 张明 文化建设 2023-01-10
s proposal file S2023-001 --date 2023-01-20
s proposal assign S2023-001 --lead 区教体局 --date 2023-02-01
s proposal reply S2023-001 --unit 区教体局 --result A --date 2023-03-15
s proposal feedback S2023-001 --contact visit --satisfaction satisfied --date 2023-03-25
add S2023-002 关于治理河道污染的建议 李华 生态文明建设 2023-01-11
s proposal file S2023-002 --date 2023-01-20
s proposal assign S2023-002 --lead 区水利局 --joint 区城管局 --date 2023-02-01
s proposal reply S2023-002 --unit 区水利局 --result B --date 2023-06-30
s proposal feedback S2023-002 --contact phone --satisfaction basic --date 2023-07-10
add S2023-003 关于老旧小区加装电梯的建议 王玮 社会建设 2023-09-05
s proposal file S2023-003 --date 2023-09-10
s proposal assign S2023-003 --lead 区住建局 --date 2023-11-01
add S2023-004 关于扶持乡村电商的建议 陈𬀩 经济建设 2023-12-01
s proposal file S2023-004 --date 2023-12-05
s proposal assign S2023-004 --lead 区城管局 --date 2023-12-08

county west 西岭县政协 "Xiling County CPPCC"
w() { in_county west "$@"; }
w proposal import "$data/import_proposals_2023.csv"
w proposal add --code W2023-101 --title 关于改造农村公路的建议 --proposer 李华 --category 经济建设 --submitted 2023-10-12
w proposal file W2023-101 --date 2023-10-20
w proposal assign W2023-101 --lead 区住建局 --joint 区水利局 --date 2023-10-25
w proposal add --code W2023-102 --title 关于建设智慧农贸市场的建议 --proposer 张明 --category 经济建设 --submitted 2023-11-02
w proposal file W2023-102 --date 2023-11-06
w proposal assign W2023-102 --lead 区住建局 --date 2023-11-08
w proposal add --code W2024-001 --title 关于增加公共停车位的建议 --proposer 王玮 --category 社会建设 --submitted 2024-02-01

mkdir -p old
cp west/cppcc.yaml old/
cp west/cppcc.db old/cppcc.db
/usr/bin/python3 - old/cppcc.db <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
latest = c.execute("PRAGMA user_version").fetchone()[0]
c.executescript("DROP TABLE proposal_signatures; DROP TABLE signature_method;"
                f"PRAGMA user_version = {latest - 1};")
c.commit()
PY

cat > counties.txt <<'LIST'
# the counties of the city, one database a line (relative to this file)
north/cppcc.db

south/cppcc.db
  west/cppcc.db
LIST
