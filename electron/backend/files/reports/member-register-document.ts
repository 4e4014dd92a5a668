import type { FundProfile } from '../../../../shared/api/fund-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import type { CalendarDate } from '../../../../shared/domain/calendar-date';
import { cellText } from '../../../../shared/domain/documents/cell-text';
import type { DocumentModel } from '../../../../shared/domain/documents/document-model';
import { memberCategoriesOn, type StoredMemberCategory } from '../../../../shared/domain/members/member-categories';
import { formatThaiId } from '../../../../shared/domain/members/thai-id';
import { spellsOf, type StatusEvent } from '../../../../shared/domain/members/spells';
import { sumSatang } from '../../../../shared/domain/money/satang';
import { ageOn, completedMonths } from '../../../../shared/domain/welfare/durations';
import type { RegisterMemberRow } from '../../db/repositories/member-register-repository';
import { documentText, villageLabel } from '../../messages';
import { fundHeadings } from './fund-headings';
import { signatureOf } from './signatures';

/** A member with what the register adds to her row: her status events, her flags, her contributions to date. */
export type MemberRegisterLine = RegisterMemberRow & {
  readonly events: readonly StatusEvent[];
  readonly flags: readonly StoredMemberCategory[];
  readonly contributedSatang: number;
};

export type MemberRegisterInput = {
  readonly fund: FundProfile;
  readonly members: readonly MemberRegisterLine[];
  readonly asOf: CalendarDate;
  /** The village asked for, in words; null for the whole fund. */
  readonly place: string | null;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: CalendarDate;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.memberRegister.${key}`, params);

/** Words repeated on thousands of rows (a status, a gender, a category) are looked up once per register. */
function repeatedWords(): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let words = known.get(key);
    if (words === undefined) {
      words = documentText(key);
      known.set(key, words);
    }
    return words;
  };
}

/**
 * The member register (ทะเบียนสมาชิก, domain §(c)3) in the columns the funds' own registers keep: who, born when,
 * where, status, category, since when and until when, why they left, how long a member, and contributions to
 * date. Everyone ever approved is on it (a register keeps those who left); a voided registration is not.
 */
export function memberRegisterDocument(input: MemberRegisterInput): DocumentModel {
  const { members, asOf } = input;
  const active = members.filter((member) => member.status === 'active').length;
  const contributed = sumSatang(members.map((member) => member.contributedSatang));
  const words = repeatedWords();
  return {
    title: text('title'),
    headings: [...fundHeadings(input.fund, asOf), ...(input.place === null ? [] : [input.place])],
    facts: [
      { label: text('registered'), value: members.length, kind: 'count' },
      { label: text('active'), value: active, kind: 'count' },
      { label: text('left'), value: members.length - active, kind: 'count' },
      { label: text('contributedTotal'), value: contributed, kind: 'money' },
    ],
    tables: [
      {
        name: text('table'),
        columns: [
          { header: text('line'), kind: 'count', width: 0.6, align: 'center' },
          { header: text('memberNo'), kind: 'text', width: 0.75, align: 'center' },
          { header: text('citizenId'), kind: 'text', width: 1.75, align: 'center' },
          { header: text('name'), kind: 'text', width: 2.2, wrap: 'spaces' },
          { header: text('gender'), kind: 'text', width: 0.6, align: 'center' },
          { header: text('birthDate'), kind: 'date', width: 1.2 },
          { header: text('age'), kind: 'count', width: 0.55 },
          { header: text('address'), kind: 'text', width: 1.85, wrap: 'spaces' },
          { header: text('status'), kind: 'text', width: 1.25 },
          { header: text('category'), kind: 'text', width: 1.25 },
          { header: text('joinedOn'), kind: 'date', width: 1.2 },
          { header: text('leftOn'), kind: 'date', width: 1.2 },
          { header: text('reason'), kind: 'text', width: 1.0 },
          { header: text('membership'), kind: 'text', width: 1.45 },
          { header: text('contributed'), kind: 'money', width: 1.1 },
        ],
        rows: members.map((member, index) => ({
          cells: cellsOf(member, index, asOf, words),
          ...(member.status === 'active' ? {} : { emphasis: 'muted' as const }),
        })),
        totals:
          members.length > 0
            ? [
                null,
                null,
                null,
                text('totalMembers', { count: cellText('count', members.length) }),
                ...Array<null>(10).fill(null),
                contributed,
              ]
            : undefined,
        emptyText: text('none'),
      },
    ],
    notes: [text('note')],
    signatures: [signatureOf(input.signers, 'secretary'), signatureOf(input.signers, 'chair')],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: input.fund.name }) },
    orientation: 'landscape',
  };
}

function cellsOf(
  member: MemberRegisterLine,
  index: number,
  asOf: CalendarDate,
  words: (key: string) => string,
): (string | number | null)[] {
  const left = member.status !== 'active';
  // A member who left is described as she was on the day she left: her age and category then.
  const until = left ? member.statusSince : asOf;
  const exit = left ? [...member.events].reverse().find((event) => event.kind === member.status) : undefined;
  const months = spellsOf(member.approvedOn, member.events).reduce(
    (sum, spell) => sum + Math.max(0, completedMonths(spell.start, spell.end ?? asOf)),
    0,
  );
  const place = villageLabel({ moo: member.moo, name: member.village });
  return [
    index + 1,
    member.memberNo,
    member.citizenId === null ? null : formatThaiId(member.citizenId),
    `${member.title}${member.firstName} ${member.lastName}`,
    words(`documents.memberRegister.genders.${member.gender}`),
    member.birthDate,
    ageOn(member.birthDate, until),
    [member.houseNo, place].filter((part) => part !== '').join(' ') || null,
    words(`statuses.${member.status}`),
    memberCategoriesOn(member.birthDate, member.flags, until)
      .map((category) => words(`memberCategories.${category}`))
      .join(', '),
    member.approvedOn,
    left ? member.statusSince : null,
    exit?.reason ? exit.reason : null,
    text('years', { years: Math.floor(months / 12), months: months % 12 }),
    member.contributedSatang,
  ];
}
