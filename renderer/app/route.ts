/** Where the fund shell is: one page at a time, with the ids it needs. */
export type Route =
  /** The fund's landing page: its figures and what waits to be done (issue 16 §6). */
  | { page: 'home' }
  | { page: 'members' }
  | { page: 'register' }
  /** Members from an Excel or CSV sheet (issue 19 §1): map, preview, commit. */
  | { page: 'memberImport' }
  /** Contribution and welfare history from before the opening date (issue 19 §2): map, preview, commit. */
  | { page: 'contributionHistoryImport' }
  | { page: 'welfareHistoryImport' }
  | { page: 'member'; memberId: number }
  /** Personal data past its retention period (issue 20 §3): the members due, for the committee's decision. */
  | { page: 'retention' }
  /** Applicants (issue 17 §2): applications waiting for the committee, and those it decided. */
  | { page: 'applicants' }
  /** A new application: the member form without the approval. */
  | { page: 'apply' }
  /** One application: its printable form and the committee's decision. */
  | { page: 'application'; applicationId: number }
  /** `from` keeps the side menu on the page the receipt was opened from. */
  | { page: 'receipt'; receiptId: number; from?: 'members' | 'collection' | 'cashbook' }
  | { page: 'collection'; batchId?: number }
  /** Every receipt of a posted collection day, one after another, to print. */
  | { page: 'batchReceipts'; batchId: number }
  | { page: 'arrears' }
  /** The committee's list of proposed lapses and its decisions (issue 17 §4). */
  | { page: 'lapses' }
  /** The books (สมุดบัญชี): the cash and bank books, journal, ledger, trial balance, reconciliation, year end. */
  | { page: 'cashbook'; tab?: BookTab }
  /** The external-grant register, the matching rounds and the matching-grant proposal (issue 16 §3). */
  | { page: 'grants' }
  /** Meetings and resolutions (issue 17 §2): planned and held, attendance, resolutions, minutes, printing. */
  | { page: 'meetings' }
  /** The committee's terms and seats (issue 17 §1). */
  | { page: 'committee' }
  /** The certification self-assessment (issue 17 §5): the four criteria as of a day, evidence, fixes, history. */
  | { page: 'certification' }
  /** The fund's sync files for CODI (issue 18 §2): what they hold, the export, the key's fingerprint, those sent. */
  | { page: 'sync' }
  /** The fund's bylaws, version by version, with the one in force today (issue 17 §3). */
  | { page: 'bylaws' }
  | { page: 'community' }
  /** Other income (receipts without a member) and administration expenses (vouchers), issue 16 §3. */
  | { page: 'otherMoney'; tab?: OtherMoneyTab }
  /** A receipt for other income, printable and voidable. */
  | { page: 'incomeReceipt'; receiptId: number; from?: 'otherMoney' | 'cashbook' }
  | { page: 'welfare' }
  /** The committee's printable list of claims waiting for a decision. */
  | { page: 'approvals' }
  /** One claim's printable eligibility sheet. */
  | { page: 'claim'; claimId: number }
  | { page: 'voucher'; voucherId: number; from?: 'community' | 'cashbook' | 'welfare' | 'otherMoney' }
  /** The fund's backups: status, actions and the list (where Restore goes). */
  | { page: 'backups' }
  /** The audit trail: every recorded change, filtered, printed and exported (issue 20 §1). */
  | { page: 'auditTrail' }
  /** Reports (issue 16 §5), under the menu's "Reports" group: the member summary. */
  | { page: 'settings' }
  /** The fund's people and their roles, their PINs (issue 20 §2): the treasurer's page. */
  | { page: 'people' }
  /** Reports: the welfare summary and register, the matching-eligibility list, the status form's questionnaire. */
  | { page: 'reports'; tab?: ReportTab }
  /** The fund's backups to restore from, and the gap of its latest restore to enter again. */
  | { page: 'restore' };

export type ReportTab = 'members' | 'welfare' | 'matching' | 'section10' | 'receiptsPayments' | 'monthlySheet' | 'statusForm';

export type OtherMoneyTab = 'income' | 'expenses';

export type BookTab = 'cashBook' | 'journal' | 'ledger' | 'trialBalance' | 'reconcile' | 'yearEnd';

export type Navigate = (route: Route) => void;
