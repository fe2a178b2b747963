-- cppcc schema version 1: members, handling units, proposals with their handling
-- (assignments), lifecycle events, the audit log and the proposal search index.
-- Dates are ISO text (YYYY-MM-DD); timestamps 'YYYY-MM-DD HH:MM:SS' local time.
-- Never edit a released migration: add the next numbered file instead.

CREATE TABLE members (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  gender      TEXT,
  ethnicity   TEXT,
  party       TEXT,
  sector      TEXT,
  workplace   TEXT,
  post        TEXT,
  phone       TEXT,
  term        INTEGER,
  standing    INTEGER NOT NULL DEFAULT 0 CHECK (standing IN (0, 1)),
  status      TEXT NOT NULL DEFAULT 'active',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX members_by_name ON members(name);

CREATE TABLE member_roles (
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  role      TEXT NOT NULL,
  PRIMARY KEY (member_id, role)
) STRICT, WITHOUT ROWID;

CREATE TABLE units (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  kind        TEXT,
  contact     TEXT,
  phone       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE proposals (
  id                 INTEGER PRIMARY KEY,
  code               TEXT NOT NULL UNIQUE,
  title              TEXT NOT NULL,
  body               TEXT NOT NULL DEFAULT '',
  type               TEXT NOT NULL,
  proposer           TEXT NOT NULL,            -- lead proposer: a member's name or a body's
  proposer_member_id INTEGER REFERENCES members(id),
  sector             TEXT,
  category           TEXT,
  session            TEXT NOT NULL,
  during_plenary     INTEGER NOT NULL DEFAULT 0 CHECK (during_plenary IN (0, 1)),
  submitted          TEXT NOT NULL,
  status             TEXT NOT NULL,
  filed              TEXT,
  filing_no          INTEGER,
  reject_reason      TEXT,
  converted_unit_id  INTEGER REFERENCES units(id),
  merged_into_id     INTEGER REFERENCES proposals(id),
  round              INTEGER NOT NULL DEFAULT 0, -- handling round: 1 first, 2+ rehandling
  assigned           TEXT,                       -- first assignment of the current round
  due                TEXT,                       -- due date in force
  replied            TEXT,                       -- when the last lead unit replied
  result             TEXT,                       -- result class of the reply (worst of the leads)
  contact            TEXT,
  satisfaction       TEXT,
  feedback           TEXT,                       -- date of the proposer's feedback
  concluded          TEXT,
  key                INTEGER NOT NULL DEFAULT 0 CHECK (key IN (0, 1)),
  key_leader         TEXT,
  excellent          INTEGER NOT NULL DEFAULT 0 CHECK (excellent IN (0, 1)),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  UNIQUE (session, filing_no)
) STRICT;
CREATE INDEX proposals_by_status ON proposals(status, due);
CREATE INDEX proposals_by_submitted ON proposals(submitted);

CREATE TABLE proposal_cosigners (
  proposal_id    INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  name           TEXT NOT NULL,
  member_id      INTEGER REFERENCES members(id),
  merged_from_id INTEGER REFERENCES proposals(id), -- set when carried over by a merge
  PRIMARY KEY (proposal_id, name)
) STRICT;
CREATE INDEX cosigners_by_member ON proposal_cosigners(member_id);

-- One row per unit handling a proposal in a round: split handling is several lead rows.
CREATE TABLE assignments (
  id            INTEGER PRIMARY KEY,
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
  reply_text    TEXT
) STRICT;
CREATE INDEX assignments_by_proposal ON assignments(proposal_id, round);
CREATE INDEX assignments_by_unit ON assignments(unit_id);

CREATE TABLE proposal_events (
  id          INTEGER PRIMARY KEY,
  proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
  action      TEXT NOT NULL,
  date        TEXT NOT NULL,      -- the business date the action took effect
  from_state  TEXT,
  to_state    TEXT NOT NULL,
  operator    TEXT NOT NULL,
  recorded_at TEXT NOT NULL,      -- wall clock when it was recorded
  details     TEXT NOT NULL DEFAULT '{}'  -- JSON
) STRICT;
CREATE INDEX events_by_proposal ON proposal_events(proposal_id, id);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  operator  TEXT NOT NULL,
  kind      TEXT NOT NULL,        -- member, unit, proposal …
  record    TEXT NOT NULL,        -- the record's key
  action    TEXT NOT NULL,        -- add, update, or a workflow action
  changes   TEXT NOT NULL         -- JSON {field: [old, new]}
) STRICT;
CREATE INDEX audit_by_record ON audit_log(kind, record);

-- Trigram index for searches of three characters or more; shorter ones scan the table.
-- Kept in step by lib/storage/search.cpp, not by triggers: a bulk import queues the
-- proposals it writes in search_pending (indexing long bodies costs ~50x the insert)
-- and searches scan the queued rows until `cppcc db reindex` indexes them.
CREATE VIRTUAL TABLE proposals_fts USING fts5(
  title, body, content='proposals', content_rowid='id', tokenize='trigram');
CREATE TABLE search_pending (
  proposal_id INTEGER PRIMARY KEY REFERENCES proposals(id) ON DELETE CASCADE
) STRICT;
