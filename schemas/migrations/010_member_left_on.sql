-- cppcc schema version 10: the day a member left (离任日期). A member who left still ranks
-- in the years they were a member at the year's end (member score, report members); the
-- date is set with `member update CODE --status left --left-on DATE`. Members who left
-- before this version have no date: they rank in no year, as before.
ALTER TABLE members ADD COLUMN left_on TEXT;
