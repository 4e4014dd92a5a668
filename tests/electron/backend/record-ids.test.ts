import { describe, expect, it } from 'vitest';
import { newRecordId } from '../../../electron/backend/db/record-ids';

describe('record ids', () => {
  it('are valid UUIDs (version 7) that sort in the order they were made, so posting appends to the unique index', () => {
    const ids = Array.from({ length: 2000 }, () => newRecordId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
