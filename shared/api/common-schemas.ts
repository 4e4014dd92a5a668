import { z } from 'zod';
import { isValidIsoDate, isValidPeriod } from '../domain/calendar-date';
import { isWithin, plausibleDates, type DateRange } from '../domain/plausible-dates';
import { storedText, textProblem, type TextKind } from '../domain/text/text-problem';

/**
 * Building blocks for every method's input. Messages are codes, not prose: the backend turns a failed parse
 * into `{ code: 'bad-input', field, params: { reason, ... } }` and translates the reason (A5).
 */

/** A real calendar date inside the range the field can plausibly hold (refused with the range, in B.E.). */
const dateIn = (range: DateRange) =>
  z
    .string()
    .refine(isValidIsoDate, { message: 'bad-date', abort: true })
    .refine((value) => isWithin(value, range), { message: 'date-out-of-range', params: { ...range } });
/** A date in the fund's own life: founding, approvals, receipts, events, rule and rate starts, "as of" days. */
export const isoDate = dateIn(plausibleDates.record);
/** A person's birth date (a member, a dependent). */
export const birthDate = dateIn(plausibleDates.birth);
export const period = z
  .string()
  .refine(isValidPeriod, { message: 'bad-period', abort: true })
  .refine((value) => isWithin(`${value}-01`, plausibleDates.record), {
    message: 'date-out-of-range',
    params: { ...plausibleDates.record },
  });
/** Integer satang (Decision 2): a fraction of a satang is refused at the boundary. */
export const satang = z.int({ message: 'not-whole-satang' }).min(0, { message: 'negative' });
export const positiveSatang = z.int({ message: 'not-whole-satang' }).min(1, { message: 'not-positive' });
export const id = z.int().min(1);
/**
 * The money account a call moves money through: the ledger code of cash in hand or of a registered bank account
 * (money.accounts lists them). Required wherever money moves: the API has no silent default of cash.
 */
export const moneyAccountCode = z.string().regex(/^\d{4}$/, { message: 'bad-code' });

/**
 * Every piece of text a person types goes through here: stored NFC and trimmed, and refused when it holds
 * characters that print nothing or reorder the line (shared/domain/text/text-problem.ts).
 */
const cleanText = (max: number, kind: TextKind) =>
  z
    .string()
    .overwrite(storedText)
    .check((context) => {
      const problem = textProblem(context.value, kind);
      if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value, abort: true });
    })
    .max(max, { message: 'too-long' });
/** One line that must be filled: names, references, payees. */
export const requiredText = (max = 200) => cleanText(max, 'line').min(1, { message: 'required' });
/** One line that may be left out. */
export const optionalText = (max = 200) => cleanText(max, 'line').optional();
/** One line that may be blank, stored as ''. */
export const plainText = (max = 200) => cleanText(max, 'line').default('');
/** One line that may be absent, stored as null. */
export const nullableText = (max = 200) => cleanText(max, 'line').nullable().default(null);
/** A note or a reason that must be given; it may run over several lines. */
export const requiredNote = (max = 300) => cleanText(max, 'note').min(1, { message: 'required' });
/** A note that may be blank, stored as ''. */
export const plainNote = (max = 300) => cleanText(max, 'note').default('');

/**
 * The person's "yes, this amount is right" for an amount above the fund's plausibility ceiling for its kind
 * (issue 14 §11): without it such an amount is refused, naming the field and saying both amounts in baht.
 */
export const largeAmountConfirmation = { isLargeAmountConfirmed: z.boolean().default(false) };

/** A client-made id for money-writing requests, stored unique so a retry posts once (Decision 7). */
export const requestId = z.string().min(8, { message: 'bad-request-id' }).max(64, { message: 'bad-request-id' });
/**
 * The handle of an open fund (A2): the host gives one to each fund it opens, and every fund request names the
 * fund it was made for with it, so a page still showing one fund can never write into another.
 */
export const fundHandle = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'bad-handle' });
/** A file brought in or made by the backend, named by the id the file store gave it (never a path). */
export const fileId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'bad-file-id' });
export const page = {
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(500).default(100),
};
