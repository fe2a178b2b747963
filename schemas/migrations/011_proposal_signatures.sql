-- cppcc schema version 11: near-duplicate signatures of proposals (查重, docs/similar.md).
-- One row per proposal: its MinHash signature (`signature`: the size of its shingle set,
-- 4 bytes little-endian, then bands × rows 8-bit values), kept by every write of the
-- proposal's title or body in the same transaction. The method they were
-- computed by (n-gram size, bands, rows, stock phrases: the configuration's `similar:`) is
-- the stamp of signature_method; signatures under another stamp are not used (the commands
-- compute them from the text instead) until `db reindex` stores them again. A database
-- migrated to this version has none yet: `db migrate` computes them after this step.
CREATE TABLE proposal_signatures (
  proposal_id INTEGER PRIMARY KEY REFERENCES proposals(id),
  signature BLOB NOT NULL
);
CREATE TABLE signature_method (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  stamp TEXT NOT NULL
);
