#!/usr/bin/env bash
# The database file (issue 18 points 2, 4, 6, 7): `db restore` swaps a checked backup in
# and moves aside the files beside the database that are not its own; a rollback journal
# or WAL left by another file is refused, not applied, while the database's own journal
# of a killed import is still rolled back; `db backup` works on an older schema; a full
# disk is exit 73 with nothing written; a read-only filesystem or directory answers every
# read command and refuses writes with 73.
#
#   bash tests/reliability/database_files.sh path/to/cppcc
#
# The full-disk (tmpfs) and read-only mount checks need root; without it they print
# "skipped: …" and pass.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh" "$1" dbfiles
ledger=$(cd "$here/../../scripts/lib" && pwd)/gen-ledger.awk
mounts=()
pids=()
checks_cleanup() {
  local m p
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
  for ((m = ${#mounts[@]} - 1; m >= 0; m--)); do umount "${mounts[m]}" 2>/dev/null; done
}
c() { hostile_env cppcc "$@"; }
expect_ok() { # NAME ARGS...: exit 0
  local name=$1 rc err
  shift
  err=$(c "$@" 2>&1 >/dev/null)
  rc=$?
  if [[ $rc == 0 ]]; then ok "$name"; else bad "$name: exit $rc, stderr: $err"; fi
}
counts() { c --db "${1:-./cppcc.db}" db stats --format csv 2>&1; }
proposals() { sqlite3 "${1:-cppcc.db}" 'SELECT count(*) FROM proposals' 2>&1; }

# The members and units of the generated ledgers, and a ledger of ROWS proposals.
w=$HOSTILE_WORK
awk -v kind=members -v rows=300 -f "$ledger" >members.csv
awk -v kind=units -f "$ledger" >units.csv
awk -v kind=proposals -v rows=300 -v members=300 -f "$ledger" >p300.csv
awk -v kind=proposals -v rows=20000 -v members=300 -f "$ledger" >p20000.csv
fresh_db() { # a database with the members, units and 300 proposals
  c -q db init && c -q member import "$w/members.csv" && c -q unit import "$w/units.csv" &&
    c -q proposal import "$w/p300.csv"
}
# Starts a large import (held alone: a rollback journal) and kills it once its journal
# is hot, leaving it and its owner mark.
kill_held_import() {
  c -q proposal import "$w/p20000.csv" 2>/dev/null &
  local pid=$! waited=0
  pids+=("$pid")
  # Hot once SQLite has synced it and set its header's magic (before it writes the file);
  # large, to be the import's and not that of the hold's own small commit before it.
  while [[ $(stat -c %s cppcc.db-journal 2>/dev/null || echo 0) -lt 100000 ||
    $(head -c 1 cppcc.db-journal 2>/dev/null | od -An -tx1 | tr -d ' ') =~ ^(00)?$ ]]; do
    ((waited += 1)) && ((waited < 3000)) || break
    sleep 0.01
  done
  pkill -9 -P "$pid" # cppcc itself: the child of the background function's shell
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [[ $(head -c 1 cppcc.db-journal | od -An -tx1 | tr -d ' ') != 00 && -s cppcc.db-journal.owner ]] ||
    { echo "     (after $waited polls: $(ls -A | tr '\n' ' '))"; false; }
}

# --- 1. the database's own journal is still rolled back ----------------------------------
mkdir own && cd own || exit 1
fresh_db
before=$(counts)
check "a killed held import leaves a hot journal and its owner mark" kill_held_import
check "... whose mark is private (0600)" test "$(stat -c %a cppcc.db-journal.owner)" = 600
expect_ok "... and db check passes: the database's own journal is rolled back" db check
check "... leaving the counts of before the import" test "$(counts)" = "$before"
check "... and neither the journal nor the owner mark" test ! -e cppcc.db-journal -a ! -e cppcc.db-journal.owner
c -q proposal import "$w/p300.csv" 2>/dev/null
check "a write after it works (an import of the same file changes nothing)" test "$(counts)" = "$before"

# --- 2. a backup copied over the database beside a killed import's journal ----------------
cd "$HOSTILE_WORK" && mkdir copied && cd copied || exit 1
fresh_db
c db backup ../backup.db >/dev/null
backup_counts=$(counts ../backup.db)
c -q unit add --name 区新设局
check "a killed held import leaves a hot journal" kill_held_import
cp ../backup.db cppcc.db # what the README says not to do
sha256sum cppcc.db cppcc.db-journal >copied.sum
for args in "proposal list" "db check" "db stats" "unit add --name 区另一局"; do
  # shellcheck disable=SC2086
  expect_fail "copied over a killed import's journal: '$args' refuses" 1 "cppcc.db-journal" $args
done
check "... and neither the copy nor the journal was touched" sha256sum --quiet -c copied.sum
err=$(c proposal list 2>&1 >/dev/null)
check "... the message says what to do (db restore, or move the file aside)" \
  bash -c '[[ $1 == *"cppcc db restore"* && $1 == *"move"*"aside"* ]]' _ "$err"
out=$(c db restore ../backup.db 2>&1)
check "db restore swaps the backup in (exit 0)" test $? = 0
echo "     $out"
check "... moved the journal and owner mark aside, not deleted" \
  test -n "$(ls cppcc.db-journal.orphaned-* 2>/dev/null)" -a -n "$(ls cppcc.db-journal.owner.orphaned-* 2>/dev/null)" -a ! -e cppcc.db-journal
check "... the orphaned journal is the one that lay there" \
  test "$(sha256sum <cppcc.db-journal.orphaned-*)" = "$(grep journal copied.sum | cut -d' ' -f1)  -"
expect_ok "... db check passes afterwards" db check
check "... the counts are the backup's" test "$(counts)" = "$backup_counts"
check "... the restored file is private (0600)" test "$(stat -c %a cppcc.db)" = 600
check "... no temporary file is left" test -z "$(find . -name '.cppcc-*')"
expect_ok "... and the database takes writes again" unit add --name 区恢复后局
check "... which are there" test "$(sqlite3 cppcc.db "SELECT count(*) FROM units WHERE name = '区恢复后局'")" = 1

# --- 3. a WAL of another database --------------------------------------------------------
cd "$HOSTILE_WORK" && mkdir wal && cd wal || exit 1
fresh_db
c db backup ../wal-backup.db >/dev/null
sqlite3 other.db 'PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE t (x);' >/dev/null
sqlite3 other.db '.filectrl persist_wal 1' "INSERT INTO t VALUES ('another database')" >/dev/null
check "another database left a WAL with a frame" test -s other.db-wal
cp other.db-wal cppcc.db-wal
sha256sum cppcc.db cppcc.db-wal >wal.sum
expect_fail "a WAL of another database (other page size) is refused by a read" 1 "cppcc.db-wal" proposal list
expect_fail "... and by a write" 1 "another database" unit add --name 区另一局
check "... and not applied: database and WAL untouched" sha256sum --quiet -c wal.sum
expect_ok "db restore moves it aside" db restore ../wal-backup.db
check "... as cppcc.db-wal.orphaned-*" test -n "$(ls cppcc.db-wal.orphaned-* 2>/dev/null)" -a ! -e cppcc.db-wal
expect_ok "... and db check passes" db check

# --- 4. what db restore refuses ----------------------------------------------------------
cd "$HOSTILE_WORK" && mkdir refuse && cd refuse || exit 1
fresh_db
sha256sum cppcc.db >db.sum
c db backup good.db >/dev/null
cp good.db newer.db && sqlite3 newer.db 'PRAGMA user_version = 99'
expect_fail "a backup of a newer schema is refused" 1 "newer than this cppcc knows" db restore newer.db
echo 'not a database' >text.db
expect_fail "a file that is not SQLite is refused" 1 "not a readable SQLite database" db restore text.db
cp good.db torn.db
size=$(stat -c %s torn.db)
dd if=/dev/urandom of=torn.db bs=1 seek=$((size / 2)) count=4096 conv=notrunc status=none
expect_fail "a backup that fails its integrity check is refused" 1 "backup 'torn.db'" db restore torn.db
sqlite3 plain.db 'CREATE TABLE t (x); PRAGMA user_version = 3'
expect_fail "an SQLite file that is not a cppcc database is refused" 1 "not a cppcc database" db restore plain.db
expect_fail "a missing backup is exit 66" 66 "no backup file" db restore missing.db
expect_fail "the database itself is refused" 2 "the database itself" db restore cppcc.db
check "after all the refusals the database is byte for byte as it was" sha256sum --quiet -c db.sum
check "... with nothing moved aside or left over" test -z "$(ls -A | grep -E 'orphaned|\.cppcc-')"
# A writer holds the lock: restore waits, then gives up with 75.
mkfifo lock.fifo
sqlite3 cppcc.db <lock.fifo >/dev/null &
holder=$!
pids+=("$holder")
exec 3>lock.fifo
echo "BEGIN IMMEDIATE; INSERT INTO units (name, created_at, updated_at) VALUES ('x', 'x', 'x');" >&3
echo ".shell touch locked" >&3
for _ in $(seq 500); do [[ -e locked ]] && break; sleep 0.01; done
err=$(CPPCC_BUSY_TIMEOUT_MS=300 hostile_env cppcc db restore good.db 2>&1 >/dev/null)
rc=$?
check "db restore while another connection writes: exit 75 ($err)" test "$rc" = 75
echo "ROLLBACK;" >&3
exec 3>&-
wait "$holder"
check "... and the database is as it was" sha256sum --quiet -c db.sum

# --- 5. db backup of an older schema (the advice of the refusal) -------------------------
cd "$HOSTILE_WORK" && mkdir older && cd older || exit 1
fresh_db
latest=$(sqlite3 cppcc.db 'PRAGMA user_version')
# As the schema before the latest was: 011 added the two signature tables.
sqlite3 cppcc.db "DROP TABLE proposal_signatures; DROP TABLE signature_method; PRAGMA user_version = $((latest - 1))"
expect_fail "an older schema is refused by a read, with advice to back it up" 1 "cppcc db backup FILE" proposal list
expect_ok "db backup of the older schema works (the advice can be followed)" db backup before-upgrade.db
check "... the backup has the older version" test "$(sqlite3 before-upgrade.db 'PRAGMA user_version')" = $((latest - 1))
check "... and the same proposals" test "$(proposals before-upgrade.db)" = "$(proposals)"
expect_ok "db migrate then works" db migrate
expect_ok "... and reads again" proposal list

# --- 6 and 7: need root (tmpfs, read-only mounts, another user) ---------------------------
if [[ $(id -u) -ne 0 ]]; then
  skipped+=("full disk on a tmpfs and read-only mounts: not root")
  echo "skipped: full-disk and read-only mount checks need root"
else
  # --- 6. a full disk ---------------------------------------------------------------------
  cd "$HOSTILE_WORK" && mkdir full src && cd src || exit 1
  fresh_db
  size_kb=$(($(stat -c %s cppcc.db) / 1024))
  if mount -t tmpfs -o size=$((size_kb + 400))k tmpfs ../full 2>/dev/null; then
    mounts+=("$HOSTILE_WORK/full")
    cp cppcc.db ../full/
    cd ../full || exit 1
    before=$(counts)
    for mode in "" "--concurrent"; do
      # shellcheck disable=SC2086
      expect_fail "disk full during an import ${mode:-(held, rollback journal)}: exit 73" 73 \
        "the disk is full" proposal import "$w/p20000.csv" $mode
      err=$(c proposal import "$w/p20000.csv" $mode 2>&1 >/dev/null)
      check "... the message names the database and says nothing was written" \
        bash -c '[[ $1 == *"./cppcc.db"* && $1 == *"free space"* && $1 == *"nothing was written"* ]]' _ "$err"
      expect_ok "... db check passes afterwards" db check
      check "... and the counts are unchanged" test "$(counts)" = "$before"
    done
  else
    skipped+=("full disk: cannot mount a tmpfs")
    echo "skipped: full-disk checks (cannot mount a tmpfs)"
  fi

  # --- 7. a read-only filesystem and an unwritable directory ------------------------------
  cd "$HOSTILE_WORK" && mkdir -p rosrc ro && cd rosrc || exit 1
  fresh_db
  c -q opinion add --code S2023-0001 --title 关于农村客运班线的建议 --submitter "$(sqlite3 cppcc.db 'SELECT name FROM members LIMIT 1')" \
    --submitted 2023-04-02 2>/dev/null
  code=$(sqlite3 cppcc.db 'SELECT code FROM proposals ORDER BY id LIMIT 1')
  year=$(sqlite3 cppcc.db 'SELECT substr(submitted, 1, 4) FROM proposals ORDER BY id LIMIT 1')
  reads=("proposal list" "proposal show $code" "member list" "unit list" "report annual --year $year"
    "proposal export" "member export" "db check" "db stats")
  ref=()
  for args in "${reads[@]}"; do
    # shellcheck disable=SC2086
    ref+=("$(c $args 2>&1 | sha256sum)")
  done
  c -q db reindex # a write: its connection, the last, removes the WAL a read leaves
  check "no -wal, -shm or -journal beside the database after the last command" \
    test ! -e cppcc.db-wal -a ! -e cppcc.db-shm -a ! -e cppcc.db-journal
  if mount --bind . ../ro 2>/dev/null && mounts+=("$HOSTILE_WORK/ro") &&
    mount -o remount,bind,ro ../ro 2>/dev/null; then
    cd ../ro || exit 1
    check "the bind mount is read-only" bash -c '! touch x 2>/dev/null'
    i=0
    for args in "${reads[@]}"; do
      # shellcheck disable=SC2086
      out=$(c $args 2>&1)
      rc=$?
      check "read-only filesystem: '$args' works (exit $rc) and prints what it prints on the writable one" \
        test "$rc $(sha256sum <<<"$out")" = "0 ${ref[i]}"
      i=$((i + 1))
    done
    expect_fail "read-only filesystem: a write is refused with 73" 73 "read-only" unit add --name 区只读局
    expect_fail "read-only filesystem: an import is refused with 73" 73 "read-only" proposal import "$w/p300.csv"
    expect_fail "read-only filesystem: db restore is refused with 73" 73 "" db restore "$w/backup.db"
    check "read-only filesystem: nothing was created beside the database" test "$(ls -A)" = cppcc.db
    cd "$HOSTILE_WORK" || exit 1
  else
    skipped+=("read-only filesystem: cannot bind-mount")
    echo "skipped: read-only filesystem checks (cannot bind-mount read-only)"
  fi

  # An unwritable directory with no -shm, as the user nobody.
  nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  if "${nobody[@]}" test -x "$CPPCC_BIN" 2>/dev/null; then
    chmod 755 "$HOSTILE_WORK"
    cd "$HOSTILE_WORK" && mkdir -m 755 rodir && cd rodir || exit 1
    cp ../rosrc/cppcc.db . && chown -R 65534 . && chmod 555 .
    check "unwritable directory: no -shm beside the database" test ! -e cppcc.db-shm
    i=0
    for args in "${reads[@]}"; do
      # shellcheck disable=SC2086
      out=$(hostile_env "${nobody[@]}" cppcc $args 2>&1)
      rc=$?
      check "unwritable directory, as nobody: '$args' works (exit $rc) and prints the same" \
        test "$rc $(sha256sum <<<"$out")" = "0 ${ref[i]}"
      i=$((i + 1))
    done
    err=$(hostile_env "${nobody[@]}" cppcc unit add --name 区只读局 2>&1 >/dev/null)
    rc=$?
    check "unwritable directory, as nobody: a write is refused with 73 and one line ($err)" \
      test "$rc" = 73 -a "$(wc -l <<<"$err")" = 1
    chmod 755 .
  else
    skipped+=("unwritable directory: cannot run as nobody")
    echo "skipped: unwritable-directory checks (cannot run as nobody)"
  fi
fi

checks_finish "database file"
