-- SWF Ledger schema 8: welfare rule versions and contribution plan rates are money rules (issue 14). Once one has
-- been used it is fixed like posted money: never changed, never deleted.
--
-- What "used" means:
--   * a rule version is used once a claim has been judged by it: any claim recorded with a decision made under
--     that version (pending, approved, rejected or paid, reversed or not), since its stored explanation quotes
--     the version; a check that records nothing (welfare.decide, a what-if) does not use it;
--   * a plan rate is used once a receipt has been priced by it: any receipt received on a date the rate was in
--     force (the rate in force on the receipt's date prices it, Decision 7), voided or not, since the printed
--     receipt carries its price. An unposted collection-day draft does not use it.
-- The first claim or receipt that used a rule is recorded on the rule's own row, by triggers on the claims and
-- receipts (so no path of the app can forget it), and the guard is one column of the row itself. A rule nobody
-- used yet may be corrected in place by a version from the same date (the app keeps the before and after in the
-- audit row).

ALTER TABLE welfare_rule_versions ADD COLUMN used_by_claim_id INTEGER REFERENCES welfare_claims (id);
ALTER TABLE plan_rates ADD COLUMN used_by_receipt_id INTEGER REFERENCES receipts (id);

-- What was used before this schema. A claim names its version by its effective date in the stored decision.
UPDATE welfare_rule_versions SET used_by_claim_id = (
  SELECT MIN(c.id) FROM welfare_claims AS c
  WHERE c.type_id = welfare_rule_versions.type_id
    AND json_extract(c.decision_json, '$.ruleEffectiveFrom') = welfare_rule_versions.effective_from
);
-- The receipts a rate priced are those received from its date until the next rate starts; the earliest by id
-- is found by reading receipts in id order until one falls in that span.
UPDATE plan_rates SET used_by_receipt_id = (
  SELECT r.id FROM receipts AS r
  WHERE r.received_on >= plan_rates.effective_from
    AND r.received_on < COALESCE(
      (SELECT MIN(n.effective_from) FROM plan_rates AS n WHERE n.effective_from > plan_rates.effective_from), '9999-12-31')
  ORDER BY r.id LIMIT 1
);

-- Marking: the first claim judged by a version, and the first receipt priced by a rate.
CREATE TRIGGER welfare_claims_use_rule AFTER INSERT ON welfare_claims
BEGIN
  UPDATE welfare_rule_versions SET used_by_claim_id = NEW.id
  WHERE type_id = NEW.type_id AND effective_from = json_extract(NEW.decision_json, '$.ruleEffectiveFrom') AND used_by_claim_id IS NULL;
END;
-- A pending claim judged again (its documents arrived) may be judged by another version.
CREATE TRIGGER welfare_claims_use_rule_again AFTER UPDATE OF decision_json ON welfare_claims
BEGIN
  UPDATE welfare_rule_versions SET used_by_claim_id = NEW.id
  WHERE type_id = NEW.type_id AND effective_from = json_extract(NEW.decision_json, '$.ruleEffectiveFrom') AND used_by_claim_id IS NULL;
END;
CREATE TRIGGER receipts_use_rate AFTER INSERT ON receipts
BEGIN
  UPDATE plan_rates SET used_by_receipt_id = NEW.id
  WHERE id = (SELECT p.id FROM plan_rates AS p WHERE p.effective_from <= NEW.received_on ORDER BY p.effective_from DESC LIMIT 1)
    AND used_by_receipt_id IS NULL;
END;

-- The guards: a used rule is fixed, and so are a used rate's bundle prices.
CREATE TRIGGER welfare_rule_versions_used_fixed BEFORE UPDATE ON welfare_rule_versions WHEN OLD.used_by_claim_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'money-rule-in-use'); END;
CREATE TRIGGER welfare_rule_versions_used_kept BEFORE DELETE ON welfare_rule_versions WHEN OLD.used_by_claim_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'money-rule-in-use'); END;
CREATE TRIGGER plan_rates_used_fixed BEFORE UPDATE ON plan_rates WHEN OLD.used_by_receipt_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'money-rule-in-use'); END;
CREATE TRIGGER plan_rates_used_kept BEFORE DELETE ON plan_rates WHEN OLD.used_by_receipt_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'money-rule-in-use'); END;
CREATE TRIGGER plan_bundles_used_insert BEFORE INSERT ON plan_bundles
WHEN (SELECT used_by_receipt_id FROM plan_rates WHERE id = NEW.rate_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'money-rule-in-use'); END;
CREATE TRIGGER plan_bundles_used_update BEFORE UPDATE ON plan_bundles
WHEN (SELECT used_by_receipt_id FROM plan_rates WHERE id = OLD.rate_id) IS NOT NULL
  OR (SELECT used_by_receipt_id FROM plan_rates WHERE id = NEW.rate_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'money-rule-in-use'); END;
CREATE TRIGGER plan_bundles_used_delete BEFORE DELETE ON plan_bundles
WHEN (SELECT used_by_receipt_id FROM plan_rates WHERE id = OLD.rate_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'money-rule-in-use'); END;
