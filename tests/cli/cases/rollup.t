A city's roll-up of its counties' databases (issue 25, first slice): `cppcc rollup SOURCE…
report annual` reads each database read-only, one column per committee and the total;
counts summed, rates computed again from the summed counts (not averaged). Three county
databases made here: 汉江区 (the sample year, its cppcc.yaml beside it: the column is
named from it), county-b (ten proposals of the import tests, no cppcc.yaml: named from
the file), and bad ones (a file that is no database, one of an older schema, one missing).

  $ mkdir hanjiang county-b bad && cp $DATA/../../samples/2023/cppcc.yaml hanjiang/ && CPPCC_BIN=$(command -v cppcc) $DATA/../../scripts/load-sample hanjiang/cppcc.db
  $ b() { cppcc -q --db county-b/county-b.db --config hanjiang/cppcc.yaml "$@"; }; b db init && b member import $DATA/import_members.csv && b unit import $DATA/import_units.csv && b proposal import $DATA/import_proposals_2023.csv
  $ printf 'not a database, just text\n' > bad/damaged.db
  $ cp county-b/county-b.db bad/old.db && /usr/bin/python3 -c 'import sqlite3; c = sqlite3.connect("bad/old.db"); c.execute("PRAGMA user_version = 1"); c.commit()'
  $ cksum hanjiang/cppcc.db county-b/county-b.db > before.txt

## The roll-up, in every text format

  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b/county-b.db report annual --year 2023 --format table
  $ cppcc --config hanjiang/cppcc.yaml --lang zh rollup hanjiang/cppcc.db county-b report annual --year 2023 --format table
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b report annual --year 2023 --format json
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b report annual --year 2023 --format csv | head -4
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b report annual --year 2023 --format md | head -6

Each total is the sum of the counties' own `report annual` figures, figure by figure, and
a rate is computed again from the totals it divides (filing rate = filed / received,
on-time rate = on time / filed), not the average of the counties' rates.

  $ for db in hanjiang/cppcc.db county-b/county-b.db; do cppcc --db $db --config hanjiang/cppcc.yaml report annual --year 2023 --format json > "$(dirname $db).json"; done
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b report annual --year 2023 --format json > rollup.json
  $ /usr/bin/python3 - <<'PY'
  > import json
  > rows = {r["key"]: r for r in json.load(open("rollup.json"))}
  > counties = {"汉江区政协": json.load(open("hanjiang.json"))["figures"],
  >             "county-b": json.load(open("county-b.json"))["figures"]}
  > checked = 0
  > for key, row in rows.items():
  >     for name, figures in counties.items():
  >         assert row[name] == figures[key], (key, name, row[name], figures[key])
  >     if not key.endswith("_rate"):
  >         assert row["total"] == sum(f[key] for f in counties.values()), key
  >         checked += 1
  > t = {k: r["total"] for k, r in rows.items()}
  > assert t["filing_rate"] == round(100 * t["proposals_filed"] / t["proposals_received"], 1)
  > assert t["on_time_rate"] == round(100 * t["proposals_on_time"] / t["proposals_filed"], 1)
  > print(checked, "counts summed; filing rate", t["filing_rate"], "on-time rate", t["on_time_rate"])
  > PY

The databases were read, not written (no byte of either changed):

  $ cksum hanjiang/cppcc.db county-b/county-b.db | diff before.txt - && echo unchanged

## Bad sources: each named with its exit code, or left out with --skip-bad

  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db bad/damaged.db report annual --year 2023 --format csv
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db bad/old.db report annual --year 2023 --format csv
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db missing.db report annual --year 2023 --format csv
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db county-b bad missing.db report annual --year 2023 --skip-bad --format csv | head -3
  $ cppcc --config hanjiang/cppcc.yaml rollup bad missing.db report annual --year 2023 --skip-bad
  $ cppcc rollup empty-dir report annual --year 2023 2>&1; mkdir empty-dir; cppcc rollup empty-dir report annual --year 2023
  $ cppcc rollup report annual --year 2023
