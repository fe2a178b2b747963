# Shared by tests/reliability/crash_*.sh and concurrency.sh (sourced, not run; this
# directory is not globbed by CTest). Sets up a private work directory, a seeded random
# number generator (so that a rerun kills at the same moments) and small helpers.
#
#   source "$(dirname "$0")/lib/crash_common.sh"
#   rel_setup "$1"          # the cppcc binary; sets $cppcc, $work, $ledger
#
# The environment of every cppcc run is fixed (CPPCC_TODAY, CPPCC_CLOCK, USER, LANG) so
# that two runs of the same command write the same rows.

rel_setup() {
  if [[ $# -lt 1 || ! -x $1 ]]; then
    echo "usage: bash $0 path/to/cppcc" >&2
    exit 2
  fi
  cppcc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  ledger=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../scripts/lib" && pwd)/gen-ledger.awk
  work=$(mktemp -d "${TMPDIR:-/tmp}/cppcc-reliability.XXXXXX")
  rel_pids=()
  trap rel_cleanup EXIT
  export LANG=C.UTF-8 TZ=UTC USER=reliability CPPCC_TODAY=2024-03-01
  export CPPCC_CLOCK='2024-03-01 09:00:00'
  unset CPPCC_DB CPPCC_BUSY_TIMEOUT_MS LC_ALL LC_MESSAGES
  rel_seed=${RELIABILITY_SEED:-20240301}
}

# Kills what this script started and is still running, then removes the work directory.
rel_cleanup() {
  local pid
  for pid in "${rel_pids[@]}"; do
    kill -KILL "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  rm -rf "$work"
}

# Fails the test with a message on stderr.
die() {
  echo "FAIL: $*" >&2
  exit 1
}

# Next number of the seeded generator, 0 <= n < $1 (the LCG of gen-ledger.awk).
rand_below() {
  rel_seed=$(((rel_seed * 1103515245 + 12345) % 2147483648))
  rand=$(((rel_seed / 65536) % $1))
}

# Milliseconds since the epoch, without a fork.
now_ms() {
  local t=${EPOCHREALTIME/[.,]/}
  echo $((t / 1000))
}

sleep_ms() {
  sleep "$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))"
}

# One value from the database, read with sqlite3 (after cppcc's own db check has run).
sql() {
  sqlite3 -batch -noheader "$db" "$1"
}

# `cppcc db check` must pass on $db.
check_db() {
  local out
  out=$("$cppcc" --db "$db" db check 2>&1) || die "db check failed after $1: $out"
}

# Starts "$@" in the background with its output in $work/out and $work/err, waits
# $1 milliseconds, kills it with SIGKILL and sets $status to its exit status (137 when
# the kill landed while it ran, its own status when it had finished already).
run_and_kill() {
  local delay=$1 pid
  shift
  "$@" >"$work/out" 2>"$work/err" &
  pid=$!
  rel_pids+=("$pid")
  sleep_ms "$delay"
  kill -KILL "$pid" 2>/dev/null || true
  status=0
  { wait "$pid"; } 2>/dev/null || status=$? # (without bash's "Killed" notice)
  rel_pids=("${rel_pids[@]/$pid/}")
}
