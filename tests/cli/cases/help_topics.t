`cppcc --version` names cppcc's version, the database schema it reads and writes (the last
migration compiled in) and the libraries it runs on; the library versions are masked (N).

  $ cppcc --version | sed -E 's/[0-9]+(\.[0-9]+)+/N/g'
  cppcc N, database schema 11
  libraries: SQLite N, yaml-cpp N, fmt N, SQLiteCpp N, CLI11 N
  $ [ "$(cppcc --version | sed -nE '1s/.*schema ([0-9]+)$/\1/p')" = "$(ls $DATA/../../schemas/migrations/*.sql | wc -l)" ] && echo schema is the last migration
  schema is the last migration
  $ cppcc --lang zh --version | head -1 | sed -E 's/[0-9]+(\.[0-9]+)+/N/g'
  cppcc N，数据库结构版本 11

`cppcc help` lists the topics; `cppcc help TOPIC` prints that section of docs/, compiled
in (no file is read: this runs in an empty directory). Each topic's section exists:

  $ cppcc help
  Topics (cppcc help TOPIC prints one, offline):
    dates       how dates, months and years are written; step dates; timestamps
    lifecycle   a proposal's states and steps, and the rules of each
    import      what every import reads and does: files, headers, values, errors
    columns     the columns of each record kind, for import and export
    config      the database file and cppcc.yaml
    files       where the files live: database, outputs, backups and restore
    reports     what each report holds and how its figures are counted
    remind      reminders to handling units, notices and cron
    scores      members' performance scores (委员履职考评)
    bundles     a year's bundle for a city's roll-up: its files, the year's records, personal fields
    exit-codes  exit codes and what produces each
  $ for topic in $(cppcc help | tail -n +2 | awk '{print $1}'); do cppcc help $topic | head -1; done
  ## Dates and times
  ## The proposal lifecycle
  ## What every import does
  ### §4.2 Canonical columns
  ### §1.4 Storage and configuration
  ## Where the files live
  ## Reports
  ## Reminders (cron)
  ## Member performance scores (委员履职考评)
  ## What a bundle holds
  ## §5 Exit codes (lib/error.hpp)

A section ends at the next heading of its level, not at a `#` comment inside a code block:

  $ cppcc help dates | grep -c '^## '; cppcc help dates | tail -2
  1
  <BLANK>
  (from docs/workflow.md; the documentation is in English)
  $ cppcc help exit-codes | grep -E '^\| (3|65|75) '
  | 3 | illegal_transition | an action not allowed in the state or a failed guard (§2.2), a return past `return_days`, a lead reply in `replied`, a merge into a closed proposal, a second delisting |
  | 65 | data | bad dates, values, codes or names (with did-you-mean), existing codes on `add`, import rows, chronology (§2.8), an extension past its cap, refused corrections, unrecognised files, workbook limits, a bad bundle (no manifest, a checksum that differs, a newer schema, another year) |
  | 75 | busy | the database locked past the busy timeout (try again) |
  $ cppcc help import | grep -c '^```'
  2

An unknown topic is a usage error, with the closest one:

  $ cppcc help date
  ! cppcc: no help topic 'date' (did you mean 'dates'?)
  [2]
  $ cppcc --lang zh help 退出码
  ! cppcc: 没有帮助主题“退出码”（可用主题：dates、lifecycle、import、columns、config、files、reports、remind、scores、bundles、exit-codes）
  [2]
  $ cppcc __complete help ex
  exit-codes
