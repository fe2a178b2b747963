#!/usr/bin/env bash
# The bad-input catalogue (issue 6, docs/domain.md §4 and §5): hostile files and arguments
# against the real binary, one table row each. For every row the script builds the
# input in a fresh directory holding a copy of a small database with every record kind,
# takes a fingerprint of the database (`db stats`, a checksum of `proposal export` and
# one of the file's bytes), runs the command and then checks:
#   - the exit code is the expected one (never 70, never a signal or a timeout);
#   - the expected message fragment is in its output (stderr, or stdout on success);
#   - on failure every stderr line starts with "cppcc:", and stderr stays short
#     (a 10 MB field is not echoed back);
#   - the database is unchanged: the same fingerprint, or, where only the bytes differ,
#     the same `db stats`, exports of every kind and sqlite3 dump as a copy taken before;
#     for the rows that are meant to write (SQL text, formulas and a 10 MB title stored
#     as data; good rows beside a bad one under --skip-invalid) the row's own check.
#
#   bash tests/reliability/hostile_inputs.sh path/to/cppcc [NAME-PATTERN]
#
# Table columns, separated by " ¦ ": name | how to build the input (shell, run in the
# case directory; helpers from hostile/lib.sh) | the command | expected exit code |
# expected message fragment | after: "unchanged", or a shell check that must succeed.
set -u
CPPCC_BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
only=${2:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
HOSTILE_LIB=$here/hostile/lib.sh
HOSTILE_DATA=$(cd "$here/../data" && pwd)
HOSTILE_WORK=$(mktemp -d "${TMPDIR:-/tmp}/cppcc-hostile.XXXXXX")
export CPPCC_BIN HOSTILE_LIB HOSTILE_DATA HOSTILE_WORK
# HOSTILE_KEEP=1 keeps the case directories for a look.
[[ ${HOSTILE_KEEP:-} == 1 ]] && echo "keeping $HOSTILE_WORK" ||
  trap 'chmod -R u+rwX "$HOSTILE_WORK" 2>/dev/null; rm -rf "$HOSTILE_WORK"' EXIT
# shellcheck source=hostile/lib.sh
source "$HOSTILE_LIB"
hostile_setup_bin
started=$SECONDS

mkdir "$HOSTILE_WORK/baseline"
if ! (cd "$HOSTILE_WORK/baseline" &&
  hostile_env bash -c 'source "$HOSTILE_LIB"; hostile_baseline && hostile_quick_fingerprint') \
  >"$HOSTILE_WORK/baseline.fp" 2>"$HOSTILE_WORK/baseline.log"; then
  echo "FAILED: could not build the baseline database:" >&2
  cat "$HOSTILE_WORK/baseline.log" >&2
  exit 1
fi

read -r -d '' TABLE <<'CASES'
# --- the shape of the file -------------------------------------------------------------
empty_file           ¦ : > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv: empty file ¦ unchanged
header_only          ¦ echo "$k_proposal_header" > in.csv ¦ cppcc proposal import in.csv ¦ 0 ¦ 0 rows: 0 inserted ¦ unchanged
dev_null_input       ¦ : ¦ cppcc member import /dev/null ¦ 65 ¦ empty file ¦ unchanged
binary_garbage_elf   ¦ head -c 65536 "$CPPCC_BIN" > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv ¦ unchanged
binary_garbage_fixed ¦ cp "$HOSTILE_DIR/garbage.bin" in.csv ¦ cppcc unit import in.csv ¦ 65 ¦ in.csv ¦ unchanged
invalid_utf8_forced  ¦ { echo "$k_proposal_header"; printf 'P2023-901,\xff\xfe\xc3(,,member,张明,,,,,no,2023-02-01,submitted\n'; } > in.csv ¦ cppcc proposal import --encoding utf-8 in.csv ¦ 65 ¦ not valid UTF-8 ¦ unchanged
invalid_utf8_detected ¦ { printf 'code,title,proposer,submitted\n'; printf 'P2023-901,\xc3\x28\xa0\xa1\xf0\x28\x8c\x28,张明,2023-02-01\n'; } > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv ¦ unchanged
truncated_gb18030    ¦ printf 'code,title,proposer,submitted\nP2023-901,关于加强城区供水管网改造的建议,张明,2023-02-01\nP2023-902,关于' | iconv -f UTF-8 -t GB18030 | head -c -1 > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv ¦ unchanged
truncated_gb18030_forced ¦ printf 'code,title,proposer,submitted\nP2023-901,关于' | iconv -f UTF-8 -t GB18030 | head -c -1 > in.csv ¦ cppcc proposal import --encoding gb18030 in.csv ¦ 65 ¦ in.csv ¦ unchanged
unterminated_quote   ¦ printf 'code,title,proposer,submitted\nP2023-901,"关于供水,张明,2023-02-01\nP2023-902,t,张明,2023-02-01\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ quote ¦ unchanged
ten_mb_field ¦ big_field in.csv 10485760 ¦ cppcc proposal import in.csv ¦ 0 ¦ 1 inserted ¦ test "$(sqlite3 cppcc.db "SELECT length(title) FROM proposals WHERE code='P2023-901'")" = 10485760
hundred_k_columns    ¦ wide_header in.csv 100000 ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv ¦ unchanged
hundred_k_cells_row  ¦ wide_row in.csv 100000 ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:2 ¦ unchanged
over_long_line       ¦ { echo code,title,proposer,submitted; printf 'P2023-901,'; head -c 8000000 /dev/zero | tr '\0' y; } > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:2 ¦ unchanged
nul_bytes ¦ { echo code,title,proposer,submitted; printf 'P2023-901,关于\0供水,张明,2023-02-01\n'; } > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:2: a NUL byte in cell 2 ¦ unchanged
nul_in_header ¦ printf 'co\0de,title\nP2023-901,t\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:1: a NUL byte in cell 1 ¦ unchanged
utf16_file           ¦ printf 'code,title,proposer,submitted\nP2023-901,关于供水,张明,2023-02-01\n' | iconv -f UTF-8 -t UTF-16 > in.csv ¦ cppcc proposal import in.csv ¦ 0 ¦ read as UTF-16 ¦ test "$(sqlite3 cppcc.db "SELECT title FROM proposals WHERE code='P2023-901'")" = 关于供水
utf16_unpaired_surrogate ¦ { printf '\xff\xfe'; printf 'code,title\n' | iconv -f UTF-8 -t UTF-16LE; printf 'P\x00\x00\xd8,\x00'; } > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ not valid UTF-16 ¦ unchanged
# --- archive attacks (issue 19): refused with one line, exit 65, nothing written ---------------
xlsx_zip_bomb        ¦ hostile_xlsx in.xlsx bomb ¦ cppcc proposal import in.xlsx ¦ 65 ¦ a zip bomb? ¦ unchanged
xlsx_dotdot_entry    ¦ hostile_xlsx in.xlsx dotdot ¦ cppcc proposal import in.xlsx ¦ 65 ¦ outside the archive ¦ unchanged
xlsx_absolute_entry  ¦ hostile_xlsx in.xlsx absolute ¦ cppcc proposal import in.xlsx ¦ 65 ¦ outside the archive ¦ unchanged
xlsx_truncated       ¦ hostile_xlsx in.xlsx truncated ¦ cppcc proposal import in.xlsx ¦ 65 ¦ not a complete zip archive ¦ unchanged
xlsx_past_xfd        ¦ hostile_xlsx in.xlsx wide ¦ cppcc proposal import in.xlsx ¦ 65 ¦ past column XFD ¦ unchanged
xlsx_past_last_row   ¦ hostile_xlsx in.xlsx tall ¦ cppcc proposal import in.xlsx ¦ 65 ¦ (1,048,576) ¦ unchanged
xlsx_billion_laughs  ¦ hostile_xlsx in.xlsx laughs ¦ cppcc proposal import in.xlsx ¦ 65 ¦ DOCTYPE ¦ unchanged
xlsx_malformed_xml   ¦ hostile_xlsx in.xlsx malformed ¦ cppcc proposal import in.xlsx ¦ 65 ¦ xl/worksheets/sheet1.xml' line 1: malformed XML ¦ unchanged
xlsx_from_pipe_bomb  ¦ hostile_xlsx in.xlsx bomb ¦ cppcc proposal import - < in.xlsx ¦ 65 ¦ a zip bomb? ¦ unchanged
docx_as_xlsx         ¦ printf 'x' > d && /usr/bin/python3 -c 'import zipfile; z = zipfile.ZipFile("in.xlsx", "w"); z.writestr("word/document.xml", "<w/>")' ¦ cppcc proposal import in.xlsx ¦ 65 ¦ looks like a .docx file ¦ unchanged
bom_in_the_middle ¦ { printf '\xef\xbb\xbfcode,title,proposer,submitted\n'; printf '\xef\xbb\xbfP2023-901,\xe2\x80\x8b关于供水\xc2\xa0,张明,2023-02-01\n'; } > in.csv ¦ cppcc proposal import in.csv ¦ 0 ¦ 1 inserted ¦ test "$(sqlite3 cppcc.db "SELECT hex(code) || ' ' || title FROM proposals WHERE id = (SELECT max(id) FROM proposals)")" = '50323032332D393031 关于供水'
two_files_concatenated ¦ { printf '\xef\xbb\xbfcode,title,proposer,submitted\nP2023-901,关于供水,张明,2023-02-01\n'; printf '\xef\xbb\xbfcode,title,proposer,submitted\nP2023-902,关于供电,张明,2023-02-01\n'; } > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:3 ¦ unchanged
lone_cr_line_endings ¦ printf 'code,title,proposer,submitted\rP2023-901,关于供水,张明,2023-02-01\r' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv ¦ unchanged
duplicate_header     ¦ printf 'code,title,title,proposer,submitted\nP2023-901,a,b,张明,2023-02-01\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ title ¦ unchanged
unknown_column       ¦ printf 'code,title,proposer,submitted,备注说明\nP2023-901,a,张明,2023-02-01,x\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ 备注说明 ¦ unchanged
no_key_column        ¦ printf 'title,proposer,submitted\n关于供水,张明,2023-02-01\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ code ¦ unchanged
empty_key_cell       ¦ printf 'code,title,proposer,submitted\n,关于供水,张明,2023-02-01\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:2 ¦ unchanged
more_cells_than_header ¦ printf 'code,title,proposer,submitted\nP2023-901,关于供水,张明,2023-02-01,extra,cells\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:2 ¦ unchanged
many_bad_rows_capped ¦ many_bad_rows in.csv 20000 ¦ cppcc proposal import in.csv ¦ 65 ¦ 20000 of 20000 rows are bad ¦ unchanged
directory_as_input   ¦ mkdir in.csv ¦ cppcc proposal import in.csv ¦ 66 ¦ in.csv ¦ unchanged
missing_input        ¦ : ¦ cppcc proposal import nowhere.csv ¦ 66 ¦ nowhere.csv ¦ unchanged
symlink_loop_input   ¦ ln -s loop.csv loop.csv ¦ cppcc proposal import loop.csv ¦ 66 ¦ loop.csv ¦ unchanged
good_then_missing    ¦ { echo code,title,proposer,submitted; echo P2023-901,关于供水,张明,2023-02-01; } > good.csv ¦ cppcc proposal import good.csv nowhere.csv ¦ 66 ¦ nowhere.csv ¦ unchanged
# --- values -------------------------------------------------------------------------------
date_feb_30          ¦ printf 'code,title,proposer,submitted\nP2023-901,关于供水,张明,2023-02-30\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ cannot read date '2023-02-30' ¦ unchanged
date_zero            ¦ printf 'code,title,proposer,submitted\nP2023-901,关于供水,张明,0000-00-00\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ cannot read date '0000-00-00' ¦ unchanged
date_feb_29_non_leap ¦ printf 'code,kind,date,title\nA2023-0901,study,2023年2月29日,学习\n' > in.csv ¦ cppcc activity import in.csv ¦ 65 ¦ cannot read date '2023年2月29日' ¦ unchanged
date_option_zero     ¦ : ¦ cppcc proposal file P2023-004 --date 0000-00-00 ¦ 65 ¦ cannot read date '0000-00-00' ¦ unchanged
as_of_garbage        ¦ : ¦ cppcc proposal list --as-of '2023-02-30; DROP TABLE proposals' ¦ 65 ¦ cannot read date ¦ unchanged
negative_count       ¦ printf 'code,kind,date,title,suggestions\nA2023-0901,study,2023-05-01,学习,-5\n' > in.csv ¦ cppcc activity import in.csv ¦ 65 ¦ in.csv:2: column 'suggestions' ¦ unchanged
huge_count           ¦ printf 'code,kind,date,title,disputes_resolved\nA2023-0901,study,2023-05-01,学习,99999999999999999999999\n' > in.csv ¦ cppcc activity import in.csv ¦ 65 ¦ in.csv:2: column 'disputes_resolved' ¦ unchanged
huge_filing_no       ¦ printf 'code,title,proposer,submitted,status,filed,filing_no\nP2023-901,关于供水,张明,2023-02-01,filed,2023-02-10,18446744073709551617\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:2: column 'filing_no' ¦ unchanged
negative_term        ¦ printf 'code,name,term\nW9001,刘洋,-16\n' > in.csv ¦ cppcc member import in.csv ¦ 65 ¦ in.csv:2: column 'term' ¦ unchanged
score_not_a_number   ¦ printf 'name,lead,score\n新工作室,张明,1e400\n' > in.csv ¦ cppcc studio import in.csv ¦ 65 ¦ in.csv:2: column 'score' ¦ unchanged
huge_count_option ¦ : ¦ cppcc activity add --kind study --date 2023-05-01 --title 学习 --suggestions 99999999999999999999 ¦ 65 ¦ --suggestions: cannot read count ¦ unchanged
negative_within      ¦ : ¦ cppcc remind --within -1 ¦ 2 ¦ within ¦ unchanged
# --- keys and references ------------------------------------------------------------------
duplicate_keys ¦ printf 'code,title,proposer,submitted\nP2023-901,关于供水,张明,2023-02-01\nP2023-901,关于供电,李华,2023-02-02\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:3: column 'code': 'P2023-901' is on an earlier row of this import too ¦ unchanged
duplicate_existing_key ¦ printf 'code,title,proposer,submitted\nP2023-001,关于供水,张明,2023-01-12\nP2023-001 ,关于供电,李华,2023-01-12\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:3: column 'code': 'P2023-001' is on an earlier row ¦ unchanged
duplicate_across_files ¦ printf 'code,kind,date,title\nA2023-0901,study,2023-05-01,学习\n' > a.csv && cp a.csv b.csv ¦ cppcc activity import a.csv b.csv ¦ 65 ¦ b.csv:2: column 'code' ¦ unchanged
duplicate_skip_invalid ¦ printf 'code,title,proposer,submitted\nP2023-901,关于供水,张明,2023-02-01\nP2023-901,关于供电,李华,2023-02-02\n' > in.csv ¦ cppcc proposal import in.csv --skip-invalid --rejects bad.csv ¦ 0 ¦ 1 inserted, 0 updated, 0 unchanged, 1 rejected ¦ grep -q 'earlier row' bad.csv && test "$(sqlite3 cppcc.db "SELECT title FROM proposals WHERE code='P2023-901'")" = 关于供水
duplicate_unit_names ¦ printf 'name,contact\n区交通局,甲\n区交通局,乙\n' > in.csv ¦ cppcc unit import in.csv ¦ 65 ¦ in.csv:3: column 'name': '区交通局' is on an earlier row ¦ unchanged
merge_cycle_in_file ¦ cppcc -q proposal add --code P2023-901 --title 关于供水 --proposer 张明 --submitted 2023-02-01 && cppcc -q proposal add --code P2023-902 --title 关于供电 --proposer 李华 --submitted 2023-02-01 && printf 'code,title,proposer,submitted,status,merged_into\nP2023-901,关于供水,张明,2023-02-01,merged,P2023-902\nP2023-902,关于供电,李华,2023-02-01,merged,P2023-901\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:3 ¦ unchanged
merge_circle_in_file ¦ printf 'code,title,proposer,submitted,status,merged_into\nP2023-901,关于供水,张明,2023-02-01,merged,P2023-902\nP2023-902,关于供电,张明,2023-02-01,merged,P2023-901\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:2: column 'merged_into': 'P2023-902' is merged, through rows of this import, into this proposal: a merge cannot go round ¦ unchanged
merge_into_itself    ¦ printf 'code,title,proposer,submitted,status,merged_into\nP2023-901,关于供水,张明,2023-02-01,merged,P2023-901\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ merged_into ¦ unchanged
merge_cycle_commands ¦ cppcc -q proposal add --code P2023-901 --title 关于供水 --proposer 张明 --submitted 2023-02-01 && cppcc -q proposal add --code P2023-902 --title 关于供电 --proposer 李华 --submitted 2023-02-01 && cppcc -q proposal merge P2023-901 --into P2023-902 --date 2023-02-05 ¦ cppcc proposal merge P2023-902 --into P2023-901 --date 2023-02-06 ¦ 3 ¦ P2023-901 ¦ unchanged
merge_into_itself_cmd ¦ cppcc -q proposal add --code P2023-901 --title 关于供水 --proposer 张明 --submitted 2023-02-01 ¦ cppcc proposal merge P2023-901 --into P2023-901 --date 2023-02-05 ¦ 65 ¦ P2023-901 ¦ unchanged
sql_in_reference ¦ printf 'code,title,proposer,submitted\nP2023-901,关于供水,"%s",2023-02-01\n' "' OR 1=1 --" > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ no member '' OR 1=1 --' ¦ unchanged
# --- SQL text as data: imported, stored verbatim, nothing dropped ---------------------------------
sql_text_everywhere  ¦ sql_everywhere ¦ sql_import_all ¦ 0 ¦ imported every kind ¦ sql_stored_verbatim
sql_text_in_search   ¦ : ¦ cppcc proposal list --search "'); DROP TABLE proposals;--" --format csv ¦ 0 ¦ code ¦ unchanged
fts_syntax_in_search ¦ : ¦ cppcc proposal list --search '" OR NEAR(' --format csv ¦ 0 ¦ code ¦ unchanged
# --- formula cells: stored as typed, neutralised on export --------------------------------
formula_cells_export ¦ printf 'code,title,body,proposer,submitted,key_leader\nP2023-901,=HYPERLINK("http://x.example/?"&A1;"点我"),+1+cmd,张明,2023-02-01,@SUM(A1)\n' > in.csv && cppcc -q proposal import in.csv ¦ cppcc proposal export ¦ 0 ¦ '=HYPERLINK ¦ formula_neutralised
# --- mapping and configuration files ------------------------------------------------------------
mapping_malformed    ¦ printf 'columns:\n  案件编号: code\n    备注: ignore\n' > map.yaml && printf '案件编号,title\nP2023-901,t\n' > in.csv ¦ cppcc proposal import --mapping map.yaml in.csv ¦ 78 ¦ map.yaml:3 ¦ unchanged
mapping_wrong_types  ¦ printf 'columns: [code, title]\nvalues: 7\n' > map.yaml && printf 'code,title\nP2023-901,t\n' > in.csv ¦ cppcc proposal import --mapping map.yaml in.csv ¦ 78 ¦ map.yaml ¦ unchanged
mapping_unknown_target ¦ printf 'columns:\n  案件编号: drop_table\n' > map.yaml && printf '案件编号,title\nP2023-901,t\n' > in.csv ¦ cppcc proposal import --mapping map.yaml in.csv ¦ 78 ¦ drop_table ¦ unchanged
mapping_binary       ¦ head -c 4096 "$CPPCC_BIN" > map.yaml && printf 'code,title\nP2023-901,t\n' > in.csv ¦ cppcc proposal import --mapping map.yaml in.csv ¦ 78 ¦ map.yaml ¦ unchanged
mapping_missing      ¦ printf 'code,title\nP2023-901,t\n' > in.csv ¦ cppcc proposal import --mapping nowhere.yaml in.csv ¦ 66 ¦ nowhere.yaml ¦ unchanged
mapping_is_directory ¦ mkdir map.yaml && printf 'code,title\nP2023-901,t\n' > in.csv ¦ cppcc proposal import --mapping map.yaml in.csv ¦ 66 ¦ cannot read mapping file 'map.yaml' ¦ unchanged
unknown_encoding ¦ printf 'code,title\nP2023-901,t\n' > in.csv ¦ cppcc proposal import --encoding ebcdic in.csv ¦ 2 ¦ --encoding: unknown 'ebcdic' ¦ unchanged
config_wrong_types   ¦ printf 'committee: [1, 2]\nproposal:\n  handling:\n    period_months: {a: 1}\n' > cppcc.yaml ¦ cppcc proposal list ¦ 78 ¦ cppcc.yaml ¦ unchanged
config_list_for_map  ¦ printf 'proposal:\n  handling: [3, 6]\n' > cppcc.yaml ¦ cppcc -q proposal add --code P2023-901 --title t --proposer 张明 --submitted 2023-02-01 ¦ 78 ¦ cppcc.yaml ¦ unchanged
config_binary        ¦ head -c 4096 "$CPPCC_BIN" > cppcc.yaml ¦ cppcc proposal list ¦ 78 ¦ cppcc.yaml ¦ unchanged
config_is_directory ¦ mkdir conf.yaml ¦ cppcc --config conf.yaml proposal list ¦ 66 ¦ cannot read configuration file 'conf.yaml' ¦ unchanged
# --- the database path ------------------------------------------------------------------------------------
db_not_sqlite        ¦ cp "$HOSTILE_DATA/import_units.csv" other.db && sha256sum other.db > other.sum ¦ cppcc --db other.db proposal list ¦ 66 ¦ other.db ¦ sha256sum --quiet -c other.sum
db_not_sqlite_write  ¦ head -c 65536 "$CPPCC_BIN" > other.db && sha256sum other.db > other.sum ¦ cppcc --db other.db unit add --name 区交通局 ¦ 66 ¦ other.db ¦ sha256sum --quiet -c other.sum
db_is_directory ¦ mkdir dir.db ¦ cppcc --db dir.db proposal list ¦ 66 ¦ 'dir.db' is a directory, not a database ¦ test -d dir.db
db_empty_file        ¦ : > empty.db ¦ cppcc --db empty.db unit add --name 区交通局 ¦ 1 ¦ empty.db ¦ test ! -s empty.db
db_truncated         ¦ head -c 8192 cppcc.db > cut.db && sha256sum cut.db > cut.sum ¦ cppcc --db cut.db proposal list ¦ 66 ¦ cut.db ¦ sha256sum --quiet -c cut.sum
# --- output paths ------------------------------------------------------------------------------------------
remind_unit_traversal ¦ traversal_unit '../../etc/x' ¦ cppcc remind --out-dir notices ¦ 0 ¦ overdue ¦ notices_contained notices
remind_unit_dots     ¦ traversal_unit '..' ¦ cppcc remind --out-dir notices ¦ 0 ¦ overdue ¦ notices_contained notices
remind_unit_absolute ¦ traversal_unit '/tmp/cppcc-hostile-x' ¦ cppcc remind --out-dir notices ¦ 0 ¦ overdue ¦ notices_contained notices && test ! -e /tmp/cppcc-hostile-x.md
remind_out_dir_is_file ¦ traversal_unit && : > notices ¦ cppcc remind --out-dir notices ¦ 73 ¦ notices ¦ test -f notices -a ! -s notices
remind_planted_symlink ¦ traversal_unit 区交通局 && mkdir notices && echo keep > victim && ln -s ../victim notices/区交通局.md ¦ cppcc remind --out-dir notices ¦ 73 ¦ symbolic link ¦ grep -qx keep victim
export_out_is_dir    ¦ mkdir out.csv ¦ cppcc member export --out out.csv ¦ 73 ¦ out.csv ¦ test -d out.csv
export_out_no_dir    ¦ : ¦ cppcc member export --out missing/out.csv ¦ 73 ¦ missing/out.csv ¦ test ! -e missing
export_planted_symlink ¦ echo keep > victim && ln -s victim out.csv ¦ cppcc member export --out out.csv ¦ 73 ¦ symbolic link ¦ grep -qx keep victim
rejects_unwritable   ¦ printf 'code,title,proposer,submitted\nP2023-901,关于供水,张明,2023-02-01\nP2023-902,关于供电,无此人,2023-02-01\n' > in.csv ¦ cppcc proposal import in.csv --skip-invalid --rejects missing/rejects.csv ¦ 73 ¦ missing/rejects.csv ¦ test ! -e missing
rejects_is_the_input ¦ { echo code,title,proposer,submitted; echo P2023-9999,坏行,无此人,2023-02-01; for i in $(seq 1000 5999); do echo "P2023-$i,关于第${i}号的建议,张明,2023-02-01"; done; } > in.csv ¦ cppcc proposal import in.csv --skip-invalid --rejects in.csv ¦ 73 ¦ it is the input file 'in.csv' ¦ test "$(wc -l < in.csv)" = 5002
rejects_planted_symlink ¦ echo keep > victim && ln -s victim bad.csv && printf 'code,title,proposer,submitted\nP2023-901,关于供电,无此人,2023-02-01\n' > in.csv ¦ cppcc proposal import in.csv --skip-invalid --rejects bad.csv ¦ 73 ¦ symbolic link ¦ grep -qx keep victim
backup_over_existing ¦ echo keep > backup.db ¦ cppcc db backup backup.db ¦ 73 ¦ backup.db ¦ grep -qx keep backup.db
# --- bytes in (issue 18): one encoding a file, a stream read once, no control characters --------------------
mixed_utf8_then_gbk  ¦ { printf 'code,name\nW9001,张伟\n'; printf 'W9002,李娜\n' | iconv -f UTF-8 -t GBK; printf 'W9003,王芳\n'; } > in.csv ¦ cppcc member import in.csv ¦ 65 ¦ in.csv:3: not valid UTF-8 text ¦ unchanged
mixed_gbk_then_utf8  ¦ { printf 'code,name\nW9001,李娜\n' | iconv -f UTF-8 -t GBK; printf 'W9002,张伟\n'; } > in.csv ¦ cppcc member import in.csv ¦ 65 ¦ in.csv:3: this line is UTF-8 text, the lines before it GB18030 ¦ unchanged
mixed_past_the_window ¦ gbk_rows_then_utf8 in.csv 20000 ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:20002: this line is UTF-8 text ¦ unchanged
gbk_whole_file_reads ¦ printf 'code,name\nW9001,张伟\nW9002,李娜\n' | iconv -f UTF-8 -t GBK > in.csv ¦ cppcc member import in.csv ¦ 0 ¦ read as GB18030 ¦ test "$(sqlite3 cppcc.db "SELECT name FROM members WHERE code='W9001'")" = 张伟
header_repeated      ¦ printf 'code,name\nW9001,张伟\ncode,name\nW9002,李娜\n' > in.csv ¦ cppcc member import in.csv ¦ 65 ¦ in.csv:3: this row repeats the header ¦ unchanged
header_repeated_bom_spaces ¦ printf '委员编号,姓名\nW9001,张伟\n\xef\xbb\xbf 委员编号 ,姓名 ,\nW9002,李娜\n' > in.csv ¦ cppcc member import in.csv ¦ 65 ¦ in.csv:3: this row repeats the header ¦ unchanged
header_repeated_skip ¦ printf 'code,name\nW9001,张伟\ncode,name\n' > in.csv ¦ cppcc member import in.csv --skip-invalid --rejects bad.csv ¦ 0 ¦ 1 inserted, 0 updated, 0 unchanged, 1 rejected ¦ grep -q 'repeats the header' bad.csv && test "$(sqlite3 cppcc.db "SELECT count(*) FROM members WHERE name IN ('name', '姓名')")" = 0
dev_zero_input       ¦ : ¦ cppcc member import /dev/zero ¦ 65 ¦ /dev/zero:1: a NUL byte at offset 0 ¦ unchanged
gigabyte_of_nul_piped ¦ : ¦ head -c 1000000000 /dev/zero | cppcc member import - ¦ 65 ¦ standard input:1: a NUL byte ¦ unchanged
nul_after_first_chunk ¦ { printf 'code,title,proposer,submitted\n'; for i in $(seq 1000 2999); do echo "P2023-$i,关于第${i}号的建议,张明,2023-02-01"; done; head -c 100000 /dev/zero; } > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:2002: a NUL byte ¦ unchanged
stdin_dash           ¦ printf 'code,name\nW9001,张伟\n' > in.csv ¦ cppcc member import - < in.csv ¦ 0 ¦ 1 inserted ¦ test "$(sqlite3 cppcc.db "SELECT name FROM members WHERE code='W9001'")" = 张伟
dev_stdin_pipe_gbk   ¦ : ¦ printf 'code,name\nW9001,张伟\n' | iconv -f UTF-8 -t GBK | cppcc member import /dev/stdin ¦ 0 ¦ read as GB18030 ¦ test "$(sqlite3 cppcc.db "SELECT name FROM members WHERE code='W9001'")" = 张伟
process_substitution ¦ : ¦ cppcc member import <(printf 'code,name\nW9001,张伟\n') ¦ 0 ¦ 1 inserted ¦ test "$(sqlite3 cppcc.db "SELECT name FROM members WHERE code='W9001'")" = 张伟
fifo_input           ¦ mkfifo in.fifo ¦ { printf 'code,name\nW9001,张伟\n' > in.fifo & } && cppcc member import in.fifo ¦ 0 ¦ 1 inserted ¦ test "$(sqlite3 cppcc.db "SELECT name FROM members WHERE code='W9001'")" = 张伟
escape_in_cell       ¦ printf 'code,name\nW9001,张\x1b[2J伟\n' > in.csv ¦ cppcc member import in.csv ¦ 65 ¦ in.csv:2: column 'name': a control character (U+001B) ¦ unchanged
bell_in_title        ¦ printf 'code,title,proposer,submitted\nP2023-901,关于\a供水,张明,2023-02-01\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:2: column 'title': a control character (U+0007) ¦ unchanged
c1_and_del_in_cells  ¦ printf 'name,contact\n区交通局\xc2\x9b,甲\n区水务局,乙\x7f\n' > in.csv ¦ cppcc unit import in.csv ¦ 65 ¦ in.csv:2: column 'name': a control character (U+009B) ¦ unchanged
tab_in_title         ¦ printf 'code,title,proposer,submitted\nP2023-901,关于\t供水,张明,2023-02-01\n' > in.csv ¦ cppcc proposal import in.csv ¦ 65 ¦ in.csv:2: column 'title': a control character (U+0009) ¦ unchanged
tab_newline_in_body  ¦ printf 'code,title,body,proposer,submitted\nP2023-901,关于供水,"一、\t现状\r\n二、建议",张明,2023-02-01\n' > in.csv ¦ cppcc proposal import in.csv ¦ 0 ¦ 1 inserted ¦ test "$(sqlite3 cppcc.db "SELECT hex(body) FROM proposals WHERE code='P2023-901'")" = "$(printf '一、\t现状\n二、建议' | od -An -tx1 | tr -d ' \n' | tr a-f A-F)"
escape_in_option     ¦ : ¦ cppcc unit add --name $'区交通局\e]0;pwned\a' ¦ 2 ¦ --name: a control character (U+001B) ¦ unchanged
not_utf8_option      ¦ : ¦ cppcc unit add --name $'\xd6\xd0\xce\xc4' ¦ 2 ¦ --name: not UTF-8 text (bad byte at offset 0) ¦ unchanged
not_utf8_option_equals ¦ : ¦ cppcc proposal add --code P2023-901 --title=$'\xb9\xd8\xd3\xda' --proposer 张明 --submitted 2023-02-01 ¦ 2 ¦ --title: not UTF-8 text ¦ unchanged
not_utf8_operator    ¦ : ¦ cppcc --operator $'\xd5\xc5' unit add --name 区交通局 ¦ 2 ¦ --operator: not UTF-8 text ¦ unchanged
tab_in_operator      ¦ : ¦ cppcc --operator $'clerk\t2' unit add --name 区交通局 ¦ 2 ¦ --operator: a control character ¦ unchanged
not_utf8_user        ¦ : ¦ USER=$'\xd5\xc5\xce\xb0' cppcc unit add --name 区新单位 ¦ 78 ¦ the operator from $USER is not UTF-8 text ¦ unchanged
config_saved_as_gbk  ¦ printf 'committee:\n  name: 汉滨区政协\n' | iconv -f UTF-8 -t GBK > cppcc.yaml ¦ cppcc proposal list ¦ 78 ¦ cppcc.yaml:2: not UTF-8 text ¦ unchanged
mapping_saved_as_gbk ¦ printf 'columns:\n  案件编号: code\n' | iconv -f UTF-8 -t GBK > map.yaml && printf 'code,title\nP2023-901,t\n' > in.csv ¦ cppcc proposal import --mapping map.yaml in.csv ¦ 78 ¦ map.yaml:2: not UTF-8 text ¦ unchanged
db_check_bad_utf8    ¦ sqlite3 cppcc.db "UPDATE members SET name = CAST(X'D5C5CEB0' AS TEXT) WHERE code = 'W0002'" ¦ cppcc db check ¦ 1 ¦ table 'members', row 2, column 'name': not valid UTF-8 ¦ unchanged
list_shows_controls  ¦ sqlite3 cppcc.db "UPDATE members SET name = '张' || char(27) || '[2J明' || char(7) || char(127) || char(155) WHERE code = 'W0001'" ¦ cppcc --format table member list ¦ 0 ¦ 张␛[2J明␇␡<U+009B> ¦ ! grep -q $'[\x1b\x07\x7f]' out && cppcc --format table member show W0001 > show.out && grep -q '张␛\[2J明' show.out && ! grep -q $'\x1b' show.out
exports_keep_controls ¦ sqlite3 cppcc.db "UPDATE members SET name = '张' || char(27) || '[2J明' WHERE code = 'W0001'" ¦ cppcc --format json member export ¦ 0 ¦ 张\u001b[2J明 ¦ python3 -m json.tool out >/dev/null && cppcc member export | grep -q $'张\x1b\\[2J明'
CASES

trim() {
  local s=$1
  s=${s#"${s%%[![:space:]]*}"}
  printf '%s' "${s%"${s##*[![:space:]]}"}"
}

sep=$'\x1f'
total=0
failed=0
failures=()
while IFS= read -r line; do
  [[ -z $line || $line == \#* ]] && continue
  IFS=$sep read -r f_name f_build f_cmd f_rc f_frag f_after <<<"${line// ¦ /$sep}"
  name=$(trim "$f_name")
  [[ -n $only && $name != *$only* ]] && continue
  build=$(trim "$f_build")
  cmd=$(trim "$f_cmd")
  want_rc=$(trim "$f_rc")
  frag=$(trim "$f_frag")
  after=$(trim "$f_after")
  total=$((total + 1))
  dir=$HOSTILE_WORK/case-$total
  mkdir "$dir"
  cp "$HOSTILE_WORK/baseline/cppcc.db" "$dir/"
  problems=()
  (cd "$dir" && hostile_env bash -c "HOSTILE_DIR='$here/hostile'; source \"\$HOSTILE_LIB\"; $build") \
    >"$dir/build.log" 2>&1 || problems+=("building the input failed: $(head -c 300 "$dir/build.log")")
  # The state before: the baseline's when the build left the database alone.
  if cmp -s "$dir/cppcc.db" "$HOSTILE_WORK/baseline/cppcc.db" && [[ ! -s $dir/cppcc.db-wal ]]; then
    cp "$HOSTILE_WORK/baseline.fp" "$dir/before.fp"
  else
    (cd "$dir" && hostile_env bash -c 'source "$HOSTILE_LIB"; hostile_quick_fingerprint') >"$dir/before.fp" 2>&1
  fi
  mkdir "$dir/before" && cp "$dir"/cppcc.db* "$dir/before/"
  (cd "$dir" && hostile_env timeout 60 bash -c "source \"\$HOSTILE_LIB\"; $cmd") \
    >"$dir/out" 2>"$dir/err"
  rc=$?
  (cd "$dir" && hostile_env bash -c 'source "$HOSTILE_LIB"; hostile_quick_fingerprint') >"$dir/after.fp" 2>&1
  err_bytes=$(wc -c <"$dir/err")
  [[ $rc == "$want_rc" ]] || problems+=("exit $rc, expected $want_rc")
  if [[ $rc == 70 || $rc -ge 124 ]]; then problems+=("crashed, timed out or internal error (exit $rc)"); fi
  if [[ $rc != 0 ]]; then
    grep -qF -- "$frag" "$dir/err" || problems+=("stderr lacks '$frag'")
  else
    cat "$dir/out" "$dir/err" | grep -qF -- "$frag" || problems+=("output lacks '$frag'")
  fi
  if [[ $rc != 0 ]] && grep -qv '^cppcc: ' "$dir/err"; then
    problems+=("a stderr line does not start with 'cppcc: ': $(grep -v '^cppcc: ' "$dir/err" | head -1 | head -c 200)")
  fi
  ((err_bytes <= 65536)) || problems+=("stderr is $err_bytes bytes (a value echoed back whole?)")
  grep -qiE 'internal error|database error|terminate called|Segmentation|Aborted' "$dir/err" &&
    problems+=("stderr shows an internal error: $(head -c 200 "$dir/err")")
  if [[ $after == unchanged ]]; then
    if ! diff -q "$dir/before.fp" "$dir/after.fp" >/dev/null; then
      # Other bytes: compare everything, every kind's export and the dump, with the copy.
      (cd "$dir" && hostile_env bash -c 'source "$HOSTILE_LIB"; hostile_fingerprint before/cppcc.db') >"$dir/before.full" 2>&1
      (cd "$dir" && hostile_env bash -c 'source "$HOSTILE_LIB"; hostile_fingerprint ./cppcc.db') >"$dir/after.full" 2>&1
      diff -q "$dir/before.full" "$dir/after.full" >/dev/null ||
        problems+=("the database changed: $(diff "$dir/before.full" "$dir/after.full" | grep '^[<>]' | head -4 | tr '\n' ' ')")
    fi
  elif ! (cd "$dir" && hostile_env bash -c "source \"\$HOSTILE_LIB\"; $after") >"$dir/after.log" 2>&1; then
    problems+=("check '$after' failed: $(head -c 300 "$dir/after.log")")
  fi
  if ((${#problems[@]})); then
    failed=$((failed + 1))
    failures+=("$name")
    {
      echo "FAIL $name: $cmd"
      for p in "${problems[@]}"; do echo "    - $p"; done
      echo "    stderr: $(head -c 400 "$dir/err")"
    } >&2
  else
    echo "ok   $name (exit $rc: $(head -1 "$dir/err" | head -c 110))"
  fi
done <<<"$TABLE"

seconds=$((SECONDS - started))
if ((failed)); then
  echo "FAILED: $failed of $total hostile inputs: ${failures[*]} (${seconds} s)" >&2
  exit 1
fi
echo "$total hostile inputs, all refused cleanly or stored as data, database unchanged where refused (${seconds} s)"
