#!/usr/bin/env bash
# Correctness at the edges (issue 18, points 13, 14, 17, 18):
#  1. namesakes: every kind's export of a database where two members share a name reads
#     back into a fresh database to the same members, and exports again byte for byte;
#  2. counts past 2^31: `studio show` sums them in 64 bits, as `report annual` and sqlite3;
#  3. timestamps: stored in UTC ("…Z"), so that commands run under different TZ sort in
#     real time; `history` and `show` print them in local time with the offset;
#  4. the date range: a due date the workflow computes past 2999-12-31 is refused at the
#     command (65) and in an import alike, and records at both ends of the range export
#     and import again.
#
#   bash tests/reliability/edges.sh path/to/cppcc
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh" "$1" edges
c() { hostile_env cppcc "$@"; }
expect_fail() { # NAME RC FRAGMENT ARGS...: exit RC, every stderr line "cppcc:", one holding FRAGMENT
  local name=$1 want=$2 fragment=$3 rc err
  shift 3
  err=$(c "$@" 2>&1 >/dev/null)
  rc=$?
  if [[ $rc == "$want" && $err == "cppcc: "*"$fragment"* ]] && ! grep -qv '^cppcc: ' <<<"$err"; then
    ok "$name (exit $rc: ${err%%$'\n'*})"
  else
    bad "$name: exit $rc (expected $want), stderr: $err"
  fi
}
q() { sqlite3 "$@"; }
kinds=(member unit proposal opinion studio activity article)

# --- 1. namesakes: every kind round-trips ----------------------------------------------------
mkdir a b && cd a || exit 1
printf 'code,name,sector\nW0001,张明,教育界\nW0002,李华,经济界\nW0003,王玮,科技界\nW0005,张明,经济界\nW0006,李华,教育界\n' >members.csv
{
  set -e
  c -q db init
  c -q member import members.csv
  c -q unit import "$HOSTILE_DATA/import_units.csv"
  c -q proposal add --code P2023-001 --title 关于供水的建议 --proposer W0005 \
    --cosigners 'W0001;王玮;W0006' --submitted 2023-01-10
  c -q proposal add --code P2023-002 --title 关于道路的建议 --proposer W0001 --cosigners W0005 \
    --submitted 2023-01-11
  c -q proposal file P2023-001 --date 2023-01-20
  c -q proposal assign P2023-001 --date 2023-02-01 --lead 区水利局 --joint 区住建局
  c -q opinion add --code S2023-0001 --title 关于客运的建议 --submitter W0005 --submitted 2023-04-02
  c -q opinion add --code S2023-0002 --title 关于校车的建议 --submitter W0001 --submitted 2023-04-03
  c -q opinion add --code S2023-0003 --title 关于路灯的建议 --submitter 区民盟 --submitted 2023-04-04
  c -q studio add --name 江北委员工作室 --lead W0005 --members 'W0001;W0006'
  c -q activity add --code A2023-0001 --kind 微协商 --date 2023-05-12 --title 加装电梯微协商 \
    --studio 江北委员工作室 --participants 'W0005;W0001' --excused W0006 --absent W0002
  c -q article add --code X2023-0001 --title 区政协开展民主监督 --outlet 陕西日报 --level 省 \
    --date 2023-06-02 --authors 'W0005;W0002'
  set +e
} || bad "building database A"
for k in "${kinds[@]}"; do c "$k" export --out "../A-$k.csv" || bad "export $k from A"; done
cd ../b || exit 1
# The member file's studio column names studios, which the studio file creates from the
# members: into a fresh database the members come first, without it (the studio file
# carries the membership).
printf 'columns:\n  studio: ignore\n' >no-studio.yaml
c -q db init
c -q member import ../A-member.csv --mapping no-studio.yaml || bad "import members into B"
for k in unit studio proposal opinion activity article; do
  c -q "$k" import "../A-$k.csv" || bad "import $k into B"
done
for k in "${kinds[@]}"; do
  c "$k" export --out "../B-$k.csv"
  check "namesakes: the $k export of B is byte for byte that of A" cmp -s "../A-$k.csv" "../B-$k.csv"
done
check "namesakes: the exports write the namesakes' codes" \
  grep -q '^P2023-001,.*,member,W0005,W0001;王玮;W0006,' ../A-proposal.csv
equal "namesakes: P2023-001's proposer in B is W0005" "$(q cppcc.db "SELECT m.code FROM proposals p
  JOIN members m ON m.id = p.proposer_member_id WHERE p.code = 'P2023-001'")" W0005
equal "namesakes: P2023-001's cosigners in B" "$(q cppcc.db "SELECT group_concat(m.code, ';') FROM
  (SELECT member_id FROM proposal_cosigners c JOIN proposals p ON p.id = c.proposal_id
   WHERE p.code = 'P2023-001' ORDER BY position) c JOIN members m ON m.id = c.member_id")" \
  'W0001;W0003;W0006'
equal "namesakes: P2023-002's cosigner in B" "$(q cppcc.db "SELECT m.code FROM proposal_cosigners c
  JOIN proposals p ON p.id = c.proposal_id JOIN members m ON m.id = c.member_id
  WHERE p.code = 'P2023-002'")" W0005
equal "namesakes: the opinions' submitters in B" "$(q cppcc.db "SELECT group_concat(coalesce(m.code,
  o.submitter), ';') FROM opinions o LEFT JOIN members m ON m.id = o.submitter_member_id")" \
  'W0005;W0001;区民盟'
equal "namesakes: the studio's lead and members in B" "$(q cppcc.db "SELECT m.code FROM studios s
  JOIN members m ON m.id = s.lead_member_id")/$(q cppcc.db "SELECT group_concat(m.code, ';')
  FROM (SELECT member_id FROM studio_members ORDER BY position) x JOIN members m ON m.id = x.member_id")" \
  'W0005/W0001;W0006'
equal "namesakes: the activity's attendance in B" "$(q cppcc.db "SELECT group_concat(m.code || '=' ||
  x.attendance, ';') FROM (SELECT * FROM activity_participants ORDER BY position) x
  JOIN members m ON m.id = x.member_id")" 'W0005=present;W0001=present;W0006=excused;W0002=absent'
equal "namesakes: the article's authors in B" "$(q cppcc.db "SELECT group_concat(m.code, ';')
  FROM (SELECT member_id FROM article_authors ORDER BY position) x JOIN members m
  ON m.id = x.member_id")" 'W0005;W0002'
check "namesakes: the members' studios in B (from the studio file)" \
  grep -q '^W0006,李华,.*,江北委员工作室,active' ../B-member.csv
before=$(q cppcc.db .dump | sha256sum)
for k in "${kinds[@]}"; do c -q "$k" import "../B-$k.csv" || bad "re-import $k into B"; done
equal "namesakes: re-importing B's own exports changes nothing" "$(q cppcc.db .dump | sha256sum)" "$before"

# A namesake who joins after the records were written: the next export writes codes.
cd ../a || exit 1
c -q member add --code W0007 --name 王玮
check "a later namesake: the export now writes 王玮's code" \
  grep -q '^P2023-001,.*,W0005,W0001;W0003;W0006,' <(c proposal export)

# --- 2. counts past 2^31 ---------------------------------------------------------------------
cd "$HOSTILE_WORK" && mkdir counts && cd counts || exit 1
c -q db init && c -q member import ../a/members.csv && c -q studio add --name 江北委员工作室 --lead W0003
printf 'code,kind,date,title,studio,suggestions,disputes_resolved,problems_solved\n%s\n%s\n%s\n' \
  'A2023-0001,visit,2023-05-01,走访一,江北委员工作室,2147483647,2147483647,1' \
  'A2023-0002,visit,2023-06-01,走访二,江北委员工作室,2147483647,2147483647,2' \
  'A2023-0003,micro_consultation,2023-07-01,微协商,江北委员工作室,2147483647,2000000000,3' >counts.csv
c -q activity import counts.csv || bad "import counts up to 2^31-1"
# One count past 2^32 written outside cppcc: reading it must not truncate either.
q cppcc.db "UPDATE activities SET problems_solved = 5000000000 WHERE code = 'A2023-0003'"
# The first figure called $1 in a JSON report or document.
json_figure() { grep -o "\"$1\": [0-9-]*" | head -1 | grep -o '[-0-9]*$'; }
studio=$(c --format json studio show 江北委员工作室 --year 2023)
annual=$(c --format json report annual --year 2023)
for field in suggestions disputes_resolved problems_solved; do
  sum=$(q cppcc.db "SELECT sum($field) FROM activities")
  equal "studio show sums $field past 2^31 in 64 bits, as sqlite3's sum()" \
    "$(json_figure "$field" <<<"$studio")" "$sum"
done
equal "report annual's disputes_resolved is the same figure" "$(json_figure disputes_resolved <<<"$annual")" \
  "$(json_figure disputes_resolved <<<"$studio")"
equal "report annual's studio_problems_solved is the same figure" \
  "$(json_figure studio_problems_solved <<<"$annual")" "$(json_figure problems_solved <<<"$studio")"
check "studio show prints the count past 2^32 of one activity whole" \
  grep -q '"problems_solved": 5000000000' <<<"$studio"
printf 'code,kind,date,title,suggestions\nA2023-0009,visit,2023-05-01,走访,2147483648\n' >big.csv
expect_fail "a count past 2^31-1 in an import is refused (65)" 65 "from 0 to 2147483647" \
  activity import big.csv

# --- 3. timestamps in UTC --------------------------------------------------------------------
cd "$HOSTILE_WORK" && mkdir clock && cd clock || exit 1
# The real clock (no CPPCC_CLOCK): Shanghai is 13 hours ahead of New York in March.
real() { env -u CPPCC_CLOCK TZ="$1" PATH="$HOSTILE_WORK/bin:$PATH" LANG=C.UTF-8 CPPCC_DB=./cppcc.db \
  CPPCC_TODAY=2024-03-01 USER="$2" cppcc -q "${@:3}"; }
real UTC clerk db init && real UTC clerk member import ../a/members.csv
real Asia/Shanghai shanghai proposal add --code P1 --title 关于供水的建议 --proposer 王玮 || bad "add under Shanghai"
sleep 1
real America/New_York newyork proposal file P1 || bad "file under New York"
equal "events sorted by their stored time are in real order" \
  "$(q cppcc.db "SELECT group_concat(operator, ' ') FROM (SELECT operator FROM proposal_events ORDER BY recorded_at)")" \
  "shanghai newyork"
equal "the audit log sorted by its stored time is in real order" \
  "$(q cppcc.db "SELECT group_concat(operator || ':' || action, ' ') FROM (SELECT * FROM audit_log WHERE record = 'P1' ORDER BY at)")" \
  "shanghai:add newyork:file"
equal "every stored timestamp is UTC, ISO 8601 with Z" "$(q cppcc.db "SELECT count(*) FROM (
  SELECT recorded_at t FROM proposal_events UNION ALL SELECT at FROM audit_log UNION ALL
  SELECT created_at FROM proposals UNION ALL SELECT updated_at FROM members)
  WHERE t NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'")" 0
stored=$(q cppcc.db "SELECT recorded_at FROM proposal_events WHERE action = 'add'")
shown=$(real Asia/Shanghai clerk --format csv proposal history P1 | sed -n 2p | cut -d, -f7)
equal "history shows the stored time in local time with its offset" "$shown" \
  "$(TZ=Asia/Shanghai date -d "$stored" '+%Y-%m-%d %H:%M:%S +08:00')"
equal "history lists the steps in real order" \
  "$(real America/New_York clerk --format csv proposal history P1 | cut -d, -f3,6 | tail -n +2 | tr '\n' ' ')" \
  "add,shanghai file,newyork "
real UTC clerk studio add --name 江北委员工作室 --lead W0003
check "studio show's history is in local time too (UTC-10)" grep -q '"recorded": "[-0-9]* [:0-9]* -10:00"' \
  <(real Pacific/Honolulu clerk --format json studio show 江北委员工作室)
# A database written before timestamps carried a zone: those are shown as stored.
q cppcc.db "UPDATE proposal_events SET recorded_at = '2024-02-01 08:00:00' WHERE action = 'add'"
check "an old timestamp without a zone is shown as it was stored" \
  grep -q ',2024-02-01 08:00:00,' <(real Asia/Shanghai clerk --format csv proposal history P1)
equal "CPPCC_CLOCK in the old form is local time, stored in UTC" \
  "$(c() { env TZ=Asia/Shanghai CPPCC_CLOCK='2024-03-01 09:00:00' PATH="$HOSTILE_WORK/bin:$PATH" \
    CPPCC_DB=./cppcc.db cppcc -q "$@"; }; c unit add --name 区交通局 && q cppcc.db "SELECT at FROM audit_log WHERE record = '区交通局'")" \
  2024-03-01T01:00:00Z

# --- 4. the date range ----------------------------------------------------------------------
# (Steps dated in 2999 are recorded with --as-of 2999-12-31: a step after "today" is refused.)
cd "$HOSTILE_WORK" && mkdir range && cd range || exit 1
c -q db init && c -q member import ../a/members.csv && c -q unit import "$HOSTILE_DATA/import_units.csv"
c -q proposal add --code P1 --title 关于供水的建议 --proposer 王玮 --submitted 2999-06-01
c --as-of 2999-12-31 -q proposal file P1 --date 2999-06-02
sum_before=$(q cppcc.db .dump | sha256sum)
expect_fail "an assignment whose due date would pass 2999-12-31 is refused (65)" 65 \
  "would be 3000-01-15, outside the dates cppcc keeps (1900-01-01 to 2999-12-31)" \
  --as-of 2999-12-31 proposal assign P1 --date 2999-10-15 --lead 区水利局
equal "... and changes nothing" "$(q cppcc.db .dump | sha256sum)" "$sum_before"
c --as-of 2999-12-31 -q proposal assign P1 --date 2999-09-30 --lead 区水利局 || bad "assign with due 2999-12-30"
c --as-of 2999-12-31 -q proposal reply P1 --date 2999-12-01 --result B || bad "reply near the end"
expect_fail "rehandling whose new due date would pass the range is refused (65)" 65 \
  "the new due date, 3 months after 2999-12-02" \
  --as-of 2999-12-31 proposal feedback P1 --date 2999-12-02 --satisfaction unsatisfied --contact phone
expect_fail "a command date past the range is refused (65)" 65 \
  "'3000-01-01' (cppcc keeps dates from 1900-01-01 to 2999-12-31)" \
  proposal add --title 关于路灯的建议 --proposer 王玮 --submitted 3000-01-01
printf 'code,title,proposer,submitted,status,filed,assigned,lead_units\nP2,关于路灯的建议,王玮,2999-06-01,assigned,2999-06-02,2999-10-15,区水利局\n' >late.csv
expect_fail "an import row whose computed due date would pass the range is refused alike (65)" 65 \
  "late.csv:2: column 'assigned'" proposal import late.csv
printf 'code,title,proposer,submitted\nP3,关于路灯的建议,王玮,3000-01-01\n' >late2.csv
expect_fail "an import date past the range is refused alike (65)" 65 \
  "late2.csv:2: column 'submitted': cannot read date '3000-01-01' (cppcc keeps dates from 1900-01-01" \
  proposal import late2.csv
printf 'code,title,proposer,submitted\nP4,关于路灯的建议,王玮,1899-12-31\n' >early.csv
expect_fail "an import date before the range is refused (65)" 65 "'1899-12-31' (cppcc keeps dates" \
  proposal import early.csv
# The lower end: a proposal handled in 1900.
c -q proposal add --code P0 --title 关于旧城的建议 --proposer 王玮 --submitted 1900-01-01 &&
  c -q proposal file P0 --date 1900-01-01 && c -q proposal assign P0 --date 1900-01-02 --lead 区住建局 &&
  c -q proposal reply P0 --date 1900-02-01 --result A || bad "a proposal handled in 1900"
c proposal export --out ../range-A.csv
mkdir ../range-b && cd ../range-b || exit 1
c -q db init && c -q member import ../a/members.csv && c -q unit import "$HOSTILE_DATA/import_units.csv"
check "the proposals at both ends of the range import into a fresh database" \
  c -q proposal import ../range-A.csv
c proposal export --out ../range-B.csv
check "... and export again byte for byte" cmp -s ../range-A.csv ../range-B.csv
check "... with their dates (due 2999-12-30, assigned 1900-01-02)" \
  grep -q ',2999-09-30,2999-12-30,' ../range-B.csv

checks_finish "edge"
