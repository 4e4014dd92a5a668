-- Issue 18 §4: a known fund that made a new key (a lost or replaced laptop) sends `key-mismatch`; an officer may
-- re-pin its key after confirming the new fingerprint with the fund, with a reason. The re-pin is logged like a pin
-- or a re-base, so the action list widens. SQLite cannot change a CHECK in place: the table is made again, keeping
-- every row and id (A9: 0001 is frozen).
CREATE TABLE officer_actions_new (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  officer TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('pin', 'rebase', 'repin')),
  fund_uuid TEXT NOT NULL,
  detail TEXT NOT NULL
) STRICT;

INSERT INTO officer_actions_new (id, at, officer, action, fund_uuid, detail)
SELECT id, at, officer, action, fund_uuid, detail FROM officer_actions;

DROP TABLE officer_actions;

ALTER TABLE officer_actions_new RENAME TO officer_actions;
