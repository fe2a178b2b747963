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
  key,label,value␍
  compared,proposals compared,426␍
  groups,groups,17␍
  grouped,proposals in groups,34␍
  $ cppcc report duplicates --year 2023 --format md
  # Hanjiang District CPPCC Committee: near-duplicate proposals of 2023
  <BLANK>
  ## figures
  <BLANK>
  | | |
  | --- | ---: |
  | proposals compared | 426 |
  | groups | 17 |
  | proposals in groups | 34 |
  <BLANK>
  ## groups of near-duplicates
  <BLANK>
  | group | code | title | status | submitted | filed | score | merge into |
  | ---: | --- | --- | --- | --- | --- | ---: | --- |
  | 1 | P2023-0001 | 关于切实发展职业教育的建议 | concluded | 2023-01-04 | 2023-02-06 | 0.96 | P2023-0001 |
  | 1 | P2023-0027 | 关于东坝社区发展职业教育的提案 | merged | 2023-01-04 |  | 0.96 | P2023-0001 |
  | 2 | P2023-0003 | 关于进一步加强科技成果转化的建议 | concluded | 2023-01-04 | 2023-02-06 | 0.90 | P2023-0003 |
  | 2 | P2023-0013 | 关于东坝社区强化科技成果转化的提案 | merged | 2023-01-04 |  | 0.90 | P2023-0003 |
  | 3 | P2023-0029 | 关于滨江社区推进集团化办学的建议 | concluded | 2023-01-04 | 2023-02-06 | 0.51 | P2023-0029 |
  | 3 | P2023-0077 | 关于柳湾镇推进集团化办学的提案 | merged | 2023-01-06 |  | 0.51 | P2023-0029 |
  | 4 | P2023-0031 | 关于进一步推进河道清淤疏浚的建议 | concluded | 2023-01-04 | 2023-02-06 | 0.88 | P2023-0031 |
  | 4 | P2023-0059 | 关于桂花社区推进河道清淤疏浚的提案 | not filed | 2023-01-05 |  | 0.88 | P2023-0031 |
  | 5 | P2023-0053 | 关于加强镇村道路养护的建议 | concluded | 2023-01-05 | 2023-02-06 | 0.84 | P2023-0053 |
  | 5 | P2023-0101 | 关于石门镇强化镇村道路养护的提案 | converted | 2023-01-06 |  | 0.84 | P2023-0053 |
  | 6 | P2023-0067 | 关于切实培育乡村特色产业的建议 | concluded | 2023-01-06 | 2023-02-06 | 0.96 | P2023-0067 |
  | 6 | P2023-0245 | 关于云岭镇培育乡村特色产业的提案 | merged | 2023-01-10 |  | 0.96 | P2023-0067 |
  | 7 | P2023-0084 | 关于切实加强中小学心理健康教育的建议 | concluded | 2023-01-06 | 2023-02-06 | 0.87 | P2023-0084 |
  | 7 | P2023-0159 | 关于桂花社区强化中小学心理健康教育的提案 | converted | 2023-01-08 |  | 0.87 | P2023-0084 |
  | 8 | P2023-0094 | 关于梨园镇加强食品安全监管的建议 | concluded | 2023-01-06 | 2023-02-06 | 0.81 | P2023-0094 |
  | 8 | P2023-0185 | 关于云岭镇强化食品安全监管的提案 | not filed | 2023-01-08 |  | 0.81 | P2023-0094 |
  | 9 | P2023-0114 | 关于柳湾镇加强公共文化设施建设的建议 | concluded | 2023-01-07 | 2023-02-06 | 0.86 | P2023-0114 |
  | 9 | P2023-0231 | 关于双河镇强化公共文化设施建设的提案 | not filed | 2023-01-09 |  | 0.86 | P2023-0114 |
  | 10 | P2023-0124 | 关于切实完善农村客运网络的建议 | concluded | 2023-01-07 | 2023-02-06 | 0.87 | P2023-0124 |
  | 10 | P2023-0257 | 关于白鹭镇完善农村客运网络的提案 | not filed | 2023-01-10 |  | 0.87 | P2023-0124 |
  | 11 | P2023-0133 | 关于进一步加强食品安全监管的建议 | concluded | 2023-01-07 | 2023-02-06 | 0.87 | P2023-0133 |
  | 11 | P2023-0276 | 关于青石镇强化食品安全监管的提案 | not filed | 2023-01-10 |  | 0.87 | P2023-0133 |
  | 12 | P2023-0151 | 关于加强汉江水质保护的几点建议 | concluded | 2023-01-08 | 2023-02-06 | 0.76 | P2023-0151 |
  | 12 | P2023-0313 | 关于河东街道强化汉江水质保护的提案 | not filed | 2023-01-11 |  | 0.76 | P2023-0151 |
  | 13 | P2023-0168 | 关于加强城区供水管网改造的建议 | concluded | 2023-01-08 | 2023-02-06 | 0.90 | P2023-0168 |
  | 13 | P2023-0180 | 关于梨园镇加强城区供水管网改造的提案 | merged | 2023-01-08 |  | 0.90 | P2023-0168 |
  | 14 | P2023-0172 | 关于持续建设全民健身场地设施的提案 | concluded | 2023-01-08 | 2023-02-06 | 0.83 | P2023-0172 |
  | 14 | P2023-0355 | 关于江北街道建设全民健身场地设施的提案 | not filed | 2023-03-19 |  | 0.83 | P2023-0172 |
  | 15 | P2023-0175 | 关于望江社区加强退役军人就业创业扶持的建议 | concluded | 2023-01-08 | 2023-02-06 | 0.78 | P2023-0175 |
  | 15 | P2023-0362 | 关于石门镇强化退役军人就业创业扶持的提案 | converted | 2023-04-07 |  | 0.78 | P2023-0175 |
  | 16 | P2023-0207 | 关于切实加强食品安全监管的建议 | concluded | 2023-01-09 | 2023-02-06 | 0.85 | P2023-0207 |
  | 16 | P2023-0420 | 关于桂花社区加强食品安全监管的提案 | not filed | 2023-08-15 |  | 0.85 | P2023-0207 |
  | 17 | P2023-0296 | 关于推进河道清淤疏浚的建议 | concluded | 2023-01-11 | 2023-02-06 | 0.57 | P2023-0296 |
  | 17 | P2023-0326 | 关于双河镇推进河道清淤疏浚的提案 | merged | 2023-01-11 |  | 0.57 | P2023-0296 |

Repeats of earlier years:

  $ cppcc report duplicates --year 2023 --against-previous --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["figures"]); [print(r["code"], r["earlier"], r["score"]) for r in d["tables"]["repeats"]]'
  {'compared': 426, 'groups': 17, 'grouped': 34, 'repeats': 1}
  P2023-0301 P2022-0182 0.91
  $ cppcc report duplicates --year 2024 --against-previous --format csv
  key,label,value␍
  compared,proposals compared,7␍
  groups,groups,0␍
  grouped,proposals in groups,0␍
  repeats,repeats,1␍

A higher threshold keeps only the closest pairs:

  $ cppcc report duplicates --year 2023 --threshold 0.8 --format csv
  key,label,value␍
  compared,proposals compared,426␍
  groups,groups,13␍
  grouped,proposals in groups,26␍

`proposal similar`: the proposals most like one, with the passages they share; its own
year by default, --all for every year:

  $ cppcc proposal similar P2023-0150 --format csv
  code,title,submitted,status,score,measure,passages␍
  P2023-0013,关于东坝社区强化科技成果转化的提案,2023-01-04,merged,0.34,Jaccard,“后期管护缺位，建成后无人管；考核评价机制不健全，整改落实慢” “投入不少，但成效与群众期盼仍有差距”␍
  P2023-0003,关于进一步加强科技成果转化的建议,2023-01-04,concluded,0.34,Jaccard,“后期管护缺位，建成后无人管；考核评价机制不健全，整改落实慢” “投入不少，但成效与群众期盼仍有差距”␍
  P2023-0144,关于茶溪镇加强基层法律服务的建议,2023-01-07,concluded,0.27,Jaccard,“投入不少，但成效与群众期盼仍有差距。目前主要存在基层专业人员…” “争取上级专项债券和中央预算内投资，为全区提供样板”␍
  P2023-0176,关于持续治理城区餐饮油烟的提案,2023-01-08,concluded,0.24,Jaccard,“投入不少，但成效与群众期盼仍有差距” “基层专业人员缺乏，服务能力跟不上”␍
  P2023-0229,关于双河镇建设全民健身场地设施的建议,2023-01-09,concluded,0.22,Jaccard,“投入不少，但成效与群众期盼仍有差距” “基层专业人员缺乏，服务能力跟不上”␍
  P2023-0225,关于新城街道建设全民健身场地设施的建议,2023-01-09,concluded,0.22,Jaccard,“将相关经费列入区级财政预算，力争两年内见到明显成效” “基层专业人员缺乏，服务能力跟不上”␍
  P2023-0127,关于梨园镇加强科技成果转化的建议,2023-01-07,concluded,0.22,Jaccard,“投入不少，但成效与群众期盼仍有差距” “争取上级专项债券和中央预算内投资”␍
  P2023-0051,关于整治农村人居环境的建议,2023-01-05,concluded,0.22,Jaccard,“投入不少，但成效与群众期盼仍有差距” “考核评价机制不健全，整改落实慢”␍
  P2023-0397,关于新城街道完善农村客运网络的建议,2023-06-14,concluded,0.21,Jaccard,“投入不少，但成效与群众期盼仍有差距” “将相关经费列入区级财政预算”␍
  P2023-0322,关于新城街道发展职业教育的建议,2023-01-11,concluded,0.21,Jaccard,“投入不少，但成效与群众期盼仍有差距” “争取上级专项债券和中央预算内投资”␍
  $ cppcc proposal similar P2023-0150 --all --limit 3 --format csv
  code,title,submitted,status,score,measure,passages␍
  P2024-0003,关于青石镇推进城区配电网改造的提案,2024-01-10,filed,0.92,Jaccard,“城区配电网改造，将相关经费列入区级财政预算，力争两年内见到明…” “期盼仍有差距。目前主要存在基层专业人员缺乏，服务能力跟不上；…”␍
  P2023-0013,关于东坝社区强化科技成果转化的提案,2023-01-04,merged,0.34,Jaccard,“后期管护缺位，建成后无人管；考核评价机制不健全，整改落实慢” “投入不少，但成效与群众期盼仍有差距”␍
  P2023-0003,关于进一步加强科技成果转化的建议,2023-01-04,concluded,0.34,Jaccard,“后期管护缺位，建成后无人管；考核评价机制不健全，整改落实慢” “投入不少，但成效与群众期盼仍有差距”␍
  $ cppcc proposal similar P9999-0001
  ! cppcc: no proposal 'P9999-0001' (did you mean 'P2023-0001' or 'P2024-0001'?)
  [65]

Adding a proposal very like a stored one says so, without refusing it; -q silences it:

  $ cppcc proposal add --code P2024-0101 --title 关于青石镇推进城区配电网改造的提案 --proposer 民盟汉江区委 --type 党派 --submitted 2024-02-20 --body "$(cppcc proposal show P2024-0003 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["fields"]["body"])')"
  added proposal P2024-0101 (submitted)
  P2024-0101: similar to P2024-0003 (1.00)
  $ cppcc -q proposal add --code P2024-0102 --title 关于青石镇推进城区配电网改造的提案 --proposer 民盟汉江区委 --type 党派 --submitted 2024-02-20 --body "$(cppcc proposal show P2024-0003 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["fields"]["body"])')"
  $ cppcc proposal add --code P2024-0103 --title 关于建设智慧农业示范园的建议 --proposer 民盟汉江区委 --type 党派 --submitted 2024-02-20 --body 建议在茶溪镇建设智慧农业示范园，引进物联网设备。
  added proposal P2024-0103 (submitted)

A proposal import says it of each new one, one line each:

  $ printf '提案号,标题,内容,提案人,提案类型,提交日期\nP2024-0201,关于东坝社区强化科技成果转化的建议,%s,民盟汉江区委,党派,2024-02-21\n' "$(cppcc proposal show P2023-0003 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["fields"]["body"].replace(chr(10), ""))')" > more.csv
  $ cppcc proposal import more.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s)
  P2024-0201: similar to P2023-0003 (0.98)

The signatures are kept by every write; db reindex --full computes and stores them again
(as after a change of similar.ngram, bands, rows or stock phrases):

  $ cppcc db reindex --full
  stored the near-duplicate signatures of 441 proposal(s)
  search index rebuilt

db check verifies them: each proposal has one, it is its text's, and they were stored
under this configuration's method (the stamp of similar.ngram, bands, rows and stock
phrases). A proposal without one is still compared, from its text:

  $ cppcc db check
  ok
  $ sqlite3 cppcc.db "DELETE FROM proposal_signatures WHERE proposal_id = (SELECT id FROM proposals WHERE code = 'P2023-0003'); UPDATE proposal_signatures SET signature = CAST(x'00000000' || substr(signature, 5) AS BLOB) WHERE proposal_id = (SELECT id FROM proposals WHERE code = 'P2023-0002')"
  $ cppcc db check
  ! cppcc: 2 problem(s) in ./cppcc.db: near-duplicate signature: proposal P2023-0002's is not that of its text; run 'cppcc db reindex --full'; near-duplicate signature: proposal P2023-0003 has none; run 'cppcc db reindex --full'
  [1]
  $ cppcc proposal similar P2023-0013 --limit 1 --format csv | cut -d, -f1,5
  code,score
  P2023-0003,0.90
  五是围绕…”"␍
  $ cppcc db reindex --full > /dev/null && cppcc db check
  ok
  $ printf 'similar:\n  ngram: 3\n' >> cppcc.yaml && cppcc db check
  ! cppcc: 1 problem(s) in ./cppcc.db: near-duplicate signatures: stored under method 'oph2 n=2 bands=64 rows=3 phrases=67908366f07fe423', not this configuration's 'oph2 n=3 bands=64 rows=3 phrases=67908366f07fe423'; run 'cppcc db reindex'
  [1]
