import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { fundContract, type FundMethod } from '../../../shared/api/fund-contract';
import { methodAccess } from '../../../shared/api/method-access';
import { mayCall, roles, type Role } from '../../../shared/domain/people/roles';
import { tableCounts } from '../../support/ledger-checks';
import { expectOk } from '../../support/test-backend';
import { buildWorld, writeExamples, writeMethods, type World, type WriteMethod } from '../../support/write-examples';

/**
 * Every fund method against every role (issue 20 §2), generated from the contract and the role table: a role the
 * table allows passes the role check (a write is sent its refused example, so it reaches the use case and is turned
 * down there, for its own reason); any other role is refused `role-required`, naming the roles that may, with
 * nothing written; and with several people and no one chosen, every method but choosing is refused
 * `person-required`. Jobs are also asked for through jobs.start, as the renderer starts them.
 */
const methods = Object.keys(fundContract) as FundMethod[];
const isWrite = (method: FundMethod): method is WriteMethod => (writeMethods as readonly string[]).includes(method);

describe('roles hold for every method (generated from the contract and the role table)', () => {
  let world: World;
  const personOf = new Map<Role, number>();

  beforeAll(async () => {
    world = await buildWorld();
    const { fund } = world.backend;
    for (const role of roles) personOf.set(role, expectOk(await fund['people.add']({ displayName: `ผู้ใช้ ${role}`, roles: [role] })).id);
  }, 120_000);
  afterAll(() => world.backend.close());

  async function as(role: Role): Promise<void> {
    expectOk(await world.backend.fund['people.signIn']({ personId: personOf.get(role) ?? 0 }));
  }

  function call(method: string, input: unknown): Promise<ApiResult<unknown>> {
    return world.backend.host.dispatch('fund', method, input, world.backend.handle());
  }

  it('gives every method of the contract an entry, and every role some method it may call', () => {
    expect(Object.keys(methodAccess).sort()).toEqual([...methods].sort());
    for (const role of roles)
      expect(methods.some((method) => methodAccess[method] !== 'open' && mayCall(methodAccess[method], [role]))).toBe(true);
    // Auditors and trainers read; they change nothing.
    for (const method of writeMethods) {
      expect(mayCall(methodAccess[method], ['auditor']), method).toBe(false);
      expect(mayCall(methodAccess[method], ['trainer']), method).toBe(false);
    }
  });

  for (const method of methods) {
    it(`${method}: the roles the table allows pass; the others are refused, writing nothing`, async () => {
      const access = methodAccess[method];
      const before = tableCounts(world.backend.db());
      for (const role of roles) {
        await as(role);
        const allowed = mayCall(access, [role]);
        const example = isWrite(method) ? writeExamples[method] : undefined;
        // An example may move the clock to the day it needs (retention's clearing, years on): back after the call.
        const today = world.backend.clock.today();
        const input = example ? (allowed ? example.refused(world) : example.ok(world)) : {};
        const result = await call(method, input);
        world.backend.clock.set(today);
        if (allowed) {
          const code = result.ok ? 'ok' : result.error.code;
          expect(['role-required', 'person-required'], `${method} as ${role}`).not.toContain(code);
          if (example) expect(result.ok, `${method} as ${role} should be refused by its use case`).toBe(false);
          continue;
        }
        expect(result.ok, `${method} as ${role}`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code).toBe('role-required');
        expect(String(result.error.params?.roles).split(',')).toEqual(access === 'open' || access === 'read' ? roles : [...access]);
        expect(result.error.message.th).not.toBe('');
        if (fundContract[method] && 'job' in fundContract[method]) {
          const started = await world.backend.host.dispatch('jobs', 'jobs.start', { method, input }, world.backend.handle());
          expect(started.ok ? 'started' : started.error.code, `jobs.start ${method} as ${role}`).toBe('role-required');
        }
      }
      if (isWrite(method)) expect(tableCounts(world.backend.db())).toEqual(before);
    });
  }

  it('refuses every method but choosing who is at the PC until someone is chosen, writing nothing', async () => {
    const { backend } = world;
    const location = `${backend.home}/fund.swfund`;
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    expectOk(await backend.app['funds.open']({ location }));
    const before = tableCounts(backend.db());
    for (const method of methods) {
      const input = isWrite(method) ? writeExamples[method].ok(world) : {};
      const result = await call(method, input);
      if (methodAccess[method] === 'open') {
        expect(!result.ok && result.error.code === 'person-required', method).toBe(false);
        continue;
      }
      expect(result.ok ? 'ok' : result.error.code, method).toBe('person-required');
    }
    expect(tableCounts(backend.db())).toEqual(before);
    const current = expectOk(await backend.fund['people.current']({}));
    expect(current).toMatchObject({ person: null, roles: [], activePeople: roles.length + 1 });
  });
});
