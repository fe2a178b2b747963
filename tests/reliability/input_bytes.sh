#!/usr/bin/env bash
# Bytes in (issue 18, points 8–12), what the hostile_inputs.sh table cannot say in one row:
# inputs are read once and in bounded memory (a gigabyte of NUL bytes, /dev/zero, a FIFO
# fed slowly), a GBK ledger whose euro sign comes past the detection window still reads,
# a mixed file found late writes nothing, control characters stay off a real terminal,
# and `db check` finds bytes that are not UTF-8 in any table, WITHOUT ROWID ones too.
#
#   bash tests/reliability/input_bytes.sh path/to/cppcc
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh" "$1" bytes
c() { hostile_env cppcc "$@"; }
members() { sqlite3 cppcc.db 'SELECT count(*) FROM members'; }

hostile_env bash -c 'source "$HOSTILE_LIB"; hostile_baseline' >/dev/null 2>&1 ||
  { echo "FAILED: could not build the baseline database" >&2; exit 1; }
before=$(members)

# --- a gigabyte of NUL bytes: refused after one chunk, in bounded memory --------------------
for source in "head -c 1000000000 /dev/zero" \
  "{ printf 'code,name\\n'; head -c 1000000000 /dev/zero; }" \
  "{ printf 'code,name\\n'; for i in \$(seq 1 9000); do echo W8\$i,张伟; done; head -c 1000000000 /dev/zero; }"; do
  start=$SECONDS
  err=$(hostile_env bash -c "set -o pipefail; $source | /usr/bin/time -f '%M' -o rss cppcc member import - 2>&1")
  rc=$?
  rss_kb=$(tail -1 rss)
  if [[ $rc == 65 && $err == *"a NUL byte"* && $rss_kb -lt 65536 && $((SECONDS - start)) -lt 30 &&
    $(members) == "$before" ]]; then
    ok "1 GB of NUL bytes ($source): exit 65 after $((SECONDS - start)) s, peak RSS $((rss_kb / 1024)) MiB: $err"
  else
    bad "1 GB of NUL bytes ($source): exit $rc, RSS ${rss_kb} KiB, $((SECONDS - start)) s: $err"
  fi
done
err=$(hostile_env timeout 20 cppcc member import /dev/zero 2>&1)
rc=$?
[[ $rc == 65 && $err == "cppcc: /dev/zero:1: a NUL byte at offset 0"* ]] &&
  ok "/dev/zero is refused at once: $err" || bad "/dev/zero: exit $rc: $err"

# --- a FIFO fed slowly is read once, to its end ----------------------------------------------
mkfifo slow.fifo
{
  printf 'code,name\nW9101,张伟\n'
  sleep 1
  printf 'W9102,李娜\n'
} >slow.fifo &
out=$(c member import slow.fifo 2>&1)
rc=$?
wait
[[ $rc == 0 && $out == *"2 inserted"* && $(sqlite3 cppcc.db "SELECT group_concat(name) FROM members WHERE code IN ('W9101','W9102') ORDER BY code") == 张伟,李娜 ]] &&
  ok "a FIFO written in two parts a second apart is read once, whole: $out" ||
  bad "FIFO: exit $rc: $out"

# --- GBK past the window: CP936's euro sign reads; a UTF-8 row late writes nothing ------------
{
  echo 'code,name,workplace'
  for i in $(seq 1 12000); do echo "W7$i,张伟$i,区第一中学分校"; done
  echo "W8999999,李娜,"
} | iconv -f UTF-8 -t GBK | head -c -1 >gbk.csv
printf '\x80 100\n' >>gbk.csv # byte 0x80: € in CP936, not GB18030
out=$(c member import gbk.csv 2>&1)
rc=$?
[[ $rc == 0 && $out == *"12001 inserted"* && $(sqlite3 cppcc.db "SELECT workplace FROM members WHERE code='W8999999'") == '€ 100' ]] &&
  ok "a GBK ledger with CP936's euro sign $(stat -c %s gbk.csv) bytes in reads whole: $out" ||
  bad "GBK with a late euro sign: exit $rc: $out"
count=$(members)
{
  echo 'code,name'
  for i in $(seq 1 30000); do echo "W6$i,王芳$i"; done
  printf 'W6999999,'
  printf '刘洋\n' | iconv -f UTF-8 -t GBK
} >late_mix.csv
out=$(c member import late_mix.csv 2>&1)
rc=$?
[[ $rc == 65 && $out == *"late_mix.csv:30002: not valid UTF-8 text"* && $(members) == "$count" ]] &&
  ok "a GBK row $(stat -c %s late_mix.csv) bytes into a UTF-8 file stops the import, nothing written: $out" ||
  bad "late mixed row: exit $rc, members $(members) (was $count): $out"

# --- control characters on a real terminal -----------------------------------------------
sqlite3 cppcc.db "UPDATE members SET name = '张' || char(27) || ']0;pwned' || char(7) || '明' WHERE code = 'W0001'"
if command -v script >/dev/null; then
  hostile_env script -qec 'cppcc member list; cppcc member show W0001' /dev/null >tty.out 2>&1
  if grep -q '张␛\]0;pwned␇明' tty.out && ! grep -q $'\x1b\\]0;pwned' tty.out && ! grep -q $'\a' tty.out; then
    ok "member list and show on a terminal (script) show ESC and BEL as ␛ and ␇"
  else
    bad "terminal output holds raw control characters: $(grep -a pwned tty.out | head -2 | od -c | head -3)"
  fi
else
  echo "skipped: no script(1) to give cppcc a terminal"
fi
c --format json member show W0001 | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["fields"]["name"] == "张\x1b]0;pwned\x07明"' &&
  ok "JSON keeps the control characters, escaped (\\u001b, \\u0007), and parses" ||
  bad "JSON lost or broke the control characters"

# --- db check: bytes that are not UTF-8 in any table ---------------------------------------
cp cppcc.db check.db
sqlite3 check.db "UPDATE units SET contact = CAST(X'D5C5CEB0' AS TEXT) WHERE id = 1;
  UPDATE proposals SET title = CAST(X'E585B3FF' AS TEXT) WHERE id = 2;"
no_rowid=$(sqlite3 check.db "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%' LIMIT 1")
if [[ -n $no_rowid ]]; then
  col=$(sqlite3 check.db "SELECT name FROM pragma_table_info('$no_rowid') WHERE type LIKE '%TEXT%' OR type = '' LIMIT 1")
  [[ -n $col ]] && sqlite3 check.db "UPDATE \"$no_rowid\" SET \"$col\" = CAST(X'C0AF' AS TEXT) WHERE rowid IN (SELECT rowid FROM \"$no_rowid\" LIMIT 1)" 2>/dev/null ||
    sqlite3 check.db "UPDATE \"$no_rowid\" SET \"$col\" = CAST(X'C0AF' AS TEXT) WHERE \"$col\" = (SELECT \"$col\" FROM \"$no_rowid\" LIMIT 1)" 2>/dev/null
fi
err=$(c --db check.db db check 2>&1)
rc=$?
if [[ $rc == 1 && $err == *"table 'units', row 1, column 'contact': not valid UTF-8 (bad byte at offset 0)"* &&
  $err == *"table 'proposals', row 2, column 'title': not valid UTF-8 (bad byte at offset 3)"* ]]; then
  ok "db check names each value that is not UTF-8 (table, row, column): $err"
else
  bad "db check: exit $rc: $err"
fi
out=$(c db check 2>&1)
[[ $? == 0 && $out == ok ]] && ok "db check passes on the database with control characters (valid UTF-8)" ||
  bad "db check on good text: $out"

checks_finish "bytes-in"
