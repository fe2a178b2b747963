-- cppcc schema version 9: no placeholder text in data. A key proposal imported without a
-- 督办领导 column was stored with the leader '?' (shown by `show`, JSON and exports);
-- absent is empty now, so the placeholders written before go, from the proposal and
-- from its `key` event's details.
UPDATE proposals SET key_leader = NULL WHERE key_leader = '?';
UPDATE proposal_events SET details = json_remove(details, '$.leader')
 WHERE action = 'key' AND json_valid(details) AND json_extract(details, '$.leader') = '?';
