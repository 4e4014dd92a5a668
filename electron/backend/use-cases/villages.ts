import type { z } from 'zod';
import type { villageInput } from '../../../shared/api/fund-contract';
import type { Village } from '../../../shared/api/fund-types';
import { failure, success, type Result } from '../../../shared/domain/result';
import { checkVillageCode } from '../../../shared/domain/villages/village-code';
import type { Connection } from '../db/execute';
import { newRecordId } from '../db/record-ids';
import {
  findVillage,
  findVillageByCode,
  findVillageByPlace,
  insertVillage,
  listVillages,
  updateVillage,
  type VillageFields,
} from '../db/repositories/village-repository';
import type { UseCaseContext } from './use-case-context';

type VillageInput = z.output<typeof villageInput>;

/**
 * A village's fields checked against the register: a name or a หมู่ (a community may have no หมู่), a DOPA code
 * whose last two digits are the หมู่ and that no other village holds, and no second entry for the same place.
 */
function checkVillage(connection: Connection, input: VillageInput, prefix: string, villageId?: number): Result<VillageFields> {
  const field = (name: string) => `${prefix}${name}`;
  if (input.moo === null && input.name === '') return failure('village-name-or-moo', field('name'));
  if (input.code !== null) {
    const code = checkVillageCode(input.code, input.moo, field('code'));
    if (!code.ok) return code;
    const holder = findVillageByCode(connection, input.code);
    if (holder && holder.id !== villageId) return failure('duplicate-village-code', field('code'), { code: input.code, name: holder.name });
  }
  const same = findVillageByPlace(connection, input.moo, input.name);
  if (same !== undefined && same !== villageId)
    return failure('duplicate-village', field('name'), { moo: input.moo ?? 0, name: input.name });
  return success({ code: input.code, moo: input.moo, name: input.name, households: input.households, population: input.population });
}

/** The villages register in หมู่ order, with how many members live in each. */
export function villageList(context: UseCaseContext): Result<Village[]> {
  return success(listVillages(context.connection));
}

export function addVillage(context: UseCaseContext, input: VillageInput): Result<Village> {
  const { connection, clock } = context;
  const checked = checkVillage(connection, input, '');
  if (!checked.ok) return checked;
  const id = insertVillage(connection, { ...checked.value, uuid: newRecordId(), createdAt: clock.now() });
  context.audit({ entity: 'village', entityId: id, after: checked.value });
  const village = findVillage(connection, id);
  return village ? success(village) : failure('village-not-found', 'villageId');
}

/** Corrects a village: its members follow it, since they point to the entry, not to its words. */
export function editVillage(
  context: UseCaseContext,
  input: { villageId: number; expectedVersion: number; village: VillageInput },
): Result<Village> {
  const { connection, clock } = context;
  const current = findVillage(connection, input.villageId);
  if (!current) return failure('village-not-found', 'villageId');
  if (current.version !== input.expectedVersion) return failure('version-conflict', 'expectedVersion');
  const checked = checkVillage(connection, input.village, 'village.', input.villageId);
  if (!checked.ok) return checked;
  updateVillage(connection, { ...checked.value, id: input.villageId, version: current.version + 1, updatedAt: clock.now() });
  const { code, moo, name, households, population } = current;
  context.audit({
    entity: 'village',
    entityId: input.villageId,
    before: { code, moo, name, households, population },
    after: checked.value,
  });
  const village = findVillage(connection, input.villageId);
  return village ? success(village) : failure('village-not-found', 'villageId');
}
