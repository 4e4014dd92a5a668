import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type z } from 'zod';
import { plainNote, requiredText } from '../../../shared/api/common-schemas';
import { fundContract, memberProfileInput } from '../../../shared/api/fund-contract';
import { payClaimInput, reverseClaimInput } from '../../../shared/api/welfare-schemas';
import { runs, testSeed } from '../../support/seed';
import { memberInput } from '../../support/builders';

/**
 * Names, payees and notes (issue 14 §11): generated strings with the characters that print nothing or reorder a
 * line are refused, naming the problem; everything else is stored NFC and trimmed, and parsing is idempotent.
 */
const seed = testSeed('text-fields');
const numRuns = runs(300);

const thai = fc.constantFrom(...'กขคงจฉชซญฎดตถทธนบปผพฟภมยรลวศษสหอฮะัาำิีึืุูเแโใไ่้๊๋็์ๆฯ๐๑๒'.split(''));
const latin = fc.constantFrom(...'abcXYZ019 .,-/()\'"éñ'.split(''));
// Letters that have a composed and a decomposed spelling: NFC picks one.
const decomposed = fc.constantFrom('e\u0301', 'A\u030A', 'n\u0303');
const goodText = fc.array(fc.oneof(thai, latin, decomposed), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));

const controls = fc.constantFrom('\u0000', '\u0001', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F', '\n', '\r', '\t');
const directions = fc.constantFrom(
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
);
const surrogates = fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF');
const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u3164', '\u2800', '\u00A0', '\u3000');

function insertAt(text: string, inserted: string, at: number): string {
  const index = at % (text.length + 1);
  return `${text.slice(0, index)}${inserted}${text.slice(index)}`;
}

function reasonOf(result: z.ZodSafeParseResult<unknown>): string | undefined {
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('text fields refuse invisible and reordering characters and store NFC', () => {
  const name = requiredText(200);
  const note = plainNote(300);

  it('stores good text NFC and trimmed, and a second parse changes nothing', () => {
    fc.assert(
      fc.property(goodText, fc.constantFrom('', ' ', '  '), (text, pad) => {
        const expected = text.normalize('NFC').trim();
        const parsed = name.safeParse(`${pad}${text}${pad}`);
        if (expected === '') {
          expect(reasonOf(parsed)).toBe('required');
        } else {
          expect(parsed.success && parsed.data).toBe(expected);
          expect(name.parse(expected)).toBe(expected);
        }
      }),
      { seed, numRuns },
    );
  });

  it('refuses a control character (NUL too), a direction control or a lone surrogate anywhere in a name', () => {
    const bad = fc.oneof(
      controls.map((character) => ['control-character', character] as const),
      directions.map((character) => ['direction-control', character] as const),
      surrogates.map((character) => ['lone-surrogate', character] as const),
    );
    fc.assert(
      fc.property(goodText, bad, fc.nat(), (text, [reason, character], at) => {
        // A line break or tab at either end is trimmed away, as spaces are; inside the text it is refused.
        const inside = `ก${insertAt(text, character, at)}ข`;
        expect(reasonOf(name.safeParse(inside))).toBe(reason);
      }),
      { seed, numRuns },
    );
  });

  it('lets a note keep its line breaks and tabs, and refuses the rest', () => {
    fc.assert(
      fc.property(goodText, goodText, fc.constantFrom('\n', '\t', '\n\n'), (first, second, breaks) => {
        const text = `${first.trim() || 'ก'}${breaks}${second.trim() || 'ข'}`;
        expect(note.parse(text)).toBe(text.normalize('NFC'));
        expect(reasonOf(note.safeParse(`${text}\u0000ค`))).toBe('control-character');
        expect(reasonOf(note.safeParse(`${text}\u202Eค`))).toBe('direction-control');
      }),
      { seed, numRuns },
    );
  });

  it('refuses text made only of invisible characters, but keeps a joiner inside a real word', () => {
    fc.assert(
      fc.property(fc.array(invisible, { minLength: 1, maxLength: 6 }), goodText, (characters, text) => {
        const blank = characters.join('');
        expect(['only-invisible', 'required']).toContain(reasonOf(name.safeParse(blank)));
        // Blank for JavaScript's trim (spaces, a BOM) is stored as ''; blank only to the eye is refused.
        const asNote = note.safeParse(blank);
        if (asNote.success) expect(asNote.data).toBe('');
        else expect(reasonOf(asNote)).toBe('only-invisible');
        const word = `ก${text}`;
        expect(name.safeParse(insertAt(word, '\u200B', 1)).success).toBe(true);
      }),
      { seed, numRuns },
    );
  });

  it('never throws on any string at all, and whatever it accepts is clean NFC', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const parsed = name.safeParse(text);
        if (!parsed.success) return;
        expect(parsed.data).toBe(parsed.data.normalize('NFC'));
        expect(parsed.data).not.toMatch(/[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u);
      }),
      { seed, numRuns },
    );
  });
});

describe('every text field of the contracts goes through the same blocks', () => {
  const profileFields = [
    'title',
    'firstName',
    'lastName',
    'houseNo',
    'soi',
    'road',
    'subdistrict',
    'district',
    'province',
    'phone',
    'approvalRef',
  ] as const;

  it('refuses NUL in each text field of a member profile, naming that field', () => {
    for (const field of profileFields) {
      const result = memberProfileInput.safeParse({ ...memberInput(1), [field]: 'ก\u0000ข' });
      expect(result.success, field).toBe(false);
      expect(result.error?.issues[0]?.path.join('.')).toBe(field);
      expect(result.error?.issues[0]?.message).toBe('control-character');
    }
    const beneficiary = memberProfileInput.safeParse({
      ...memberInput(1),
      beneficiaries: [{ fullName: '\u202Eนาย ก', relationship: 'บุตร', share: 1 }],
    });
    expect(beneficiary.error?.issues[0]?.path.join('.')).toBe('beneficiaries.0.fullName');
  });

  it('refuses them in payees and notes of money and status writes too', () => {
    const cases: [z.ZodType, Record<string, unknown>, string][] = [
      [payClaimInput, { claimId: 1, requestId: 'request-0001', paidOn: '2026-11-01', payeeName: 'นาง\u0000ก' }, 'payeeName'],
      [reverseClaimInput, { claimId: 1, requestId: 'request-0001', reversedOn: '2026-11-01', reason: '\u200B\u200B' }, 'reason'],
      [
        fundContract['community.record'].input,
        {
          requestId: 'request-0001',
          category: 'culture',
          activityDate: '2026-11-01',
          description: 'งาน\u202Eบุญ',
          beneficiariesCount: 1,
          amountSatang: 100,
          payeeName: 'วัด',
        },
        'description',
      ],
      [
        fundContract['members.recordStatus'].input,
        { memberId: 1, kind: 'resigned', effectiveOn: '2026-11-01', reason: 'ย้าย\uD800' },
        'reason',
      ],
      [
        fundContract['contributions.void'].input,
        { receiptId: 1, voidedOn: '2026-11-01', reason: '\u0007', requestId: 'request-0001' },
        'reason',
      ],
    ];
    for (const [schema, input, field] of cases) {
      const result = schema.safeParse(input);
      expect(result.success, field).toBe(false);
      expect(result.error?.issues[0]?.path.join('.')).toBe(field);
    }
  });
});
