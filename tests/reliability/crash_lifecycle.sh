#!/usr/bin/env bash
# Crash safety of the proposal lifecycle (issue 6, docs/reliability.md): a stream of
# workflow commands (file, assign, reply, unsatisfied feedback, reply again, satisfied
# feedback — a proposal's whole second-round path) is killed with SIGKILL at seeded
# random moments. After every kill `cppcc db check` passes and the database is exactly
# the one before that command or the one after it — the proposal's state, filing
# number, round and due date, its events and assignments and every table's row count
# equal those of a reference run without kills — and a killed command that did not
# land is run again until it does. At the end the database equals the reference.
#
#   bash tests/reliability/crash_lifecycle.sh path/to/cppcc
#
# RELIABILITY_SEED changes the kill moments; CRASH_LIFECYCLE_PROPOSALS the number of
# proposals walked through the lifecycle (10, six commands each).
set -euo pipefail
source "$(dirname "$0")/lib/crash_common.sh"
rel_setup "${1:-}"
proposals=${CRASH_LIFECYCLE_PROPOSALS:-10}
started=$(now_ms)

# --- a database with members, units and proposals waiting for review ---------------
awk -v kind=members -v rows=60 -f "$ledger" >"$work/members.csv"
awk -v kind=units -f "$ledger" >"$work/units.csv"
{
  echo "code,title,proposer,cosigners,category,submitted"
  for ((i = 1; i <= proposals; i++)); do
    printf 'L%04d,关于第%d项民生实事的建议,%s,%s,社会建设,2023-01-%02d\n' "$i" "$i" \
      "$(sed -n "$((i + 1))p" "$work/members.csv" | cut -d, -f2)" \
      "$(sed -n "$((i + 21))p" "$work/members.csv" | cut -d, -f2)" $((i % 28 + 1))
  done
} >"$work/proposals.csv"
base=$work/base.db
"$cppcc" --db "$base" -q db init
"$cppcc" --db "$base" -q member import "$work/members.csv"
"$cppcc" --db "$base" -q unit import "$work/units.csv"
"$cppcc" --db "$base" -q proposal import "$work/proposals.csv"

# The command stream: each proposal through two handling rounds to its conclusion.
commands=()
for ((i = 1; i <= proposals; i++)); do
  code=$(printf 'L%04d' "$i")
  commands+=(
    "proposal file $code --date 2023-02-01"
    "proposal assign $code --lead 区水利局 --joint 区住建局 --date 2023-02-06"
    "proposal reply $code --unit 区水利局 --result C --text 列入明年计划 --date 2023-03-01"
    "proposal feedback $code --contact phone --satisfaction unsatisfied --date 2023-03-10"
    "proposal reply $code --unit 区水利局 --result A --text 已解决 --date 2023-04-03"
    "proposal feedback $code --contact visit --satisfaction satisfied --date 2023-04-12"
  )
done

# Everything a command may change, as one line: the target proposal's row and its
# events and assignments, and every table's row count.
fingerprint() {
  local code=$1
  sql "SELECT p.status || '|' || ifnull(p.filing_no, '') || '|' || p.round || '|' ||
         ifnull(p.due, '') || '|' || ifnull(p.replied, '') || '|' || ifnull(p.result, '') || '|' ||
         ifnull(p.satisfaction, '') || '|' || ifnull(p.concluded, '') || '|' || p.updated_at || '|' ||
         (SELECT count(*) || ':' || ifnull(group_concat(action, ','), '') FROM
            (SELECT action FROM proposal_events WHERE proposal_id = p.id ORDER BY id)) || '|' ||
         (SELECT count(*) || ':' || ifnull(group_concat(ifnull(replied, '-') || ifnull(result, '-'), ','), '')
            FROM (SELECT replied, result FROM assignments WHERE proposal_id = p.id ORDER BY id)) || '|' ||
         (SELECT count(*) FROM proposals) || ' ' || (SELECT count(*) FROM proposal_events) || ' ' ||
         (SELECT count(*) FROM assignments) || ' ' || (SELECT count(*) FROM audit_log) || ' ' ||
         (SELECT count(*) FROM proposal_cosigners) || ' ' || (SELECT count(*) FROM search_pending)
       FROM proposals p WHERE p.code = '$code'"
}
code_of() { # the proposal a command acts on
  local words
  read -ra words <<<"$1"
  echo "${words[2]}"
}

# --- the reference: the stream without kills, a fingerprint before and after each ---
db=$work/reference.db
cp "$base" "$db"
declare -a ref_before ref_after
reference_ms=0
for ((k = 0; k < ${#commands[@]}; k++)); do
  code=$(code_of "${commands[k]}")
  ref_before[k]=$(fingerprint "$code")
  read -ra argv <<<"${commands[k]}"
  t0=$(now_ms)
  "$cppcc" --db "$db" -q "${argv[@]}" || die "reference run: '${commands[k]}' failed"
  reference_ms=$((reference_ms + $(now_ms) - t0))
  ref_after[k]=$(fingerprint "$code")
  [[ ${ref_before[k]} != "${ref_after[k]}" ]] || die "reference run: '${commands[k]}' changed nothing"
done
# One command's time. Kills are aimed at ½ … 1× an estimate of it, which shrinks when a
# command finishes first and grows when one is killed: they home in on the command's
# end, where it writes and commits.
command_ms=$((reference_ms / ${#commands[@]}))
((command_ms > 0)) || command_ms=1
[[ $(sql "SELECT count(*) FROM proposals WHERE status = 'concluded'") == "$proposals" ]] ||
  die "reference run: not every proposal was concluded"
reference_dump=$(sqlite3 "$db" .dump)

# --- the stream again, each command killed at a random moment until one finishes -----
db=$work/crash.db
cp "$base" "$db"
kills=0 rolled_back=0 landed=0 attempts=0
for ((k = 0; k < ${#commands[@]}; k++)); do
  code=$(code_of "${commands[k]}")
  read -ra argv <<<"${commands[k]}"
  while :; do
    attempts=$((attempts + 1))
    rand_below $((command_ms / 2 + 1))
    delay=$((command_ms / 2 + rand))
    run_and_kill "$delay" "$cppcc" --db "$db" -q "${argv[@]}"
    [[ $status == 0 || $status == 137 ]] ||
      die "'${commands[k]}' exited $status: $(cat "$work/err")"
    check_db "'${commands[k]}' killed at ${delay} ms"
    seen=$(fingerprint "$code")
    if [[ $status == 137 ]]; then
      kills=$((kills + 1)) command_ms=$((command_ms * 21 / 20 + 1))
      if [[ $seen == "${ref_before[k]}" ]]; then
        rolled_back=$((rolled_back + 1))
        continue # not applied: run it again
      fi
      [[ $seen == "${ref_after[k]}" ]] ||
        die "after '${commands[k]}' was killed at ${delay} ms: $seen, neither before (${ref_before[k]}) nor after (${ref_after[k]})"
      landed=$((landed + 1))
      break
    fi
    [[ $seen == "${ref_after[k]}" ]] ||
      die "after '${commands[k]}' finished: $seen, expected ${ref_after[k]}"
    command_ms=$((command_ms * 9 / 10 + 1))
    break
  done
done
((kills >= 20)) || die "only $kills of $attempts runs were killed"
[[ $(sqlite3 "$db" .dump) == "$reference_dump" ]] ||
  die "after the killed stream the database differs from the reference run"

echo "crash_lifecycle: $kills SIGKILLs survived over ${#commands[@]} lifecycle commands" \
  "($attempts runs, ~$((reference_ms / ${#commands[@]})) ms each): $rolled_back left the database as before the command," \
  "$landed as after it, none in between; db check ok after each; final database equal to" \
  "the unkilled reference; total $((($(now_ms) - started) / 1000)) s"
