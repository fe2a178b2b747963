#!/usr/bin/env bash
# The dependency rule of docs/architecture.md, checked on the sources: a file in lib/ may
# include its own directory and the layers below it, never one beside or above. The
# includes that still break the rule are listed below, each one a fault the architecture
# document names; the list may only shrink (an entry no longer found fails too, so that it
# is taken off when the fault is fixed).
#
#   tests/layers.sh
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
declare -A rank=([util]=0 [model]=0 [io]=1 [render]=1 [config]=2 [storage]=3 [records]=4
  [workflow]=5 [import]=6 [scoring]=6 [reports]=7)
known=(
  "config/config.hpp -> reports"
  "config/config.hpp -> scoring"
  "config/config.hpp -> workflow"
  "records/members.cpp -> workflow"
  "records/opinions.cpp -> workflow"
  "records/proposals.cpp -> workflow"
)
status=0 found=()
cd "$root/lib"
for file in $(find . -name '*.cpp' -o -name '*.hpp' | sed 's|^\./||' | sort); do
  dir=${file%%/*}
  [[ $file == */* ]] || dir=util # lib/error.hpp: the error types every layer throws
  [[ -n ${rank[$dir]:-} ]] || { echo "lib/$file: a directory no layer names ($dir)"; status=1; continue; }
  for used in $(grep -oE '^#include "[a-z_]+/' "$file" | sed 's/#include "//; s|/||' | sort -u); do
    [[ $used == "$dir" ]] && continue
    [[ -n ${rank[$used]:-} ]] || continue
    if ((rank[$used] >= rank[$dir])); then
      found+=("$file -> $used")
    fi
  done
done
for entry in "${found[@]}"; do
  printf '%s\n' "${known[@]}" | grep -qxF "$entry" && continue
  echo "lib/$entry: includes a layer beside or above its own (docs/architecture.md)"
  status=1
done
for entry in "${known[@]}"; do
  printf '%s\n' "${found[@]}" | grep -qxF "$entry" && continue
  echo "lib/$entry: no longer found; take it off the known list in tests/layers.sh"
  status=1
done
exit $status
