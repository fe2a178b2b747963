-- cppcc schema version 6: a proposal's events and its assignments are stored in the
-- proposal's order (WITHOUT ROWID, keyed by proposal and then id), as its co-signers have
-- been since version 3. Both are only ever read by proposal (history, the workflow,
-- the year's unit handling), which is now one B-tree range instead of an index and its
-- table; a write is one B-tree instead of two, the larger part of what an import writes
-- beyond the proposals (scripts/bench-import, README performance).
--
-- An id now orders the rows of one proposal: existing ids are kept, a new row takes the
-- proposal's highest id plus one.
--
-- Both new tables are filled before the old ones are dropped: pages freed by a DROP and
-- reused by a later statement of the same transaction would be copied to its statement
-- journal first (as much again as the events of a large database).

CREATE TABLE proposal_events_new (
  id          INTEGER NOT NULL,   -- order within the proposal
  proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
  action      TEXT NOT NULL,
  date        TEXT NOT NULL,      -- the business date the action took effect
  from_state  TEXT,
  to_state    TEXT NOT NULL,
  operator    TEXT NOT NULL,
  recorded_at TEXT NOT NULL,      -- wall clock when it was recorded
  details     TEXT NOT NULL DEFAULT '{}', -- JSON
  PRIMARY KEY (proposal_id, id)
) STRICT, WITHOUT ROWID;

-- One row per unit handling a proposal in a round: split handling is several lead rows.
-- The key's order is the proposal's, so the assignments in force of a year's proposals
-- are read as before without the covering index assignments_by_proposal.
CREATE TABLE assignments_new (
  id            INTEGER NOT NULL, -- order within the proposal
  proposal_id   INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
  unit_id       INTEGER NOT NULL REFERENCES units(id),
  role          TEXT NOT NULL CHECK (role IN ('lead', 'joint')),
  round         INTEGER NOT NULL,
  assigned      TEXT NOT NULL,
  due           TEXT NOT NULL,
  returned      TEXT,
  return_reason TEXT,
  replied       TEXT,
  result        TEXT,
  reply_text    TEXT,
  PRIMARY KEY (proposal_id, id)
) STRICT, WITHOUT ROWID;
INSERT INTO proposal_events_new(id, proposal_id, action, date, from_state, to_state, operator,
                                recorded_at, details)
  SELECT id, proposal_id, action, date, from_state, to_state, operator, recorded_at, details
  FROM proposal_events ORDER BY proposal_id, id; -- appended in the key's order: full pages
INSERT INTO assignments_new(id, proposal_id, unit_id, role, round, assigned, due, returned,
                            return_reason, replied, result, reply_text)
  SELECT id, proposal_id, unit_id, role, round, assigned, due, returned, return_reason,
         replied, result, reply_text
  FROM assignments ORDER BY proposal_id, id;
DROP TABLE proposal_events;
ALTER TABLE proposal_events_new RENAME TO proposal_events;
DROP TABLE assignments;
ALTER TABLE assignments_new RENAME TO assignments;
CREATE INDEX assignments_by_unit ON assignments(unit_id);
