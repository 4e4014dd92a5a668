import { describe, expect, it } from 'vitest';
import {
  isCommunityWelfare,
  isWelfareCategory,
  welfareCategories,
  welfareCategoryInfo,
  welfareCategoryKeys,
} from '../../../../shared/domain/welfare/categories';

describe('welfare categories (status form §5)', () => {
  it('has the 16 printed categories numbered 1–16 in order, plus OTHER', () => {
    expect(welfareCategories.map((category) => category.key)).toEqual([...welfareCategoryKeys]);
    expect(welfareCategories.filter((category) => category.formNumber !== null).map((category) => category.formNumber)).toEqual(
      Array.from({ length: 16 }, (_, index) => index + 1),
    );
    expect(welfareCategoryInfo('DEATH').formNumber).toBe(4);
    expect(welfareCategoryInfo('OTHER').formNumber).toBeNull();
    expect(isWelfareCategory('BIRTH')).toBe(true);
    expect(isWelfareCategory('birth')).toBe(false);
  });

  it('counts 9, 11, 12, 13 and any payout to a non-member as community welfare (§(g)13)', () => {
    const community = welfareCategories.filter((category) => category.community).map((category) => category.formNumber);
    expect(community).toEqual([9, 11, 12, 13]);
    expect(isCommunityWelfare('CULTURE')).toBe(true);
    expect(isCommunityWelfare('ILLNESS')).toBe(false);
    expect(isCommunityWelfare('ILLNESS', 'non-member')).toBe(true);
    expect(isCommunityWelfare('ILLNESS', 'member')).toBe(false);
  });
});
