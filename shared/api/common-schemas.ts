import { z } from 'zod';
import { isValidIsoDate, isValidPeriod } from '../domain/calendar-date';

/**
 * Building blocks for every method's input. Messages are codes, not prose: the backend turns a failed parse
 * into `{ code: 'bad-input', field, params: { reason } }` and translates the reason (A5).
 */
export const isoDate = z.string().refine(isValidIsoDate, { message: 'bad-date' });
export const period = z.string().refine(isValidPeriod, { message: 'bad-period' });
/** Integer satang (Decision 2): a fraction of a satang is refused at the boundary. */
export const satang = z.int({ message: 'not-whole-satang' }).min(0, { message: 'negative' });
export const positiveSatang = z.int({ message: 'not-whole-satang' }).min(1, { message: 'not-positive' });
export const id = z.int().min(1);
export const requiredText = (max = 200) => z.string().trim().min(1, { message: 'required' }).max(max, { message: 'too-long' });
export const optionalText = (max = 200) => z.string().trim().max(max, { message: 'too-long' }).optional();
/** A client-made id for money-writing requests, stored unique so a retry posts once (Decision 7). */
export const requestId = z.string().min(8, { message: 'bad-request-id' }).max(64, { message: 'bad-request-id' });
/**
 * The handle of an open fund (A2): the host gives one to each fund it opens, and every fund request names the
 * fund it was made for with it, so a page still showing one fund can never write into another.
 */
export const fundHandle = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'bad-handle' });
export const page = {
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(500).default(100),
};
