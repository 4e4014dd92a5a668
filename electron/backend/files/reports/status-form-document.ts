import { formatDate } from '../../../../shared/domain/buddhist-date';
import { toBuddhistYear, type CalendarDate } from '../../../../shared/domain/calendar-date';
import { cellText } from '../../../../shared/domain/documents/cell-text';
import type { CellValue, DocumentModel, DocumentRow, DocumentTable } from '../../../../shared/domain/documents/document-model';
import { bahtAndSatang, formatBaht } from '../../../../shared/domain/money/money-format';
import type { WelfareFigures, WelfareReport } from '../../../../shared/api/report-types';
import { documentText } from '../../messages';
import { moneyOnHandSatang, type StatusFormFigures } from '../../steps/status-form-figures';
import { fundHeadings } from './fund-headings';
import { section10Table } from './section10-document';
import { signatureOf } from './signatures';
import { answerTable, notAnswered, statusFormText } from './status-form-parts';
import { questionnaireTables } from './status-form-questionnaire';

const text = statusFormText;

const count = (value: number) => cellText('count', value);
const baht = (satang: number) => text('bahtAmount', { amount: formatBaht(satang) });
const longDate = (iso: string) => formatDate(iso, 'th', 'long');

export type StatusFormInput = { readonly figures: StatusFormFigures; readonly printedOn: CalendarDate };

/**
 * The fund status form (แบบแสดงสถานะกองทุนสวัสดิการชุมชน, domain §(a)2) for a fiscal year, sections 1–15 in the form's
 * order, a table each (a sheet each in Excel): §1–7 and §10 from the fund's data, §8, §9 and §11–15 from the answers
 * typed for the year. Whatever neither knows is printed as "ยังไม่ได้กรอก".
 */
export function statusFormDocument(input: StatusFormInput): DocumentModel {
  const { figures } = input;
  const year = toBuddhistYear(figures.fiscalYear);
  return {
    title: text('title'),
    headings: [...fundHeadings(figures.fund, figures.asOf), text('fiscalYearLine', { year })],
    facts: [],
    tables: [
      identityTable(figures),
      foundingTable(figures),
      membersTable(figures),
      categoriesTable(figures),
      moneyTable(figures),
      sourcesTable(figures),
      welfareTable(
        text('section5'),
        figures.welfare,
        (line) => line.cumulative,
        figures.welfare.totals.cumulative,
        figures.openingWelfareSatang,
      ),
      welfareTable(text('section6', { year }), figures.welfare, (line) => line.year, figures.welfare.totals.year),
      communityTable(figures, year),
      ...questionnaireTables(figures.answers, 'committee'),
      ...questionnaireTables(figures.answers, 'management'),
      section10Table(figures.section10, text('section10', { date: longDate(figures.asOf) })),
      ...questionnaireTables(figures.answers, 'linkages'),
      ...questionnaireTables(figures.answers, 'support'),
      ...questionnaireTables(figures.answers, 'plans'),
      ...questionnaireTables(figures.answers, 'problems'),
      ...questionnaireTables(figures.answers, 'suggestions'),
    ],
    notes: [text('note')],
    signatures: [signatureOf(figures.signers, 'secretary'), signatureOf(figures.signers, 'chair'), { role: text('provincialCommittee') }],
    footer: { printedOn: input.printedOn, text: text('footer', { fund: figures.fund.name, year }) },
    orientation: 'portrait',
  };
}

function identityTable({ fund, signers }: StatusFormFigures): DocumentTable {
  return answerTable(text('section1'), [
    [text('fundName'), fund.name],
    [text('fundCode'), fund.isCodeProvisional ? text('provisionalCode', { code: fund.fundCode }) : fund.fundCode],
    [text('address'), fund.address || notAnswered()],
    [text('place'), text('placeLine', { subdistrict: fund.subdistrictName, district: fund.districtName, province: fund.provinceName })],
    [text('postcode'), fund.postcode || notAnswered()],
    [text('chair'), signers.chair.fullName || notAnswered()],
    [text('coordinator'), notAnswered()],
    [text('contacts'), notAnswered()],
  ]);
}

function foundingTable({ fund }: StatusFormFigures): DocumentTable {
  return answerTable(text('section2'), [
    [text('foundedOn'), longDate(fund.foundedOn)],
    [text('openedOn'), longDate(fund.openedOn)],
    [text('supporter'), notAnswered()],
    [text('objectives'), notAnswered()],
  ]);
}

function membersTable({ members, matching }: StatusFormFigures): DocumentTable {
  const rows: [string, string][] = [
    [text('founding'), count(members.founding)],
    [text('cumulative'), count(members.totals.cumulative)],
    [text('current', { date: longDate(members.asOf) }), count(members.totals.current)],
    [text('population'), members.population === null ? text('unknown') : count(members.population)],
  ];
  if (matching) {
    const cutoff = longDate(matching.cutoff);
    rows.push(
      [text('matchingMembers', { date: cutoff }), count(matching.counts.members)],
      [text('matchingEligible', { date: cutoff }), count(matching.counts.eligible)],
      [text('matchingUnderAYear'), count(matching.counts.underAYear)],
      [text('matchingMatchedOut'), count(matching.counts.matchedOut)],
    );
  } else rows.push([text('matchingMembers', { date: '' }), text('unknown')]);
  rows.push([text('villages'), text('villagesOf', members.villages)]);
  return answerTable(text('section3'), rows);
}

function categoriesTable({ members }: StatusFormFigures): DocumentTable {
  return {
    name: text('section3categories'),
    columns: [
      { header: text('category'), kind: 'text', width: 3 },
      { header: text('cumulativeColumn'), kind: 'count', width: 1.4 },
      { header: text('currentColumn'), kind: 'count', width: 1.4 },
    ],
    rows: members.byCategory.map((line) => ({ cells: [documentText(`memberCategories.${line.category}`), line.cumulative, line.current] })),
    emptyText: text('none'),
  };
}

function moneyTable({ section10, openingMoneySatang, fund, rate, asOf }: StatusFormFigures): DocumentTable {
  const mode = rate
    ? [
        text('monthly', { amount: formatBaht(rate.monthlySatang) }),
        ...rate.bundles.map((bundle) => text('bundle', { months: bundle.months, amount: formatBaht(bundle.priceSatang) })),
      ].join(' · ')
    : notAnswered();
  return answerTable(text('section4'), [
    [text('openingMoney', { date: longDate(fund.openedOn) }), baht(openingMoneySatang)],
    [text('cumulativeMoney'), baht(section10.receiptsTotalSatang)],
    [text('balance', { date: longDate(asOf) }), baht(moneyOnHandSatang(section10))],
    [text('contributionMode'), mode],
  ]);
}

/** §4.3 sources of the fund's money since founding: §10's receipts and income lines (and any ยอดยกมา not yet spread). */
function sourcesTable({ section10 }: StatusFormFigures): DocumentTable {
  const lines = [...section10.receipts.lines, ...section10.income.lines];
  const rows: DocumentRow[] = lines.map((line) => ({
    cells: [documentText(`documents.section10.lines.${line.key}`), ...bahtAndSatang(line.amountSatang)],
  }));
  if (section10.openingSatang !== 0) rows.push({ cells: [text('openingUnspread'), ...bahtAndSatang(section10.openingSatang)] });
  return {
    name: text('section4sources'),
    columns: [
      { header: text('source'), kind: 'text', width: 4 },
      { header: documentText('documents.section10.baht'), kind: 'count', width: 1.4 },
      { header: documentText('documents.section10.satang'), kind: 'text', width: 0.6, align: 'center' },
    ],
    rows,
    totals: [text('total'), ...bahtAndSatang(section10.receiptsTotalSatang)],
    emptyText: text('none'),
  };
}

function welfareTable(
  name: string,
  report: WelfareReport,
  pick: (line: WelfareReport['types'][number]) => WelfareFigures,
  total: WelfareFigures,
  beforeOpeningSatang = 0,
): DocumentTable {
  const types = report.types.filter((line) => pick(line).persons > 0 || pick(line).amountSatang > 0);
  const rows: DocumentRow[] = types.map((line) => ({ cells: [line.nameTh, pick(line).persons, pick(line).amountSatang] }));
  // Paid before the app: known from the paper §10 as one amount, its persons and types unknown.
  if (beforeOpeningSatang > 0) rows.push({ cells: [text('beforeOpening'), null, beforeOpeningSatang] });
  return {
    name: text('welfareName', { name, count: types.length }),
    columns: [
      { header: text('welfareType'), kind: 'text', width: 3.5 },
      { header: text('persons'), kind: 'count', width: 1.2 },
      { header: text('amount'), kind: 'money', width: 1.6 },
    ],
    rows,
    totals: [text('total'), total.persons, total.amountSatang + beforeOpeningSatang],
    emptyText: text('noWelfare'),
  };
}

function communityTable({ community }: StatusFormFigures, year: number): DocumentTable {
  const sum = (pick: (line: StatusFormFigures['community'][number]) => number) => community.reduce((total, line) => total + pick(line), 0);
  const totals: CellValue[] = [
    text('total'),
    sum((line) => line.activities),
    sum((line) => line.persons),
    sum((line) => line.amountSatang),
  ];
  return {
    name: text('section7', { year }),
    columns: [
      { header: text('activityKind'), kind: 'text', width: 3.2 },
      { header: text('activities'), kind: 'count', width: 1.1 },
      { header: text('persons'), kind: 'count', width: 1.1 },
      { header: text('amount'), kind: 'money', width: 1.6 },
    ],
    rows: community.map((line) => ({
      cells: [documentText(`ui.community.categories.${line.category}`), line.activities, line.persons, line.amountSatang],
    })),
    ...(community.length > 0 ? { totals } : {}),
    emptyText: text('noCommunity'),
  };
}
