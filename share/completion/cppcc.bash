# bash completion for cppcc: commands, options, and the values the database knows (member
# and unit names, proposal codes, states, kinds), answered by `cppcc __complete`, which
# reads the database named on the line (--db, else $CPPCC_DB, else ./cppcc.db) read-only.
# Installed as /usr/share/bash-completion/completions/cppcc.

# The words of the line up to the cursor as cppcc will see them. bash splits COMP_WORDS at
# = ; ' : and the like as well as at blanks; words it split without a blank between them
# are joined again here, and quotes are dropped. Sets _cppcc_words (the last one the word
# being typed) and _cppcc_head: the part of that word before what bash will replace.
_cppcc_line_words() {
  local line=${COMP_LINE:0:COMP_POINT} i at=0 word joined="" start=1
  _cppcc_words=()
  for ((i = 0; i <= COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    ((i == COMP_CWORD)) && [[ -z $word || ${line:at} != *"$word"* ]] && word=""
    # Skip to the word in the line; a blank before it starts a new word.
    local rest=${line:at} lead=""
    lead=${rest%%"$word"*}
    [[ -n $word ]] || lead=${rest}
    if ((i > 0)) && [[ $lead =~ [[:space:]] ]]; then
      ((start)) || _cppcc_words+=("$joined")
      joined=""
    fi
    ((i == 0)) && joined="" || joined+=$word
    start=0
    ((at += ${#lead} + ${#word}))
  done
  _cppcc_words+=("$joined")
  _cppcc_words=("${_cppcc_words[@]:1}")
  # What bash replaces: the current COMP_WORDS word, unless it is only break characters.
  local current=${COMP_WORDS[COMP_CWORD]}
  [[ $current =~ ^[=:\;\'\"]+$ ]] && current=""
  local raw=${_cppcc_words[-1]}
  _cppcc_head=${raw:0:${#raw}-${#current}}
  _cppcc_head=${_cppcc_head//[\'\"]/}
  local n=${#_cppcc_words[@]}
  _cppcc_words[n - 1]=${raw//[\'\"]/}
}

_cppcc() {
  local _cppcc_words _cppcc_head out candidate
  _cppcc_line_words
  out=$("${COMP_WORDS[0]}" __complete "${_cppcc_words[@]}" 2>/dev/null) || return 0
  COMPREPLY=()
  case $out in
    :file) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "${COMP_WORDS[COMP_CWORD]}"); return 0 ;;
    :dir) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "${COMP_WORDS[COMP_CWORD]}"); return 0 ;;
  esac
  while IFS= read -r candidate; do
    [[ -n $candidate ]] && COMPREPLY+=("${candidate:${#_cppcc_head}}")
  done <<<"$out"
  return 0
}
complete -F _cppcc cppcc
