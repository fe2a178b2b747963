#!/usr/bin/env bash
# The dependency rule of docs/architecture.md, held at three levels:
# 1. lib/CMakeLists.txt declares one target per layer; a layer may only use those declared
#    before it, and compiles against a view of lib/ holding only the layers it uses (an
#    include of another layer does not compile). Its graph is BUILD/lib/layers.txt.
# 2. Here, that graph: no cycle, and every edge goes down the picture of
#    docs/architecture.md (the ranks below), never beside or up.
# 3. Here, the sources: a file's includes stay in its own layer and the layers below it —
#    which also covers headers no target compiles on their own (model/).
#
#   tests/layers.sh BUILD_DIR
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
graph=${1:?usage: tests/layers.sh BUILD_DIR}/lib/layers.txt
[[ -f $graph ]] || { echo "$graph: missing (configure the build first)"; exit 1; }
# The picture of docs/architecture.md, bottom (0) to top.
declare -A rank=([util]=0 [model]=1 [io]=1 [render]=1 [similar]=1 [config]=2 [storage]=3 [records]=4
  [workflow]=5 [import]=6 [scoring]=6 [reports]=7 [documents]=3)
status=0

# 2. The declared graph.
declare -A uses=()
while IFS=: read -r layer used; do
  [[ -n ${rank[$layer]:-} ]] || { echo "layer $layer: not in the picture of docs/architecture.md"; status=1; continue; }
  uses[$layer]=$used
  for u in $used; do
    if [[ -z ${rank[$u]:-} ]] || ((rank[$u] >= rank[$layer])); then
      echo "lib/CMakeLists.txt: $layer uses $u, a layer beside or above it (docs/architecture.md)"
      status=1
    fi
  done
done <"$graph"
for layer in "${!rank[@]}"; do
  [[ -n ${uses[$layer]+x} ]] || { echo "lib/$layer: no target in lib/CMakeLists.txt"; status=1; }
done
# No cycle: repeatedly take off the layers whose uses are all taken off.
declare -A done=()
progress=1
while ((progress)); do
  progress=0
  for layer in "${!uses[@]}"; do
    [[ -n ${done[$layer]:-} ]] && continue
    ready=1
    for u in ${uses[$layer]}; do [[ -n ${done[$u]:-} ]] || ready=0; done
    ((ready)) && { done[$layer]=1; progress=1; }
  done
done
for layer in "${!uses[@]}"; do
  [[ -n ${done[$layer]:-} ]] || { echo "lib/CMakeLists.txt: $layer is on a cycle, or uses a layer that is"; status=1; }
done

# 3. The sources.
cd "$root/lib"
for file in $(find . -name '*.cpp' -o -name '*.hpp' | sed 's|^\./||' | sort); do
  dir=${file%%/*}
  [[ $file == */* ]] || continue # lib/error.hpp: the error types every layer throws
  [[ -n ${rank[$dir]:-} ]] || { echo "lib/$file: a directory no layer names ($dir)"; status=1; continue; }
  for used in $(grep -oE '^#include "[a-z_]+/' "$file" | sed 's/#include "//; s|/||' | sort -u); do
    [[ $used == "$dir" ]] && continue
    if [[ -z ${rank[$used]:-} ]] || ((rank[$used] >= rank[$dir])); then
      echo "lib/$file: includes $used/, a layer beside or above its own (docs/architecture.md)"
      status=1
    fi
  done
done
exit $status
