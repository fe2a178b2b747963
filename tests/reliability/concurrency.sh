#!/usr/bin/env bash
# Concurrency (issue 6, docs/reliability.md): for a bounded time, two writers — a
# sequence of proposal imports and a stream of lifecycle commands — and two cron-style
# readers — `report annual`, `report monthly`, `remind`, `db stats` — work on one
# database. Proven:
#   - no write is lost: the final proposal, event and assignment counts and each
#     walked proposal's state equal those of a serial reference run of exactly the
#     commands the writers saw succeed;
#   - readers never see a half-applied import: every annual report's figures and every
#     `db stats` count a reader printed equal those of the reference after a whole
#     number of imports;
#   - a read command sees one committed state: `db stats` under a stream of sqlite3
#     commits never counts half of one;
#   - a writer that waits past the busy timeout exits 75 saying to try again, and has
#     changed nothing: the lifecycle writer runs with a short timeout
#     (CPPCC_BUSY_TIMEOUT_MS) and retries, and at the end a write lock held by sqlite3
#     forces it deterministically, with the short timeout and with the default 5 s;
#     a reader is not blocked by that lock.
#
#   bash tests/reliability/concurrency.sh path/to/cppcc
#
# CONCURRENCY_SECONDS sets the concurrent phase's length (20); RELIABILITY_SEED the
# writers' pauses.
set -euo pipefail
source "$(dirname "$0")/lib/crash_common.sh"
rel_setup "${1:-}"
seconds=${CONCURRENCY_SECONDS:-20}
chunks=16 chunk_rows=300 walked=12 members=300
started=$(now_ms)

# --- ledgers: 2023 proposals in chunks, and 2022 proposals to walk through the lifecycle
awk -v kind=members -v rows=$members -f "$ledger" >"$work/members.csv"
awk -v kind=units -f "$ledger" >"$work/units.csv"
awk -v kind=proposals -v rows=$((chunks * chunk_rows)) -v members=$members -f "$ledger" |
  awk -v dir="$work" -v per=$chunk_rows '
    NR == 1 { header = $0; next }
    {
      if (!open_quote) {
        n++
        if ((n - 1) % per == 0) {
          if (f) close(f)
          f = sprintf("%s/chunk-%02d.csv", dir, int((n - 1) / per) + 1)
          print header >f
        }
      }
      print >f
      quotes += gsub(/"/, "\"")
      open_quote = quotes % 2
    }'
[[ -s $work/chunk-$chunks.csv ]] || die "the ledger was not split into $chunks chunks"
{
  echo "code,title,proposer,category,submitted"
  for ((i = 1; i <= walked; i++)); do
    printf 'L%04d,关于第%d项民生实事的建议,%s,社会建设,2022-01-%02d\n' "$i" "$i" \
      "$(sed -n "$((i + 1))p" "$work/members.csv" | cut -d, -f2)" $((i % 28 + 1))
  done
} >"$work/walked.csv"
commands=()
for ((i = 1; i <= walked; i++)); do
  code=$(printf 'L%04d' "$i")
  commands+=(
    "proposal file $code --date 2022-02-01"
    "proposal assign $code --lead 区水利局 --joint 区住建局 --date 2022-02-06"
    "proposal reply $code --unit 区水利局 --result C --date 2022-03-01"
    "proposal feedback $code --contact phone --satisfaction unsatisfied --date 2022-03-10"
    "proposal reply $code --unit 区水利局 --result A --date 2022-04-03"
    "proposal feedback $code --contact visit --satisfaction satisfied --date 2022-04-12"
  )
done

base=$work/base.db
"$cppcc" --db "$base" -q db init
"$cppcc" --db "$base" -q member import "$work/members.csv"
"$cppcc" --db "$base" -q unit import "$work/units.csv"
"$cppcc" --db "$base" -q proposal import "$work/walked.csv"

# The annual report's figures on one line.
figures() {
  "$cppcc" --db "$1" report annual --year 2023 --format json |
    awk '/"figures": \{/ { on = 1; next } on && /^  \}/ { on = 0; next } on { sub(/^ +/, ""); printf "%s", $0 }'
}
# The tables only imports write (lifecycle commands do not), from `db stats`.
import_counts() {
  "$cppcc" --db "$1" db stats --format json |
    awk -F'[":, ]+' '$2 == "proposals" || $2 == "proposal_cosigners" || $2 == "search_pending" { printf "%s=%s ", $2, $3 }'
}
counts() {
  sqlite3 "$1" "SELECT (SELECT count(*) FROM proposals) || ' ' || (SELECT count(*) FROM proposal_events) || ' ' ||
                       (SELECT count(*) FROM assignments) || ' ' || (SELECT count(*) FROM audit_log)"
}
walked_states() {
  sqlite3 "$1" "SELECT group_concat(code || '=' || status || '/' || round, ' ') FROM
                  (SELECT code, status, round FROM proposals WHERE code LIKE 'L%' ORDER BY code)"
}

# --- the reference, serially: what a reader may see after each whole import, and what
# each import and lifecycle command adds --------------------------------------------
ref=$work/reference.db
cp "$base" "$ref"
: >"$work/allowed-figures" && : >"$work/allowed-counts"
declare -a ref_counts ref_cmd_counts ref_cmd_states
for ((k = 0; k <= chunks; k++)); do
  if ((k > 0)); then
    "$cppcc" --db "$ref" -q proposal import "$(printf '%s/chunk-%02d.csv' "$work" $k)"
  fi
  figures "$ref" >>"$work/allowed-figures" && echo >>"$work/allowed-figures"
  import_counts "$ref" >>"$work/allowed-counts" && echo >>"$work/allowed-counts"
  ref_counts[k]=$(counts "$ref")
done
[[ $(sort -u "$work/allowed-figures" | wc -l) == $((chunks + 1)) ]] ||
  die "the reference's annual figures do not tell the imports apart"
for ((k = 0; k < ${#commands[@]}; k++)); do
  read -ra argv <<<"${commands[k]}"
  "$cppcc" --db "$ref" -q "${argv[@]}" || die "reference run: '${commands[k]}' failed"
  ref_cmd_counts[k]=$(counts "$ref")
  ref_cmd_states[k]=$(walked_states "$ref")
done
# Adds up two "proposals events assignments audit" lines minus a third.
sum_counts() {
  local -a a b c
  read -ra a <<<"$1" && read -ra b <<<"$2" && read -ra c <<<"$3"
  echo "$((a[0] + b[0] - c[0])) $((a[1] + b[1] - c[1])) $((a[2] + b[2] - c[2])) $((a[3] + b[3] - c[3]))"
}
setup_ms=$(($(now_ms) - started))

# --- the concurrent phase ------------------------------------------------------------
db=$work/shared.db
cp "$base" "$db"
deadline=$(($(now_ms) + seconds * 1000))

# Writer 1: the chunks in order, a seeded pause between them; default busy timeout.
import_writer() {
  local k=1 rc rel_seed=$((rel_seed + 1))
  while ((k <= chunks && $(now_ms) < deadline)); do
    rc=0
    "$cppcc" --db "$db" proposal import "$(printf '%s/chunk-%02d.csv' "$work" $k)" \
      >"$work/import.out" 2>"$work/import.err" || rc=$?
    case $rc in
      0) echo "ok $k $(cat "$work/import.out")" ;;
      75) grep -q 'busy.*try again' "$work/import.err" || { echo "bad75 $(cat "$work/import.err")"; return; }
        echo "busy $k"
        continue ;;
      *) echo "fail $rc $(cat "$work/import.err")" && return ;;
    esac
    k=$((k + 1))
    rand_below 1200
    sleep_ms "$rand"
  done
}

# Writer 2: the lifecycle commands with a 100 ms busy timeout, each retried after 75.
lifecycle_writer() {
  local k=0 rc rel_seed=$((rel_seed + 2)) argv
  while ((k < ${#commands[@]} && $(now_ms) < deadline)); do
    read -ra argv <<<"${commands[k]}"
    rc=0
    CPPCC_BUSY_TIMEOUT_MS=100 "$cppcc" --db "$db" -q "${argv[@]}" \
      >/dev/null 2>"$work/lifecycle.err" || rc=$?
    case $rc in
      0) echo "ok $k" ;;
      75) grep -q 'busy.*try again' "$work/lifecycle.err" || { echo "bad75 $(cat "$work/lifecycle.err")"; return; }
        echo "busy $k"
        continue ;;
      *) echo "fail $rc ${commands[k]}: $(cat "$work/lifecycle.err")" && return ;;
    esac
    k=$((k + 1))
    rand_below 150
    sleep_ms "$rand"
  done
}

# Reader 1: the annual report, as fast as it goes.
report_reader() {
  local rc
  while (($(now_ms) < deadline)); do
    rc=0
    figures "$db" >"$work/figures.out" 2>"$work/report.err" || rc=$?
    ((rc == 0)) || { echo "fail $rc $(cat "$work/report.err")" && return; }
    echo "figures $(cat "$work/figures.out")"
  done
}

# Reader 2: cron's remind and monthly report, and db stats between them.
cron_reader() {
  local rc
  while (($(now_ms) < deadline)); do
    for command in "remind --as-of 2023-06-01" "report monthly --month 2023-03 --format json" \
      "db stats"; do
      rc=0
      if [[ $command == "db stats" ]]; then
        import_counts "$db" >"$work/cron.out" 2>"$work/cron.err" || rc=$?
      else
        read -ra argv <<<"$command"
        "$cppcc" --db "$db" "${argv[@]}" >"$work/cron.out" 2>"$work/cron.err" || rc=$?
      fi
      ((rc == 0)) || { echo "fail $rc $command: $(cat "$work/cron.err")" && return; }
      [[ $command == "db stats" ]] && echo "counts $(cat "$work/cron.out")" || echo "ok $command"
    done
  done
}

import_writer >"$work/import.log" &
rel_pids+=($!)
lifecycle_writer >"$work/lifecycle.log" &
rel_pids+=($!)
report_reader >"$work/report.log" &
rel_pids+=($!)
cron_reader >"$work/cron.log" &
rel_pids+=($!)
wait
rel_pids=()
phase_ms=$(($(now_ms) - deadline + seconds * 1000))

# --- what the writers and readers saw ----------------------------------------------
for log in import lifecycle report cron; do
  ! grep -E '^(fail|bad75)' "$work/$log.log" >&2 || die "the $log loop failed (above)"
done
imports=$(grep -c '^ok' "$work/import.log" || true)
steps=$(grep -c '^ok' "$work/lifecycle.log" || true)
import_busy=$(grep -c '^busy' "$work/import.log" || true)
lifecycle_busy=$(grep -c '^busy' "$work/lifecycle.log" || true)
reports=$(grep -c '^figures' "$work/report.log" || true)
cron_runs=$(grep -c -E '^(ok|counts)' "$work/cron.log" || true)
((imports > 0 && steps > 0 && reports > 0 && cron_runs > 0)) ||
  die "a loop did nothing: $imports imports, $steps lifecycle commands, $reports reports, $cron_runs cron runs"
# Each import's own summary says it inserted its chunk's rows.
while read -r _ k summary; do
  [[ $summary == *"$chunk_rows inserted"* ]] || die "import of chunk $k: $summary"
done < <(grep '^ok' "$work/import.log")

# Readers: every figure line and every count line is one the reference had after a
# whole number of imports.
bad=$(grep '^figures' "$work/report.log" | cut -d' ' -f2- | grep -Fxvf "$work/allowed-figures" | head -3 || true)
[[ -z $bad ]] || die "a reader's annual report matches no whole number of imports: $bad"
bad=$(grep '^counts' "$work/cron.log" | cut -d' ' -f2- | grep -Fxvf "$work/allowed-counts" | head -3 || true)
[[ -z $bad ]] || die "a reader's db stats match no whole number of imports: $bad"
distinct=$(grep '^figures' "$work/report.log" | sort -u | wc -l)

# Writers: nothing lost, nothing doubled.
check_db "the concurrent phase"
expected=$(sum_counts "${ref_counts[imports]}" "${ref_cmd_counts[steps - 1]}" "${ref_counts[chunks]}")
final=$(counts "$db")
[[ $final == "$expected" ]] ||
  die "after $imports imports and $steps lifecycle commands: counts (proposals events assignments audit) $final, expected $expected"
[[ $(walked_states "$db") == "${ref_cmd_states[steps - 1]}" ]] ||
  die "the walked proposals' states differ from the reference after $steps commands"

# --- the busy timeout, forced: sqlite3 holds the write lock with a row of its own ------
fingerprint() { sqlite3 "$db" .dump | md5sum; }
# sqlite3 takes the write lock and inserts a row of its own, then waits for the script's
# word (a FIFO) to roll back: the lock is held for as long as the checks take.
hold_lock() {
  rm -f "$work/locked" "$work/lock.fifo"
  mkfifo "$work/lock.fifo"
  sqlite3 "$db" <"$work/lock.fifo" &
  holder=$!
  rel_pids+=("$holder")
  exec 3>"$work/lock.fifo"
  echo "BEGIN IMMEDIATE;" >&3
  echo "INSERT INTO audit_log (at, operator, kind, record, action, changes) VALUES ('x', 'x', 'x', 'x', 'x', '{}');" >&3
  echo ".shell touch '$work/locked'" >&3
  local waited=0
  while [[ ! -e $work/locked ]]; do
    ((waited += 1)) && ((waited < 1000)) || die "sqlite3 did not take the write lock"
    sleep_ms 10
  done
}
release_lock() {
  echo "ROLLBACK;" >&3
  exec 3>&-
  wait "$holder" || die "sqlite3 holding the lock failed"
  rel_pids=()
}
# Runs a write that must give up with 75 after at least $1 ms, leaving the database as is.
expect_busy() {
  local min_ms=$1 t0 rc=0 took
  shift
  before=$(fingerprint)
  t0=$(now_ms)
  "$@" >"$work/busy.out" 2>"$work/busy.err" || rc=$?
  took=$(($(now_ms) - t0))
  [[ $rc == 75 ]] || die "'$*' under a held lock exited $rc, not 75: $(cat "$work/busy.err")"
  [[ $(cat "$work/busy.err") == "cppcc: the database is busy (another cppcc is writing); try again" ]] ||
    die "'$*' exited 75 with: $(cat "$work/busy.err")"
  ((took >= min_ms)) || die "'$*' gave up after $took ms, before the busy timeout ($min_ms ms)"
  busy_ms+=" $took"
}
busy_ms=""
final_before=$(fingerprint)
hold_lock
read -ra argv <<<"${commands[steps]:-member add --name 重试委员 --sector 教育界}"
expect_busy 300 env CPPCC_BUSY_TIMEOUT_MS=300 "$cppcc" --db "$db" -q "${argv[@]}"
expect_busy 300 env CPPCC_BUSY_TIMEOUT_MS=300 "$cppcc" --db "$db" -q proposal import "$work/chunk-$(printf '%02d' "$chunks").csv"
rc=0
figures "$db" >"$work/busy-figures" || rc=$?
((rc == 0)) && grep -Fxqf "$work/busy-figures" "$work/allowed-figures" ||
  die "a reader was blocked or misled by a held write lock (exit $rc)"
expect_busy 5000 "$cppcc" --db "$db" -q member add --name 锁等待 --sector 教育界
release_lock
[[ $(fingerprint) == "$final_before" ]] || die "the database changed under the held lock"
check_db "the forced busy timeouts"
# Once the lock is gone the same command goes through.
"$cppcc" --db "$db" -q "${argv[@]}" || die "'${argv[*]}' failed after the lock was released"
# A timeout that is not a number of milliseconds is refused as configuration (78).
rc=0
CPPCC_BUSY_TIMEOUT_MS=5s "$cppcc" --db "$db" db stats >/dev/null 2>"$work/busy.err" || rc=$?
[[ $rc == 78 && $(cat "$work/busy.err") == *"CPPCC_BUSY_TIMEOUT_MS is '5s'"* ]] ||
  die "CPPCC_BUSY_TIMEOUT_MS=5s: exit $rc, $(cat "$work/busy.err")"

# --- one snapshot per read command: sqlite3 commits a unit with its audit entry, as fast
# as it can, while `db stats` runs; every stats must count both or neither. (Regression:
# read commands ran each query in a snapshot of its own, and `db stats` printed counts
# from different commits, e.g. units=32420 audit_log=32509; a report could likewise mix
# figures from before and after an import.) ----------------------------------------
snap=$work/snapshot.db
sqlite3 "$db" ".backup '$snap'"
offset=$(sqlite3 "$snap" "SELECT (SELECT count(*) FROM audit_log) - (SELECT count(*) FROM units)")
awk 'BEGIN {
  print "PRAGMA synchronous = OFF;"
  q = "\047"
  for (i = 1; i <= 400000; i++)
    printf "BEGIN; INSERT INTO units (name, created_at, updated_at) VALUES (%ssnapshot %d%s, %sx%s, %sx%s);" \
      " INSERT INTO audit_log (at, operator, kind, record, action, changes) VALUES" \
      " (%sx%s, %sx%s, %sunit%s, %ssnapshot %d%s, %sadd%s, %s{}%s); COMMIT;\n",
      q, i, q, q, q, q, q, q, q, q, q, q, q, q, i, q, q, q, q, q
}' | sqlite3 "$snap" &
snap_writer=$!
rel_pids+=("$snap_writer")
sleep_ms 300
snap_seen=""
for ((i = 0; i < 40; i++)); do
  stats=$("$cppcc" --db "$snap" db stats --format json)
  units=$(awk -F'[":, ]+' '$2 == "units" { print $3 }' <<<"$stats")
  audit=$(awk -F'[":, ]+' '$2 == "audit_log" { print $3 }' <<<"$stats")
  (( audit - units == offset )) ||
    die "db stats read a half-committed state: units=$units audit_log=$audit (they differ by $offset when whole)"
  snap_seen+="$units"$'\n'
done
kill "$snap_writer" 2>/dev/null || true
{ wait "$snap_writer"; } 2>/dev/null || true
snap_distinct=$(sort -u <<<"$snap_seen" | wc -l)
((snap_distinct >= 20)) || die "the snapshot probe's writer was too slow: $snap_distinct distinct states in 40 reads"

echo "concurrency: ${phase_ms} ms with 2 writers and 2 readers: $imports imports of $chunk_rows rows" \
  "and $steps lifecycle commands succeeded ($import_busy + $lifecycle_busy busy exits 75, each retried)," \
  "$reports annual reports ($distinct distinct, each a whole number of imports) and" \
  "$cron_runs remind/monthly/stats runs; final counts = reference (no write lost);" \
  "forced busy: 3 writers exited 75 after$busy_ms ms, database unchanged;" \
  "40 db stats under $snap_distinct distinct commits, each a whole one;" \
  "setup ${setup_ms} ms, total $((($(now_ms) - started) / 1000)) s"
