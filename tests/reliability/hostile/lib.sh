# Shared by tests/reliability/hostile_inputs.sh and files_permissions.sh. Sourced, not run.
# Expects $CPPCC_BIN (absolute path of the binary) and $HOSTILE_WORK (a scratch directory).

# Runs cppcc (or any command using it) in the fixed environment of the end-to-end cases:
# English labels, a fixed today, ./cppcc.db, `cppcc` on PATH.
hostile_env() {
  env -i PATH="$HOSTILE_WORK/bin:/usr/local/bin:/usr/bin:/bin" HOME="$HOSTILE_WORK" USER=clerk \
    LANG=C.UTF-8 TZ=UTC CPPCC_DB=./cppcc.db CPPCC_TODAY=2024-03-01 \
    CPPCC_CLOCK='2024-03-01 09:00:00' HOSTILE_LIB="$HOSTILE_LIB" CPPCC_BIN="$CPPCC_BIN" \
    HOSTILE_DATA="$HOSTILE_DATA" "$@"
}

hostile_setup_bin() {
  mkdir -p "$HOSTILE_WORK/bin"
  echo '{}' >"$HOSTILE_WORK/neutral.yaml"
  ln -sf "$CPPCC_BIN" "$HOSTILE_WORK/bin/cppcc"
}

# A database with a little of every kind: members, units, proposals in several states
# (from the end-to-end data), an opinion, a studio, an activity and an article.
hostile_baseline() {
  set -e
  cppcc -q db init
  cppcc -q member import "$HOSTILE_DATA/import_members.csv"
  cppcc -q unit import "$HOSTILE_DATA/import_units.csv"
  cppcc -q proposal import "$HOSTILE_DATA/import_proposals_2023.csv"
  cppcc -q opinion add --code S2023-0001 --title 关于农村客运班线的建议 --submitter 张明 \
    --submitted 2023-04-02
  cppcc -q studio add --name 江北委员工作室 --lead 张明 --members '李华;王玮'
  cppcc -q activity add --code A2023-0001 --kind 微协商 --date 2023-05-12 \
    --title 加装电梯微协商 --studio 江北委员工作室 --participants '张明;李华' --suggestions 4
  cppcc -q article add --code X2023-0001 --title 区政协开展民主监督 --outlet 陕西日报 \
    --level 省 --date 2023-06-02 --authors 张明
  set +e
}

# What a command could have changed, cheaply: the row counts of `db stats`, a checksum
# of the proposal export and one of the database's bytes (with its WAL, if one is left).
# When only the bytes differ, the caller compares hostile_fingerprint of a copy.
hostile_quick_fingerprint() {
  local neutral=(--config "$HOSTILE_WORK/neutral.yaml") # not a hostile cppcc.yaml beside it
  cppcc "${neutral[@]}" db stats --format csv 2>&1
  printf 'proposal export %s\n' "$(cppcc "${neutral[@]}" proposal export 2>&1 | sha256sum)"
  printf 'bytes %s\n' "$(cat ./cppcc.db ./cppcc.db-wal 2>/dev/null | sha256sum)"
}

# Everything a command could have changed, as one text: the row counts of `db stats`,
# a checksum of every kind's export and, when sqlite3 is there, of the full dump.
hostile_fingerprint() {
  local db=${1:-./cppcc.db} kind neutral=(--config "$HOSTILE_WORK/neutral.yaml")
  cppcc "${neutral[@]}" --db "$db" db stats --format csv 2>&1
  for kind in member unit proposal opinion studio activity article; do
    printf '%s export %s\n' "$kind" "$(cppcc "${neutral[@]}" --db "$db" "$kind" export 2>&1 | sha256sum)"
  done
  if command -v sqlite3 >/dev/null; then
    printf 'dump %s\n' "$(sqlite3 "$db" .dump 2>&1 | sha256sum)"
  fi
}

# --- input builders (run in the case's directory) ---------------------------------

# The canonical proposal header and one good row after it.
k_proposal_header=code,title,body,type,proposer,cosigners,sector,category,session,during_plenary,submitted,status
proposal_row() { # CODE TITLE [SUBMITTED]
  printf '%s,%s,,member,张明,,,社会建设,,no,%s,submitted\n' "$1" "$2" "${3:-2023-02-01}"
}

# FILE BYTES: a CSV whose one proposal title is BYTES bytes of 'x'.
big_field() {
  {
    printf 'code,title,proposer,submitted\r\nP2023-901,'
    head -c "$2" /dev/zero | tr '\0' x
    printf ',张明,2023-02-01\r\n'
  } >"$1"
}

# FILE N: a header of N columns.
wide_header() {
  awk -v n="$2" 'BEGIN { printf "code"; for (i = 1; i < n; i++) printf ",c%d", i; printf "\n" }' >"$1"
}

# FILE N: a row of N cells under a proposal header.
wide_row() {
  awk -v n="$2" 'BEGIN { print "code,title,proposer,submitted"; printf "P2023-901,t,张明,2023-02-01";
    for (i = 4; i < n; i++) printf ",x"; printf "\n" }' >"$1"
}

# FILE N: N bad rows (each names an unknown proposer).
many_bad_rows() {
  awk -v n="$2" 'BEGIN { print "code,title,proposer,submitted";
    for (i = 0; i < n; i++) printf "P9%06d,t,无此人,2023-02-01\n", i }' >"$1"
}

# The SQL text of issue 6, then variants: quotes, comments, a NUL-free injection
# in every text column of every kind.
k_sql="'); DROP TABLE proposals;--"
k_sql2='" OR 1=1; DELETE FROM members; --'

sql_everywhere() {
  local s=$k_sql s2=${k_sql2//\"/\"\"} # quotes doubled inside a quoted CSV cell
  printf 'name,contact,phone\n"%s","%s","%s"\n' "$s" "$s" "$s" >units.csv
  printf 'code,name,ethnicity,workplace,post,phone,term\n' >members.csv
  printf 'W9001,"%s","%s","%s","%s","%s",16\n' "$s" "$s" "$s" "$s" "$s" >>members.csv
  printf 'code,title,body,type,proposer,session,submitted,key_leader\n' >proposals.csv
  printf 'P2023-901,"%s","%s",member,"%s","%s",2023-02-01,"%s"\n' "$s" "$s2" "$s" "$s" "$s" >>proposals.csv
  printf 'code,title,body,submitter,submitted\nS2023-0901,"%s","%s","%s",2023-04-01\n' "$s" "$s" "$s" >opinions.csv
  printf 'name,lead,members,place\n"%s","%s",,"%s"\n' "$s" "$s" "$s" >studios.csv
  printf 'code,kind,date,title,studio,participants\nA2023-0901,study,2023-05-01,"%s","%s","%s"\n' "$s" "$s" "$s" >activities.csv
  printf 'code,title,outlet,level,date,authors\nX2023-0901,"%s","%s",city,2023-06-01,"%s"\n' "$s" "$s" "$s" >articles.csv
}

sql_import_all() {
  local kind
  for kind in unit member proposal opinion studio activity article; do
    case $kind in activity) file=activities.csv ;; *) file=${kind}s.csv ;; esac
    cppcc -q "$kind" import --create-missing "$file" || return 1
  done
  echo "imported every kind"
}

# Every text column holds the SQL text exactly, and no table was dropped or emptied.
sql_stored_verbatim() {
  local s=${k_sql//\'/\'\'} s2=${k_sql2//\'/\'\'} got want
  command -v sqlite3 >/dev/null || { echo "sqlite3 missing: checked through exports only"; }
  want=$(printf '%s\n' "$k_sql")
  for check in \
    "SELECT name FROM units WHERE contact='$s' AND phone='$s'" \
    "SELECT name FROM members WHERE code='W9001' AND ethnicity='$s' AND workplace='$s' AND post='$s' AND phone='$s'" \
    "SELECT title FROM proposals WHERE code='P2023-901' AND body='$s2' AND session='$s' AND key_leader='$s'" \
    "SELECT title FROM opinions WHERE code='S2023-0901' AND body='$s'" \
    "SELECT name FROM studios WHERE place='$s'" \
    "SELECT title FROM activities WHERE code='A2023-0901'" \
    "SELECT title FROM articles WHERE code='X2023-0901' AND outlet='$s'"; do
    got=$(sqlite3 cppcc.db "$check" 2>&1)
    [[ $got == "$want" ]] || { echo "not verbatim: $check -> $got"; return 1; }
  done
  cppcc proposal export | grep -qF "$k_sql" || { echo "export lost the text"; return 1; }
  [[ $(sqlite3 cppcc.db 'SELECT count(*) FROM proposals') -ge 4 ]] || { echo "proposals lost"; return 1; }
  cppcc db check >/dev/null || { echo "db check fails"; return 1; }
}

# A proposal overdue at a unit whose name is a path, for remind --out-dir.
traversal_unit() {
  local name=${1:-../../etc/x}
  cppcc -q unit add --name "$name" &&
    cppcc -q proposal add --code P2023-950 --title 关于路径的建议 --proposer 张明 --submitted 2023-09-01 &&
    cppcc -q proposal file P2023-950 --date 2023-09-02 &&
    cppcc -q proposal assign P2023-950 --lead "$name" --date 2023-09-03
}

# Files written by remind stay inside the out-dir, and nothing appeared elsewhere.
notices_contained() {
  local dir=$1 outside
  [[ -d $dir ]] || { echo "no $dir"; return 1; }
  outside=$(find .. -newer cppcc.db -name '*.md' -not -path "../$(basename "$PWD")/$dir/*" 2>/dev/null)
  [[ -z $outside ]] || { echo "written outside $dir: $outside"; return 1; }
  [[ ! -e /etc/x.md && ! -e ../etc && ! -e etc ]] || { echo "escaped the out-dir"; return 1; }
  ls "$dir" | grep -q '\.md$' || { echo "no notice in $dir"; return 1; }
}

# The export of the formula row quotes every cell that a spreadsheet would evaluate.
formula_neutralised() {
  local row
  row=$(cppcc proposal export | grep P2023-901) || { echo "row not exported"; return 1; }
  for want in "'=HYPERLINK" "'+1+cmd" "'@SUM(A1)"; do
    [[ $row == *"$want"* ]] || { echo "export lacks $want: $row"; return 1; }
  done
  if grep -qE '(^|,)"?[=+@]' <<<"$row"; then echo "a live formula: $row"; return 1; fi
  # and the stored title is what was typed
  [[ $(sqlite3 cppcc.db "SELECT key_leader FROM proposals WHERE code='P2023-901'") == '@SUM(A1)' ]] ||
    { echo "stored value altered"; return 1; }
}

# FILE N: a GBK proposal ledger of N rows (past the encoding's detection window), then one
# row in UTF-8: the import stops at that row (line N + 2).
gbk_rows_then_utf8() {
  {
    awk -v n="$2" 'BEGIN { print "code,title,proposer,submitted";
      for (i = 0; i < n; i++) printf "P8%06d,关于加强城区供水管网改造的建议,张明,2023-02-01\n", i }' |
      iconv -f UTF-8 -t GBK
    printf 'P2023-901,关于供水,张明,2023-02-01\n'
  } >"$1"
}

# --- archive attacks (issue 19): workbooks built with python3's zipfile at test time -------
# FILE KIND: an .xlsx whose sheet is KIND: bomb (256 MiB of blanks, deflated 1000:1),
# wide (a cell at column XFE), tall (row 1,048,577), laughs (billion laughs entities),
# malformed (an unclosed element), dotdot (an extra entry named ../../evil), absolute
# (/etc/evil), truncated (the archive cut in half).
hostile_xlsx() {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import sys, zipfile, zlib
path, kind = sys.argv[1], sys.argv[2]
ct = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
wb = ('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
      '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
head = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
row1 = '<row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" t="inlineStr"><is><t>title</t></is></c></row>'
tail = '</sheetData></worksheet>'
sheet = head + row1 + tail
if kind == 'wide':
    sheet = head + '<row r="1"><c r="XFE1" t="inlineStr"><is><t>code</t></is></c></row>' + tail
elif kind == 'tall':
    sheet = head + row1 + '<row r="1048577"><c r="A1048577"><v>1</v></c></row>' + tail
elif kind == 'laughs':
    ents = '<!ENTITY lol "lol">' + ''.join(
        '<!ENTITY lol%d "%s">' % (i, ('&lol%s;' % ('' if i == 1 else i - 1)) * 10) for i in range(1, 10))
    sheet = ('<?xml version="1.0"?><!DOCTYPE worksheet [' + ents + ']>' + head +
             '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>' + tail)
elif kind == 'malformed':
    sheet = head + '<row r="1"><c r="A1"><v>1</c></row>' + tail
with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('xl/workbook.xml', wb)
    z.writestr('xl/_rels/workbook.xml.rels', rels)
    if kind == 'bomb':
        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:
            f.write((head + row1).encode())
            block = b' ' * (1 << 20)
            for _ in range(256):
                f.write(block)
            f.write(tail.encode())
    else:
        z.writestr('xl/worksheets/sheet1.xml', sheet)
    if kind == 'dotdot':
        z.writestr('../../evil.sh', 'echo owned')
    elif kind == 'absolute':
        z.writestr('/etc/evil', 'x')
if kind == 'truncated':
    data = open(path, 'rb').read()
    open(path, 'wb').write(data[:len(data) // 2])
PY
}
