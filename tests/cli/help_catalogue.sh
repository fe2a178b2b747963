#!/usr/bin/env bash
# The help catalogue (schemas/locale/messages/help.yaml) and the command line agree: every
# visible command and option has its help text, and no entry names one that does not exist.
#
#   tests/cli/help_catalogue.sh path/to/cppcc
set -euo pipefail
binary=$1
catalogue=$(cd "$(dirname "$0")/../.." && pwd)/schemas/locale/messages/help.yaml
work=$(mktemp -d "${TMPDIR:-/tmp}/cppcc-help.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$binary" __help-keys | cut -f1 | sort >"$work/needed"
grep -E '^help[^ ]*:$' "$catalogue" | sed 's/:$//' | sort >"$work/written"
status=0
if ! diff -u "$work/written" "$work/needed" >"$work/diff"; then
  echo "help.yaml and the command line differ (- only in help.yaml, + only in the command line):"
  grep -E '^[-+][^-+]' "$work/diff"
  status=1
fi
# Every key shows its own text in each language (a key missing from the catalogue shows
# itself; a missing Chinese text shows the English).
"$binary" --lang en __help-keys >"$work/en"
"$binary" --lang zh __help-keys >"$work/zh"
if awk -F'\t' '$2 == "" || $2 == $1' "$work/en" | grep .; then
  echo "the help above has no English text"
  status=1
fi
if paste "$work/en" "$work/zh" | awk -F'\t' '$2 == $4' | cut -f1 | grep .; then
  echo "the help above has no Chinese text"
  status=1
fi
exit $status
