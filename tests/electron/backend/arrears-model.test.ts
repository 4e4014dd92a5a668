import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrearsAsOf, duesFactsAsOf, type DuesHistory, type FundDues } from '../../../shared/domain/contributions/arrears';
import { addMonths } from '../../../shared/domain/calendar-date';
import { duesStartPeriod, monthStates, type DuesSettings } from '../../../shared/domain/contributions/periods';
import type { StatusEventKind } from '../../../shared/domain/members/spells';
import { fundInput, memberInput } from '../../support/builders';
import { runs, testSeed } from '../../support/seed';
import { approvalsInWords, createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';
import { bringFile, csvBytes } from '../../support/import-files';

/*
 * Model-based test of Decision 7's "as of" (issue 14): random histories of payments (back-dated too), voids,
 * resignations, deaths, lapses, reinstatements, voided status events and changes of the dues settings are made
 * through the API, while a model keeps what each call did. At random points, and for every interesting day at the
 * end (each recorded date, the day before and after it, month ends), the SQL fast paths — the arrears list and the
 * member statement — must give exactly what the pure function gives for the model's history.
 */

const seed = testSeed('arrears as of: fast paths against the pure function');
const numRuns = runs(50);
const openedOn = '2024-01-01';

/** Test-only date arithmetic (the domain has no Date; tests may use it to build inputs). */
const shift = (date: string, days: number): string => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
};
const monthEnd = (date: string): string => shift(`${shift(`${date.slice(0, 7)}-01`, 32).slice(0, 7)}-01`, -1);

type ModelMember = {
  id: number;
  approvedOn: string;
  appliedOn: string;
  paidThroughPeriod: string | null;
  events: { id: number; kind: StatusEventKind; effectiveOn: string }[];
};
type ModelReceipt = { id: number; memberId: number; periods: string[]; receivedOn: string; voidedOn: string | null };
/** A line of memo history from before the opening date (issue 19 §2): paid on its day, never voided. */
type ModelHistory = { memberId: number; periods: string[]; paidOn: string };
type Model = {
  today: string;
  settings: DuesSettings;
  members: ModelMember[];
  receipts: ModelReceipt[];
  history: ModelHistory[];
  log: string[];
};
type Real = { backend: TestBackend };

function historyOf(model: Model, member: ModelMember): DuesHistory {
  return {
    approvedOn: member.approvedOn,
    appliedOn: member.appliedOn,
    paidThroughPeriod: member.paidThroughPeriod,
    events: member.events,
    paidMonths: [
      ...model.receipts
        .filter((receipt) => receipt.memberId === member.id)
        .flatMap((receipt) =>
          receipt.periods.map((period) => ({ period, receiptId: receipt.id, receivedOn: receipt.receivedOn, voidedOn: receipt.voidedOn })),
        ),
      ...model.history
        .filter((line) => line.memberId === member.id)
        .flatMap((line) => line.periods.map((period) => ({ period, receiptId: null, receivedOn: line.paidOn, voidedOn: null }))),
    ],
  };
}

const fundOf = (model: Model): FundDues => ({ openedOn, settings: model.settings });

/** Every day worth asking about: each date the model recorded, the days either side of it, and its month's end. */
function interestingDays(model: Model): string[] {
  const dates = new Set<string>([model.today]);
  const add = (date: string | null) => {
    if (date === null) return;
    for (const day of [shift(date, -1), date, shift(date, 1), monthEnd(date)]) if (day <= model.today) dates.add(day);
  };
  for (const member of model.members) {
    add(member.approvedOn);
    for (const event of member.events) add(event.effectiveOn);
  }
  for (const receipt of model.receipts) {
    add(receipt.receivedOn);
    add(receipt.voidedOn);
  }
  for (const line of model.history) add(line.paidOn);
  return [...dates].sort();
}

/** The list and every member's statement as of `asOf` against the pure function over the model's history. */
async function checkDay(model: Model, real: Real, asOf: string): Promise<void> {
  const { fund } = real.backend;
  const context = `as of ${asOf}\n${model.log.join('\n')}`;
  const list = expectOk(await fund['contributions.arrears']({ minMonths: 1, asOf, limit: 500 }));
  const listed = new Map(list.rows.map((row) => [row.memberId, { months: row.arrearsMonths, oldest: row.oldestUnpaid }]));
  const expected = new Map<number, { months: number; oldest: string }>();
  for (const member of model.members) {
    const history = historyOf(model, member);
    const arrears = arrearsAsOf(history, fundOf(model), asOf);
    if (arrears.count > 0) expected.set(member.id, { months: arrears.count, oldest: arrears.overdue[0] ?? '' });
    const statement = expectOk(await fund['contributions.statement']({ memberId: member.id, asOf }));
    const facts = duesFactsAsOf(history, fundOf(model), asOf);
    expect(
      {
        arrears: statement.arrearsMonths,
        overdue: statement.overduePeriods,
        next: statement.nextUnpaid,
        start: statement.duesStart,
        months: statement.months.map((month) => `${month.period}:${month.state}`),
      },
      `member ${member.id} statement ${context}`,
    ).toEqual({
      arrears: arrears.count,
      overdue: arrears.overdue,
      next: arrears.nextUnpaid,
      start: duesStartPeriod(facts),
      months: monthStates(facts, asOf).map((month) => `${month.period}:${month.state}`),
    });
  }
  expect(listed, `arrears list ${context}`).toEqual(expected);
}

const pick = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);

class Pay implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly member: number,
    readonly months: number,
    readonly backdate: number,
    readonly pickedOffset: number | null,
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const member = pick(model.members, this.member);
    if (!member) return;
    const receivedOn = [shift(model.today, -this.backdate), openedOn].sort().at(-1) ?? openedOn;
    // A picked month: a few months around the member's approval and the day, so ends and gaps are tried too.
    const periods = this.pickedOffset === null ? undefined : [shift(`${receivedOn.slice(0, 7)}-15`, this.pickedOffset * 30).slice(0, 7)];
    const choice = { memberId: member.id, receivedOn, includeEntryFee: false, ...(periods ? { periods } : { monthCount: this.months }) };
    const quote = await real.backend.fund['contributions.quote'](choice);
    if (!quote.ok) return;
    const receipt = expectOk(
      await real.backend.fund['contributions.record']({
        ...inCash,
        ...choice,
        requestId: `pay-${model.receipts.length + 1}-${model.today}`,
        amountSatang: quote.value.totalSatang,
        numbering: { kind: 'app' },
      }),
    );
    model.receipts.push({ id: receipt.id, memberId: member.id, periods: receipt.periods, receivedOn, voidedOn: null });
    model.log.push(`pay member ${member.id} on ${receivedOn}: ${receipt.periods.join(' ')}`);
  }
  toString = () => `Pay(${this.member}, ${this.months}, -${this.backdate}d, ${this.pickedOffset})`;
}

class Void implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly receipt: number,
    readonly after: number,
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const receipt = pick(
      model.receipts.filter((candidate) => candidate.voidedOn === null),
      this.receipt,
    );
    if (!receipt) return;
    const voidedOn = [shift(receipt.receivedOn, this.after), model.today].sort()[0] ?? model.today;
    const result = await real.backend.fund['contributions.void']({
      receiptId: receipt.id,
      voidedOn,
      reason: 'บันทึกผิด',
      requestId: `void-receipt-${receipt.id}`,
    });
    expectOk(result);
    receipt.voidedOn = voidedOn;
    model.log.push(`void receipt ${receipt.id} on ${voidedOn}`);
  }
  toString = () => `Void(${this.receipt}, +${this.after}d)`;
}

class Status implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly member: number,
    readonly kind: 'resigned' | 'deceased' | 'lapsed' | 'reinstated',
    readonly backdate: number,
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const member = pick(model.members, this.member);
    if (!member) return;
    const effectiveOn = shift(model.today, -this.backdate);
    const result = await real.backend.fund['members.recordStatus']({
      memberId: member.id,
      kind: this.kind,
      effectiveOn,
      reason: 'ทดสอบ',
      meetingRef: 'มติ 1/2567',
      lapseReason: 'other',
    });
    if (!result.ok) return;
    const event = result.value.statusEvents.at(-1);
    if (!event) throw new Error('no event recorded');
    member.events.push({ id: event.id, kind: this.kind, effectiveOn });
    member.events.sort((left, right) =>
      left.effectiveOn < right.effectiveOn ? -1 : left.effectiveOn > right.effectiveOn ? 1 : left.id - right.id,
    );
    model.log.push(`${this.kind} member ${member.id} on ${effectiveOn}`);
  }
  toString = () => `Status(${this.member}, ${this.kind}, -${this.backdate}d)`;
}

class VoidStatus implements fc.AsyncCommand<Model, Real> {
  constructor(readonly member: number) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const member = pick(
      model.members.filter((candidate) => candidate.events.length > 0),
      this.member,
    );
    const event = member?.events.at(-1);
    if (!member || !event) return;
    const result = await real.backend.fund['members.voidStatus']({ memberId: member.id, eventId: event.id, reason: 'บันทึกผิดคน' });
    if (!result.ok) return;
    member.events.pop();
    model.log.push(`void ${event.kind} of member ${member.id}`);
  }
  toString = () => `VoidStatus(${this.member})`;
}

class Wait implements fc.AsyncCommand<Model, Real> {
  constructor(readonly days: number) {}
  check = () => true;
  run(model: Model, real: Real): Promise<void> {
    model.today = shift(model.today, this.days);
    real.backend.clock.set(model.today);
    model.log.push(`today ${model.today}`);
    return Promise.resolve();
  }
  toString = () => `Wait(${this.days}d)`;
}

class Settings implements fc.AsyncCommand<Model, Real> {
  constructor(readonly settings: DuesSettings) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const result = await real.backend.fund['fund.updateDuesSettings'](this.settings);
    if (!result.ok) return;
    model.settings = { ...this.settings };
    model.log.push(`settings ${JSON.stringify(this.settings)}`);
  }
  toString = () => `Settings(${JSON.stringify(this.settings)})`;
}

class Check implements fc.AsyncCommand<Model, Real> {
  constructor(readonly day: number) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const days = interestingDays(model);
    await checkDay(model, real, days[this.day % days.length] ?? model.today);
  }
  toString = () => `Check(${this.day})`;
}

const settingsArbitrary: fc.Arbitrary<DuesSettings> = fc.record({
  duesFrom: fc.constantFrom('approval' as const, 'application' as const),
  dueDay: fc.option(fc.constantFrom(1, 10, 15, 28, 30, 31), { nil: null }),
});

const pay = fc
  .tuple(
    fc.nat(),
    fc.integer({ min: 1, max: 14 }),
    fc.integer({ min: 0, max: 70 }),
    fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: -14, max: 6 }) }),
  )
  .map(([member, months, backdate, picked]) => new Pay(member, months, backdate, picked));
const status = fc
  .tuple(
    fc.nat(),
    fc.constantFrom('resigned' as const, 'deceased' as const, 'lapsed' as const, 'reinstated' as const),
    fc.integer({ min: 0, max: 80 }),
  )
  .map(([member, kind, backdate]) => new Status(member, kind, backdate));

// Payments and waiting come up most often, as in a fund's life; the arbitraries are listed by weight.
const commands = fc.commands(
  [
    pay,
    pay,
    pay,
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 90 })).map(([receipt, after]) => new Void(receipt, after)),
    status,
    status,
    fc.nat().map((member) => new VoidStatus(member)),
    fc.integer({ min: 1, max: 75 }).map((days) => new Wait(days)),
    fc.integer({ min: 1, max: 75 }).map((days) => new Wait(days)),
    settingsArbitrary.map((settings) => new Settings(settings)),
    fc.nat().map((day) => new Check(day)),
  ],
  { maxCommands: 60, size: 'large' },
);

/**
 * Members approved before and after the opening date, some with a paid-through month, applied days or weeks
 * earlier; a member from before the opening may bring a line of memo history (months around the opening, some
 * before her dues start, some paid ahead), paid days or months before the opening date.
 */
const memberArbitrary = fc.record({
  approvedOffset: fc.integer({ min: -250, max: 100 }),
  appliedBefore: fc.integer({ min: 0, max: 45 }),
  paidThrough: fc.option(fc.integer({ min: -8, max: 2 })),
  history: fc.option(
    fc.record({
      from: fc.integer({ min: -9, max: 3 }),
      months: fc.integer({ min: 1, max: 8 }),
      paidBefore: fc.integer({ min: 1, max: 200 }),
    }),
  ),
});

/** Imports each pre-opening member's history line through the contribution history import (a CSV, C.E. dates). */
async function importHistory(backend: TestBackend, model: Model, lines: { memberNo: string; line: ModelHistory }[]): Promise<void> {
  if (lines.length === 0) return;
  const dmy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
  const rows = lines.map(({ memberNo, line }) => [
    memberNo,
    `${line.periods[0]?.slice(5, 7)}/${line.periods[0]?.slice(0, 4)}`,
    String(line.periods.length),
    dmy(line.paidOn),
    String(30 * line.periods.length),
  ]);
  const fileId = await bringFile(
    backend,
    'history.csv',
    csvBytes([['สมาชิก', 'เดือน', 'จำนวนเดือน', 'วันที่ชำระ', 'จำนวนเงิน'], ...rows], 'utf-8'),
  );
  const mapping = (['member', 'period', 'months', 'paidOn', 'amount'] as const).map((field, column) => ({
    column,
    field,
    era: 'ce' as const,
  }));
  const preview = expectOk(await backend.fund['contributionHistory.preview']({ fileId, mapping }));
  expect(preview.rejectedCount, JSON.stringify(preview.rows.map((row) => row.problems))).toBe(0);
  expectOk(
    await backend.fund['contributionHistory.commit']({ fileId, mapping, sha256: preview.sheet.sha256, acceptedCount: lines.length }),
  );
  for (const { line } of lines) {
    model.history.push(line);
    model.log.push(`history member ${line.memberId} paid ${line.paidOn}: ${line.periods.join(' ')}`);
  }
}

describe('"as of" a day (Decision 7): the SQL fast paths agree with the pure function', () => {
  it('for random histories of payments, voids and status changes, on every interesting day', async () => {
    await fc.assert(
      fc.asyncProperty(
        settingsArbitrary,
        fc.array(memberArbitrary, { minLength: 2, maxLength: 4 }),
        commands,
        async (settings, members, steps) => {
          const start = '2024-04-10';
          const backend = createTestBackend(start);
          try {
            expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'), { openedOn })));
            // Lapses and reinstatements with their meeting in words, so any member may lapse on any day.
            approvalsInWords(backend);
            expectOk(await backend.fund['fund.updateDuesSettings'](settings));
            const model: Model = { today: start, settings: { ...settings }, members: [], receipts: [], history: [], log: [] };
            const historyLines: { memberNo: string; line: ModelHistory }[] = [];
            for (const [serial, member] of members.entries()) {
              const approvedOn = shift(openedOn, member.approvedOffset);
              const appliedOn = shift(approvedOn, -member.appliedBefore);
              const before = approvedOn < openedOn;
              const paidThroughPeriod = before && member.paidThrough !== null ? shift(openedOn, member.paidThrough * 30).slice(0, 7) : null;
              const detail = expectOk(
                await backend.fund['members.register'](
                  memberInput(serial + 1, {
                    approvedOn,
                    appliedOn,
                    birthDate: '1970-05-15',
                    paidThroughPeriod,
                    // A member from before the opening says one of the two explicitly (issue 14 §4).
                    noArrearsAtOpening: before && paidThroughPeriod === null,
                  }),
                ),
              );
              model.members.push({ id: detail.id, approvedOn, appliedOn, paidThroughPeriod, events: [] });
              if (before && member.history) {
                const first = shift(`${openedOn.slice(0, 7)}-15`, member.history.from * 30).slice(0, 7);
                const periods = Array.from({ length: member.history.months }, (_, index) => addMonths(first, index));
                historyLines.push({
                  memberNo: detail.memberNo,
                  line: { memberId: detail.id, periods, paidOn: shift(openedOn, -member.history.paidBefore) },
                });
              }
              model.log.push(`member ${detail.id} applied ${appliedOn} approved ${approvedOn} paid through ${paidThroughPeriod}`);
            }
            await importHistory(backend, model, historyLines);
            const real: Real = { backend };
            await fc.asyncModelRun(() => ({ model, real }), steps);
            for (const day of interestingDays(model)) await checkDay(model, real, day);
          } finally {
            backend.close();
          }
        },
      ),
      { seed, numRuns },
    );
  }, 120_000);
});
