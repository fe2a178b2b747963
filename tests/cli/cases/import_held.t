A large proposal import into a small proposals table takes the database to itself while
it writes (docs/performance.md, "Settings"): a rollback journal instead of WAL, so that the rows are
written once, and foreign keys checked once before the commit instead of row by row.
Afterwards the database is in WAL again, passes `db check`, and holds exactly what the
same import writes with --concurrent (WAL, foreign keys looked up row by row). The
ledger: 1,500 generated proposals, 2.4 MB — about 1,160 rows by the import's estimate
(size / 2 KB), past the 1,000 from which it writes in bulk.

  $ gen() { awk -v kind=$1 -v rows=$2 -v members=60 -f $DATA/../../scripts/lib/gen-ledger.awk; }
  > gen members 60 > members.csv && gen units 0 > units.csv && gen proposals 1500 > proposals.csv
  > cppcc -q db init && cppcc -q member import members.csv && cppcc -q unit import units.csv
  > cp cppcc.db twin.db && cp cppcc.db third.db && cp cppcc.db bad.db
  $ cppcc proposal import proposals.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1500 rows: 1500 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  P0000001: similar to P0000032 (0.89)
  P0000002: similar to P0000409 (0.87)
  P0000003: similar to P0000341 (0.87)
  P0000004: similar to P0000111 (0.86)
  P0000005: similar to P0000280 (0.78)
  P0000006: similar to P0000037 (0.86)
  P0000007: similar to P0000392 (0.88)
  P0000008: similar to P0000190 (0.82)
  P0000009: similar to P0000038 (0.74)
  P0000010: similar to P0000033 (0.87)
  P0000011: similar to P0000207 (0.84)
  P0000012: similar to P0000029 (0.83)
  P0000013: similar to P0000416 (0.81)
  P0000014: similar to P0000223 (0.92)
  P0000015: similar to P0000110 (0.91)
  P0000016: similar to P0000018 (0.87)
  P0000017: similar to P0000164 (0.89)
  P0000018: similar to P0000240 (0.89)
  P0000019: similar to P0000060 (0.86)
  P0000020: similar to P0000045 (0.85)
  … and 1480 more proposals like stored ones: 'cppcc report duplicates' lists them all
  $ ls cppcc.db*; sqlite3 cppcc.db 'PRAGMA journal_mode'
  cppcc.db
  wal
  $ cppcc db check
  ok
  $ cppcc --db twin.db proposal import --concurrent proposals.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1500 rows: 1500 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  P0000001: similar to P0000032 (0.89)
  P0000002: similar to P0000409 (0.87)
  P0000003: similar to P0000341 (0.87)
  P0000004: similar to P0000111 (0.86)
  P0000005: similar to P0000280 (0.78)
  P0000006: similar to P0000037 (0.86)
  P0000007: similar to P0000392 (0.88)
  P0000008: similar to P0000190 (0.82)
  P0000009: similar to P0000038 (0.74)
  P0000010: similar to P0000033 (0.87)
  P0000011: similar to P0000207 (0.84)
  P0000012: similar to P0000029 (0.83)
  P0000013: similar to P0000416 (0.81)
  P0000014: similar to P0000223 (0.92)
  P0000015: similar to P0000110 (0.91)
  P0000016: similar to P0000018 (0.87)
  P0000017: similar to P0000164 (0.89)
  P0000018: similar to P0000240 (0.89)
  P0000019: similar to P0000060 (0.86)
  P0000020: similar to P0000045 (0.85)
  … and 1480 more proposals like stored ones: 'cppcc report duplicates' lists them all
  $ sqlite3 cppcc.db .dump | grep -v '^INSERT INTO hold_token' > held.sql && sqlite3 twin.db .dump | grep -v '^INSERT INTO hold_token' > twin.sql && cmp held.sql twin.sql && grep -c '^INSERT INTO proposal_events' held.sql
  7107

A bad row at the end: nothing is written, no journal is left, and the database is in WAL.

  $ { cat proposals.csv; echo 'P9999999,关于加强城区供水管网改造的建议,正文,张明,,,2023-13-45,submitted'; } > bad.csv
  $ cppcc --db bad.db proposal import bad.csv
  ! cppcc: bad.csv:6961: column 'submitted': cannot read date '2023-13-45' (expected e.g. 2023-03-05 or 2023年3月5日)
  ! cppcc: 1 of 1501 rows are bad; nothing was written (fix them, or write the good ones with --skip-invalid --rejects FILE)
  [65]
  $ ls bad.db*; sqlite3 bad.db 'PRAGMA journal_mode; SELECT count(*) FROM proposals'
  bad.db
  wal
  0

Another connection has the database open (here sqlite3, in a read transaction): the
import cannot have it to itself, and writes through the WAL as any other write does —
which the reader, still open, keeps.

  $ mkfifo input && { sqlite3 third.db < input > reader.out & } && exec 3> input
  > echo 'BEGIN; SELECT count(*) FROM proposals;' >&3 && sleep 0.5
  > cppcc --db third.db proposal import proposals.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  > test -s third.db-wal && echo 'third.db-wal written'
  > echo 'SELECT count(*) FROM proposals; COMMIT; SELECT count(*) FROM proposals;' >&3 && exec 3>&- && wait
  > cat reader.out
  proposal: 1500 rows: 1500 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  P0000001: similar to P0000032 (0.89)
  P0000002: similar to P0000409 (0.87)
  P0000003: similar to P0000341 (0.87)
  P0000004: similar to P0000111 (0.86)
  P0000005: similar to P0000280 (0.78)
  P0000006: similar to P0000037 (0.86)
  P0000007: similar to P0000392 (0.88)
  P0000008: similar to P0000190 (0.82)
  P0000009: similar to P0000038 (0.74)
  P0000010: similar to P0000033 (0.87)
  P0000011: similar to P0000207 (0.84)
  P0000012: similar to P0000029 (0.83)
  P0000013: similar to P0000416 (0.81)
  P0000014: similar to P0000223 (0.92)
  P0000015: similar to P0000110 (0.91)
  P0000016: similar to P0000018 (0.87)
  P0000017: similar to P0000164 (0.89)
  P0000018: similar to P0000240 (0.89)
  P0000019: similar to P0000060 (0.86)
  P0000020: similar to P0000045 (0.85)
  … and 1480 more proposals like stored ones: 'cppcc report duplicates' lists them all
  third.db-wal written
  0
  0
  1500

The check before the commit is of every table, so a broken reference the database held
already — written here by sqlite3, whose foreign keys are off — stops a held import: exit
70, nothing written. With --concurrent the import looks up only its own rows' keys, and
goes through.

  $ cp bad.db broken.db && sqlite3 broken.db 'INSERT INTO search_pending(proposal_id) VALUES (424242)'
  $ cppcc --db broken.db proposal import proposals.csv
  ! cppcc: the check of foreign keys before the commit found 1 broken reference(s), the first: foreign key: table search_pending row 424242 refers to a missing proposals row; nothing was written ('cppcc db check' lists them; with --concurrent the import checks only its own rows)
  [70]
  $ sqlite3 broken.db 'PRAGMA journal_mode; SELECT count(*) FROM proposals'
  wal
  0
  $ cppcc --db broken.db proposal import --concurrent proposals.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1500 rows: 1500 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  P0000001: similar to P0000032 (0.89)
  P0000002: similar to P0000409 (0.87)
  P0000003: similar to P0000341 (0.87)
  P0000004: similar to P0000111 (0.86)
  P0000005: similar to P0000280 (0.78)
  P0000006: similar to P0000037 (0.86)
  P0000007: similar to P0000392 (0.88)
  P0000008: similar to P0000190 (0.82)
  P0000009: similar to P0000038 (0.74)
  P0000010: similar to P0000033 (0.87)
  P0000011: similar to P0000207 (0.84)
  P0000012: similar to P0000029 (0.83)
  P0000013: similar to P0000416 (0.81)
  P0000014: similar to P0000223 (0.92)
  P0000015: similar to P0000110 (0.91)
  P0000016: similar to P0000018 (0.87)
  P0000017: similar to P0000164 (0.89)
  P0000018: similar to P0000240 (0.89)
  P0000019: similar to P0000060 (0.86)
  P0000020: similar to P0000045 (0.85)
  … and 1480 more proposals like stored ones: 'cppcc report duplicates' lists them all

A large import reads every member before its first row and resolves names in memory.
A member it creates (--create-missing) is found by the new code afterwards, before a
member who has that code as a name — as a small import, which asks the database, finds
it. Member X9 is named W0062, the code the next member created gets.

  $ cp bad.db refs.db && cp bad.db small.db && printf 'code,name\nX9,W0062\n' > x9.csv
  > cppcc --db refs.db -q member import x9.csv && cppcc --db small.db -q member import x9.csv
  $ { cat proposals.csv; echo 'P9000001,关于加强城区供水管网改造的建议,正文,张明,新人甲,,2023-03-01,submitted'; echo 'P9000002,关于完善社区养老服务的建议,正文,W0062,,,2023-03-02,submitted'; } > refs.csv
  $ cppcc --db refs.db proposal import --create-missing refs.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1502 rows: 1502 inserted, 0 updated, 0 unchanged, 0 rejected (… s); created 1 member(s) and 0 unit(s)
  P0000001: similar to P0000032 (0.89)
  P0000002: similar to P0000409 (0.87)
  P0000003: similar to P0000341 (0.87)
  P0000004: similar to P0000111 (0.86)
  P0000005: similar to P0000280 (0.78)
  P0000006: similar to P0000037 (0.86)
  P0000007: similar to P0000392 (0.88)
  P0000008: similar to P0000190 (0.82)
  P0000009: similar to P0000038 (0.74)
  P0000010: similar to P0000033 (0.87)
  P0000011: similar to P0000207 (0.84)
  P0000012: similar to P0000029 (0.83)
  P0000013: similar to P0000416 (0.81)
  P0000014: similar to P0000223 (0.92)
  P0000015: similar to P0000110 (0.91)
  P0000016: similar to P0000018 (0.87)
  P0000017: similar to P0000164 (0.89)
  P0000018: similar to P0000240 (0.89)
  P0000019: similar to P0000060 (0.86)
  P0000020: similar to P0000045 (0.85)
  … and 1480 more proposals like stored ones: 'cppcc report duplicates' lists them all
  $ sqlite3 refs.db "SELECT p.code, p.proposer, m.code FROM proposals p JOIN members m ON m.id = p.proposer_member_id WHERE p.code = 'P9000002'"
  P9000002|新人甲|W0062
  $ { head -1 refs.csv; tail -2 refs.csv; } > small.csv && cppcc --db small.db -q proposal import --create-missing small.csv && sqlite3 small.db "SELECT p.code, p.proposer, m.code FROM proposals p JOIN members m ON m.id = p.proposer_member_id WHERE p.code = 'P9000002'"
  P9000002|新人甲|W0062
