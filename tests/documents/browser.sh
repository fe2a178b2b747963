#!/usr/bin/env bash
# The sample year's annual report as a reader's browser takes it (issue 22): headless
# Chromium opens the page cppcc wrote (--format html) and takes a screenshot of it, cppcc
# prints the PDF through the same Chromium (--format pdf), and pdftotext (poppler-utils)
# finds the seed's figures and the Chinese title in that PDF, set in a CJK font.
#
#   tests/documents/browser.sh path/to/cppcc     (CTest: documents.browser)
#
# Without Chromium or pdftotext it skips (exit 77), unless CPPCC_REQUIRE_BROWSER=1
# (scripts/test, which installs both), when a missing one is a failure. Prints how long
# each step took. BROWSER_KEEP=DIR keeps the page, the screenshot and the PDF there.
set -uo pipefail
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)

missing() {
  if [[ ${CPPCC_REQUIRE_BROWSER:-} == 1 ]]; then
    echo "FAILED: $1 is not installed, and CPPCC_REQUIRE_BROWSER=1 (install the Debian package $2)" >&2
    exit 1
  fi
  echo "skipped: $1 is not installed (the Debian package $2; CPPCC_REQUIRE_BROWSER=1 makes this a failure)"
  exit 77
}
chromium=${CPPCC_CHROMIUM:-}
if [[ -z $chromium ]]; then
  for name in chromium chromium-browser google-chrome; do
    chromium=$(command -v "$name") && break
  done
fi
[[ -n $chromium && -x $(command -v "$chromium" 2>/dev/null) ]] || missing Chromium chromium
command -v pdftotext >/dev/null || missing pdftotext poppler-utils

work=$(mktemp -d "${TMPDIR:-/tmp}/cppcc-browser.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
failures=0
fail() { echo "FAILED: $*" >&2; failures=$((failures + 1)); }
ms() { date +%s%3N; }
step() { printf '  %-52s %6d ms\n' "$1" $(($(ms) - $2)); }

export CPPCC_TODAY=2024-03-01 LANG=C.UTF-8 TZ=UTC
CPPCC_BIN=$binary "$root/scripts/load-sample" "$work/cppcc.db" || { echo "FAILED: load-sample" >&2; exit 1; }
cppcc() { "$binary" --db "$work/cppcc.db" --config "$root/samples/2023/cppcc.yaml" --lang zh "$@"; }

echo "documents.browser with $chromium ($("$chromium" --version 2>/dev/null | head -1))"
t=$(ms)
cppcc report annual --year 2023 --format html >page.html || fail "report annual --format html"
step "report annual --format html" "$t"

# The screenshot: the page as a screen shows it, 1240 px wide (A4 at 150 dpi).
t=$(ms)
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --user-data-dir="$work/profile" --window-size=1240,1754 --screenshot="$work/shot.png" \
  "file://$work/page.html" >chromium.log 2>&1 || fail "Chromium's screenshot: $(tail -1 chromium.log)"
step "Chromium: screenshot of the page" "$t"
if [[ -s shot.png ]]; then
  # A PNG of the window's size, with something drawn on it (a blank one compresses to a
  # few kilobytes).
  read -r width height < <(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print(*struct.unpack(">II", d[16:24])) if d[:8]==b"\x89PNG\r\n\x1a\n" else print(0, 0)' shot.png)
  [[ $width == 1240 && $height == 1754 ]] || fail "the screenshot is ${width}x${height}, not 1240x1754"
  (($(wc -c <shot.png) > 40000)) || fail "the screenshot is nearly empty ($(wc -c <shot.png) bytes)"
else
  fail "no screenshot written"
fi

# The PDF, printed by cppcc itself through the same Chromium.
t=$(ms)
CPPCC_CHROMIUM=$chromium cppcc report annual --year 2023 --format pdf >annual.pdf ||
  fail "report annual --format pdf"
step "cppcc report annual --format pdf" "$t"
if [[ $(head -c 5 annual.pdf) != %PDF- ]]; then
  fail "report annual --format pdf wrote no PDF"
else
  info=$(pdfinfo annual.pdf 2>/dev/null)
  pages=$(awk '/^Pages:/ { print $2 }' <<<"$info")
  grep -Eq '^Page size: +59[45](\.[0-9]+)? x 84[12](\.[0-9]+)? pts \(A4\)' <<<"$info" ||
    fail "the pages are not A4: $(grep '^Page size' <<<"$info")"
  ((pages >= 3)) || fail "$pages pages: the report's parts begin on pages of their own"
  pdftotext -layout annual.pdf annual.txt
  for figure in 426 368 853 99 210; do
    grep -qw "$figure" annual.txt || fail "the PDF's text lacks the seed's figure $figure"
  done
  grep -q '汉江区政协2023年工作综述' annual.txt || fail "the PDF's text lacks the title"
  grep -q '提案类别' annual.txt || fail "the PDF's text lacks the charts' labels"
  # Chinese set in a CJK font Chromium found (fonts-noto-cjk), not in boxes of a fallback.
  grep -aEq 'FontName */[A-Z]{6}\+[A-Za-z]*(CJK|Han|YaHei|Hei|Song)' annual.pdf ||
    fail "no CJK font in the PDF (install fonts-noto-cjk)"
  echo "  the PDF: ${pages} pages, A4, the seed's figures 426 368 853 99 210 in its text"
fi
if [[ -n ${BROWSER_KEEP:-} ]]; then
  mkdir -p "$BROWSER_KEEP" && cp page.html shot.png annual.pdf "$BROWSER_KEEP/"
fi
((failures == 0)) || exit 1
echo "ok"
