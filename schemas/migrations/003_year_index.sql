-- cppcc schema version 3: the proposals' submitted-date index carries the columns the
-- yearly passes read (report annual, report proposals/units/members, member scores),
-- so that a year's figures are read from the index alone instead of from rows that
-- hold the proposals' bodies. It still serves every lookup by submitted date.
-- Measured by scripts/bench-report (README, performance).
DROP INDEX proposals_by_submitted;
CREATE INDEX proposals_by_submitted ON proposals(
  submitted, status, filed, replied, due, result, satisfaction, contact, category, type, sector,
  round, proposer_member_id, key, excellent);

-- The assignments in force of a year's proposals (unit handling, the look back) are
-- read from the proposal's index alone.
DROP INDEX assignments_by_proposal;
CREATE INDEX assignments_by_proposal ON assignments(
  proposal_id, round, returned, role, unit_id, replied, due, assigned, result);

-- Activities of a year by kind and organiser (the figures, member scores).
DROP INDEX activities_by_date;
CREATE INDEX activities_by_date ON activities(date, kind, studio_id);

-- Co-signers are kept in their key's order (WITHOUT ROWID): a proposal's co-signers
-- and their member ids are one B-tree lookup, and an import writes one B-tree, not a
-- table and its key index.
CREATE TABLE proposal_cosigners_new (
  proposal_id    INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  name           TEXT NOT NULL,
  member_id      INTEGER REFERENCES members(id),
  merged_from_id INTEGER REFERENCES proposals(id), -- set when carried over by a merge
  PRIMARY KEY (proposal_id, name)
) STRICT, WITHOUT ROWID;
INSERT INTO proposal_cosigners_new(proposal_id, position, name, member_id, merged_from_id)
  SELECT proposal_id, position, name, member_id, merged_from_id FROM proposal_cosigners;
DROP TABLE proposal_cosigners;
ALTER TABLE proposal_cosigners_new RENAME TO proposal_cosigners;
CREATE INDEX cosigners_by_member ON proposal_cosigners(member_id);
