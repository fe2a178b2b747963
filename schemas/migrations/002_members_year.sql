-- cppcc schema version 2: the rest of a year's records (docs/domain.md §1, §2.9) — member
-- studios and who belongs to them, social-opinion reports with their adoptions and
-- leader instructions, activities with attendance and outcome counts, publicity
-- articles with their authors.
-- Dates are ISO text (YYYY-MM-DD); timestamps 'YYYY-MM-DD HH:MM:SS' local time.
-- Fixed identifiers (levels, opinion states, attendance) are checked here; labels
-- and activity kinds are configuration (schemas/defaults.yaml).

CREATE TABLE studios (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL UNIQUE,
  lead_member_id    INTEGER REFERENCES members(id),
  place             TEXT,
  brand             INTEGER NOT NULL DEFAULT 0 CHECK (brand IN (0, 1)),             -- 品牌工作室
  observation_point INTEGER NOT NULL DEFAULT 0 CHECK (observation_point IN (0, 1)), -- 观摩点位
  score             REAL CHECK (score >= 0),  -- the year's evaluation; NULL until evaluated
  delisted          TEXT,                     -- 摘牌 date; NULL while the studio is listed
  delist_reason     TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX studios_by_lead ON studios(lead_member_id);

-- A member belongs to at most one listed studio (lib/records/studios.cpp keeps it so);
-- a delisted studio keeps its members as history.
CREATE TABLE studio_members (
  studio_id INTEGER NOT NULL REFERENCES studios(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,               -- order of the ledger's list
  PRIMARY KEY (studio_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX studio_members_by_member ON studio_members(member_id);

CREATE TABLE opinions (
  id                  INTEGER PRIMARY KEY,
  code                TEXT NOT NULL UNIQUE,
  title               TEXT NOT NULL,
  body                TEXT NOT NULL DEFAULT '',
  submitter           TEXT NOT NULL DEFAULT '', -- a member's name, a unit or a named citizen
  submitter_member_id INTEGER REFERENCES members(id),
  submitted           TEXT NOT NULL,
  sector              TEXT,
  category            TEXT,
  status              TEXT NOT NULL DEFAULT 'received'
                      CHECK (status IN ('received', 'compiled', 'not_used')),
  issue_no            TEXT,                     -- 期号 of the bulletin it was compiled into
  compiled            TEXT,                     -- 编发 date
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX opinions_by_submitted ON opinions(submitted);
CREATE INDEX opinions_by_member ON opinions(submitter_member_id);
CREATE INDEX opinions_by_status ON opinions(status, compiled);

-- 采用: one row per adopting body; an opinion may be adopted at several levels.
CREATE TABLE opinion_adoptions (
  id         INTEGER PRIMARY KEY,
  opinion_id INTEGER NOT NULL REFERENCES opinions(id) ON DELETE CASCADE,
  level      TEXT NOT NULL CHECK (level IN ('district', 'city', 'province', 'national')),
  date       TEXT,
  body       TEXT,                               -- the adopting body
  combined   INTEGER NOT NULL DEFAULT 0 CHECK (combined IN (0, 1)) -- 1 综合, 0 单篇
) STRICT;
CREATE INDEX adoptions_by_opinion ON opinion_adoptions(opinion_id);
CREATE INDEX adoptions_by_level ON opinion_adoptions(level, date);

-- 领导批示.
CREATE TABLE opinion_instructions (
  id         INTEGER PRIMARY KEY,
  opinion_id INTEGER NOT NULL REFERENCES opinions(id) ON DELETE CASCADE,
  leader     TEXT NOT NULL,
  level      TEXT CHECK (level IN ('district', 'city', 'province', 'national')),
  date       TEXT,
  text       TEXT
) STRICT;
CREATE INDEX instructions_by_opinion ON opinion_instructions(opinion_id);

CREATE TABLE activities (
  id                INTEGER PRIMARY KEY,
  code              TEXT NOT NULL UNIQUE,
  kind              TEXT NOT NULL,             -- an id of activity.kinds
  date              TEXT NOT NULL,
  title             TEXT NOT NULL,
  studio_id         INTEGER REFERENCES studios(id), -- NULL: organised by the office
  suggestions       INTEGER NOT NULL DEFAULT 0 CHECK (suggestions >= 0),       -- 意见建议条数
  disputes_resolved INTEGER NOT NULL DEFAULT 0 CHECK (disputes_resolved >= 0), -- 化解矛盾纠纷
  problems_solved   INTEGER NOT NULL DEFAULT 0 CHECK (problems_solved >= 0),   -- 解决问题件数
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX activities_by_date ON activities(date);
CREATE INDEX activities_by_kind ON activities(kind, date);
CREATE INDEX activities_by_studio ON activities(studio_id, date);

CREATE TABLE activity_participants (
  activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  member_id   INTEGER NOT NULL REFERENCES members(id),
  attendance  TEXT NOT NULL DEFAULT 'present'
              CHECK (attendance IN ('present', 'excused', 'absent')), -- 出席 / 请假 / 缺席
  position    INTEGER NOT NULL,
  PRIMARY KEY (activity_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX participants_by_member ON activity_participants(member_id);

CREATE TABLE articles (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  title      TEXT NOT NULL,
  outlet     TEXT,                               -- 刊发媒体
  level      TEXT CHECK (level IN ('district', 'city', 'province', 'national')),
  date       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX articles_by_date ON articles(date);

CREATE TABLE article_authors (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  member_id  INTEGER NOT NULL REFERENCES members(id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (article_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX authors_by_member ON article_authors(member_id);
