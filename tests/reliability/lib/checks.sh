# The frame of the reliability scripts that are lists of checks against the real binary
# (edges, input_bytes, outputs, database_files). Sourced, not run:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib/checks.sh" "$1" NAME
#
# sets CPPCC_BIN (absolute), HOSTILE_LIB, HOSTILE_DATA and HOSTILE_WORK (a fresh
# directory named after NAME, the current directory from then on), sources hostile/lib.sh
# and provides ok/bad/check/equal, the `skipped` list and checks_finish. At exit it calls
# the script's checks_cleanup, if it defines one (unmounting, killing), then removes the
# work directory.
CPPCC_BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
HOSTILE_LIB=$here/hostile/lib.sh
HOSTILE_DATA=$(cd "$here/../data" && pwd)
HOSTILE_WORK=$(mktemp -d "${TMPDIR:-/tmp}/cppcc-$2.XXXXXX")
export CPPCC_BIN HOSTILE_LIB HOSTILE_DATA HOSTILE_WORK
checks_exit() {
  if declare -F checks_cleanup >/dev/null; then checks_cleanup; fi
  chmod -R u+rwX "$HOSTILE_WORK" 2>/dev/null
  rm -rf "$HOSTILE_WORK"
}
trap checks_exit EXIT
# shellcheck source=../hostile/lib.sh
source "$HOSTILE_LIB"
hostile_setup_bin
cd "$HOSTILE_WORK" || exit 1
started=$SECONDS
checks=0
failed=0
skipped=()

ok() { checks=$((checks + 1)); echo "ok   $1"; }
bad() { checks=$((checks + 1)); failed=$((failed + 1)); echo "FAIL $1" >&2; }
check() { # NAME COMMAND...: passes when COMMAND succeeds
  local name=$1
  shift
  if "$@"; then ok "$name"; else bad "$name"; fi
}
equal() { # NAME ACTUAL EXPECTED
  if [[ $2 == "$3" ]]; then ok "$1 ($2)"; else bad "$1: got '$2', expected '$3'"; fi
}
# The command `c ARGS…` (each script defines c: cppcc in its environment) exits RC with
# one stderr line, "cppcc: …FRAGMENT…".
expect_fail() { # NAME RC FRAGMENT ARGS...: exit RC, one "cppcc:" line holding FRAGMENT
  local name=$1 want=$2 fragment=$3 rc err
  shift 3
  err=$(c "$@" 2>&1 >/dev/null)
  rc=$?
  if [[ $rc == "$want" && $err == "cppcc: "*"$fragment"* && $(wc -l <<<"$err") == 1 ]]; then
    ok "$name (exit $rc: $err)"
  else
    bad "$name: exit $rc (expected $want), stderr: $err"
  fi
}
# The last line: "N LABEL checks passed (S s; skipped: …)", or FAILED and status 1.
checks_finish() { # LABEL
  local seconds=$((SECONDS - started))
  if ((failed)); then
    echo "FAILED: $failed of $checks $1 checks (${seconds} s)" >&2
    return 1
  fi
  echo "$checks $1 checks passed (${seconds} s${skipped[0]:+; skipped: ${skipped[*]}})"
}
