#!/usr/bin/env bash
# Crash safety of a bulk import (issue 6, docs/reliability.md): `cppcc proposal import`
# of a 50,000-row ledger is killed with SIGKILL at seeded random moments spread over
# the import's duration. After every kill `cppcc db check` passes and the database
# holds either none of the file or all of it (the proposal, event, assignment,
# co-signer, audit and search-queue counts all equal the counts before the import or
# those after the whole file), never a part. Then an import runs to the end and the
# proposal count is the file's row count.
#
#   bash tests/reliability/crash_import.sh path/to/cppcc
#
# RELIABILITY_SEED changes the kill moments; CRASH_IMPORT_ROWS and CRASH_IMPORT_KILLS
# the ledger's size (50000) and the number of kills (20).
set -euo pipefail
source "$(dirname "$0")/lib/crash_common.sh"
rel_setup "${1:-}"
rows=${CRASH_IMPORT_ROWS:-50000}
kills_wanted=${CRASH_IMPORT_KILLS:-20}
members=900
started=$(now_ms)

# --- the ledgers and a database with the members and units they name --------------
awk -v kind=members -v rows=$members -f "$ledger" >"$work/members.csv"
awk -v kind=units -f "$ledger" >"$work/units.csv"
awk -v kind=proposals -v rows="$rows" -v members=$members -f "$ledger" >"$work/proposals.csv"
# The same generator's first rows (it depends on nothing but the row number).
awk -v kind=proposals -v rows=$((rows / 10)) -v members=$members -f "$ledger" >"$work/sample.csv"
base=$work/base.db
"$cppcc" --db "$base" -q db init
"$cppcc" --db "$base" -q member import "$work/members.csv"
"$cppcc" --db "$base" -q unit import "$work/units.csv"

db=$work/crash.db
reset_db() {
  rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
  cp "$base" "$db"
}

# Row counts of every table an import writes, as one line.
fingerprint() {
  sql "SELECT (SELECT count(*) FROM proposals) || ' ' || (SELECT count(*) FROM proposal_events)
       || ' ' || (SELECT count(*) FROM assignments) || ' ' || (SELECT count(*) FROM proposal_cosigners)
       || ' ' || (SELECT count(*) FROM audit_log) || ' ' || (SELECT count(*) FROM search_pending)
       || ' ' || (SELECT count(*) FROM members) || ' ' || (SELECT count(*) FROM units)"
}

# --- how long the whole import takes: a tenth of the file, scaled up by 12 rather than
# 10 — an estimate past the end only makes the last kills come too late, which shortens
# it (below), while one short of the end would never kill the commit -----------------
reset_db
t0=$(now_ms)
"$cppcc" --db "$db" -q proposal import "$work/sample.csv"
sample_ms=$(($(now_ms) - t0))
estimate_ms=$((sample_ms * 12))
reset_db
before=$(fingerprint)
[[ ${before%% *} == 0 ]] || die "the base database already holds proposals: $before"

# --- the kills: one in each of kills_wanted slices of the estimated duration, at a
# seeded random moment within it. Slice i of N covers (i/N)² … ((i+1)/N)² of it: the
# slices grow towards the end, so the kills cover the whole import (the last slice is
# its last tenth, where it commits) in about a third of the time equal slices would
# take, since every killed import starts again from the beginning -------------------
after="" kills=0 completed=0 attempts=0 slice=0 kill_ms=() kills_whole=0
while ((kills < kills_wanted)); do
  attempts=$((attempts + 1))
  ((attempts <= kills_wanted * 3)) || die "only $kills kills landed in $attempts attempts"
  rand_below 1000
  point=$((slice * 1000 + rand))
  delay=$((estimate_ms * point * point / (kills_wanted * kills_wanted * 1000000)))
  run_and_kill "$delay" "$cppcc" --db "$db" -q proposal import "$work/proposals.csv"
  check_db "the import killed at ${delay} ms"
  seen=$(fingerprint)
  case $status in
    137) kills=$((kills + 1)) slice=$(((slice + 1) % kills_wanted))
      kill_ms+=("$delay") ;;
    0) completed=$((completed + 1))
      # Finished before the kill: the estimate was long; aim earlier from now on.
      estimate_ms=$((delay * 95 / 100)) ;;
    *) die "the import exited $status (killed at ${delay} ms): $(cat "$work/err")" ;;
  esac
  if [[ $seen == "$before" ]]; then
    continue
  fi
  if [[ ${seen%% *} != "$rows" ]]; then
    die "after a kill at ${delay} ms the database holds part of the import: counts $seen (before: $before)"
  fi
  # All of it: committed before the kill landed. Every such state must be the same.
  [[ $status != 137 ]] || kills_whole=$((kills_whole + 1))
  [[ -z $after || $seen == "$after" ]] || die "two complete imports differ: $seen and $after"
  after=$seen
  reset_db
done

# --- then an import runs to its end on the database that survived the kills ----------
t0=$(now_ms)
summary=$("$cppcc" --db "$db" proposal import "$work/proposals.csv")
full_ms=$(($(now_ms) - t0))
check_db "the full import"
final=$(fingerprint)
[[ ${final%% *} == "$rows" ]] || die "after the full import: counts $final, expected $rows proposals"
[[ -z $after || $final == "$after" ]] || die "the full import ($final) differs from one that a kill did not stop ($after)"
[[ $summary == *"$rows"* ]] || die "the import's summary does not name $rows rows: $summary"

kill_list=$(printf ' %s' "${kill_ms[@]}")
echo "crash_import: $kills SIGKILLs survived over a ${rows}-row import (${full_ms} ms in full," \
  "estimate ${estimate_ms} ms): $((kills - kills_whole)) left none of the file, $kills_whole all of it," \
  "none a part; db check ok after each; $completed more runs finished before their kill;" \
  "kills at (ms):$kill_list; total $((($(now_ms) - started) / 1000)) s"
