import type { FundProfile, MemberDetail } from '../../../../shared/api/fund-types';
import type { PrintSettings } from '../../../../shared/api/printing-types';
import type { MemberDataExport } from '../../../../shared/api/privacy-types';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import type { DocumentModel, DocumentTable } from '../../../../shared/domain/documents/document-model';
import { formatPeriodRanges } from '../../../../shared/domain/documents/period-ranges';
import { localDateTimeOf } from '../../../../shared/domain/local-time';
import { formatThaiId } from '../../../../shared/domain/members/thai-id';
import { sumSatang } from '../../../../shared/domain/money/satang';
import { documentText } from '../../messages';
import { fundHeadings } from './fund-headings';
import { memberAddress } from './member-statement-document';
import { signatureOf } from './signatures';
import { actorLabel } from './actor-label';

export type MemberDataInput = {
  readonly fund: FundProfile;
  readonly member: MemberDetail;
  readonly data: MemberDataExport;
  readonly signers?: PrintSettings['signers'];
  readonly printedOn: string;
  /** People by the key their looks are recorded under (see audit-trail-document.ts). */
  readonly actorNames?: ReadonlyMap<string, string>;
};

const text = (key: string, params?: Record<string, string | number>) => documentText(`documents.memberData.${key}`, params);

/**
 * The page a treasurer hands a member who asked what the fund holds about her (PDPA s.30): who she is on the
 * register, her personal fields in full, her consent, dependents and beneficiaries, receipts, welfare, and who
 * looked at her data. The same data travels as JSON inside the PDF, for another system to read (s.31).
 */
export function memberDataDocument(input: MemberDataInput): DocumentModel {
  const { member, data } = input;
  const personal = data.personal;
  return {
    title: text('title'),
    headings: fundHeadings(input.fund, input.printedOn),
    facts: [
      { label: text('memberNo'), value: member.memberNo, kind: 'text' },
      { label: text('name'), value: `${member.title}${member.firstName} ${member.lastName}`, kind: 'text' },
      {
        label: text('citizenId'),
        value: personal.citizenId ? formatThaiId(personal.citizenId) : (personal.noIdReason ?? '—'),
        kind: 'text',
      },
      { label: text('birthDate'), value: personal.birthDate, kind: 'date' },
      { label: text('gender'), value: text(`genders.${member.gender}`), kind: 'text' },
      { label: text('address'), value: memberAddress(member) || '—', kind: 'text' },
      { label: text('phone'), value: personal.phone || '—', kind: 'text' },
      { label: text('memberSince'), value: member.approvedOn, kind: 'date' },
      { label: text('status'), value: documentText(`statuses.${member.status}`), kind: 'text' },
      { label: text('consent'), value: consentText(data), kind: 'text' },
      ...(member.personalClearedOn ? [{ label: text('cleared'), value: member.personalClearedOn, kind: 'date' as const }] : []),
    ],
    tables: [beneficiariesTable(data), dependentsTable(data), receiptsTable(data), welfareTable(data), accessTable(data, input.actorNames)],
    notes: [text('jsonInside'), text('rights')],
    signatures: [signatureOf(input.signers, 'treasurer')],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: input.fund.name, memberNo: member.memberNo }) },
    orientation: 'portrait',
    attachments: [{ name: `member-${member.memberNo}.json`, description: text('jsonName'), content: JSON.stringify(data, null, 2) }],
  };
}

function consentText(data: MemberDataExport): string {
  const consent = data.consent;
  if (!consent) return text('consentNone');
  const how = text(`consentMethods.${consent.method}`);
  const form = consent.formNo === '' ? '' : text('consentFormNo', { formNo: consent.formNo });
  return text(consent.given ? 'consentGiven' : 'consentRefused', { date: formatDate(consent.recordedOn, 'th'), how, form });
}

function beneficiariesTable(data: MemberDataExport): DocumentTable {
  return {
    name: text('beneficiaries'),
    columns: [
      { header: text('fullName'), kind: 'text', width: 3, wrap: 'spaces' },
      { header: text('relationship'), kind: 'text', width: 2 },
      { header: text('share'), kind: 'count', width: 1 },
      { header: text('citizenId'), kind: 'text', width: 2.6 },
      { header: text('phone'), kind: 'text', width: 2 },
    ],
    rows: data.personal.beneficiaries.map((person) => ({
      cells: [
        person.fullName,
        person.relationship,
        person.share,
        person.citizenId ? formatThaiId(person.citizenId) : null,
        person.phone ?? null,
      ],
    })),
    emptyText: text('noBeneficiaries'),
  };
}

function dependentsTable(data: MemberDataExport): DocumentTable {
  return {
    name: text('dependents'),
    columns: [
      { header: text('fullName'), kind: 'text', width: 3, wrap: 'spaces' },
      { header: text('relationship'), kind: 'text', width: 1.6 },
      { header: text('birthDate'), kind: 'date', width: 2 },
      { header: text('citizenId'), kind: 'text', width: 2.6 },
    ],
    rows: data.dependents.map((person) => ({
      cells: [
        person.fullName,
        documentText(`documents.memberData.relationships.${person.relationship}`),
        person.birthDate,
        person.citizenId ? formatThaiId(person.citizenId) : null,
      ],
    })),
    emptyText: text('noDependents'),
  };
}

function receiptsTable(data: MemberDataExport): DocumentTable {
  return {
    name: text('receipts'),
    columns: [
      { header: text('receivedOn'), kind: 'date', width: 1.6 },
      { header: text('receiptNo'), kind: 'text', width: 1.9, align: 'center' },
      { header: text('covers'), kind: 'text', width: 3 },
      { header: text('amount'), kind: 'money', width: 1.6 },
      { header: text('remark'), kind: 'text', width: 1.8 },
    ],
    rows: data.receipts.map((receipt) => {
      const covers = [formatPeriodRanges(receipt.periods), receipt.entryFee ? text('entryFee') : ''].filter(Boolean).join(', ');
      const cells = [
        receipt.receivedOn,
        receipt.receiptNo,
        covers,
        receipt.totalSatang,
        receipt.voidedOn ? text('voided', { date: formatDate(receipt.voidedOn, 'th') }) : null,
      ];
      return receipt.voidedOn ? { cells, emphasis: 'muted' as const } : { cells };
    }),
    emptyText: text('noReceipts'),
  };
}

function welfareTable(data: MemberDataExport): DocumentTable {
  return {
    name: text('welfare'),
    columns: [
      { header: text('claimNo'), kind: 'text', width: 2, align: 'center' },
      { header: text('welfareType'), kind: 'text', width: 2.6 },
      { header: text('eventDate'), kind: 'date', width: 1.6 },
      { header: text('claimState'), kind: 'text', width: 1.6 },
      { header: text('paid'), kind: 'money', width: 1.6 },
    ],
    rows: data.welfare.map((claim) => ({
      cells: [
        claim.claimNo,
        claim.type,
        claim.eventDate,
        documentText(`ui.welfare.states.${claim.state}`),
        sumSatang(claim.payments.map((payment) => payment.netSatang)),
      ],
    })),
    emptyText: text('noWelfare'),
  };
}

function accessTable(data: MemberDataExport, actorNames?: ReadonlyMap<string, string>): DocumentTable {
  return {
    name: text('accessLog'),
    columns: [
      { header: text('accessAt'), kind: 'text', width: 2.4 },
      { header: text('accessBy'), kind: 'text', width: 2 },
      { header: text('accessWhere'), kind: 'text', width: 3 },
    ],
    rows: data.accessLog.map((row) => {
      const local = localDateTimeOf(row.at);
      const at = local ? text('accessTime', { date: formatDate(local.date, 'th'), time: local.time }) : row.at;
      return { cells: [at, actorLabel(row.actor, actorNames), text(`screens.${row.screen}`)] };
    }),
    emptyText: text('noAccess'),
  };
}
