-- cppcc schema version 5: proposals by reply result and submission date, carrying what
-- report annual's look back (回头看) shows of last year's class-B proposals. The look
-- back read each such proposal's row for its code and title, and rows hold the bodies:
-- one page read per proposal, scattered over the year. Also serves any count or list
-- of a year's proposals by result.
-- Measured by scripts/bench-report (README, performance).
CREATE INDEX proposals_by_result ON proposals(
  result, submitted, round, code, title, replied, status, concluded);
