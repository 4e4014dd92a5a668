import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProducedFile } from '../../../shared/api/fund-types';
import type { MemberDataExport } from '../../../shared/api/privacy-types';
import { formatThaiId } from '../../../shared/domain/members/thai-id';
import { citizenIdFor, fundInput, memberInput } from '../../support/builders';
import { inCash } from '../../support/money-accounts';
import { pdfPages, pdfPageSizes } from '../../support/pdf-text';
import { expectRefusal } from '../../support/refusals';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

const consent = { given: true, recordedOn: '2024-01-10', method: 'paper-form' as const, formNo: 'PD-0042' };

describe('PDPA duties (issue 20 §3)', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
  });
  afterEach(() => backend.close());

  const rows = (sql: string, ...args: unknown[]) =>
    backend
      .db()
      .prepare(sql)
      .all(...args) as Record<string, unknown>[];

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  describe('consent', () => {
    it('is recorded at registration and edited later as a new version of the record, audited', async () => {
      const member = expectOk(await backend.fund['members.register'](memberInput(1, { consent })));
      expect(member.consent).toEqual(consent);
      const withdrawn = { given: false, recordedOn: '2026-11-20', method: 'in-person' as const, formNo: '' };
      const edited = expectOk(
        await backend.fund['members.update']({ memberId: member.id, expectedVersion: 1, profile: memberInput(1, { consent: withdrawn }) }),
      );
      expect(edited.consent).toEqual(withdrawn);
      expect(edited.version).toBe(2);
      const versions = expectOk(await backend.fund['members.history']({ memberId: member.id }));
      expect(versions.map((version) => version.profile.consent)).toEqual([withdrawn, consent]);
      const audit = rows("SELECT before_json, after_json FROM audit_events WHERE method = 'members.update'");
      const consentIn = (json: unknown) => (JSON.parse(String(json)) as { consent: unknown }).consent;
      expect(consentIn(audit[0]?.before_json)).toEqual(consent);
      expect(consentIn(audit[0]?.after_json)).toEqual(withdrawn);
    });

    it('may be left unrecorded, and refuses a consent dated in the future, writing nothing', async () => {
      expect(expectOk(await backend.fund['members.register'](memberInput(1))).consent).toBeNull();
      await expectRefusal(
        backend,
        backend.fund['members.register'](memberInput(2, { consent: { ...consent, recordedOn: '2026-11-26' } })),
        'date-in-future',
        'consent.recordedOn',
      );
      const refused = await backend.fund['members.register'](memberInput(3, { consent: { ...consent, method: 'e-mail' as never } }));
      expect(refused).toMatchObject({ ok: false, error: { code: 'bad-input', field: 'consent.method' } });
    });

    it('is kept whole by the database: an answer without its day or its way is refused', async () => {
      const member = expectOk(await backend.fund['members.register'](memberInput(1, { consent })));
      expect(() => backend.db().prepare('UPDATE members SET consent_on = NULL WHERE id = ?').run(member.id)).toThrow('consent-incomplete');
      expect(() => backend.db().prepare('UPDATE members SET consent_method = NULL WHERE id = ?').run(member.id)).toThrow(
        'consent-incomplete',
      );
    });
  });

  describe('the access log', () => {
    it('logs every look at the full personal data, who, when and where, and the audit row holds none of it', async () => {
      const member = expectOk(await backend.fund['members.register'](memberInput(1, { consent })));
      const shown = expectOk(await backend.fund['members.revealPersonal']({ memberId: member.id, screen: 'profile' }));
      expect(shown).toMatchObject({ citizenId: citizenIdFor(1), phone: '0812345678', birthDate: '1970-05-15', houseNo: '1' });
      backend.clock.set('2026-11-26T03:15:00.000Z');
      expectOk(await backend.fund['members.revealPersonal']({ memberId: member.id, screen: 'edit' }));
      const log = expectOk(await backend.fund['members.accessLog']({ memberId: member.id }));
      expect(log.map(({ actor, screen, at }) => ({ actor, screen, at }))).toEqual([
        { actor: 'treasurer', screen: 'edit', at: '2026-11-26T03:15:00.000Z' },
        { actor: 'treasurer', screen: 'profile', at: '2026-11-25T09:00:00.000Z' },
      ]);
      const audit = rows("SELECT entity, after_json FROM audit_events WHERE method = 'members.revealPersonal' ORDER BY id");
      expect(audit.map((row) => row.entity)).toEqual(['member-access', 'member-access']);
      for (const row of audit) expect(String(row.after_json)).not.toContain(citizenIdFor(1));
      // The looks are linked into the audit trail's hash chain like any audit row.
      const report = expectOk(await backend.fund['audit.verifyChains']({}));
      expect(report.chains.find((chain) => chain.chain === 'audit')?.broken).toBeNull();
    });

    it('refuses a member who is not there, and a screen that is not a look, logging nothing', async () => {
      await expectRefusal(
        backend,
        backend.fund['members.revealPersonal']({ memberId: 404, screen: 'profile' }),
        'member-not-found',
        'memberId',
      );
      const member = expectOk(await backend.fund['members.register'](memberInput(1)));
      const export_ = await backend.fund['members.revealPersonal']({ memberId: member.id, screen: 'export' as never });
      expect(export_).toMatchObject({ ok: false, error: { field: 'screen' } });
      expect(rows('SELECT * FROM member_access_log')).toEqual([]);
      expect(await backend.fund['members.accessLog']({ memberId: 404 })).toMatchObject({ ok: false, error: { code: 'member-not-found' } });
    });
  });

  describe("a member's own data on request", () => {
    it('is an A4 page in Thai with the JSON inside, logged and audited before it is made', async () => {
      const member = expectOk(await backend.fund['members.register'](memberInput(1, { consent })));
      expectOk(
        await backend.fund['contributions.record']({
          ...inCash,
          requestId: 'dues-0001',
          memberId: member.id,
          receivedOn: '2024-01-25',
          monthCount: 3,
          amountSatang: 9000,
          numbering: { kind: 'app' },
        }),
      );
      expectOk(await backend.fund['members.revealPersonal']({ memberId: member.id, screen: 'profile' }));
      const file = expectOk(await backend.fund['exports.memberData']({ memberId: member.id }));
      expect(file.fileName).toBe('ข้อมูลส่วนบุคคลของสมาชิก 00001 ณ 2569-11-25.pdf');
      const path = await saved(file);
      expect(await pdfPageSizes(path)).toEqual([[595, 842]]);
      const text = (await pdfPages(path)).flat().join(' ');
      for (const words of [
        'ข้อมูลส่วนบุคคลของสมาชิกที่กองทุนเก็บรักษา',
        formatThaiId(citizenIdFor(1)),
        'RC2567-000001',
        'PD-0042',
        'ส่งออกข้อมูลตามคำขอ',
      ])
        expect(text).toContain(words);

      const data = await attachedJson(path);
      expect(data.format).toBe('swf-member-data-v1');
      expect(data.personal.citizenId).toBe(citizenIdFor(1));
      expect(data.consent).toEqual(consent);
      expect(data.receipts).toEqual([
        {
          receiptNo: 'RC2567-000001',
          receivedOn: '2024-01-25',
          periods: ['2024-01', '2024-02', '2024-03'],
          totalSatang: 9000,
          entryFee: false,
          voidedOn: null,
        },
      ]);
      // The export's own look is on the page and in the JSON, newest first.
      expect(data.accessLog.map((row) => row.screen)).toEqual(['export', 'profile']);
      const audit = rows("SELECT entity, after_json FROM audit_events WHERE method = 'exports.memberData'");
      expect(audit).toEqual([{ entity: 'member-access', after_json: JSON.stringify({ memberId: member.id, screen: 'export' }) }]);
    });

    it('refuses a member who is not there, logging nothing', async () => {
      await expectRefusal(backend, backend.fund['exports.memberData']({ memberId: 404 }), 'member-not-found', 'memberId');
    });

    it('is refused, with no full data shown, in a fund open only to look: the look could not be logged', async () => {
      const member = expectOk(await backend.fund['members.register'](memberInput(1, { consent })));
      const location = join(backend.home, 'fund.swfund');
      expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
      expect(expectOk(await backend.app['funds.open']({ location, readOnly: true })).readOnly).not.toBeNull();
      expect(await backend.fund['exports.memberData']({ memberId: member.id })).toMatchObject({
        ok: false,
        error: { code: 'access-not-logged', field: 'memberId' },
      });
      expect(await backend.fund['members.revealPersonal']({ memberId: member.id, screen: 'profile' })).toMatchObject({
        ok: false,
        error: { code: 'fund-read-only' },
      });
      expect(rows('SELECT * FROM member_access_log')).toEqual([]);
    });
  });

  describe('retention', () => {
    async function resigned(serial: number, effectiveOn: string) {
      const member = expectOk(await backend.fund['members.register'](memberInput(serial, { consent })));
      expectOk(
        await backend.fund['contributions.record']({
          ...inCash,
          requestId: `dues-${serial}-0001`,
          memberId: member.id,
          receivedOn: '2024-01-25',
          monthCount: 2,
          amountSatang: 6000,
          numbering: { kind: 'app' },
        }),
      );
      expectOk(await backend.fund['members.recordStatus']({ memberId: member.id, kind: 'resigned', effectiveOn, reason: 'ย้ายที่อยู่' }));
      return member;
    }

    it('lists resigned and deceased members once the fiscal year their membership ended in is 10 years closed', async () => {
      const early = await resigned(1, '2024-03-01');
      await resigned(2, '2025-06-01');
      expectOk(await backend.fund['members.register'](memberInput(3)));
      expect(expectOk(await backend.fund['retention.review']({})).due).toEqual([]);
      const review = expectOk(await backend.fund['retention.review']({ asOf: '2034-10-01' }));
      expect(review.keepYears).toBe(10);
      expect(review.due).toEqual([
        {
          memberId: early.id,
          memberNo: '00001',
          fullName: early.title + early.firstName + ' ' + early.lastName,
          status: 'resigned',
          endedOn: '2024-03-01',
          dueFrom: '2034-10-01',
        },
      ]);
      expect(expectOk(await backend.fund['retention.review']({ asOf: '2034-09-30' })).due).toEqual([]);
      // The fund's setting: 1 year kept makes both due by the end of 2026's fiscal year.
      expect(expectOk(await backend.fund['retention.setKeepYears']({ years: 1 })).due.map((row) => row.memberNo)).toEqual([
        '00001',
        '00002',
      ]);
    });

    it('clears the personal fields wherever they are kept, with the decision, never touching a money row', async () => {
      const member = await resigned(1, '2024-03-01');
      expectOk(
        await backend.fund['members.addDependent']({
          memberId: member.id,
          fullName: 'ด.ญ.มะลิ ใจดี',
          relationship: 'child',
          gender: 'female',
          birthDate: '2015-02-01',
          citizenId: citizenIdFor(90),
        }),
      );
      const money = () =>
        rows('SELECT * FROM member_receipts').concat(rows('SELECT * FROM journal_entries'), rows('SELECT * FROM journal_lines'));
      const before = money();
      backend.clock.set('2034-10-01');
      const cleared = expectOk(await backend.fund['retention.clear']({ memberIds: [member.id], decisionRef: 'มติ 10/2577' }));
      expect(cleared).toEqual({ cleared: 1, clearedOn: '2034-10-01' });
      expect(money()).toEqual(before);

      const after = expectOk(await backend.fund['members.get']({ memberId: member.id }));
      expect(after).toMatchObject({
        memberNo: '00001',
        citizenId: null,
        noIdReason: 'ลบตามระยะเวลาเก็บรักษาข้อมูล (มติ 10/2577)',
        title: '',
        firstName: '00001',
        lastName: '',
        phone: '',
        houseNo: '',
        beneficiaries: [],
        personalClearedOn: '2034-10-01',
        // What the books and the status form need stays.
        approvedOn: member.approvedOn,
        birthDate: member.birthDate,
        gender: member.gender,
        status: 'resigned',
        consent,
      });
      expect(after.dependents[0]).toMatchObject({ fullName: '—', citizenId: null });
      const everywhere = JSON.stringify([
        rows('SELECT * FROM members'),
        rows('SELECT * FROM member_versions'),
        rows('SELECT * FROM member_dependents'),
      ]);
      expect(everywhere).not.toContain(citizenIdFor(1));
      expect(everywhere).not.toContain(citizenIdFor(90));
      expect(everywhere).not.toContain(member.lastName);
      const [audit] = rows("SELECT entity, entity_id, after_json FROM audit_events WHERE method = 'retention.clear'");
      expect(audit).toMatchObject({ entity: 'member', entity_id: String(member.id) });
      expect(JSON.parse(String(audit?.after_json))).toEqual({ personalClearedOn: '2034-10-01', decisionRef: 'มติ 10/2577', keepYears: 10 });

      // Nothing is left to show, to edit, or to clear again.
      await expectRefusal(
        backend,
        backend.fund['members.revealPersonal']({ memberId: member.id, screen: 'profile' }),
        'member-personal-cleared',
        'memberId',
      );
      await expectRefusal(
        backend,
        backend.fund['members.update']({ memberId: member.id, expectedVersion: after.version, profile: memberInput(1) }),
        'member-personal-cleared',
        'memberId',
      );
      await expectRefusal(
        backend,
        backend.fund['retention.clear']({ memberIds: [member.id], decisionRef: 'มติ 11/2577' }),
        'member-personal-cleared',
        'memberIds.0',
      );
      expect(expectOk(await backend.fund['retention.review']({})).due).toEqual([]);
    });

    it('clears all the members asked for or none: one not due, or not resigned, refuses the whole decision', async () => {
      const due = await resigned(1, '2024-03-01');
      const notDue = await resigned(2, '2025-06-01');
      const active = expectOk(await backend.fund['members.register'](memberInput(3)));
      backend.clock.set('2034-10-01');
      await expectRefusal(
        backend,
        backend.fund['retention.clear']({ memberIds: [due.id, notDue.id], decisionRef: 'มติ 10/2577' }),
        'retention-not-due',
        'memberIds.1',
      );
      await expectRefusal(
        backend,
        backend.fund['retention.clear']({ memberIds: [due.id, active.id], decisionRef: 'มติ 10/2577' }),
        'retention-not-ended',
        'memberIds.1',
      );
      await expectRefusal(
        backend,
        backend.fund['retention.clear']({ memberIds: [404], decisionRef: 'มติ 10/2577' }),
        'member-not-found',
        'memberIds.0',
      );
      const refused = await backend.fund['retention.clear']({ memberIds: [due.id], decisionRef: '' });
      expect(refused).toMatchObject({ ok: false, error: { field: 'decisionRef' } });
      expect(expectOk(await backend.fund['members.get']({ memberId: due.id })).personalClearedOn).toBeNull();
    });
  });
});

/** The member's data as the JSON file carried inside the PDF. */
async function attachedJson(path: string): Promise<MemberDataExport> {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise;
  const attachments = (await pdf.getAttachments()) as Record<string, { filename: string; content: Uint8Array }>;
  await pdf.destroy();
  const [file] = Object.values(attachments);
  if (!file) throw new Error('no attachment');
  expect(file.filename).toBe('member-00001.json');
  return JSON.parse(new TextDecoder().decode(file.content)) as MemberDataExport;
}
