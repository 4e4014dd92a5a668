import type { TFunction } from 'i18next';
import type { VillagePlace } from '../../../shared/api/fund-types';

/** A village as the screen names it: "หมู่ 3 บ้านหนองบัว", or only the name of a community without a หมู่. */
export function villageLabel(t: TFunction, village: Pick<VillagePlace, 'moo' | 'name'>): string {
  if (village.moo === null) return village.name;
  return t('ui.villages.label', { moo: village.moo, name: village.name }).trim();
}
