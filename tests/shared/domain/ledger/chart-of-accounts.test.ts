import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountCodes } from '../../../../shared/domain/ledger/chart-of-accounts';

describe('chart of accounts (Decision 14)', () => {
  it('names exactly the accounts the first migration seeds', () => {
    const migration = readFileSync(new URL('../../../../migrations/0001_foundation.sql', import.meta.url), 'utf8');
    const seeded = [...migration.matchAll(/\('(\d{4})', '(receipts|income|assets|expenses|welfare|equity)'/g)]
      .map((match) => match[1])
      .sort();
    expect(Object.values(accountCodes).sort()).toEqual(seeded);
    expect(accountCodes.contributions).toBe('1100');
    expect(accountCodes.entryFees).toBe('2100');
    expect(accountCodes.cash).toBe('3100');
    expect(accountCodes.openingBalances).toBe('6000');
  });
});
