import type { DomainError } from '../../shared/domain/result';
import type { ExplanationLine } from '../../shared/domain/welfare/decide-claim';
import { explanationSentences, refusalSentences } from '../backend/messages';

/**
 * The welfare engine's explanations on the command line. The API answers lines as codes and parameters (A5:
 * translated where shown); here each line gets its Thai and English sentences beside the code, and a claim
 * judged not eligible is said to be so (exit status 1), as the screen says it.
 */

type Sentences = { th: string; en: string };

function isLine(value: unknown): value is ExplanationLine {
  return typeof value === 'object' && value !== null && typeof (value as ExplanationLine).code === 'string' && 'params' in value;
}

function isRefusal(value: unknown): value is DomainError {
  return typeof value === 'object' && value !== null && typeof (value as DomainError).code === 'string';
}

/** The answer with every explanation line (any `lines` array) and decision refusal carrying its sentences. */
export function withSentences(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSentences);
  if (typeof value !== 'object' || value === null) return value;
  const shown: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(value)) {
    if (name === 'lines' && Array.isArray(child) && child.every(isLine))
      shown[name] = child.map((line) => ({ ...line, text: explanationSentences(line) }));
    else if (name === 'refusal' && isRefusal(child)) shown[name] = { ...child, message: refusalSentences(child) };
    else shown[name] = withSentences(child);
  }
  return shown;
}

type Judged = { eligible: boolean; refusal: DomainError | null };

function isJudged(value: unknown): value is Judged {
  return typeof value === 'object' && value !== null && typeof (value as Judged).eligible === 'boolean';
}

/** The methods that judge a claim, and where their answer holds the decision. */
const judging: Readonly<Record<string, (value: unknown) => unknown>> = {
  'welfare.decide': (value) => value,
  'welfare.recordClaim': (value) => (value as { decision?: unknown } | null)?.decision,
  'welfare.recheckClaim': (value) => (value as { decision?: unknown } | null)?.decision,
};

/**
 * The reason a judged claim pays nothing, in both languages, when the method judged one and it is not eligible
 * (a claim kept on file for the committee included); undefined otherwise.
 */
export function ineligibility(method: string, value: unknown): Sentences | undefined {
  const decision = judging[method]?.(value);
  if (!isJudged(decision) || decision.eligible) return undefined;
  const reason = decision.refusal ? refusalSentences(decision.refusal) : { th: '', en: '' };
  return { th: `ไม่มีสิทธิ์ได้รับเงิน: ${reason.th}`, en: `Not eligible: ${reason.en}` };
}
