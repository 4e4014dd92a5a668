-- One unit of work per call (architecture A6): every audit row carries the id of the call that wrote it and,
-- for money-writing requests, the client's request id. Rows written before this migration are grouped into
-- calls by the migration's code step (0007_call_ids.ts).
ALTER TABLE audit_events ADD COLUMN call_id TEXT;
ALTER TABLE audit_events ADD COLUMN request_id TEXT;
CREATE INDEX audit_events_call ON audit_events (call_id);

-- Every request id a client sent with a write, with the request itself, so that a retry answers what the first
-- call made and a different request under the same id is refused (never answered with the earlier record).
CREATE TABLE requests (
  request_id TEXT PRIMARY KEY,
  method TEXT NOT NULL,
  -- The parsed input as canonical JSON; NULL for requests made before this log existed (never replayed).
  input_json TEXT,
  -- The id of what the request made, as its method's answer carries it.
  entity_id INTEGER,
  call_id TEXT,
  at TEXT NOT NULL
) STRICT;

CREATE TRIGGER requests_immutable_update BEFORE UPDATE ON requests BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;
CREATE TRIGGER requests_immutable_delete BEFORE DELETE ON requests BEGIN SELECT RAISE(ABORT, 'posted-immutable'); END;

-- The request ids clients sent before: kept so they are never taken for a new request. Ids the app derived
-- itself (a collection line's receipt, a deduction receipt, a reversal's parts) carry a ':' and stay in their tables.
INSERT OR IGNORE INTO requests (request_id, method, entity_id, at)
SELECT request_id, 'contributions.record', id, created_at FROM receipts WHERE batch_id IS NULL AND instr(request_id, ':') = 0;
INSERT OR IGNORE INTO requests (request_id, method, entity_id, at)
SELECT request_id, 'contributions.void', receipt_id, created_at FROM receipt_voids WHERE instr(request_id, ':') = 0;
INSERT OR IGNORE INTO requests (request_id, method, entity_id, at)
SELECT post_request_id, 'collection.post', id, COALESCE(posted_at, created_at) FROM collection_batches WHERE post_request_id IS NOT NULL;
INSERT OR IGNORE INTO requests (request_id, method, entity_id, at)
SELECT v.request_id, 'community.record', a.id, v.created_at
FROM payment_vouchers AS v JOIN community_activities AS a ON a.voucher_id = v.id WHERE instr(v.request_id, ':') = 0;
INSERT OR IGNORE INTO requests (request_id, method, entity_id, at)
SELECT r.request_id, 'community.reverse', a.id, r.created_at
FROM voucher_reversals AS r JOIN community_activities AS a ON a.voucher_id = r.voucher_id WHERE instr(r.request_id, ':') = 0;
INSERT OR IGNORE INTO requests (request_id, method, entity_id, at)
SELECT request_id, 'welfare.recordClaim', id, created_at FROM welfare_claims;
INSERT OR IGNORE INTO requests (request_id, method, entity_id, at)
SELECT v.request_id, 'welfare.payClaim', p.claim_id, v.created_at
FROM payment_vouchers AS v JOIN welfare_payments AS p ON p.voucher_id = v.id WHERE instr(v.request_id, ':') = 0;
INSERT OR IGNORE INTO requests (request_id, method, entity_id, at)
SELECT request_id, 'welfare.reverseClaim', claim_id, created_at FROM welfare_claim_reversals;
