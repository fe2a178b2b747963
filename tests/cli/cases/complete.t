Shell completion (share/completion/): `cppcc __complete WORD…` is given the words after
`cppcc`, the last the one being typed, and prints what it may become, one a line:
commands, options, and values read from the database (member and unit names, proposal
codes, studios) and the configuration (states, kinds, categories). `:file` and `:dir` ask
the shell for a path. On part of the sample year:

  $ cp -r $DATA/../../samples/2023 sample && cp sample/cppcc.yaml . && cppcc -q db init
  $ for kind in unit member studio; do f=$(ls sample/*.csv | grep -E "$(case $kind in unit) echo 承办单位;; member) echo 委员名册;; studio) echo 委员工作室;; esac)"); cppcc -q $kind import "$f"; done
  $ cppcc -q proposal import sample/提案台账.xlsx

Commands, then a group's commands, then options of the command and of cppcc itself:

  $ cppcc __complete "" | tr '\n' ' '; echo
  db config member unit proposal opinion studio activity article report remind rollup help 
  $ cppcc __complete pro
  proposal
  $ cppcc __complete proposal a
  add
  assign
  amend
  $ cppcc __complete proposal assign --l
  --lead
  --lang

Values the database knows: proposal codes, unit names (a Chinese prefix), member names,
studios; a list option completes its last item:

  $ cppcc __complete proposal assign P2023-042
  P2023-0420
  P2023-0421
  P2023-0422
  P2023-0423
  P2023-0424
  P2023-0425
  P2023-0426
  $ cppcc __complete proposal assign P2023-0001 --lead 区水
  区水利局
  $ cppcc __complete proposal add --proposer 韩博
  韩博楠
  $ cppcc __complete proposal add --cosigners '韩博楠;毛磊'
  韩博楠;毛磊敏
  $ cppcc __complete studio show 江北
  江北街道委员工作室
  $ cppcc __complete member show W000
  W0001
  W0002
  W0003
  W0004
  W0005
  W0006
  W0007
  W0008
  W0009

Values the configuration knows: states (ids, or labels when what is typed is Chinese),
kinds, and the fixed lists of options; `--option=` completes whole:

  $ cppcc __complete proposal list --status "" | tr '\n' ' '; echo
  submitted filed not_filed converted merged withdrawn assigned replied rehandling concluded 
  $ cppcc __complete proposal list --status 已
  已立案
  已并案
  已撤回
  已答复
  已办结
  $ cppcc __complete opinion list --status c
  compiled
  $ cppcc __complete unit add --kind "" | tr '\n' ' '; echo
  government court procuratorate party_organ soe township other 
  $ cppcc __complete --format=x
  --format=xlsx
  $ cppcc __complete report proposals --by s
  status
  sector
  satisfaction

Paths are the shell's part:

  $ cppcc __complete member import sam; cppcc __complete remind --out-dir ""
  :file
  :dir

The database named on the line is read, not $CPPCC_DB; it is only read (a read-only file
answers and is unchanged); a missing one, or a word that is nothing, gives nothing and exit 0:

  $ cp cppcc.db other.db && chmod 0400 other.db && md5sum other.db >other.md5
  $ CPPCC_DB=missing.db cppcc __complete --db other.db proposal assign P2023-0001 --joint 区水
  区水利局
  $ md5sum -c other.md5
  other.db: OK
  $ CPPCC_DB=missing.db cppcc __complete proposal show P; echo "rc=$?"
  rc=0
  $ cppcc __complete nothing here; echo "rc=$?"
  rc=0

The bash completion function, as bash calls it on Tab (COMP_WORDS split at blanks and at
bash's word breaks = ; ' :), replaces the last part of the word:

complete_line LINE WORDS: the line up to the cursor, and COMP_WORDS as bash splits it.

  $ cat >complete_line <<'END'
  > source "$DATA/../../share/completion/cppcc.bash"
  > COMP_LINE=$1 COMP_POINT=${#1}
  > eval "COMP_WORDS=($2)"
  > COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  > _cppcc
  > printf '%s\n' "${COMPREPLY[@]}"
  > END
  $ bash complete_line 'cppcc proposal assign P2023-0001 --lead 区水' 'cppcc proposal assign P2023-0001 --lead 区水'
  区水利局
  $ bash complete_line 'cppcc proposal li' 'cppcc proposal li'
  list
  $ bash complete_line 'cppcc --format=ht' 'cppcc --format = ht'
  html
  $ bash complete_line "cppcc proposal add --cosigners '韩博楠;毛磊" "cppcc proposal add --cosigners \"'\" 韩博楠 ';' 毛磊"
  毛磊敏
  $ bash complete_line 'cppcc proposal list --status ' "cppcc proposal list --status ''" | head -3
  submitted
  filed
  not_filed
  $ bash complete_line 'cppcc member import sample/委员' 'cppcc member import sample/委员'
  sample/委员名册.csv
  sample/委员工作室.csv

The zsh completion function, with compadd and _files standing in for zsh's (they print
what they were given), as zsh calls it: words and CURRENT.

  $ cat >complete_zsh <<'END'
  > compadd() { print -l -- "${@[$(( ${@[(i)--]} + 1 )),-1]}"; }
  > _files() { print "_files $*"; }
  > words=(cppcc ${(z)1}) CURRENT=$(( ${#${(z)1}} + 1 ))
  > [[ $1 == *' ' ]] && words+=("") && CURRENT=$(( CURRENT + 1 ))
  > source "$DATA/../../share/completion/_cppcc"
  > END
  $ zsh complete_zsh 'proposal assign P2023-0001 --lead 区水'
  区水利局
  $ zsh complete_zsh '--format=ht'
  --format=html
  $ zsh complete_zsh 'proposal list --status ' | head -2
  submitted
  filed
  $ zsh complete_zsh 'member import sam'; zsh complete_zsh 'remind --out-dir '
  _files 
  _files -/
