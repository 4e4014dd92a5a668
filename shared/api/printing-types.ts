/** How a fund's receipts are laid out on paper: one to an A4 page (the default), one to an A5, or two to an A4. */
export type ReceiptPaper = 'a4' | 'a5' | 'a4-two';

/** The fund's officers who sign its papers; each document names the offices that sign it. */
export const signerRoles = ['chair', 'treasurer', 'secretary', 'checker'] as const;
export type SignerRole = (typeof signerRoles)[number];

/** A signer as the fund's settings know them: empty text means "not known", printed as a blank to fill in. */
export type Signer = { fullName: string; position: string };

/** How the fund's papers print (issue 14 §15): the receipt paper and who signs. */
export type PrintSettings = { receiptPaper: ReceiptPaper; signers: Record<SignerRole, Signer> };

/**
 * The print settings as the settings card shows them, with the names the committee records give the offices
 * today (issue 17 §1): a paper signs with the typed name, or with the committee's when none is typed.
 */
export type PrintSettingsView = PrintSettings & { committeeNames: Partial<Record<SignerRole, string>> };
