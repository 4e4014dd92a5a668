import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { statusFormSections, type committeeAnswers, type managementAnswers } from '../../../shared/api/status-form-schemas';
import { statusFormAnswers } from '../../../electron/backend/steps/status-form-answers';
import { fundInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/** Issue 16 §5: the status form's questionnaire (§8, §9, §11–15), typed once per fiscal year and kept. */
describe('status form answers', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    // Founded 1 June 2020: fiscal year 2020 (ปีงบประมาณ 2563) is its first; 25 Nov 2026 is in fiscal year 2027.
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'), { foundedOn: '2020-06-01' })));
  });
  afterEach(() => backend.close());

  const management: z.input<typeof managementAnswers> = {
    rules: ['members', 'welfare'],
    memberData: ['paper-book', 'computer-file'],
    committeeMeetings: 'monthly',
    memberMeetings: 'yearly',
    minutes: 'every-time',
    minutesKept: ['paper'],
    bookkeeping: ['current-reports', 'monthly-summary'],
    internalMonitoring: 'every-6-months',
    externalMonitoring: 'every-12-months',
    reporting: ['members-committee', 'other'],
    reportingOther: 'ประกาศเสียงตามสาย',
  };

  it('starts a year with every section unanswered', async () => {
    const year = expectOk(await backend.fund['statusForm.answers']({ fiscalYear: 2026 }));
    expect(year.fiscalYear).toBe(2026);
    expect(Object.keys(year.sections).sort()).toEqual([...statusFormSections].sort());
    expect(Object.values(year.sections).every((section) => section === null)).toBe(true);
    expect(year.answeredYears).toEqual([]);
  });

  it('keeps a section’s answers as typed, with defaults for what was left out, versions and an audit row', async () => {
    const saved = expectOk(
      await backend.fund['statusForm.saveSection']({
        fiscalYear: 2026,
        section: 'management',
        expectedVersion: 0,
        answers: { ...management },
      }),
    );
    expect(saved.version).toBe(1);
    expect(saved.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.answers).toMatchObject({ ...management, rulesOther: '', memberDataOther: '' });
    const read = expectOk(await backend.fund['statusForm.answers']({ fiscalYear: 2026 }));
    expect(read.sections.management).toEqual(saved);
    expect(read.answeredYears).toEqual([2026]);

    const again = expectOk(
      await backend.fund['statusForm.saveSection']({
        fiscalYear: 2026,
        section: 'management',
        expectedVersion: 1,
        answers: { ...management, committeeMeetings: 'less-than-monthly' },
      }),
    );
    expect(again.version).toBe(2);
    expect(again.uuid).toBe(saved.uuid);
    expect(again.answers).toMatchObject({ committeeMeetings: 'less-than-monthly' });
    const audit = expectOk(await backend.fund['audit.list']({})).rows.filter((row) => row.entity === 'status-form-answers');
    expect(audit).toHaveLength(2);
    // The other years are untouched.
    expect(expectOk(await backend.fund['statusForm.answers']({ fiscalYear: 2025 })).sections.management).toBeNull();
  });

  it('keeps the committee list, the plans and the free text of §11–15', async () => {
    const committee: z.input<typeof committeeAnswers> = {
      memberCount: 19,
      composition: ['member-representatives', 'headmen', 'monks'],
      members: [
        { fullName: 'นายประเสริฐ ทองคำ', fundPosition: 'ประธาน', communityRole: 'ผู้ใหญ่บ้าน ม.4', phone: '0812345678' },
        { fullName: 'นางมาลี ศรีสุข', fundPosition: 'เหรัญญิก', communityRole: 'ตัวแทนสมาชิก ม.2' },
      ],
    };
    expectOk(
      await backend.fund['statusForm.saveSection']({ fiscalYear: 2027, section: 'committee', expectedVersion: 0, answers: committee }),
    );
    const plans = { own: [{ activity: 'อบรมกรรมการ', approach: 'จัดอบรมปีละครั้ง', result: 'กรรมการ 19 คนเข้าร่วม' }] };
    expectOk(await backend.fund['statusForm.saveSection']({ fiscalYear: 2027, section: 'plans', expectedVersion: 0, answers: plans }));
    expectOk(
      await backend.fund['statusForm.saveSection']({
        fiscalYear: 2027,
        section: 'problems',
        expectedVersion: 0,
        answers: { problems: 'สมาชิกค้างส่งเงินสมทบ\nบางหมู่บ้านอยู่ไกล', solutions: 'ตั้งจุดรับเงินทุกหมู่บ้าน' },
      }),
    );
    // The shape a report builder reads: one call, every section.
    const year = statusFormAnswers(backend.db(), 2027, '2026-11-25');
    expect(year.sections.committee?.answers.members[1]).toEqual({ ...committee.members?.[1], phone: '' });
    expect(year.sections.committee?.answers.memberCount).toBe(19);
    expect(year.sections.plans?.answers).toEqual({ ...plans, joint: [], social: [] });
    expect(year.sections.problems?.answers.problems).toBe('สมาชิกค้างส่งเงินสมทบ\nบางหมู่บ้านอยู่ไกล');
    expect(year.sections.suggestions).toBeNull();
  });

  it('copies an earlier year’s answers as a starting point, never over a section already typed', async () => {
    expectOk(
      await backend.fund['statusForm.saveSection']({ fiscalYear: 2026, section: 'management', expectedVersion: 0, answers: management }),
    );
    expectOk(
      await backend.fund['statusForm.saveSection']({
        fiscalYear: 2026,
        section: 'suggestions',
        expectedVersion: 0,
        answers: { suggestions: 'ปีก่อน' },
      }),
    );
    expectOk(
      await backend.fund['statusForm.saveSection']({
        fiscalYear: 2027,
        section: 'suggestions',
        expectedVersion: 0,
        answers: { suggestions: 'ปีนี้' },
      }),
    );
    const copied = expectOk(await backend.fund['statusForm.copyFromYear']({ fiscalYear: 2027, fromYear: 2026 }));
    expect(copied.copied).toEqual(['management']);
    expect(copied.sections.management?.answers.rules).toEqual(['members', 'welfare']);
    expect(copied.sections.management?.version).toBe(1);
    expect(copied.sections.suggestions?.answers.suggestions).toBe('ปีนี้');
    expect(copied.answeredYears).toEqual([2027, 2026]);
    // The copy is this year's own: changing it leaves last year's as it was.
    expectOk(
      await backend.fund['statusForm.saveSection']({
        fiscalYear: 2027,
        section: 'management',
        expectedVersion: 1,
        answers: { ...management, rules: [] },
      }),
    );
    expect(expectOk(await backend.fund['statusForm.answers']({ fiscalYear: 2026 })).sections.management?.answers.rules).toEqual([
      'members',
      'welfare',
    ]);
  });

  it('refuses bad answers on their field, in Thai and English, and writes nothing', async () => {
    const before = tableCounts(backend.db());
    const cases: [unknown, string, string][] = [
      // A B.E. year typed where the API takes C.E. (Decision 4).
      [{ fiscalYear: 2569, section: 'suggestions', expectedVersion: 0, answers: {} }, 'bad-input', 'fiscalYear'],
      [{ fiscalYear: 2019, section: 'suggestions', expectedVersion: 0, answers: {} }, 'fiscal-year-outside', 'fiscalYear'],
      [{ fiscalYear: 2028, section: 'suggestions', expectedVersion: 0, answers: {} }, 'fiscal-year-outside', 'fiscalYear'],
      [{ fiscalYear: 2026, section: 'finances', expectedVersion: 0, answers: {} }, 'bad-input', 'section'],
      [
        { fiscalYear: 2026, section: 'management', expectedVersion: 0, answers: { committeeMeetings: 'weekly' } },
        'bad-input',
        'answers.committeeMeetings',
      ],
      [
        { fiscalYear: 2026, section: 'management', expectedVersion: 0, answers: { rules: ['members', 'members'] } },
        'bad-input',
        'answers.rules',
      ],
      [{ fiscalYear: 2026, section: 'management', expectedVersion: 0, answers: { colour: 'red' } }, 'bad-input', 'answers.colour'],
      [{ fiscalYear: 2026, section: 'committee', expectedVersion: 0, answers: { memberCount: -1 } }, 'bad-input', 'answers.memberCount'],
      [
        { fiscalYear: 2026, section: 'suggestions', expectedVersion: 0, answers: { suggestions: 'ก'.repeat(2001) } },
        'bad-input',
        'answers.suggestions',
      ],
      [{ fiscalYear: 2026, section: 'suggestions', expectedVersion: 2, answers: {} }, 'version-conflict', 'expectedVersion'],
    ];
    for (const [input, code, field] of cases) {
      const result = await backend.fund['statusForm.saveSection'](input as never);
      expect(result.ok ? 'saved' : `${result.error.code} ${result.error.field}`, JSON.stringify(input)).toBe(`${code} ${field}`);
      expect(result.ok ? '' : result.error.message.th).not.toBe('');
      expect(result.ok ? '' : result.error.message.en).not.toBe('');
    }
    const outside = await backend.fund['statusForm.answers']({ fiscalYear: 2028 });
    expect(outside.ok ? '' : outside.error.message.th).toContain('2571');
    expect(outside.ok ? '' : outside.error.message.th).toContain('2563');
    const same = await backend.fund['statusForm.copyFromYear']({ fiscalYear: 2026, fromYear: 2026 });
    expect(same.ok ? '' : `${same.error.code} ${same.error.field}`).toBe('status-form-same-year fromYear');
    const empty = await backend.fund['statusForm.copyFromYear']({ fiscalYear: 2026, fromYear: 2025 });
    expect(empty.ok ? '' : `${empty.error.code} ${empty.error.field}`).toBe('status-form-nothing-to-copy fromYear');
    expect(empty.ok ? '' : empty.error.message.th).toContain('2568');
    expect(tableCounts(backend.db())).toEqual(before);
  });

  it('refuses a save over a version someone else saved in between', async () => {
    expectOk(
      await backend.fund['statusForm.saveSection']({
        fiscalYear: 2026,
        section: 'suggestions',
        expectedVersion: 0,
        answers: { suggestions: 'ก' },
      }),
    );
    const stale = await backend.fund['statusForm.saveSection']({
      fiscalYear: 2026,
      section: 'suggestions',
      expectedVersion: 0,
      answers: { suggestions: 'ข' },
    });
    expect(stale.ok ? '' : stale.error.code).toBe('version-conflict');
    expect(expectOk(await backend.fund['statusForm.answers']({ fiscalYear: 2026 })).sections.suggestions?.answers.suggestions).toBe('ก');
  });
});
