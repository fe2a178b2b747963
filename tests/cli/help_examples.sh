#!/usr/bin/env bash
# Every example the help shows runs when pasted: each `cppcc __examples` line is run with
# bash, in the order the help lists them, in one directory holding the sample year
# (samples/2023 loaded through scripts/load-sample, its cppcc.yaml beside the database),
# and must exit 0. The examples name the sample's records, so that a clerk trying one on
# the demo database sees it work.
#
#   tests/cli/help_examples.sh path/to/cppcc
set -uo pipefail
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cppcc-examples.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/office"
ln -s "$binary" "$work/bin/cppcc"
cd "$work/office"
cp "$root"/samples/2023/* . # its ledgers too, for the import examples
CPPCC_BIN=$binary "$root/scripts/load-sample" cppcc.db >/dev/null || { echo "load-sample failed"; exit 1; }
export PATH=$work/bin:$PATH CPPCC_DB=cppcc.db USER=clerk LANG=C.UTF-8 CPPCC_TODAY=2024-12-31
failed=0 ran=0
while IFS=$'\t' read -r command example; do
  ran=$((ran + 1))
  bash -c "$example" >"$work/out" 2>"$work/err"
  status=$?
  if ((status != 0)); then
    echo "FAILED (exit $status): the example of '${command:-cppcc}': $example"
    sed 's/^/    /' "$work/err" | head -5
    failed=$((failed + 1))
  fi
done < <(cppcc __examples)
echo "$ran examples, $failed failed"
((ran > 50 && failed == 0))
