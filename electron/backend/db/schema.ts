import type { Generated } from 'kysely';

/** Tables whose integer primary key SQLite assigns: optional on insert, always present when read. */
type WithGeneratedId<T extends { id: number }> = Omit<T, 'id'> & { id: Generated<number> };
/** Columns a later migration added with a default: inserts may leave them out. */
type WithDefaults<T, K extends keyof T> = Omit<T, K> & { [P in K]: Generated<T[P]> };

/**
 * Kysely's view of the tables in migrations/*.sql. Row types stay inside electron/backend/db (architecture
 * rule 8): repositories map them to domain types explicitly.
 */
export type FundTable = {
  id: number;
  uuid: string;
  name: string;
  fund_code: string;
  is_code_provisional: number;
  level: string;
  province_code: string;
  province_name: string;
  district_code: string;
  district_name: string;
  subdistrict_code: string;
  subdistrict_name: string;
  address: string;
  postcode: string;
  founded_on: string;
  opened_on: string;
  fiscal_year_start_month: number;
  receipt_prefix: string;
  member_secret: string;
  version: number;
  created_at: string;
  deduct_arrears_at_death: number;
  membership_counting: string;
  dues_from: string;
  due_day: number | null;
  /** Nothing is posted on or before this date (issue 16); null while no period is locked. */
  locked_through: string | null;
  /** The money account the forms offer first (a ledger code of cash or a registered bank account). */
  usual_account: string;
  /** Decision 14's administration-cost limit, a percentage of the fiscal year's receipts and income (migration 0018). */
  admin_cost_percent: number;
};

/** The fund's plausibility ceilings for typed amounts (migration 0011): read and set on their own. */
/**
 * The fund's meeting settings (issue 17): the quorum (a number present, or null for more than half of those
 * listed), and whether approvals must cite a resolution (1 for funds made since migration 0026).
 */
export type FundMeetingColumns = { meeting_quorum: number | null; approvals_cite_resolution: number; lapse_proposal_months: number };

/** Whether the fund is a demo (trainer mode): its sync file says so and the collector refuses it (migration 0031). */
export type FundSyncColumns = { demo: number };

/** The fund's Ed25519 signing key for sync files (migration 0031): one row, base64 DER (SPKI public, PKCS8 private). */
export type SyncIdentityTable = { id: number; public_key: string; private_key: string; created_at: string };

/** A sync file written (migration 0031): the chain of exports the regional collector checks. */
export type SyncExportsTable = {
  id: number;
  sequence: number;
  kind: string;
  manifest_sha256: string;
  /** The previous export's manifest hash; null for the first. */
  previous_sha256: string | null;
  exported_at: string;
  /** The fund's own day the file stands at (its manifest's asOf): what certification criterion 1 reads. */
  exported_on: string;
  file_name: string;
  counts_json: string;
  /** 'pseudonymous' or 'encrypted-full' (migration 0032), and for full data the fingerprint of the key it was encrypted to. */
  personal_data: string;
  recipient_fingerprint: string | null;
};

export type FundCeilingColumns = { ceiling_payment_satang: number; ceiling_payout_satang: number; ceiling_grant_satang: number };

export type PlanRatesTable = {
  id: number;
  effective_from: string;
  monthly_satang: number;
  entry_fee_satang: number;
  created_at: string;
  /** The first receipt priced by this rate (set by a trigger); a used rate is fixed. */
  used_by_receipt_id: number | null;
};

export type PlanBundlesTable = { rate_id: number; months: number; price_satang: number };

export type MembersTable = {
  id: number;
  uuid: string;
  member_seq: number;
  member_no: string;
  citizen_id: string | null;
  no_id_reason: string | null;
  title: string;
  first_name: string;
  last_name: string;
  sort_key: string;
  search_text: string;
  gender: string;
  birth_date: string;
  house_no: string;
  village_id: number | null;
  soi: string;
  road: string;
  subdistrict: string;
  district: string;
  province: string;
  postcode: string;
  phone: string;
  applied_on: string;
  approved_on: string;
  approval_ref: string;
  paid_through_period: string | null;
  beneficiaries_json: string;
  status: string;
  status_since: string;
  dues_start_index: number | null;
  dues_end_index: number | null;
  closed_owed_months: number;
  paid_months: number;
  last_paid_period: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  no_arrears_at_opening: number;
  voided_on: string | null;
  void_reason: string | null;
  voided_by: string | null;
  /** The resolution that admitted the member (issue 17); null for an approval recorded in words. */
  approval_resolution_id: number | null;
  /** Her consent (migration 0037): all four set, or given, day and method null while none is recorded. */
  consent_given: number | null;
  consent_on: string | null;
  consent_method: string | null;
  consent_form_no: string;
  /** The day her personal fields were cleared after the retention period, and the decision that approved it. */
  personal_cleared_on: string | null;
  personal_cleared_ref: string;
};

/** Every look at a member's full personal data (migration 0037, issue 20 §3). */
export type MemberAccessLogTable = { id: number; member_id: number; looked_at: string; actor: string; screen: string; call_id: string };

/** The fund's retention setting (migration 0037): years personal fields are kept after the fiscal year of an exit. */
export type FundRetentionColumns = { personal_keep_years: number };

/** An application recorded before the committee decides it (issue 17 §2): waiting, then approved or refused. */
export type ApplicationsTable = {
  id: number;
  uuid: string;
  citizen_id: string | null;
  title: string;
  first_name: string;
  last_name: string;
  search_text: string;
  applied_on: string;
  profile_json: string;
  state: string;
  resolution_id: number | null;
  decided_on: string | null;
  member_id: number | null;
  refusal_reason: string;
  created_at: string;
  updated_at: string;
};

/** The villages register (issue 16): DOPA code, หมู่ที่, name, households and population. */
export type VillagesTable = {
  id: number;
  uuid: string;
  code: string | null;
  moo: number | null;
  name: string;
  households: number | null;
  population: number | null;
  version: number;
  created_at: string;
  updated_at: string;
};

/** Status form §3.3 flags a member carries (children and the elderly are ages, never stored). */
export type MemberCategoriesTable = { member_id: number; category: string };

export type MemberVersionsTable = {
  member_id: number;
  version: number;
  profile_json: string;
  recorded_at: string;
  actor: string;
};

export type MemberStatusEventsTable = {
  id: number;
  uuid: string;
  member_id: number;
  kind: string;
  effective_on: string;
  reason: string;
  meeting_ref: string;
  created_at: string;
  voided_on: string | null;
  void_reason: string | null;
  voided_by: string | null;
  /** The resolution a lapse or a reinstatement rests on; null for other events and those recorded before. */
  resolution_id: number | null;
  /** Why a lapse ended the membership; null for other events and lapses recorded before. */
  lapse_reason: string | null;
};

export type DocumentSequencesTable = { series: string; fiscal_year: number; last_number: number };

export type AccountsTable = {
  code: string;
  account_group: string;
  name_th: string;
  name_en: string;
  sort_order: number;
  /** The line of the status form's §10 the account is reported on (migration 0015). */
  section10_line: string;
};

/** Per asset account and day, kept by the posting core (steps/post-entry.ts) beside the monthly totals. */
export type AccountDayTotalsTable = {
  account_code: string;
  day: string;
  debit_satang: number;
  credit_satang: number;
  /** The lines the account's book shows that day: what paging a book reads instead of the journal. */
  book_rows: number;
};

export type BankAccountsTable = {
  id: number;
  uuid: string;
  account_code: string;
  bank_name: string;
  branch: string;
  account_no: string;
  account_type: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type MoneyTransfersTable = {
  id: number;
  uuid: string;
  request_id: string;
  transferred_on: string;
  from_account: string;
  to_account: string;
  amount_satang: number;
  note: string;
  journal_entry_id: number;
  created_at: string;
};

/** A receipt for other income: no member, a payer by name (issue 16 §3). */
export type IncomeReceiptsTable = {
  id: number;
  uuid: string;
  request_id: string;
  receipt_no: string;
  fiscal_year: number;
  sequence_no: number;
  received_on: string;
  payer_name: string;
  payer_address: string;
  description: string;
  income_account: string;
  account_code: string;
  amount_satang: number;
  journal_entry_id: number;
  created_at: string;
};

export type IncomeReceiptVoidsTable = {
  receipt_id: number;
  request_id: string;
  voided_on: string;
  reason: string;
  refund_account: string;
  actor: string;
  reversal_entry_id: number;
  created_at: string;
};

export type JournalEntriesTable = {
  id: number;
  entry_no: string;
  fiscal_year: number;
  sequence_no: number;
  entry_date: string;
  description: string;
  source_type: string;
  source_id: number | null;
  reverses_entry_id: number | null;
  created_at: string;
  actor: string;
  /** The source document's number (receipt, voucher, transfer's entry) as the books show it. */
  document_no: string;
  batch_id: number | null;
  grant_source: string | null;
  matching_round: number | null;
};

export type JournalLinesTable = {
  entry_id: number;
  line_no: number;
  account_code: string;
  debit_satang: number;
  credit_satang: number;
};

export type AccountMonthTotalsTable = { account_code: string; period: string; debit_satang: number; credit_satang: number };

export type CollectionBatchesTable = {
  id: number;
  collected_on: string;
  collector: string;
  note: string;
  state: string;
  post_request_id: string | null;
  posted_at: string | null;
  first_receipt_no: string | null;
  last_receipt_no: string | null;
  created_at: string;
};

export type CollectionBatchLinesTable = {
  id: number;
  batch_id: number;
  member_id: number;
  month_count: number;
  amount_satang: number;
  created_at: string;
  include_entry_fee: number;
};

export type ReceiptsTable = {
  id: number;
  uuid: string;
  request_id: string;
  member_id: number;
  received_on: string;
  fiscal_year: number;
  numbering: string;
  receipt_no: string;
  sequence_no: number | null;
  book_no: string | null;
  book_entry_no: string | null;
  total_satang: number;
  method: string;
  collector: string;
  batch_id: number | null;
  journal_entry_id: number;
  created_at: string;
};

export type ReceiptLinesTable = { receipt_id: number; line_no: number; kind: string; description: string; amount_satang: number };
export type ReceiptMonthsTable = { receipt_id: number; member_id: number; period: string };

/** Per member and fiscal year, the months and money of receipts not voided, kept for the sync file (migration 0032). */
export type MemberYearTotalsTable = { member_id: number; fiscal_year: number; months: number; satang: number };

/** Per record part, its content as the last sync file carried it, deflated (migration 0032): an incremental's base. */
export type SyncSentPartsTable = { part: string; sequence: number; content: Buffer };

/** A member's receipts as the statement lists them, clustered by member (migration 0010). */
export type MemberReceiptsTable = {
  member_id: number;
  received_on: string;
  receipt_id: number;
  receipt_no: string;
  total_satang: number;
  has_entry_fee: number;
};

export type ReceiptVoidsTable = {
  receipt_id: number;
  request_id: string;
  voided_on: string;
  reason: string;
  actor: string;
  reversal_entry_id: number;
  created_at: string;
};

export type PaymentVouchersTable = {
  id: number;
  uuid: string;
  request_id: string;
  voucher_no: string;
  fiscal_year: number;
  sequence_no: number;
  paid_on: string;
  payee_name: string;
  payee_address: string;
  description: string;
  amount_satang: number;
  method: string;
  expense_account: string;
  journal_entry_id: number;
  source_type: string;
  created_at: string;
};

export type CommunityActivitiesTable = {
  id: number;
  uuid: string;
  category: string;
  activity_date: string;
  description: string;
  beneficiaries_count: number;
  voucher_id: number;
  created_at: string;
};

export type MemberDependentsTable = {
  id: number;
  uuid: string;
  member_id: number;
  full_name: string;
  relationship: string;
  gender: string;
  birth_date: string;
  citizen_id: string | null;
  created_at: string;
};

export type WelfareTypesTable = {
  id: number;
  uuid: string;
  code: string;
  category: string;
  name_th: string;
  name_en: string;
  created_at: string;
};
export type WelfareRuleVersionsTable = {
  id: number;
  uuid: string;
  type_id: number;
  effective_from: string;
  rule_json: string;
  created_at: string;
  /** The first claim judged by this version (set by a trigger); a used version is fixed. */
  used_by_claim_id: number | null;
  /** The resolution the version rests on (issue 17); null for a version recorded without one. */
  resolution_id: number | null;
};
export type WelfareClaimsTable = {
  id: number;
  uuid: string;
  request_id: string;
  type_id: number;
  member_id: number;
  event_date: string;
  units: number | null;
  recipient_kind: string;
  dependent_id: number | null;
  documents_json: string;
  decision_json: string;
  computed_satang: number;
  units_paid: number;
  state: string;
  decision_ref: string | null;
  rejection_reason: string | null;
  voucher_id: number | null;
  created_at: string;
  updated_at: string;
  reversed: number;
  claim_no: string | null;
  /** The committee's resolution approving or rejecting the claim (issue 17); null for a decision in words. */
  decision_resolution_id: number | null;
};

export type WelfarePaymentsTable = {
  id: number;
  uuid: string;
  claim_id: number;
  voucher_id: number;
  payee_name: string;
  share: number;
  gross_satang: number;
  deducted_satang: number;
  arrears_receipt_id: number | null;
  created_at: string;
};

export type VoucherReversalsTable = {
  voucher_id: number;
  request_id: string;
  reversed_on: string;
  reason: string;
  actor: string;
  reversal_entry_id: number;
  created_at: string;
};
export type WelfareClaimReversalsTable = {
  claim_id: number;
  request_id: string;
  reversed_on: string;
  reason: string;
  actor: string;
  created_at: string;
};

export type AuditEventsTable = {
  id: number;
  at: string;
  actor: string;
  method: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  /** The call that wrote the row: every row of one call shares it (A6). */
  call_id: string | null;
  request_id: string | null;
};

/** A client's request id, with the request it came with and what it made (migration 0007). */
export type RequestsTable = {
  request_id: string;
  method: string;
  input_json: string | null;
  entity_id: number | null;
  call_id: string | null;
  at: string;
};

/** How the fund's papers print: one row, id 1, once the fund has chosen (migration 0009). */
export type PrintSettingsTable = { id: number; receipt_paper: string };

/** The officers who sign the fund's papers, one row per office (migration 0009). */
export type FundSignersTable = { role: string; name: string; position: string };

/** One backup made or tried (migration 0012). */
export type BackupLogTable = {
  id: number;
  made_at: string;
  kind: string;
  outcome: string;
  file_name: string | null;
  sha256: string | null;
  bytes: number | null;
  problem: string | null;
  /** The failure's message parameters as JSON (migration 0013), for the banner that quotes the reason. */
  problem_params: string | null;
  call_id: string | null;
};

export type BackupCopyTable = {
  id: number;
  uuid: string;
  copied_at: string;
  kind: string;
  destination: string;
  files: number;
  newest_file: string;
  newest_made_at: string;
  call_id: string | null;
};

export type CopyOriginTable = {
  id: number;
  uuid: string;
  made_at: string;
  intent: string;
  source_fund_uuid: string;
  source_file: string;
};

/** One restore of the fund from a backup, written into the restored file (migration 0013). */
export type RestoreLogTable = {
  id: number;
  uuid: string;
  restored_at: string;
  actor: string;
  backup_file_name: string;
  backup_sha256: string;
  backup_made_at: string | null;
  safety_kind: string;
  safety_location: string | null;
  last_audit_id: number;
  last_audit_at: string | null;
  last_audit_call_id: string | null;
  call_id: string | null;
};

/** A questionnaire section of the status form for one fiscal year (migration status_form_answers). */
export type StatusFormAnswersTable = {
  id: number;
  uuid: string;
  fiscal_year: number;
  section: string;
  answers_json: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type BankReconciliationsTable = {
  id: number;
  uuid: string;
  account_code: string;
  statement_date: string;
  statement_balance_satang: number;
  book_balance_satang: number;
  unticked_in_satang: number;
  unticked_out_satang: number;
  created_at: string;
  actor: string;
};

export type BankReconciliationTicksTable = { reconciliation_id: number; entry_id: number; line_no: number };

export type CashCountsTable = {
  id: number;
  uuid: string;
  counted_on: string;
  counted_satang: number;
  book_satang: number;
  created_at: string;
  actor: string;
};

export type ProducedDocumentsTable = {
  id: number;
  uuid: string;
  kind: string;
  covers_on: string;
  format: string;
  file_name: string;
  created_at: string;
  actor: string;
};

/** An external grant of the register (migration grants); a received one is posted money. */
export type ExternalGrantsTable = {
  id: number;
  uuid: string;
  source: string;
  title: string;
  reference: string;
  approving_body: string;
  requested_on: string | null;
  approved_on: string | null;
  amount_requested_satang: number | null;
  amount_approved_satang: number | null;
  status: string;
  received_on: string | null;
  received_satang: number | null;
  account_code: string | null;
  journal_entry_id: number | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type GrantStatusChangesTable = {
  id: number;
  uuid: string;
  grant_id: number;
  status: string;
  changed_on: string;
  note: string;
  actor: string;
  created_at: string;
};

/** A government matching round: of a grant in the register (grant_id) or entered as a past round. */
export type MatchingRoundsTable = {
  id: number;
  uuid: string;
  round_no: number;
  cutoff_year: number;
  grant_id: number | null;
  amount_satang: number | null;
  members_counted: number;
  cancelled_on: string | null;
  created_at: string;
};

export type MatchingRoundMembersTable = { round_id: number; member_id: number };

/** Issue 17 §1: the fund's bylaw setting on who may sit on the committee (one row). */
export type CommitteeSettingsTable = { id: number; seats_must_be_members: number };

export type CertificationSettingsTable = {
  id: number;
  meeting_months: number;
  payout_months: number;
  min_welfare_types: number;
  sync_months: number;
  coordinator_name: string;
  coordinator_phone: string;
  version: number;
};

export type CertificationAssessmentsTable = {
  id: number;
  uuid: string;
  as_of: string;
  computed_at: string;
  recorded_by: string;
  statuses: string;
  result_json: string;
};

export type CommitteeTermsTable = {
  id: number;
  uuid: string;
  term_no: number;
  starts_on: string;
  ends_on: string;
  appointed_by: string;
  appointed_by_resolution_id: number | null;
  created_at: string;
};

export type CommitteeSeatsTable = {
  id: number;
  uuid: string;
  term_id: number;
  member_id: number | null;
  outsider_name: string;
  position: string;
  community_role: string;
  village_id: number | null;
  role_note: string;
  phone: string;
  starts_on: string;
  ends_on: string | null;
  end_reason: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type MeetingsTable = {
  id: number;
  uuid: string;
  kind: string;
  meeting_no: number;
  meeting_year: number;
  meeting_on: string;
  starts_at: string;
  place: string;
  minutes: string;
  recorded_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type MeetingAgendaItemsTable = { id: number; uuid: string; meeting_id: number; position: number; text: string };

export type MeetingAttendeesTable = {
  id: number;
  uuid: string;
  meeting_id: number;
  position: number;
  name: string;
  member_id: number | null;
  role: string;
  is_present: number;
  /** The committee seat the attendee held on the meeting's day; null for anyone else. */
  seat_id: number | null;
};

export type MeetingResolutionsTable = {
  id: number;
  uuid: string;
  meeting_id: number;
  resolution_no: number;
  text: string;
  decision: string;
  target_kind: string;
  target_id: number | null;
  created_at: string;
};

/** A version of the fund's bylaws (migration 0026): in force from its adoption date until the next version's. */
export type BylawVersionsTable = {
  id: number;
  uuid: string;
  version_no: number;
  /** 0 for the bylaw as first adopted, N for its Nth amendment. */
  amendment_no: number;
  title: string;
  adopted_on: string;
  adopted_by_resolution_id: number | null;
  /** The adopting meeting as typed, for a bylaw adopted before the fund kept its meetings in the app. */
  adopted_at_text: string;
  body_text: string;
  created_at: string;
  /** A version entered by mistake, voided with a reason (migration bylaws) and kept, struck through. */
  voided_at: string | null;
  void_reason: string;
  voided_by: string;
};

/** The bylaw as signed (a PDF or a scanned image), its bytes kept in the fund file (migration bylaws). */
export type BylawAttachmentsTable = {
  id: number;
  uuid: string;
  bylaw_version_id: number;
  file_name: string;
  media_type: string;
  byte_count: number;
  sha256: string;
  content: Uint8Array;
  created_at: string;
};

/** A welfare rule version a bylaw version adopts (migration bylaws). */
export type BylawRuleVersionsTable = { bylaw_version_id: number; rule_version_id: number };

/** An essential-clause checklist item a bylaw version covers, and where it is found ("ข้อ 5–7"). */
export type BylawClausesTable = { bylaw_version_id: number; clause_item: string; location: string };

/** A received grant's reversal (migration grant_reversals): its own row, since the grant's row never changes. */
export type GrantReversalsTable = {
  id: number;
  uuid: string;
  grant_id: number;
  reversed_on: string;
  reason: string;
  journal_entry_id: number;
  actor: string;
  created_at: string;
};

/** Which field a sheet's column header was mapped to, per import kind (migration 0034, folding in 0033's table). */
export type ImportMappingsTable = {
  kind: string;
  header_key: string;
  field: string;
  era: string;
  updated_at: string;
};

/** A receipt-book line from before the opening date: memo only, never in the journal (migration 0034). */
export type ContributionHistoryTable = {
  id: number;
  uuid: string;
  member_id: number;
  first_period: string;
  month_count: number;
  amount_satang: number;
  paid_on: string;
  book_no: string | null;
  receipt_no: string | null;
  source: string;
  source_sha256: string;
  source_row: number;
  created_at: string;
  /** Set once, by the line's void row's trigger: a voided line counts as never imported. */
  voided: number;
};

export type ContributionHistoryMonthsTable = { member_id: number; period: string; period_index: number; history_id: number };

/** A welfare payment from before the opening date: memo only, counted toward caps (migration 0034). */
export type WelfareHistoryTable = {
  id: number;
  uuid: string;
  member_id: number;
  type_id: number;
  event_date: string;
  amount_satang: number;
  units: number | null;
  source: string;
  source_sha256: string;
  source_row: number;
  created_at: string;
  voided: number;
};

/** A history line imported by mistake, voided with a reason (migration 0034); its trigger marks the line. */
export type HistoryVoidTable = { history_id: number; voided_on: string; reason: string; voided_by: string; created_at: string };

/** A row's link in the journal's or the audit trail's hash chain (migration 0035). */
export type ChainLinksTable = { chain: 'journal' | 'audit'; row_id: number; link: string };
export type ChainVerificationsTable = { chain: 'journal' | 'audit'; verified_through: number; verified_link: string; verified_at: string };

/** A person who uses the fund (issue 20 §2): her actor key is what audit rows name; the PIN is an scrypt hash. */
export type PeopleTable = {
  id: number;
  uuid: string;
  actor_key: string;
  display_name: string;
  pin_hash: string | null;
  pin_salt: string | null;
  pin_kdf: string | null;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
};
export type PersonRolesTable = { person_id: number; role: string };
export type PersonVersionsTable = {
  person_id: number;
  version: number;
  display_name: string;
  roles: string;
  active: number;
  has_pin: number;
  changed_at: string;
  changed_by: string;
};
export type PinResetsTable = { id: number; uuid: string; person_id: number; reset_by: number; reason: string; reset_at: string };

export type Database = {
  fund: WithDefaults<
    FundTable,
    'deduct_arrears_at_death' | 'membership_counting' | 'dues_from' | 'due_day' | 'locked_through' | 'usual_account' | 'admin_cost_percent'
  > &
    WithDefaults<FundCeilingColumns, keyof FundCeilingColumns> &
    WithDefaults<FundMeetingColumns, keyof FundMeetingColumns> &
    WithDefaults<FundSyncColumns, keyof FundSyncColumns> &
    WithDefaults<FundRetentionColumns, keyof FundRetentionColumns>;
  plan_rates: WithGeneratedId<WithDefaults<PlanRatesTable, 'used_by_receipt_id'> & { id: number }>;
  plan_bundles: PlanBundlesTable;
  members: WithGeneratedId<
    WithDefaults<
      MembersTable,
      | 'no_arrears_at_opening'
      | 'voided_on'
      | 'void_reason'
      | 'voided_by'
      | 'village_id'
      | 'approval_resolution_id'
      | 'consent_given'
      | 'consent_on'
      | 'consent_method'
      | 'consent_form_no'
      | 'personal_cleared_on'
      | 'personal_cleared_ref'
    > & { id: number }
  >;
  member_access_log: WithGeneratedId<MemberAccessLogTable>;
  member_versions: MemberVersionsTable;
  villages: WithGeneratedId<VillagesTable>;
  member_categories: MemberCategoriesTable;
  member_status_events: WithGeneratedId<
    WithDefaults<MemberStatusEventsTable, 'voided_on' | 'void_reason' | 'voided_by' | 'resolution_id' | 'lapse_reason'> & { id: number }
  >;
  document_sequences: DocumentSequencesTable;
  accounts: WithDefaults<AccountsTable, 'section10_line'>;
  journal_entries: WithGeneratedId<JournalEntriesTable>;
  journal_lines: JournalLinesTable;
  account_month_totals: AccountMonthTotalsTable;
  account_day_totals: AccountDayTotalsTable;
  bank_accounts: WithGeneratedId<BankAccountsTable>;
  money_transfers: WithGeneratedId<MoneyTransfersTable>;
  income_receipts: WithGeneratedId<IncomeReceiptsTable>;
  income_receipt_voids: IncomeReceiptVoidsTable;
  collection_batches: WithGeneratedId<CollectionBatchesTable>;
  collection_batch_lines: WithGeneratedId<WithDefaults<CollectionBatchLinesTable, 'include_entry_fee'> & { id: number }>;
  receipts: WithGeneratedId<ReceiptsTable>;
  receipt_lines: ReceiptLinesTable;
  receipt_months: ReceiptMonthsTable;
  member_receipts: MemberReceiptsTable;
  member_year_totals: MemberYearTotalsTable;
  sync_sent_parts: SyncSentPartsTable;
  receipt_voids: ReceiptVoidsTable;
  audit_events: WithGeneratedId<AuditEventsTable>;
  payment_vouchers: WithGeneratedId<PaymentVouchersTable>;
  community_activities: WithGeneratedId<CommunityActivitiesTable>;
  member_dependents: WithGeneratedId<MemberDependentsTable>;
  welfare_types: WithGeneratedId<WelfareTypesTable>;
  welfare_rule_versions: WithGeneratedId<WithDefaults<WelfareRuleVersionsTable, 'used_by_claim_id' | 'resolution_id'> & { id: number }>;
  welfare_claims: WithGeneratedId<WithDefaults<WelfareClaimsTable, 'reversed' | 'decision_resolution_id'> & { id: number }>;
  welfare_payments: WithGeneratedId<WelfarePaymentsTable>;
  voucher_reversals: VoucherReversalsTable;
  welfare_claim_reversals: WelfareClaimReversalsTable;
  requests: RequestsTable;
  print_settings: PrintSettingsTable;
  fund_signers: FundSignersTable;
  backup_log: WithGeneratedId<BackupLogTable>;
  backup_copies: WithGeneratedId<BackupCopyTable>;
  copy_origin: CopyOriginTable;
  restore_log: WithGeneratedId<RestoreLogTable>;
  status_form_answers: WithGeneratedId<WithDefaults<StatusFormAnswersTable, 'version'> & { id: number }>;
  bank_reconciliations: WithGeneratedId<BankReconciliationsTable>;
  bank_reconciliation_ticks: BankReconciliationTicksTable;
  cash_counts: WithGeneratedId<CashCountsTable>;
  produced_documents: WithGeneratedId<ProducedDocumentsTable>;
  external_grants: WithGeneratedId<ExternalGrantsTable>;
  grant_status_changes: WithGeneratedId<GrantStatusChangesTable>;
  grant_reversals: WithGeneratedId<GrantReversalsTable>;
  matching_rounds: WithGeneratedId<MatchingRoundsTable>;
  matching_round_members: MatchingRoundMembersTable;
  meetings: WithGeneratedId<MeetingsTable>;
  meeting_agenda_items: WithGeneratedId<MeetingAgendaItemsTable>;
  meeting_attendees: WithGeneratedId<MeetingAttendeesTable>;
  meeting_resolutions: WithGeneratedId<MeetingResolutionsTable>;
  bylaw_versions: WithGeneratedId<BylawVersionsTable>;
  bylaw_clauses: BylawClausesTable;
  bylaw_attachments: WithGeneratedId<BylawAttachmentsTable>;
  bylaw_rule_versions: BylawRuleVersionsTable;
  committee_settings: CommitteeSettingsTable;
  committee_terms: WithGeneratedId<CommitteeTermsTable>;
  committee_seats: WithGeneratedId<CommitteeSeatsTable>;
  certification_settings: CertificationSettingsTable;
  certification_assessments: WithGeneratedId<CertificationAssessmentsTable>;
  applications: WithGeneratedId<WithDefaults<ApplicationsTable, 'refusal_reason'> & { id: number }>;
  sync_identity: SyncIdentityTable;
  sync_exports: WithGeneratedId<SyncExportsTable>;
  import_mappings: ImportMappingsTable;
  contribution_history: WithDefaults<WithGeneratedId<ContributionHistoryTable>, 'voided'>;
  contribution_history_months: ContributionHistoryMonthsTable;
  contribution_history_voids: HistoryVoidTable;
  welfare_history: WithDefaults<WithGeneratedId<WelfareHistoryTable>, 'voided'>;
  welfare_history_voids: HistoryVoidTable;
  chain_links: ChainLinksTable;
  chain_verifications: ChainVerificationsTable;
  people: WithDefaults<WithGeneratedId<PeopleTable>, 'active'>;
  person_roles: PersonRolesTable;
  person_versions: PersonVersionsTable;
  pin_resets: WithGeneratedId<PinResetsTable>;
};
