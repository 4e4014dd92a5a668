-- SWF Ledger regional workspace: the full-data option of sync files (Decision 18, issue 18 §3).
-- * workspace_key: the workspace's X25519 key pair (one row). Funds encrypt their members' personal data to the
--   public half, which the workspace exports as a key file (.swfkey); the private half never leaves this file. Made
--   by the code step (0003_workspace_key.ts), for a new workspace as it is created and for an existing one here.
--   Public key: the raw 32 bytes, base64; private key: PKCS8 DER, base64; the fingerprint as a person reads it.
-- * member_personal: the members' personal data of each fund's latest full-data file, decrypted on import and
--   checked line by line: one row per member, the line as the file carried it (canonical JSON). A fund's rows are
--   replaced as a whole by its next full-data file, in the same transaction as the import; `sequence` says which.

CREATE TABLE workspace_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE member_personal (
  fund_uuid TEXT NOT NULL REFERENCES funds (fund_uuid),
  member_uuid TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (fund_uuid, member_uuid)
) STRICT, WITHOUT ROWID;
