-- cppcc schema version 7: proposals_by_status holds the proposals not concluded only.
-- What reads it looks for open proposals: the reminders (lib/storage/reminders.hpp) and
-- the overdue list. Concluded proposals, most of a database after a year or two, were
-- most of its entries: every import built it again over all of them (0.14–0.19 s of a
-- 100,000-row import, scripts/bench-import), and every conclusion moved an entry. The
-- queries name the index's condition (status <> 'concluded'): SQLite uses a partial index
-- only for a query whose WHERE has its condition as one of its terms.
DROP INDEX proposals_by_status;
CREATE INDEX proposals_by_status ON proposals(status, due) WHERE status <> 'concluded';
