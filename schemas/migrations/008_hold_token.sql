-- cppcc schema version 8: the token of the database's last hold (Store::hold_alone).
-- A large import that holds the database writes a fresh token here, in a commit of its
-- own, and the same token in `DB-journal.owner` beside it, before its transaction starts.
-- A rollback journal found beside the database is then its own only when that mark's
-- token is in the file: one left by another file (a backup copied over the database
-- while a killed import's journal lay beside it) is refused instead of rolled back into
-- it. Each database starts with a token of its own.
CREATE TABLE hold_token (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  token TEXT NOT NULL
);
INSERT INTO hold_token (id, token) VALUES (1, lower(hex(randomblob(16))));
