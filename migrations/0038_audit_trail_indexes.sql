-- Issue 20 §1: the audit trail's own page lists the rows newest first, a page at a time, filtered by person,
-- date and kind. A ten-year fund of 30,000 members holds millions of audit rows, so each filter walks an index in
-- the page's order (time, then id, which every index carries) and reads only the rows it shows. The filter lists
-- (each person, method and kind) are read by skipping along the same indexes.
CREATE INDEX audit_events_at ON audit_events (at);
CREATE INDEX audit_events_actor_at ON audit_events (actor, at);
CREATE INDEX audit_events_method_at ON audit_events (method, at);
CREATE INDEX audit_events_entity_at ON audit_events (entity, at);
