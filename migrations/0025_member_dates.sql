-- The member summary and the matching counts read three short facts of every member (approved, born, village);
-- this covering index lets them read those from a narrow index instead of every wide member row (the status
-- form reads both: 30,000 members). voided_on comes last so the index never leads the member search (which filters
-- on it too) away from walking the Thai sort order.
CREATE INDEX members_dates ON members (approved_on, birth_date, village_id, voided_on);
