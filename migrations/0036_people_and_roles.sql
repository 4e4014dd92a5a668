-- Issue 20 §2: the people who use a fund on its shared PC, the roles each holds, and the record of PINs the chair
-- reset. Audit rows keep naming their author by the text in audit_events.actor (part of each row's canonical hash
-- form, so it never changes); a person's actor_key is that text. The fund's single user of every earlier version
-- wrote 'treasurer' there, so the person made below carries that key and every older row keeps its author.

-- A person of the fund. The PIN is optional: its scrypt hash, salt and cost parameters (JSON), all three or none.
-- A person is deactivated, never deleted (audit rows name her). The active people's names are unique, so the
-- command line's --user NAME finds one person.
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  actor_key TEXT NOT NULL UNIQUE CHECK (actor_key <> ''),
  display_name TEXT NOT NULL CHECK (display_name <> ''),
  pin_hash TEXT,
  pin_salt TEXT,
  pin_kdf TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version INTEGER NOT NULL CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((pin_hash IS NULL) = (pin_salt IS NULL) AND (pin_hash IS NULL) = (pin_kdf IS NULL))
) STRICT;
CREATE UNIQUE INDEX people_active_name ON people (display_name) WHERE active = 1;

-- The roles a person holds (shared/domain/people/roles.ts); a fund with one active person gives her every role.
CREATE TABLE person_roles (
  person_id INTEGER NOT NULL REFERENCES people (id),
  role TEXT NOT NULL CHECK (role IN ('treasurer', 'secretary', 'committee', 'auditor', 'trainer')),
  PRIMARY KEY (person_id, role)
) STRICT, WITHOUT ROWID;

-- Every version of a person, as it stood after each change (A6: edited non-money records keep their earlier
-- versions). Whether a PIN was set is kept, never the PIN's hash. Never edited or deleted.
CREATE TABLE person_versions (
  person_id INTEGER NOT NULL REFERENCES people (id),
  version INTEGER NOT NULL,
  display_name TEXT NOT NULL,
  roles TEXT NOT NULL,
  active INTEGER NOT NULL CHECK (active IN (0, 1)),
  has_pin INTEGER NOT NULL CHECK (has_pin IN (0, 1)),
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  PRIMARY KEY (person_id, version)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER person_versions_no_update BEFORE UPDATE ON person_versions
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER person_versions_no_delete BEFORE DELETE ON person_versions
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

-- A PIN the chair (a person holding the committee role) reset for a person who forgot it, with the reason.
CREATE TABLE pin_resets (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  person_id INTEGER NOT NULL REFERENCES people (id),
  reset_by INTEGER NOT NULL REFERENCES people (id),
  reason TEXT NOT NULL CHECK (reason <> ''),
  reset_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER pin_resets_no_update BEFORE UPDATE ON pin_resets
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER pin_resets_no_delete BEFORE DELETE ON pin_resets
BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

-- The fund's single user until now, holding every role, from when the fund was made: a one-person fund works
-- exactly as before. A file made by this version has no fund yet when it is migrated; making the fund adds her.
INSERT INTO people (uuid, actor_key, display_name, version, created_at, updated_at)
SELECT
  lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  'treasurer',
  'เหรัญญิก',
  1,
  created_at,
  created_at
FROM fund;
INSERT INTO person_roles (person_id, role)
SELECT people.id, roles.role FROM people,
  (SELECT 'treasurer' AS role UNION ALL SELECT 'secretary' UNION ALL SELECT 'committee' UNION ALL SELECT 'auditor'
   UNION ALL SELECT 'trainer') AS roles;
INSERT INTO person_versions (person_id, version, display_name, roles, active, has_pin, changed_at, changed_by)
SELECT id, 1, display_name, '["treasurer","secretary","committee","auditor","trainer"]', 1, 0, created_at, 'migration'
  FROM people;
