#!/usr/bin/env bash
# scripts/demo as a new user runs it, on the binary under test: it must exit 0 and end
# with the sample year's annual report (工作综述).
#
#   tests/demo_runs.sh path/to/cppcc
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cppcc-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Without Chromium here (documents.browser prints the PDF): the demo must say so and go on.
if ! DEMO_DIR=$work/demo CPPCC_BIN=$1 CPPCC_CHROMIUM=no-such-chromium "$root/scripts/demo" \
  >"$work/log" 2>&1; then
  echo "scripts/demo failed:"
  tail -20 "$work/log"
  exit 1
fi
grep -q 'written to' "$work/log" && grep -q '工作综述' "$work/log" || {
  echo "scripts/demo did not end with the annual report:"
  tail -20 "$work/log"
  exit 1
}
# It ends listing the office's files it wrote: the Word document, the workbook, the HTML
# page, and no PDF without Chromium.
listed=true
for file in 年度综述.docx 年度综述.xlsx 年度综述.html; do
  tail -5 "$work/log" | grep -qx "  $work/demo/$file" && [[ -s $work/demo/$file ]] || listed=false
done
$listed && tail -1 "$work/log" | grep -q 'no PDF: .*chromium' || {
  echo "scripts/demo did not end with the list of the office's files:"
  tail -5 "$work/log"
  exit 1
}
