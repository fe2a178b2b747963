#!/usr/bin/env bash
# scripts/demo as a new user runs it, on the binary under test: it must exit 0 and end
# with the sample year's annual report (工作综述).
#
#   tests/demo_runs.sh path/to/cppcc
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cppcc-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
if ! DEMO_DIR=$work/demo CPPCC_BIN=$1 "$root/scripts/demo" >"$work/log" 2>&1; then
  echo "scripts/demo failed:"
  tail -20 "$work/log"
  exit 1
fi
tail -5 "$work/log" | grep -q 'written to' && grep -q '工作综述' "$work/log" || {
  echo "scripts/demo did not end with the annual report:"
  tail -20 "$work/log"
  exit 1
}
