import { v7 } from 'uuid';

/**
 * The UUID a posted row (receipt, voucher, member) carries for sync (Decision 17). Time-ordered (UUIDv7): a
 * collection day's 20,000 receipts then go in at the end of the unique index instead of at random places in a
 * two-million-entry one, which is what made random (v4) ids the slowest part of posting.
 */
export function newRecordId(): string {
  return v7();
}
