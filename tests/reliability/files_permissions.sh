#!/usr/bin/env bash
# Files and permissions (issue 6, docs/domain.md §1.4, §5): what cppcc creates holding members'
# phone numbers is private (0600) whatever the umask and whatever mode an earlier file
# had; output paths never write through a planted symbolic link; a read-only database
# refuses writes with one clear line (73) and still answers reads; a database from a
# newer cppcc is refused and left byte for byte as it was.
#
#   bash tests/reliability/files_permissions.sh path/to/cppcc
#
# Root ignores file modes, so the read-only and unreadable checks run as the user
# `nobody` (setpriv) when this runs as root; only when that is impossible are they
# skipped, with a notice.
set -u
CPPCC_BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
HOSTILE_LIB=$here/hostile/lib.sh
HOSTILE_DATA=$(cd "$here/../data" && pwd)
HOSTILE_WORK=$(mktemp -d "${TMPDIR:-/tmp}/cppcc-files.XXXXXX")
export CPPCC_BIN HOSTILE_LIB HOSTILE_DATA HOSTILE_WORK
trap 'chmod -R u+rwX "$HOSTILE_WORK" 2>/dev/null; rm -rf "$HOSTILE_WORK"' EXIT
# shellcheck source=hostile/lib.sh
source "$HOSTILE_LIB"
hostile_setup_bin
cd "$HOSTILE_WORK" || exit 1
started=$SECONDS
checks=0
failed=0
skipped=0

ok() { checks=$((checks + 1)); echo "ok   $1"; }
bad() { checks=$((checks + 1)); failed=$((failed + 1)); echo "FAIL $1" >&2; }
check() { # NAME COMMAND...: passes when COMMAND succeeds
  local name=$1
  shift
  if "$@"; then ok "$name"; else bad "$name"; fi
}
mode_of() { stat -c %a "$1" 2>/dev/null; }
# Runs cppcc in the fixed environment with a permissive umask, so that only cppcc's
# own choice of mode can make a file private.
c() { hostile_env bash -c 'umask 000; exec cppcc "$@"' cppcc "$@"; }
# c, recording exit code and stderr: ran RC ERR -- ARGS
run() {
  local -n _rc=$1 _err=$2
  shift 3
  _err=$(c "$@" 2>&1 >/dev/null)
  _rc=$?
}
expect_fail() { # NAME RC FRAGMENT ARGS...: exit RC, one "cppcc:" line holding FRAGMENT
  local name=$1 want=$2 fragment=$3 rc err
  shift 3
  run rc err -- "$@"
  if [[ $rc == "$want" && $err == "cppcc: "*"$fragment"* && $(wc -l <<<"$err") == 1 ]]; then
    ok "$name (exit $rc: $err)"
  else
    bad "$name: exit $rc (expected $want), stderr: $err"
  fi
}

# --- 1. private files -----------------------------------------------------------------------
mkdir private && cd private || exit 1
c -q db init
check "db init creates the database 0600 under umask 000" test "$(mode_of cppcc.db)" = 600
c -q member import "$HOSTILE_DATA/import_members.csv"
c -q unit import "$HOSTILE_DATA/import_units.csv"
# A reader holds the WAL open while a write happens, so the -wal and -shm files exist.
for f in cppcc.db-wal cppcc.db-shm; do
  [[ -e $f ]] && check "$f is 0600" test "$(mode_of "$f")" = 600
done
c db backup backup.db >/dev/null
check "db backup creates the backup 0600" test "$(mode_of backup.db)" = 600
check "the backup holds the phone numbers it must protect" \
  test "$(sqlite3 backup.db "SELECT count(*) FROM members WHERE phone <> ''")" = 4
c member export --out members.csv
check "member export --out (CSV) creates 0600" test "$(mode_of members.csv)" = 600
check "the export holds the phone numbers" grep -q 13800000001 members.csv
c --format json member export --out members.json
check "member export --format json --out creates 0600" test "$(mode_of members.json)" = 600
c unit export --format md --out units.md
check "unit export --format md --out creates 0600" test "$(mode_of units.md)" = 600

echo old >existing.csv && chmod 644 existing.csv && ln existing.csv other-link.csv
c member export --out existing.csv
check "an export over an existing 0644 file leaves it 0600" test "$(mode_of existing.csv)" = 600
check "... with the new content" grep -q 13800000001 existing.csv
check "... and another hard link to the old file keeps the old content" grep -qx old other-link.csv
echo old >existing.json && chmod 666 existing.json
c --format json member export --out existing.json
check "a JSON export over an existing 0666 file leaves it 0600" test "$(mode_of existing.json)" = 600

printf 'code,name,phone\nW0009,刘洋,13900000009\nW0010,,13900000010\n' >members-bad.csv
echo old >rejects.csv && chmod 644 rejects.csv
c -q member import members-bad.csv --skip-invalid --rejects rejects.csv
check "the rejects file (it may hold phone numbers) is 0600" test "$(mode_of rejects.csv)" = 600
check "... and holds the bad row" grep -q 13900000010 rejects.csv

c -q proposal import "$HOSTILE_DATA/import_proposals_2023.csv"
mkdir notices && echo old >notices/区住建局.md && chmod 644 notices/区住建局.md
c -q remind --out-dir notices >/dev/null
check "remind --out-dir writes notices 0600" test "$(stat -c %a notices/* | sort -u | tr '\n' ' ')" = "600 "
check "an earlier notice is replaced and made 0600" test "$(mode_of notices/区住建局.md)" = 600
check "no temporary file is left behind" test -z "$(find . -name '*cppcc-partial*')"

# --- 2. output paths and symbolic links ------------------------------------------------------
echo keep >victim && chmod 644 victim
ln -s victim link.csv
expect_fail "an export refuses a symbolic link at --out" 73 "symbolic link" member export --out link.csv
check "... the file it points to is untouched (content, mode)" test "$(cat victim) $(mode_of victim)" = "keep 644"
check "... and the link is still a link" test -L link.csv
ln -s nowhere dangling.csv
expect_fail "an export refuses a dangling symbolic link" 73 "symbolic link" member export --out dangling.csv
check "... and creates nothing where it points" test ! -e nowhere
ln -sf ../victim notices/区水利局.md
expect_fail "remind refuses a link planted among the notices" 73 "symbolic link" remind --out-dir notices
check "... the file it points to is untouched" test "$(cat victim)" = keep
rm notices/区水利局.md
check "an export to /dev/null works and leaves /dev/null a device" \
  bash -c 'c() { "$@"; }; '"$(declare -f hostile_env)"'; hostile_env cppcc member export --out /dev/null && test -c /dev/null'
check "an export to /dev/stdout (a link to a pipe) writes to the pipe" \
  test "$(c member export --out /dev/stdout | grep -c 1380000000)" = 4
check "an export to a FIFO writes into it" bash -c "mkfifo fifo && { cat fifo > from-fifo & } &&
  $(declare -f hostile_env); hostile_env cppcc member export --out fifo && wait && grep -q 13800000001 from-fifo && test -p fifo"
expect_fail "an export to a directory is refused" 73 "Is a directory" member export --out notices

# --- 3. a database from a newer cppcc -------------------------------------------------------------
cd "$HOSTILE_WORK" && mkdir newer && cd newer || exit 1
c -q db init && c -q unit import "$HOSTILE_DATA/import_units.csv"
sqlite3 cppcc.db 'PRAGMA user_version = 99'
sha256sum cppcc.db >before.sum
for args in "proposal list" "db stats" "unit add --name 区交通局" "unit import $HOSTILE_DATA/import_units.csv" \
  "db migrate" "db check" "db backup copy.db" "member export --out m.csv"; do
  # shellcheck disable=SC2086
  expect_fail "newer schema: '$args' is refused" 1 "schema version 99, newer than this cppcc knows" $args
done
check "newer schema: the file is byte for byte unchanged" sha256sum --quiet -c before.sum
check "newer schema: no backup or export was written" test ! -e copy.db -a ! -e m.csv
check "newer schema: the version is still 99" test "$(sqlite3 cppcc.db 'PRAGMA user_version')" = 99

# --- 4. read-only and unreadable databases -------------------------------------------------
# As root the kernel ignores modes: run these as `nobody` when possible.
as_user=()
if [[ $(id -u) -eq 0 ]]; then
  if command -v setpriv >/dev/null &&
    setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$CPPCC_BIN" 2>/dev/null; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    echo "note: running as root; the read-only checks run as the user nobody (setpriv)"
  else
    as_user=(skip)
  fi
fi
cu() { hostile_env "${as_user[@]}" cppcc "$@"; }
run_ro() { # NAME RC FRAGMENT ARGS...
  local name=$1 want=$2 fragment=$3 err rc
  shift 3
  err=$(cu "$@" 2>&1 >/dev/null)
  rc=$?
  if [[ $rc == "$want" && ($want == 0 || ($err == "cppcc: "*"$fragment"* && $(wc -l <<<"$err") == 1)) ]]; then
    ok "$name (exit $rc${err:+: $err})"
  else
    bad "$name: exit $rc (expected $want), stderr: $err"
  fi
}
if [[ ${as_user[0]:-} == skip ]]; then
  echo "notice: running as root and cannot switch to an ordinary user: read-only checks skipped"
  skipped=1
else
  owner=$(id -u)
  if [[ ${#as_user[@]} -gt 0 ]]; then
    owner=65534
    chmod 755 "$HOSTILE_WORK" # mktemp made it 0700: nobody must reach the database
  fi
  cd "$HOSTILE_WORK" && mkdir -m 755 ro && cd ro || exit 1
  c -q db init && c -q member import "$HOSTILE_DATA/import_members.csv" &&
    c -q unit import "$HOSTILE_DATA/import_units.csv" &&
    c -q proposal import "$HOSTILE_DATA/import_proposals_2023.csv"
  chown -R "$owner" . 2>/dev/null
  chmod 444 cppcc.db
  sha256sum cppcc.db >before.sum
  run_ro "read-only file: a write is refused with 73" 73 "read-only" unit add --name 区交通局
  run_ro "read-only file: an import is refused with 73" 73 "read-only" unit import "$HOSTILE_DATA/import_units.csv"
  run_ro "read-only file: a lifecycle command is refused with 73" 73 "read-only" proposal file P2023-004 --date 2023-03-01
  run_ro "read-only file: db migrate is refused with 73" 73 "read-only" db migrate
  run_ro "read-only file: proposal list still works" 0 "" proposal list
  run_ro "read-only file: db stats still works" 0 "" db stats
  run_ro "read-only file: db check still works" 0 "" db check
  run_ro "read-only file: report annual still works" 0 "" report annual --year 2023
  check "read-only file: unchanged" sha256sum --quiet -c before.sum

  chmod 644 cppcc.db && chmod 555 . && sha256sum cppcc.db >../ro-before.sum
  run_ro "read-only directory: a write is refused with 73" 73 "" unit add --name 区交通局
  run_ro "read-only directory: proposal list still works" 0 "" proposal list
  run_ro "read-only directory: db backup into it is refused with 73" 73 "backup.db" db backup backup.db
  run_ro "read-only directory: an export into it is refused with 73" 73 "m.csv" member export --out m.csv
  check "read-only directory: unchanged" sha256sum --quiet -c ../ro-before.sum
  chmod 755 .

  # The reads of the read-only database left read-only -wal and -shm files behind.
  chmod 644 cppcc.db
  if [[ -e cppcc.db-shm && ! -w cppcc.db-shm ]] || [[ ${#as_user[@]} -gt 0 ]]; then
    run_ro "writable again, with read-only -wal/-shm left: 73 and what to do" 73 "chmod u+w" \
      unit add --name 区交通局
  fi
  chmod 644 cppcc.db-* 2>/dev/null
  run_ro "writable again: a write works" 0 "" unit add --name 区交通局
  check "... and is there" test "$(sqlite3 cppcc.db "SELECT count(*) FROM units WHERE name = '区交通局'")" = 1

  chmod 000 cppcc.db
  run_ro "unreadable database: refused with 66" 66 "cannot read database" proposal list
  chmod 644 cppcc.db
  printf 'name\n区交通局\n' >units.csv && chmod 000 units.csv
  run_ro "unreadable input file: refused with 66" 66 "units.csv" unit import units.csv
fi

seconds=$((SECONDS - started))
if ((failed)); then
  echo "FAILED: $failed of $checks file and permission checks (${seconds} s)" >&2
  exit 1
fi
echo "$checks file and permission checks passed$( ((skipped)) && echo ' (read-only checks skipped: root)') (${seconds} s)"
