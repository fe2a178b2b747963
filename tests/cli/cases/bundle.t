A committee's bundle (issue 25, docs/bundles.md): `cppcc db export-bundle --year Y OUT.zip`
writes the year's canonical CSVs and a manifest, without members' phone numbers unless
--with-personal; `cppcc rollup` reads a bundle as it reads a database. Made here from the
sample year (its cppcc.yaml beside its database).

  $ mkdir hanjiang && cp $DATA/../../samples/2023/cppcc.yaml hanjiang/ && CPPCC_BIN=$(command -v cppcc) $DATA/../../scripts/load-sample hanjiang/cppcc.db

The sample's ledgers say nothing of three things the reports read, so the clerk adds them
here, as an office would after the year's assessment: how the units met 40 proposers (a
feedback's contact: the meeting rate), the year's ten excellent proposals (their
proposers' scores), and two members who left, one during 2023 (not ranked in it) and one
in 2024 (ranked in 2023). The bundle carries all three (its columns contact, excellent,
left_on), and every comparison below covers them:

  $ i=0; for code in $(cppcc --db hanjiang/cppcc.db proposal list --year 2023 --status concluded --format csv | sed -n '2,41p' | cut -d, -f1); do i=$((i + 1)); n=$(cppcc --db hanjiang/cppcc.db proposal history $code --format csv | grep ',feedback,' | cut -d, -f1 | tail -1); cppcc --db hanjiang/cppcc.db -q proposal amend $code --event $n --contact $([ $((i % 3)) = 0 ] && echo 电话 || echo 走访); done; cppcc --db hanjiang/cppcc.db report annual --year 2023 --format json | grep meeting_rate
      "meeting_rate": 67.5,
  $ (echo 提案号,优秀提案; cppcc --db hanjiang/cppcc.db proposal list --year 2023 --status concluded --format csv | sed -n '2,11p' | cut -d, -f1 | sed 's/$/,是/') > 优秀提案.csv && cppcc --db hanjiang/cppcc.db -q proposal import 优秀提案.csv && cppcc --db hanjiang/cppcc.db proposal export --year 2023 | grep -c ',yes.$'
  10
  $ cppcc --db hanjiang/cppcc.db -q member update W0054 --status left --left-on 2023-06-30 && cppcc --db hanjiang/cppcc.db -q member update W0076 --status left --left-on 2024-02-01 && cppcc --db hanjiang/cppcc.db member export | grep -E '^W00(54|76),' | cut -d, -f1,14,15
  W0054,left,2023-06-30␍
  W0076,left,2024-02-01␍
  $ cppcc --db hanjiang/cppcc.db member score --year 2023 --format csv | grep -cE ',W00(54|76),'; cppcc --db hanjiang/cppcc.db member score --year 2023 --format json | grep -c '"lead_excellent": [1-9]'
  1
  10
  $ cppcc --db hanjiang/cppcc.db db export-bundle --year 2023 hanjiang-2023.zip
  wrote the bundle of 2023 to hanjiang-2023.zip: units.csv 32, members.csv 230, studios.csv 16, proposals.csv 435, opinions.csv 80, activities.csv 454, articles.csv 853; personal fields left out
  $ ls -l hanjiang-2023.zip | cut -c1-10
  -rw-------
  $ /usr/bin/python3 -c 'import zipfile; print(*zipfile.ZipFile("hanjiang-2023.zip").namelist())'
  manifest.json units.csv members.csv studios.csv proposals.csv opinions.csv activities.csv articles.csv

The manifest (its time and cppcc's version masked; both are the run's):

  $ /usr/bin/python3 -c 'import zipfile, sys; sys.stdout.write(zipfile.ZipFile("hanjiang-2023.zip").read("manifest.json").decode())' | sed -E 's/"created": "[^"]*"/"created": "TIME"/; s/"cppcc_version": "[^"]*"/"cppcc_version": "X.Y.Z"/'
  {
    "format": 1,
    "committee": {"name": "汉江区政协", "name_en": "Hanjiang District CPPCC Committee"},
    "year": 2023,
    "schema_version": 11,
    "cppcc_version": "X.Y.Z",
    "created": "TIME",
    "personal": false,
    "files": [
      {"name": "units.csv", "kind": "unit", "records": 32, "sha256": "00bb8f69520d77b16c6dec3cccfb8a20619830cbc06fa9215e9e841a7267edde"},
      {"name": "members.csv", "kind": "member", "records": 230, "sha256": "01bc400cd4d9285bb9b98589f439151c51333c8eddac8bda6b03237036b70ce8"},
      {"name": "studios.csv", "kind": "studio", "records": 16, "sha256": "f68777db36fb1e0607d1da2316e98b57d2acf16bf5d091fab4952407a5b9b5a9"},
      {"name": "proposals.csv", "kind": "proposal", "records": 435, "sha256": "302248f129366a6d76213a5b22306a8f42331a0ea0f0855c17fade256daa1170"},
      {"name": "opinions.csv", "kind": "opinion", "records": 80, "sha256": "64630461a7953597da1eb325c2a5592b52708dd0356508e7a7affe4d34675775"},
      {"name": "activities.csv", "kind": "activity", "records": 454, "sha256": "7b6ed8ac7ae64ebd3f7c81d5b2be4942795ad5a291ff013691d967bf980121dd"},
      {"name": "articles.csv", "kind": "article", "records": 853, "sha256": "0f8847514d60bf3a8343806ce062fff63563bbef69f139ec4db7bf689921183f"}
    ]
  }

Each checksum is the file's own, and each count its rows:

  $ /usr/bin/python3 - <<'PY'
  > import csv, hashlib, io, json, zipfile
  > z = zipfile.ZipFile("hanjiang-2023.zip")
  > m = json.loads(z.read("manifest.json"))
  > for f in m["files"]:
  >     data = z.read(f["name"])
  >     rows = list(csv.reader(io.StringIO(data.decode())))
  >     assert hashlib.sha256(data).hexdigest() == f["sha256"], f["name"]
  >     assert len(rows) - 1 == f["records"], (f["name"], len(rows), f["records"])
  > print(len(m["files"]), "files checked")
  > PY
  7 files checked

An existing output is refused, as every output is (73), and the file is left as it was:

  $ cksum hanjiang-2023.zip > before.txt && cppcc --db hanjiang/cppcc.db db export-bundle --year 2023 hanjiang-2023.zip; echo "exit $?"; cksum hanjiang-2023.zip | diff before.txt - && echo unchanged
  exit 73
  unchanged
  ! cppcc: 'hanjiang-2023.zip' already exists (give a new file name)

## Personal fields

Without --with-personal, every member's phone is empty; with it, the phones are those
`member export` writes:

  $ /usr/bin/python3 - <<'PY'
  > import csv, io, zipfile
  > rows = list(csv.DictReader(io.StringIO(zipfile.ZipFile("hanjiang-2023.zip").read("members.csv").decode())))
  > print(len(rows), "members,", sum(1 for r in rows if r["phone"]), "phones,", sum(1 for r in rows if r["name"]), "names")
  > PY
  230 members, 0 phones, 230 names
  $ cppcc --db hanjiang/cppcc.db db export-bundle --year 2023 --with-personal personal.zip | sed 's/.*; //'
  with personal fields
  $ cppcc --db hanjiang/cppcc.db member export --no-bom --out members.csv
  $ /usr/bin/python3 - <<'PY'
  > import csv, io, zipfile
  > bundled = list(csv.DictReader(io.StringIO(zipfile.ZipFile("personal.zip").read("members.csv").decode())))
  > exported = list(csv.DictReader(open("members.csv", encoding="utf-8")))
  > assert [r["phone"] for r in bundled] == [r["phone"] for r in exported]
  > print(sum(1 for r in bundled if r["phone"]), "phones, as member export writes them")
  > PY
  230 phones, as member export writes them

## The roll-up of a bundle equals the roll-up of its database

Figure by figure, but for the committee column's name (the database's from the cppcc.yaml
beside it, the bundle's from its manifest):

  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db report annual --year 2023 --format json > from-db.json
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang-2023.zip report annual --year 2023 --format json > from-bundle.json
  $ /usr/bin/python3 - <<'PY'
  > import json
  > def figures(name):
  >     rows = json.load(open(name))
  >     committee = [k for k in rows[0] if k not in ("key", "figure", "total")]
  >     assert len(committee) == 1, committee
  >     return committee[0], [(r["key"], r[committee[0]], r["total"]) for r in rows]
  > (db_name, db), (bundle_name, bundle) = figures("from-db.json"), figures("from-bundle.json")
  > assert db == bundle, [(a, b) for a, b in zip(db, bundle) if a != b]
  > print(len(db), "figures equal;", db_name, "/", bundle_name)
  > PY
  27 figures equal; Hanjiang District CPPCC Committee / Hanjiang District CPPCC Committee
  $ for r in "member score --year 2023" "report units --year 2023" "report proposals --year 2023 --by unit"; do cppcc --config hanjiang/cppcc.yaml rollup hanjiang/cppcc.db $r --format json > a.json; cppcc --config hanjiang/cppcc.yaml rollup hanjiang-2023.zip $r --format json > b.json; cmp -s a.json b.json && echo "equal: rollup $r" || echo "DIFFERENT: rollup $r"; done
  equal: rollup member score --year 2023
  equal: rollup report units --year 2023
  equal: rollup report proposals --year 2023 --by unit
  $ cppcc --config hanjiang/cppcc.yaml --lang zh rollup hanjiang-2023.zip report annual --year 2023 --format csv | head -3
  项目,项目名称,汉江区政协,合计␍
  proposals_received,征集提案,426,426␍
  proposals_filed,立案,368,368␍

The other reports of the year, from the bundle's files (no phones) imported as they are (the loader's
order: units, members without their studio, studios, then the rest), equal the
database's: the bundle holds every record they read (docs/bundles.md) — the year's, the
look back's (2022's proposals of result B) and every proposal still open, which the
reminders of today (2024-03-01) list:

  $ mkdir unpacked && cd unpacked && /usr/bin/python3 -c 'import zipfile; zipfile.ZipFile("../hanjiang-2023.zip").extractall()' && printf 'columns:\n  studio: ignore\n' > no-studio.yaml
  $ cd unpacked && c() { cppcc --db from-bundle.db --config ../hanjiang/cppcc.yaml -q "$@"; } && c db init && c unit import units.csv && c member import members.csv --mapping no-studio.yaml && c studio import studios.csv && c proposal import proposals.csv && c opinion import opinions.csv && c activity import activities.csv && c article import articles.csv
  $ for r in "report annual --year 2023" "report units --year 2023" "report proposals --year 2023 --by unit" "report proposals --year 2023 --by status" "member score --year 2023" "report members --year 2023" "remind --within 400"; do cppcc --db hanjiang/cppcc.db $r --format json > a.json; cppcc --db unpacked/from-bundle.db --config hanjiang/cppcc.yaml $r --format json > b.json; cmp -s a.json b.json && echo "equal: $r" || echo "DIFFERENT: $r"; done
  equal: report annual --year 2023
  equal: report units --year 2023
  equal: report proposals --year 2023 --by unit
  equal: report proposals --year 2023 --by status
  equal: member score --year 2023
  equal: report members --year 2023
  equal: remind --within 400

  $ cppcc --db unpacked/from-bundle.db --config hanjiang/cppcc.yaml remind --within 400 --format csv | cut -d, -f4,9
  code,status␍
  P2024-0001,due_soon␍
  P2024-0002,due_soon␍
  P2024-0002,due_soon␍
  P2024-0001,due_soon␍
  P2024-0005,waiting_review␍
  P2024-0006,waiting_review␍
  P2024-0007,waiting_review␍

## A directory of bundles and databases

  $ mkdir mail && cp hanjiang-2023.zip mail/ && cp hanjiang/cppcc.db mail/second.db && cppcc --config hanjiang/cppcc.yaml rollup mail report annual --year 2023 --format csv | head -3
  key,figure,Hanjiang District CPPCC Committee,second,total␍
  proposals_received,proposals received,426,426,852␍
  proposals_filed,proposals filed,368,368,736␍

## A bundle refused

One line naming the bundle and its member, exit 65 (66 when it is missing):

  $ /usr/bin/python3 - <<'PY'
  > import zipfile
  > src = zipfile.ZipFile("hanjiang-2023.zip")
  > with zipfile.ZipFile("tampered.zip", "w") as out:
  >     for name in src.namelist():
  >         data = src.read(name)
  >         if name == "proposals.csv":
  >             data = data.replace(b",concluded,", b",assigned,", 1)
  >         out.writestr(name, data)
  > with zipfile.ZipFile("no-manifest.zip", "w") as out:
  >     for name in src.namelist():
  >         if name != "manifest.json":
  >             out.writestr(name, src.read(name))
  > with zipfile.ZipFile("newer.zip", "w") as out:
  >     for name in src.namelist():
  >         data = src.read(name)
  >         if name == "manifest.json":
  >             data = data.replace(b'"schema_version": 11', b'"schema_version": 99')
  >         out.writestr(name, data)
  > PY
  $ cppcc --config hanjiang/cppcc.yaml rollup tampered.zip report annual --year 2023
  ! cppcc: bundle 'tampered.zip', proposals.csv: its SHA-256 checksum is not the manifest's (changed or damaged since it was written): refused
  [65]
  $ cppcc --config hanjiang/cppcc.yaml rollup no-manifest.zip report annual --year 2023
  ! cppcc: bundle 'no-manifest.zip', manifest.json: missing: the bundle has no manifest (not a cppcc bundle?)
  [65]
  $ cppcc --config hanjiang/cppcc.yaml rollup newer.zip report annual --year 2023
  ! cppcc: bundle 'newer.zip', manifest.json: written by a cppcc of database schema 99, newer than this cppcc's 11 (read it with a newer cppcc)
  [65]
  $ printf 'not a zip\n' > text.zip && cppcc --config hanjiang/cppcc.yaml rollup text.zip report annual --year 2023
  ! cppcc: text.zip: not a complete zip archive (truncated or damaged?): Not a zip archive
  [65]
  $ cppcc --config hanjiang/cppcc.yaml rollup gone.zip report annual --year 2023
  ! cppcc: no bundle 'gone.zip'
  [66]
  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang-2023.zip report annual --year 2024
  ! cppcc: bundle 'hanjiang-2023.zip' holds the year 2023, not 2024
  [65]
  $ cppcc --config hanjiang/cppcc.yaml --lang zh rollup tampered.zip report annual --year 2023
  ! cppcc: 数据包“tampered.zip”的proposals.csv：SHA-256 校验和与清单不符（生成后被改动或已损坏），拒绝读取
  [65]

With --skip-bad, a bad bundle is left out with a warning:

  $ cppcc --config hanjiang/cppcc.yaml rollup hanjiang-2023.zip tampered.zip report annual --year 2023 --skip-bad --format csv | head -2
  key,figure,Hanjiang District CPPCC Committee,total␍
  proposals_received,proposals received,426,426␍
  ! cppcc: left out of the roll-up (--skip-bad): bundle 'tampered.zip', proposals.csv: its SHA-256 checksum is not the manifest's (changed or damaged since it was written): refused
