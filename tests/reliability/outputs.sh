#!/usr/bin/env bash
# Output files (issue 18 points 1, 3, 5, 15, 16): no output replaces the database, its
# -wal/-journal/-shm or a file the command reads; a backup appears whole or not at all,
# and a signal leaves no part of any output behind; a write to standard output that fails
# is exit 73, not 0; `remind --out-dir` takes back the notices it wrote before for units
# with nothing due; out-dirs are created 0700 and never followed through a link.
#
#   bash tests/reliability/outputs.sh path/to/cppcc
#
# The full-disk checks mount a 64 KiB tmpfs, which needs root; without root they are
# skipped with a notice. OUTPUTS_MEMBERS sets the size of the member table that signals
# interrupt (default 60000).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh" "$1" outputs
mounted=""
checks_cleanup() { [[ -z $mounted ]] || umount "$mounted" 2>/dev/null; }
mode_of() { stat -c %a "$1" 2>/dev/null; }
# cppcc in the fixed environment, under a permissive umask.
c() { hostile_env bash -c 'umask 000; exec cppcc "$@"' cppcc "$@"; }
# The database as the commands see it, and its bytes.
state() { c db stats --format csv 2>&1; cat cppcc.db cppcc.db-wal 2>/dev/null | sha256sum; }
baseline() { hostile_env bash -c 'source "$HOSTILE_LIB"; hostile_baseline' >/dev/null 2>&1; }
# Nothing cppcc wrote as an output is at FILE: absent, or not an export, notice or backup.
not_written() {
  [[ ! -e $1 ]] || ! grep -qa -e '^code,' -e '^SQLite format 3' -e '区水利局' "$1"
}
partials() { find . -name '*cppcc-partial*' | sort; }

# --- 1. no output replaces the database, its journal files or an input ------------------------
mkdir protect && cd protect || exit 1
baseline || bad "the baseline database could not be built"
echo '{}' >cppcc.yaml
before=$(state)
unchanged() { [[ $(state) == "$before" ]] && c db check >/dev/null; }
for kind in member unit proposal opinion studio activity article; do
  expect_fail "$kind export --out cppcc.db is refused, naming both" 73 \
    "refusing to write 'cppcc.db': it is the database './cppcc.db'" $kind export --out cppcc.db
done
check "... and the database is unchanged, and passes db check" unchanged
expect_fail "a JSON export --out the database is refused" 73 "it is the database" \
  --format json member export --out cppcc.db
expect_fail "a Markdown export --out ./cppcc.db is refused" 73 "it is the database" \
  --format md unit export --out ./cppcc.db
ln cppcc.db hard-link.db
expect_fail "an export --out a hard link to the database is refused" 73 \
  "'hard-link.db': it is the database" member export --out hard-link.db
ln -s . same-dir
expect_fail "an export --out the database through a symlinked directory is refused" 73 \
  "it is the database" member export --out same-dir/cppcc.db
expect_fail "--db given as an absolute path: the export --out its relative name is refused" 73 \
  "it is the database" --db "$PWD/cppcc.db" member export --out cppcc.db
for suffix in -wal -journal -shm; do
  rm -f "cppcc.db$suffix"
  expect_fail "an export --out cppcc.db$suffix (absent: refused by name) is refused" 73 \
    "it is the database's $suffix file" member export --out "cppcc.db$suffix"
  check "... and no export is there (SQLite may have made its own)" not_written "cppcc.db$suffix"
done
expect_fail "an export --out the configuration file read is refused" 73 \
  "it is the configuration file" member export --out cppcc.yaml
check "the database is unchanged after all these" unchanged

printf 'code,name,phone\nW0101,赵一,13900000101\nW0102,,13900000102\n' >in.csv
cp in.csv in.orig
expect_fail "import --rejects cppcc.db is refused before a row is written" 73 \
  "refusing to write 'cppcc.db': it is the database" member import in.csv --skip-invalid --rejects cppcc.db
expect_fail "import --rejects cppcc.db-wal is refused" 73 "it is the database's -wal file" \
  member import in.csv --skip-invalid --rejects cppcc.db-wal
check "... nothing was imported, and no -wal is a CSV" \
  bash -c "! grep -q 13900000101 cppcc.db-wal 2>/dev/null && test \"\$(sqlite3 cppcc.db \"SELECT count(*) FROM members WHERE code = 'W0101'\")\" = 0"
expect_fail "import --rejects naming the input is refused" 73 \
  "refusing to write 'in.csv': it is the input file 'in.csv'" member import in.csv --skip-invalid --rejects in.csv
ln in.csv in-link.csv
expect_fail "import --rejects naming a hard link to the input is refused" 73 \
  "it is the input file 'in.csv'" member import in.csv --skip-invalid --rejects in-link.csv
expect_fail "import --rejects naming the input as ./in.csv is refused" 73 \
  "it is the input file" member import in.csv --skip-invalid --rejects ./in.csv
expect_fail "even in a dry run" 73 "it is the input file" \
  member import in.csv --dry-run --skip-invalid --rejects in.csv
check "... the input is unchanged" cmp -s in.csv in.orig
printf 'columns:\n  姓名: name\n' >map.yaml
expect_fail "import --rejects naming the --mapping file is refused" 73 "it is the mapping file" \
  member import in.csv --mapping map.yaml --skip-invalid --rejects map.yaml
check "the database is unchanged after the refused imports" unchanged

expect_fail "db backup cppcc.db-wal (absent) is refused" 73 "it is the database's -wal file" \
  db backup cppcc.db-wal
expect_fail "db backup through a symlinked directory onto the -shm is refused" 73 \
  "it is the database's -shm file" db backup same-dir/cppcc.db-shm
check "... and neither was written" bash -c "$(declare -f not_written); not_written cppcc.db-wal && not_written cppcc.db-shm"
expect_fail "db backup onto the database itself is refused" 73 "it is the database" db backup ./cppcc.db
check "the database is unchanged after the refused backups" unchanged

# A database that lives where the notices go, under a notice's name.
mkdir notices && c -q db backup notices/区水利局.md
cp notices/区水利局.md db.orig
expect_fail "remind --out-dir where a notice would replace the database is refused" 73 \
  "it is the database" --db notices/区水利局.md remind --out-dir notices
check "... the database is unchanged, and no notice was written" \
  bash -c 'cmp -s notices/区水利局.md db.orig && test "$(ls -A notices | grep -v -e "-wal$" -e "-shm$")" = 区水利局.md'
cd "$HOSTILE_WORK" || exit 1

# --- 3. backups appear whole or not at all; signals leave no part behind ----------------------
mkdir signals && cd signals || exit 1
members=${OUTPUTS_MEMBERS:-60000}
c -q db init
awk -v n="$members" 'BEGIN {
  print "委员编号,姓名,性别,民族,党派,界别,工作单位,职务,手机,届次,是否常委,角色,在职状态"
  for (i = 1; i <= n; i++)
    printf "W%06d,委员%06d,男,汉族,民盟,教育界,区第%d中学教育集团附属实验学校,校长兼党总支书记,139%08d,16,否,,在职\n", i, i, i, i
}' >members.csv
c -q member import members.csv || bad "the $members-member database could not be built"
check "the database holds $members members" \
  test "$(sqlite3 cppcc.db 'SELECT count(*) FROM members')" = "$members"

# Starts `cppcc ARGS`, waits for its temporary file (named PATTERN) to appear and sends
# SIGNAL to cppcc itself; sets `landed` when the signal ended it, and `status`. The shell
# ignores SIGINT in a background job, and so would cppcc: env restores the defaults.
interrupt() { # SIGNAL PATTERN ARGS...
  local signal=$1 pattern=$2 job i
  shift 2
  landed=""
  rm -f cppcc.pid
  (
    trap - EXIT
    hostile_env env --default-signal=INT,TERM,HUP \
      bash -c 'echo $$ >cppcc.pid; umask 000; exec cppcc "$@"' cppcc "$@" >/dev/null 2>&1
  ) &
  job=$!
  for ((i = 0; i < 4000; i++)); do
    if [[ -s cppcc.pid ]] && compgen -G "$pattern" >/dev/null; then
      kill -s "$signal" "$(cat cppcc.pid)" 2>/dev/null && landed=yes
      break
    fi
    kill -0 "$job" 2>/dev/null || break
    sleep 0.002
  done
  wait "$job"
  status=$?
  rm -f cppcc.pid
  [[ $status -gt 128 ]] || landed=""
}
# Interrupts until a signal lands while the file is written (the copy may be quick).
interrupt_landing() { # SIGNAL PATTERN ARGS...
  for _ in 1 2 3 4 5 6; do
    rm -f "${@: -1}" 2>/dev/null
    interrupt "$@"
    [[ -n $landed ]] && return 0
  done
  return 1
}

for signal in INT TERM HUP; do
  rm -f members-out.csv
  if interrupt_landing "$signal" '.members-out.csv.cppcc-partial-*' member export --out members-out.csv; then
    ok "SIG$signal landed during a $members-member export (exit $status)"
    check "... it left no temporary file holding the phone numbers" test -z "$(partials)"
    check "... and no export" test ! -e members-out.csv
  else
    bad "SIG$signal never landed during the member export (exit $status)"
  fi
done

for signal in INT TERM HUP; do
  if interrupt_landing "$signal" '.backup.db.cppcc-partial-*' db backup backup.db; then
    ok "SIG$signal landed during db backup (exit $status)"
    check "... it left nothing that looks like a backup" test -z "$(ls -A | grep -v -e '^cppcc\.db' -e '^members\.csv$')"
  else
    bad "SIG$signal never landed during db backup (exit $status)"
  fi
done
if interrupt_landing KILL '.backup.db.cppcc-partial-*' db backup backup.db; then
  ok "SIGKILL landed during db backup (exit $status)"
  check "... the target does not exist" test ! -e backup.db
  check "... what it left is named as a part: $(partials | tr '\n' ' ')" \
    bash -c 'test -z "$(ls -A | grep -v -e "^cppcc\.db" -e "^members\.csv$" -e "^\.backup\.db\.cppcc-partial-......$")"'
else
  bad "SIGKILL never landed during db backup (exit $status)"
fi
c -q db backup backup.db
check "a retried backup succeeds" test -f backup.db
check "... it removed the part the killed one left" test -z "$(partials)"
check "... the backup passes integrity_check" test "$(sqlite3 backup.db 'PRAGMA integrity_check')" = ok
check "... and holds every member" test "$(sqlite3 backup.db 'SELECT count(*) FROM members')" = "$members"
check "... mode 0600 under umask 000" test "$(mode_of backup.db)" = 600
check "... and left no -journal, -wal or -shm of its own" test -z "$(ls -A | grep '^backup\.db.')"
sha=$(sha256sum <backup.db)
expect_fail "a backup onto an existing file is still refused" 73 "already exists" db backup backup.db
check "... which is unchanged" test "$(sha256sum <backup.db)" = "$sha"
ln -s nowhere dangling.db
expect_fail "a backup onto a dangling symbolic link is refused" 73 "already exists" db backup dangling.db
check "... and creates nothing where it points" test ! -e nowhere
cd "$HOSTILE_WORK" || exit 1

# --- 5. a failed write to standard output is exit 73 --------------------------------------------
mkdir stdout && cd stdout || exit 1
baseline || bad "the baseline database could not be built"
full() { # NAME ARGS...: cppcc ARGS > /dev/full exits 73 saying so
  local name=$1 rc err
  shift
  err=$(c "$@" 2>&1 >/dev/full)
  rc=$?
  if [[ $rc == 73 && $err == "cppcc: cannot write"*"No space left on device"* ]]; then
    ok "$name > /dev/full: exit 73 ($err)"
  else
    bad "$name > /dev/full: exit $rc, stderr: $err"
  fi
}
full "report annual" report annual --year 2023
full "proposal list --format csv" proposal list --format csv
full "proposal list (table)" --format table proposal list
full "member export (CSV to standard output)" member export
full "member export --format json" --format json member export
full "proposal show" proposal show P2023-001
full "db stats" db stats
full "config show" config show
full "remind" remind
err=$(c unit add --name 区交通局 2>&1 >/dev/full)
rc=$?
check "unit add > /dev/full: exit 73, saying its change was saved ($err)" \
  test "$rc" = 73 -a -n "$(grep 'No space left on device (the change itself was saved)' <<<"$err")"
check "... as it was" \
  test "$(sqlite3 cppcc.db "SELECT count(*) FROM units WHERE name = '区交通局'")" = 1
err=$(c -q unit add --name 区教育局 2>&1 >/dev/full)
check "a write printing nothing (-q) to /dev/full succeeds: $err" test -z "$err"

if [[ $(id -u) == 0 ]] && mkdir small && mount -t tmpfs -o size=64k tmpfs small 2>/dev/null; then
  mounted=$PWD/small
  dd if=/dev/zero of=small/filler bs=4k 2>/dev/null
  truncate -s -4096 small/filler # one page left
  expected=$(c report annual --year 2023 | wc -c)
  err=$(c report annual --year 2023 2>&1 >small/report.md)
  rc=$?
  if [[ $rc == 73 && $err == *"No space left on device"* ]]; then
    ok "report annual ($expected bytes) into a full tmpfs: exit 73 ($err, $(wc -c <small/report.md) bytes written)"
  else
    bad "report annual into a full tmpfs: exit $rc, stderr: $err"
  fi
  rm -f small/report.md
  dd if=/dev/zero of=small/filler-2 bs=4k 2>/dev/null # none left
  err=$(c proposal list --format csv 2>&1 >small/list.csv)
  rc=$?
  check "proposal list --format csv into a full tmpfs: exit 73 ($err)" \
    test "$rc" = 73 -a -n "$(grep 'No space left on device' <<<"$err")"
  rm -f small/list.csv
  expect_fail "an export --out a full tmpfs" 73 "No space left on device" \
    proposal export --out small/proposals.csv
  check "... leaves no export and no temporary file" test -z "$(ls -A small | grep -v '^filler')"
  umount small && mounted=""
else
  skipped+=("full tmpfs (needs root to mount)")
  echo "skipped: the full-disk checks on a 64 KiB tmpfs (need root to mount one)"
fi
cd "$HOSTILE_WORK" || exit 1

# --- 15. remind --out-dir takes back the notices of units with nothing due --------------------
mkdir remind && cd remind || exit 1
baseline || bad "the baseline database could not be built"
notices() { (cd "$1" && ls | tr '\n' ' '); }
c -q remind --within 3650 --out-dir out >/dev/null
first=$(notices out)
check "a first run with --within 3650 writes notices: $first" test -n "$first"
echo mine >out/mine.md
echo other >out/other.txt
c -q proposal reply P2023-003 --unit 区城管局 --result A --date 2024-02-20
c -q remind --within 0 --out-dir out >/dev/null
second=$(notices out)
expected=$(c --format csv remind --within 0 | awk -F, 'NR > 1 && $1 != "" { print $1 ".md" }' | sort -u | tr '\n' ' ')
check "after 区城管局 replied, a second run keeps only the notices due now, and the files it did not write: $second" \
  test "$second" = "mine.md other.txt $expected"
victim=$(cd out && ls *.md | grep -v '^mine\.md$' | head -1)
rm "out/$victim" && echo "the office's own" >"out/$victim"
c -q remind --as-of 2020-01-01 --out-dir out >/dev/null
check "a run with nothing due takes back every notice it wrote: $(notices out)" \
  test "$(notices out)" = "mine.md other.txt $victim "
check "... but not a file the office put under a notice's name" grep -qx "the office's own" "out/$victim"
check "... nor a file it did not write" grep -qx mine out/mine.md
cd "$HOSTILE_WORK" || exit 1

# --- 16. out-dirs are private and never followed through a link -------------------------------
cd remind || exit 1
c -q remind --out-dir a/b/c >/dev/null
check "under umask 000 --out-dir creates every directory 0700" \
  test "$(mode_of a) $(mode_of a/b) $(mode_of a/b/c)" = "700 700 700"
mkdir elsewhere && chmod 755 elsewhere
ln -s elsewhere link
expect_fail "a symbolic link given as --out-dir is refused" 73 "symbolic link" remind --out-dir link
expect_fail "... with a trailing slash too" 73 "symbolic link" remind --out-dir link/
ln -s nowhere dangling
expect_fail "a dangling symbolic link as --out-dir is refused" 73 "symbolic link" remind --out-dir dangling
check "... the directories they point to are untouched" \
  test -z "$(ls -A elsewhere)" -a ! -e nowhere -a "$(mode_of elsewhere)" = 755
mkdir -p real/sub && ln -s real via
c -q remind --out-dir via/sub >/dev/null
check "a link among the parents is followed, as for files" test -n "$(ls real/sub)"
cd "$HOSTILE_WORK" || exit 1

checks_finish "output"
