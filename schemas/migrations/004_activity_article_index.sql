-- cppcc schema version 4: the date indexes of activities and articles carry what the
-- yearly passes read of them (report annual's figures and studio table, member scores),
-- so a year's activities and articles are read from the index alone, not from their
-- rows. They still serve every lookup by date, and by studio and date.
-- Measured by scripts/bench-report (README, performance).
DROP INDEX activities_by_date;
CREATE INDEX activities_by_date ON activities(
  date, kind, studio_id, suggestions, disputes_resolved, problems_solved);

DROP INDEX activities_by_studio;
CREATE INDEX activities_by_studio ON activities(
  studio_id, date, kind, disputes_resolved, problems_solved);

DROP INDEX articles_by_date;
CREATE INDEX articles_by_date ON articles(date, level);
