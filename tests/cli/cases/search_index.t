A large import leaves its proposals queued for the full-text index (indexing long
bodies costs far more than the import); searches still find them, and `db reindex`
indexes them. Here the threshold is lowered to 1 in cppcc.yaml so three rows are "large".

  $ printf 'import:\n  index_at_once_up_to: 1\n' > cppcc.yaml
  $ cppcc -q db init
  $ printf 'code,name\nW001,张明\n' > members.csv
  $ cppcc -q member import members.csv
  $ cat > proposals.csv <<'CSV'
  > code,title,body,proposer,submitted
  > P1,关于加强城区供水管网改造的建议,临江小区供水管网破损，水费高企。,张明,2024-01-10
  > P2,关于发展乡村旅游的建议,建议打造茶旅融合线路。,张明,2024-01-11
  > P3,关于完善社区养老服务的建议,建议增设日间照料中心。,张明,2024-01-12
  > CSV
  $ cppcc proposal import proposals.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 3 rows: 3 inserted, 0 updated, 0 unchanged, 0 rejected (… s); 3 proposals wait for the search index: run 'cppcc db reindex'

Importing another kind meanwhile neither indexes the queue nor speaks of it.

  $ printf 'name,contact\n区水利局,刘强\n' > units.csv
  $ cppcc unit import units.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  unit: 1 rows: 1 inserted, 0 updated, 0 unchanged, 0 rejected (… s)

Queued proposals are found by every kind of search: three characters and more (the
index path), two and one (the scan path), in titles and in bodies.

  $ cppcc proposal list --search 供水管网 --format csv | cut -d, -f1
  code
  P1
  $ cppcc proposal list --search 茶旅融合 --format csv | cut -d, -f1
  code
  P2
  $ cppcc proposal list --search 养老 --format csv | cut -d, -f1
  code
  P3
  $ cppcc db stats --format csv | grep search_pending
  search_pending,search_pending,3␍
  $ cppcc db check
  ok

Indexing them; the same searches give the same answers from the index.

  $ cppcc db reindex
  indexed 3 proposal(s)
  $ cppcc db stats --format csv | grep search_pending
  search_pending,search_pending,0␍
  $ cppcc proposal list --search 供水管网 --format csv | cut -d, -f1
  code
  P1
  $ cppcc proposal list --search 茶旅融合 --format csv | cut -d, -f1
  code
  P2
  $ cppcc db check
  ok

A title changed after indexing is found by its new words only.

  $ printf 'code,title\nP2,关于发展全域旅游的建议\n' > change.csv
  $ cppcc proposal import change.csv | sed -E 's/\([0-9.]+ s\)/(… s)/'
  proposal: 1 rows: 0 inserted, 1 updated, 0 unchanged, 0 rejected (… s)
  $ cppcc proposal list --search 全域旅游 --format csv | cut -d, -f1
  code
  P2
  $ cppcc proposal list --search 乡村旅游 --format csv | cut -d, -f1
  code
  $ cppcc db reindex --full
  stored the near-duplicate signatures of 3 proposal(s)
  search index rebuilt
  $ cppcc db check
  ok
