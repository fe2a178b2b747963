Near-duplicate proposals (查重, docs/similar.md) on the bundled sample year, whose generator
(scripts/gen-sample-year, vary_and_plant) plants known groups among proposals whose states
already say so: each merged proposal says its target's matter again (reworded, its
paragraphs in another order, or two of them as a short proposal inside the long one), each
rejected as 一事多议 repeats an earlier filed one reworded, and across years P2023-0301
repeats P2022-0182, P2024-0003 repeats P2023-0150. Every other proposal has a body of its
own; proposals on the same topic at other places are not grouped.

  $ cp -r $DATA/../../samples/2023 sample && cp sample/cppcc.yaml . && cppcc -q db init
  $ for f in unit:承办单位 member:委员名册 proposal:提案台账; do
  >   cppcc -q ${f%%:*} import sample/${f#*:}.*
  > done

The groups of 2023, each with the suggested target of a merge (the earliest filed):

  $ cppcc report duplicates --year 2023 --format csv
  $ cppcc report duplicates --year 2023 --format md

Repeats of earlier years:

  $ cppcc report duplicates --year 2023 --against-previous --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["figures"]); [print(r["code"], r["earlier"], r["score"]) for r in d["tables"]["repeats"]]'
  $ cppcc report duplicates --year 2024 --against-previous --format csv

A higher threshold keeps only the closest pairs:

  $ cppcc report duplicates --year 2023 --threshold 0.8 --format csv

`proposal similar`: the proposals most like one, with the passages they share; its own
year by default, --all for every year:

  $ cppcc proposal similar P2023-0150 --format csv
  $ cppcc proposal similar P2023-0150 --all --limit 3 --format csv
  $ cppcc proposal similar P9999-0001
  [1]

Adding a proposal very like a stored one says so, without refusing it; -q silences it:

  $ cppcc proposal add --code P2024-0101 --title 关于青石镇推进城区配电网改造的提案 --proposer 民盟汉江区委 --type 党派 --submitted 2024-02-20 --body "$(cppcc proposal show P2024-0003 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["fields"]["body"])')"
  $ cppcc -q proposal add --code P2024-0102 --title 关于青石镇推进城区配电网改造的提案 --proposer 民盟汉江区委 --type 党派 --submitted 2024-02-20 --body "$(cppcc proposal show P2024-0003 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["fields"]["body"])')"
  $ cppcc proposal add --code P2024-0103 --title 关于建设智慧农业示范园的建议 --proposer 民盟汉江区委 --type 党派 --submitted 2024-02-20 --body 建议在茶溪镇建设智慧农业示范园，引进物联网设备。

A proposal import says it of each new one, one line each:

  $ printf '提案号,标题,内容,提案人,提案类型,提交日期\nP2024-0201,关于东坝社区强化科技成果转化的建议,%s,民盟汉江区委,党派,2024-02-21\n' "$(cppcc proposal show P2023-0003 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["fields"]["body"].replace(chr(10), ""))')" > more.csv
  $ cppcc proposal import more.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'

The signatures are kept by every write; db reindex --full computes and stores them again
(as after a change of similar.ngram, bands, rows or stock phrases):

  $ cppcc db reindex --full
