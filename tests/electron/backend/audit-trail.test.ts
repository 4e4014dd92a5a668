import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditTrailRow } from '../../../shared/api/audit-trail-types';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/**
 * Issue 20 §1, the trail people can see: audit rows newest first, a page after a cursor (never an offset), filtered
 * by person, the fund's local days and kind; bad filters refused naming their field; printed and exported.
 */
describe('the audit trail page', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'trail.swfund'))));
    for (const serial of [1, 2, 3, 4, 5]) expectOk(await backend.fund['members.register'](memberInput(serial)));
    // Rows as another person and on other days, written as the app writes them (each chained by the next call).
    const insert = backend
      .db()
      .prepare(
        "INSERT INTO audit_events (at, actor, method, entity, entity_id, before_json, after_json, call_id) VALUES (?, ?, 'members.update', 'member', '1', ?, ?, 'c')",
      );
    insert.run('2026-11-20T16:59:59.000Z', 'somchai', '{"phone":"081","name":"A"}', '{"phone":"089","name":"A"}');
    insert.run('2026-11-20T17:00:00.000Z', 'somchai', null, '{"phone":"082"}');
    insert.run('2026-11-22T03:00:00.000Z', 'somchai', null, null);
  });
  afterEach(() => backend.close());

  const all = () => backend.db().prepare('SELECT id, at FROM audit_events ORDER BY at DESC, id DESC').all() as { id: number; at: string }[];

  it('pages newest first by a cursor, every row once, and says when there is no next page', async () => {
    const seen: AuditTrailRow[] = [];
    let after: { at: string; id: number } | undefined;
    for (let pages = 0; pages < 20; pages += 1) {
      const page = expectOk(await backend.fund['audit.trail']({ limit: 3, ...(after ? { after } : {}) }));
      seen.push(...page.rows);
      if (!page.next) break;
      after = page.next;
    }
    expect(seen.map((row) => row.id)).toEqual(all().map((row) => row.id));
    expect(seen.length).toBeGreaterThan(6);
    const first = expectOk(await backend.fund['audit.trail']({ limit: 1 }));
    expect(first.rows[0]?.id).toBe(all()[0]?.id);
  });

  it('filters by person, by the fund’s local days (UTC+7) and by kind, together', async () => {
    const byActor = expectOk(await backend.fund['audit.trail']({ actor: 'somchai' }));
    expect(byActor.rows.map((row) => row.actor)).toEqual(['somchai', 'somchai', 'somchai']);
    // 2026-11-20T16:59:59Z is 23:59:59 on the 20th in Thailand; 17:00Z is already the 21st.
    const onThe21st = expectOk(await backend.fund['audit.trail']({ from: '2026-11-21', to: '2026-11-21' }));
    expect(onThe21st.rows.map((row) => row.at)).toEqual(['2026-11-20T17:00:00.000Z']);
    const onThe20th = expectOk(await backend.fund['audit.trail']({ actor: 'somchai', to: '2026-11-20' }));
    expect(onThe20th.rows.map((row) => row.at)).toEqual(['2026-11-20T16:59:59.000Z']);
    const kind = expectOk(await backend.fund['audit.trail']({ method: 'members.register', entity: 'member' }));
    expect(kind.rows).toHaveLength(5);
    expect(kind.rows.every((row) => row.method === 'members.register' && row.after !== null)).toBe(true);
    const none = expectOk(await backend.fund['audit.trail']({ actor: 'treasurer', method: 'members.update' }));
    expect(none).toEqual({ rows: [], next: null });
    const choices = expectOk(await backend.fund['audit.trailChoices']({}));
    expect(choices.actors).toEqual(['somchai', 'treasurer']);
    expect(choices.methods).toContain('members.register');
    expect(choices.methods).toContain('members.update');
    expect(choices.entities).toContain('member');
  });

  it('walks an index in the page’s order for each filter, never sorting the trail', () => {
    const plan = (where: string) =>
      backend
        .db()
        .prepare(
          `EXPLAIN QUERY PLAN SELECT id FROM audit_events WHERE ${where} AND (at, id) < ('9999', 9e15) ORDER BY at DESC, id DESC LIMIT 51`,
        )
        .all()
        .map((row) => (row as { detail: string }).detail)
        .join(' | ');
    expect(plan("at >= '' AND at < '9999'")).toContain('audit_events_at');
    expect(plan("actor = 'x' AND at >= '' AND at < '9999'")).toContain('audit_events_actor_at');
    expect(plan("method = 'x' AND at >= '' AND at < '9999'")).toContain('audit_events_method_at');
    expect(plan("entity = 'x' AND at >= '' AND at < '9999'")).toContain('audit_events_entity_at');
    for (const where of ["at >= '' AND at < '9999'", "actor = 'x' AND at >= '' AND at < '9999'"])
      expect(plan(where)).not.toContain('TEMP B-TREE');
  });

  it('refuses bad filters naming the field, writing nothing', async () => {
    const counts = tableCounts(backend.db());
    const refusals = await Promise.all([
      backend.fund['audit.trail']({ from: '2026-11-30', to: '2026-11-01' }),
      backend.fund['audit.trail']({ from: '2026-13-01' }),
      backend.fund['audit.trail']({ method: 'drop table' }),
      backend.fund['audit.trail']({ entity: 'Member!' }),
      backend.fund['audit.trail']({ actor: '' }),
      backend.fund['audit.trail']({ limit: 1000 }),
      backend.fund['audit.trail']({ after: { at: 'yesterday', id: 1 } }),
      backend.fund['exports.auditTrail']({ from: '2026-11-30', to: '2026-11-01', format: 'pdf' }),
    ]);
    expect(refusals.map((result) => (result.ok ? 'ok' : `${result.error.code}:${result.error.field ?? ''}`))).toEqual([
      'date-range-inverted:to',
      'bad-input:from',
      'bad-input:method',
      'bad-input:entity',
      'bad-input:actor',
      'bad-input:limit',
      'bad-input:after.at',
      'date-range-inverted:to',
    ]);
    expect(tableCounts(backend.db())).toEqual(counts);
  });

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  it('prints a filtered range on A4 in Thai and exports it to Excel, with the chain head in the footer', async () => {
    const pdf = expectOk(await backend.fund['exports.auditTrail']({ actor: 'somchai', format: 'pdf' }));
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(text).toContain('ประวัติการบันทึก');
    expect(text).toContain('ผู้บันทึก: somchai');
    expect(text).toContain('phone: 081 → 089');
    expect(text).toContain('สายประวัติการบันทึก');
    expect(text).not.toContain('ลงทะเบียนสมาชิก');
    const workbook = expectOk(await backend.fund['exports.auditTrail']({ method: 'members.register', format: 'xlsx' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(cells.filter((cell) => cell === 'ลงทะเบียนสมาชิก')).toHaveLength(5);
  });
});
