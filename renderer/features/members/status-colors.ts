import type { MemberStatus } from '../../../shared/api/fund-types';

/** One colour per member status, the same on every list and card. */
export const statusColors: Record<MemberStatus, string> = { active: 'green', resigned: 'default', deceased: 'volcano', lapsed: 'orange' };
