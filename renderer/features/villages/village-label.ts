import type { TFunction } from 'i18next';
import type { ArrearsPlace, VillagePlace } from '../../../shared/api/fund-types';

/** A village as the screen names it: "หมู่ 3 บ้านหนองบัว", or only the name of a community without a หมู่. */
export function villageLabel(t: TFunction, village: Pick<VillagePlace, 'moo' | 'name'>): string {
  if (village.moo === null) return village.name;
  return t('ui.villages.label', { moo: village.moo, name: village.name }).trim();
}

/** A village of a list's filter with how many of the list live there; members with no village as their own choice. */
export function placeOptionLabel(t: TFunction, place: ArrearsPlace): string {
  if (place.villageId === null) return t('ui.arrears.noVillageOption', { count: place.members });
  if (place.moo === null) return t('ui.arrears.communityOption', { village: place.village, count: place.members });
  return t('ui.arrears.villageOption', { moo: place.moo, village: place.village, count: place.members });
}
