import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import type { WelfareTypeView } from '../../../shared/api/fund-types';
import { fundInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

const everyItem = [
  'identity.name',
  'identity.office',
  'identity.objectives',
  'membership.qualifications',
  'membership.admission',
  'membership.contribution',
  'membership.termination',
  'committee.composition',
  'committee.term',
  'committee.duties',
  'committee.meetings',
  'welfare.types',
  'welfare.conditions',
  'welfare.waiting-periods',
  'welfare.amounts',
  'finance.sources',
  'finance.custody',
  'finance.spending-approval',
  'finance.admin-cost-cap',
  'general-meeting.meetings',
  'general-meeting.amendment',
];
const checklist = (items: readonly string[]) => items.map((item, index) => ({ item, foundAt: `ข้อ ${index + 1}` }));

/**
 * Issue 17 §3: the fund's bylaws through the contract. Versions with their amendment number, adoption date and
 * adopting meeting (a resolution on record, or words for a bylaw adopted before the fund used the app); the one
 * in force by date; the essential-clause checklist's coverage; welfare rule versions linked both ways; the signed
 * paper kept in the fund file and handed back byte for byte. Each refusal names its field and writes nothing.
 */
describe('the bylaws', () => {
  let backend: TestBackend;
  let types: WelfareTypeView[];
  let adoption: number;
  let ruleResolution: number;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    types = expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
    const meeting = expectOk(
      await backend.fund['meetings.add']({ kind: 'general-assembly', meetingOn: '2026-03-01', place: 'ศาลาวัดหนองบัว' }),
    );
    const held = expectOk(
      await backend.fund['meetings.record']({
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        attendees: [
          { name: 'นายสมชาย ใจดี', role: 'ประธาน', isPresent: true },
          { name: 'นางมาลี ทองคำ', role: 'เลขานุการ', isPresent: true },
        ],
        agenda: ['พิจารณาแก้ไขข้อบังคับ'],
        resolutions: [
          { text: 'รับรองข้อบังคับแก้ไขครั้งที่ 1', decision: 'approved', target: { kind: 'bylaw-adoption' } },
          { text: 'รับรองระเบียบสวัสดิการคลอดบุตร', decision: 'approved', target: { kind: 'rule-version' } },
        ],
        minutes: '',
      }),
    );
    [adoption, ruleResolution] = held.resolutions.map((resolution) => resolution.id) as [number, number];
  });
  afterEach(() => backend.close());

  const ruleId = (index: number) => {
    const type = types[index];
    return type?.versionIds['2024-01-01'] ?? 0;
  };

  const original = (change: Record<string, unknown> = {}) =>
    backend.fund['bylaws.add']({
      bylawTitle: 'ข้อบังคับกองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์ พ.ศ. 2549',
      amendmentNo: 0,
      adoptedOn: '2006-01-01',
      adoptedAtText: 'ประชุมใหญ่จัดตั้งกองทุน 1 มกราคม 2549',
      bodyText: 'หมวด 1 บททั่วไป\nข้อ 1 ข้อบังคับนี้เรียกว่า…',
      clauses: checklist(everyItem.slice(0, 15)),
      ruleVersionIds: [ruleId(0), ruleId(1)],
      ...change,
    });

  const amendment = (change: Record<string, unknown> = {}) =>
    backend.fund['bylaws.add']({
      bylawTitle: 'ข้อบังคับกองทุน (แก้ไขครั้งที่ 1) พ.ศ. 2569',
      amendmentNo: 1,
      adoptedOn: '2026-03-01',
      resolutionId: adoption,
      clauses: checklist(everyItem),
      ruleVersionIds: [ruleId(2)],
      ...change,
    });

  async function bring(name: string, content: Buffer | string) {
    const location = join(backend.home, name);
    writeFileSync(location, content);
    return expectOk(await backend.app['files.receive']({ location })).fileId;
  }

  async function expectRefused(call: () => Promise<ApiResult<unknown>>, code: string, field: string) {
    const before = tableCounts(backend.db());
    const audit = backend.db().prepare('SELECT COUNT(*) AS n FROM audit_events').get();
    const result = await call();
    expect(result).toMatchObject({ ok: false, error: { code, field } });
    expect(tableCounts(backend.db())).toEqual(before);
    expect(backend.db().prepare('SELECT COUNT(*) AS n FROM audit_events').get()).toEqual(audit);
    if (result.ok) throw new Error('refused expected');
    expect(result.error.message.th).not.toContain(code);
    expect(result.error.message.en).not.toContain(code);
    return result.error;
  }

  it('keeps versions newest first, the one in force by date, and each one from its adoption until the day before the next', async () => {
    const first = expectOk(await original());
    expect(first).toMatchObject({ versionNo: 1, amendmentNo: 0, citation: null, isInForce: true, isComplete: false });
    expect(first.inForce).toEqual({ from: '2006-01-01', until: null });
    const second = expectOk(await amendment());
    expect(second.citation).toMatchObject({ resolutionId: adoption, meetingOn: '2026-03-01' });
    expect(second.citation?.reference).toContain('มติที่ 1');

    const list = expectOk(await backend.fund['bylaws.list']({}));
    expect(list.versions.map((version) => version.amendmentNo)).toEqual([1, 0]);
    expect(list.inForceId).toBe(second.id);
    expect(list.nextAmendmentNo).toBe(2);
    expect(list.versions[1]?.inForce).toEqual({ from: '2006-01-01', until: '2026-02-28' });
    expect(list.versions[0]).toMatchObject({ isInForce: true, inForce: { from: '2026-03-01', until: null } });
    expect(list.versions[0]).not.toHaveProperty('bodyText');

    // Before the amendment's meeting the original was in force.
    backend.clock.set('2026-02-28');
    expect(expectOk(await backend.fund['bylaws.list']({})).inForceId).toBe(first.id);
    backend.clock.set('2005-12-31');
    expect(expectOk(await backend.fund['bylaws.list']({})).inForceId).toBeNull();
  });

  it('shows the checklist group by group: what each version covers and what it misses', async () => {
    const first = expectOk(await original());
    const coverage = Object.fromEntries(first.coverage.map((entry) => [entry.group, entry]));
    expect(coverage.identity).toEqual({ group: 'identity', missing: [], isCovered: true });
    expect(coverage.welfare?.isCovered).toBe(true);
    expect(coverage.finance).toEqual({
      group: 'finance',
      missing: ['finance.sources', 'finance.custody', 'finance.spending-approval', 'finance.admin-cost-cap'],
      isCovered: false,
    });
    expect(coverage['general-meeting']?.isCovered).toBe(false);
    expect(first.clauses[0]).toEqual({ item: 'identity.name', foundAt: 'ข้อ 1' });
    expect(first.bodyText).toBe('หมวด 1 บททั่วไป\nข้อ 1 ข้อบังคับนี้เรียกว่า…');
    const second = expectOk(await amendment());
    expect(second.isComplete).toBe(true);
    expect(second.coverage.every((entry) => entry.isCovered)).toBe(true);
  });

  it('links welfare rule versions both ways: the bylaw lists its rules, each rule version names its bylaw', async () => {
    const first = expectOk(await original());
    expect(first.rules.map((rule) => rule.ruleVersionId).sort()).toEqual([ruleId(0), ruleId(1)].sort());
    expect(first.rules[0]).toMatchObject({ effectiveFrom: '2024-01-01', nameTh: expect.any(String) });
    const second = expectOk(await amendment());
    const viewed = expectOk(await backend.fund['welfare.types']({}));
    expect(viewed[0]?.adoptedBy['2024-01-01']).toEqual({
      versionId: first.id,
      amendmentNo: 0,
      adoptedOn: '2006-01-01',
      title: first.title,
    });
    expect(viewed[2]?.adoptedBy['2024-01-01']).toMatchObject({ versionId: second.id, amendmentNo: 1 });
    expect(viewed[3]?.adoptedBy).toEqual({});
    // The rule view other screens read keeps its versions as they were.
    expect(viewed[0]?.versions).toEqual(types[0]?.versions);
  });

  it('keeps the signed paper in the fund file and hands it back byte for byte, checked against its hash', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300_000, 7), Buffer.from('\n%%EOF\n')]);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 1)]);
    const version = expectOk(await original({ attachments: [await bring('ข้อบังคับ 2549.pdf', pdf)] }));
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(version.attachments).toEqual([
      expect.objectContaining({ fileName: 'ข้อบังคับ 2549.pdf', mediaType: 'application/pdf', bytes: pdf.length, sha256 }),
    ]);
    // A photo of the last page found later is added beside it; the version itself is unchanged.
    const attached = expectOk(await backend.fund['bylaws.attach']({ versionId: version.id, fileId: await bring('หน้าลงนาม.jpg', png) }));
    expect(attached.attachments.map((file) => file.mediaType)).toEqual(['application/pdf', 'image/png']);
    expect(attached.title).toBe(version.title);

    const out = expectOk(await backend.fund['bylaws.attachment']({ attachmentId: version.attachments[0]?.id ?? 0 }));
    expect(out).toMatchObject({ fileName: 'ข้อบังคับ 2549.pdf', bytes: pdf.length, sha256, mediaType: 'application/pdf' });
    const location = join(backend.home, 'downloaded.pdf');
    expectOk(await backend.app['files.save']({ fileId: out.fileId, location }));
    expect(readFileSync(location).equals(pdf)).toBe(true);
    // Named by what it is: a PNG uploaded as ".jpg" downloads as ".png".
    const image = expectOk(await backend.fund['bylaws.attachment']({ attachmentId: attached.attachments[1]?.id ?? 0 }));
    expect(image.fileName).toBe('หน้าลงนาม.png');
    // The bytes and the version are fixed in the file itself.
    expect(() => backend.db().prepare("UPDATE bylaw_attachments SET file_name = 'x.pdf'").run()).toThrow(/posted-immutable/);
    expect(() => backend.db().prepare("UPDATE bylaw_versions SET title = 'x'").run()).toThrow(/posted-immutable/);
    expect(() => backend.db().prepare('DELETE FROM bylaw_clauses').run()).toThrow(/posted-immutable/);
  });

  it('refuses a damaged attachment rather than hand it over', async () => {
    const version = expectOk(await original({ attachments: [await bring('scan.pdf', '%PDF-1.4\nsigned\n')] }));
    const attachmentId = version.attachments[0]?.id ?? 0;
    const db = backend.db();
    db.exec('DROP TRIGGER bylaw_attachments_no_update');
    db.prepare("UPDATE bylaw_attachments SET content = CAST('%PDF-1.4\nforged\n' AS BLOB) WHERE id = ?").run(attachmentId);
    expect(await backend.fund['bylaws.attachment']({ attachmentId })).toMatchObject({
      ok: false,
      error: { code: 'bylaw-attachment-damaged', field: 'attachmentId' },
    });
  });

  it('voids a version entered by mistake, keeps it struck through, and lets the correct one be entered', async () => {
    const first = expectOk(await original());
    const wrong = expectOk(await amendment({ adoptedOn: '2026-03-01' }));
    await expectRefused(() => backend.fund['bylaws.void']({ versionId: first.id, reason: 'ผิด' }), 'bylaw-void-not-latest', 'versionId');
    const voided = expectOk(await backend.fund['bylaws.void']({ versionId: wrong.id, reason: 'เลือกมติผิด' }));
    expect(voided).toMatchObject({ voided: { reason: 'เลือกมติผิด', by: expect.any(String) }, isInForce: false, inForce: null });
    await expectRefused(() => backend.fund['bylaws.void']({ versionId: wrong.id, reason: 'อีกครั้ง' }), 'bylaw-voided', 'versionId');
    // Its rule links no longer count: the rule may be adopted by the entry made again.
    expect(expectOk(await backend.fund['welfare.types']({}))[2]?.adoptedBy).toEqual({});
    const again = expectOk(await amendment());
    expect(again).toMatchObject({ amendmentNo: 1, versionNo: 3, isInForce: true });
    const list = expectOk(await backend.fund['bylaws.list']({}));
    expect(list.versions.map((version) => [version.versionNo, version.voided !== null])).toEqual([
      [3, false],
      [2, true],
      [1, false],
    ]);
  });

  describe('refuses, naming the field and writing nothing', () => {
    beforeEach(async () => {
      expectOk(await original());
    });

    it('an adoption date before (or on) the previous version’s: the issue’s bad case', async () => {
      const error = await expectRefused(
        () => amendment({ adoptedOn: '2005-06-01', resolutionId: null, adoptedAtText: 'ประชุม' }),
        'bylaw-adopted-before-previous',
        'adoptedOn',
      );
      expect(error.message.th).toContain('2549');
      await expectRefused(
        () => amendment({ adoptedOn: '2006-01-01', resolutionId: null, adoptedAtText: 'ประชุม' }),
        'bylaw-adopted-before-previous',
        'adoptedOn',
      );
    });

    it('a skipped or repeated amendment number', async () => {
      const error = await expectRefused(() => amendment({ amendmentNo: 2 }), 'bylaw-amendment-not-next', 'amendmentNo');
      expect(error.params).toMatchObject({ nextNo: 1, given: 2 });
      await expectRefused(() => amendment({ amendmentNo: 0 }), 'bylaw-amendment-not-next', 'amendmentNo');
    });

    it('an unknown checklist item, an empty location, an item twice', async () => {
      await expectRefused(() => amendment({ clauses: [{ item: 'welfare.lottery', foundAt: 'ข้อ 9' }] }), 'bad-input', 'clauses.0.item');
      await expectRefused(() => amendment({ clauses: [{ item: 'identity.name', foundAt: '  ' }] }), 'bad-input', 'clauses.0.foundAt');
      await expectRefused(
        () =>
          amendment({
            clauses: [
              { item: 'identity.name', foundAt: 'ข้อ 1' },
              { item: 'identity.name', foundAt: 'ข้อ 2' },
            ],
          }),
        'bylaw-clause-twice',
        'clauses.1.item',
      );
    });

    it('an attachment of another kind, too large, or no longer waiting', async () => {
      const word = await bring('ข้อบังคับ.pdf', Buffer.from('PK\u0003\u0004 a Word document renamed'));
      await expectRefused(() => amendment({ attachments: [word] }), 'bylaw-attachment-type', 'attachments.0');
      const large = await bring('scan.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]));
      const error = await expectRefused(() => amendment({ attachments: [large] }), 'bylaw-attachment-too-large', 'attachments.0');
      expect(error.message.en).toContain('10 MB');
      await expectRefused(() => amendment({ attachments: ['A1234567890abcdef'] }), 'bylaw-attachment-missing', 'attachments.0');
    });

    it('a rule version that does not exist, or that a live version already adopts', async () => {
      await expectRefused(() => amendment({ ruleVersionIds: [ruleId(2), 9999] }), 'rule-version-not-found', 'ruleVersionIds.1');
      const error = await expectRefused(() => amendment({ ruleVersionIds: [ruleId(0)] }), 'bylaw-rule-adopted', 'ruleVersionIds.0');
      expect(error.message.th).toContain('ฉบับเดิม');
      await expectRefused(() => amendment({ ruleVersionIds: [ruleId(2), ruleId(2)] }), 'bylaw-rule-twice', 'ruleVersionIds.1');
    });

    it('a resolution of another kind, none where the fund requires one, and no meeting at all before the app', async () => {
      await expectRefused(() => amendment({ resolutionId: ruleResolution }), 'resolution-wrong-kind', 'resolutionId');
      // The test fund starts with the setting off (as an upgraded fund would); a fund that cites resolutions refuses words.
      expectOk(await backend.fund['meetings.setApprovalsCite']({ on: true }));
      await expectRefused(() => amendment({ resolutionId: null, adoptedAtText: 'ประชุมใหญ่ 2569' }), 'resolution-required', 'resolutionId');
      expectOk(await backend.fund['meetings.setApprovalsCite']({ on: false }));
      // Adopted after its meeting only: a meeting held after the adoption date cannot have adopted it.
      await expectRefused(() => amendment({ adoptedOn: '2026-02-01' }), 'resolution-after-approval', 'resolutionId');
      await expectRefused(() => amendment({ adoptedOn: '2010-01-01', resolutionId: null }), 'bylaw-meeting-required', 'adoptedAtText');
    });

    it('an attachment or a void for a version that does not exist', async () => {
      const pdf = await bring('scan.pdf', '%PDF-1.4\n');
      await expectRefused(() => backend.fund['bylaws.attach']({ versionId: 99, fileId: pdf }), 'bylaw-not-found', 'versionId');
      await expectRefused(() => backend.fund['bylaws.void']({ versionId: 99, reason: 'ผิด' }), 'bylaw-not-found', 'versionId');
      expect(await backend.fund['bylaws.get']({ versionId: 99 })).toMatchObject({ ok: false, error: { code: 'bylaw-not-found' } });
    });
  });
});
