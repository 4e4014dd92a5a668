import { createHash } from 'node:crypto';
import {
  auditLinkText,
  chainGenesis,
  chainNames,
  journalLinkText,
  linkInput,
  shortLink,
  type ChainName,
} from '../../../shared/domain/audit/audit-chain';
import type { Connection } from '../db/execute';
import { documentText } from '../messages';
import {
  addLinks,
  auditRowsAfter,
  chainHead,
  firstLinkWithoutRow,
  journalEntriesAfter,
  lastVerification,
  linkCount,
  linksBetween,
  recordVerification,
  type ChainLink,
} from '../db/repositories/chain-repository';

/*
 * The journal's and the audit trail's hash chains (issue 20 §1, migration 0035): extended by every unit of work
 * before it commits, verified at open from where the last check stopped, and in full on demand.
 */

/** Rows read per batch: enough to keep the per-statement cost low, few enough to hold in memory. */
const batchSize = 2000;

export function nextLink(previous: string, text: string): string {
  return createHash('sha256').update(linkInput(previous, text)).digest('hex');
}

/** The canonical texts of the rows after a row id, a batch at a time, in id order. */
function rowTexts(connection: Connection, chain: ChainName, after: number): { rowId: number; text: string }[] {
  if (chain === 'journal')
    return journalEntriesAfter(connection, after, batchSize).map(({ entry, lines }) => ({
      rowId: entry.id,
      text: journalLinkText(entry, lines),
    }));
  return auditRowsAfter(connection, after, batchSize).map((row) => ({ rowId: row.id, text: auditLinkText(row) }));
}

/**
 * Links every row written since each chain's head. Called inside the writer's transaction (the unit of work), so
 * a row and its link are committed together; rows a bulk writer left unlinked are linked by the next call.
 */
export function extendChains(connection: Connection): number {
  let linked = 0;
  for (const chain of chainNames) {
    const head = chainHead(connection, chain);
    let previous = head?.link ?? chainGenesis;
    let after = head?.rowId ?? 0;
    for (;;) {
      const rows = rowTexts(connection, chain, after);
      if (rows.length === 0) break;
      const links: ChainLink[] = rows.map((row) => {
        previous = nextLink(previous, row.text);
        return { rowId: row.rowId, link: previous };
      });
      addLinks(connection, chain, links);
      linked += links.length;
      after = links[links.length - 1]?.rowId ?? after;
    }
  }
  return linked;
}

/** Each chain's last link now (null while a chain has no rows): what a sync manifest or a printed page pins. */
export function currentChainHeads(connection: Connection): Record<ChainName, ChainLink | null> {
  return { journal: chainHead(connection, 'journal') ?? null, audit: chainHead(connection, 'audit') ?? null };
}

/**
 * The audit chain's head as a printed page's footer shows it (issue 20 §1): its first 12 hex digits and how many
 * rows it links, so a page can be matched to the file later. Undefined while the chain has no rows.
 */
export function auditChainFooter(connection: Connection): string | undefined {
  const head = chainHead(connection, 'audit');
  if (!head) return undefined;
  return documentText('documents.common.chainHead', {
    head: shortLink(head.link),
    rows: linkCount(connection, 'audit').toLocaleString('th-TH'),
  });
}

/** Where a chain first fails: a row changed since it was linked, a linked row gone, or a row slipped in between. */
export type ChainBreak = { chain: ChainName; rowId: number; problem: 'changed' | 'removed' | 'inserted' };

export type ChainCheck = {
  chain: ChainName;
  /** Rows checked in this pass. */
  checked: number;
  /** The last link found whole (the head, when nothing is broken). */
  through: ChainLink | undefined;
  broken: ChainBreak | null;
};

/**
 * Walks a chain from a known-good link (or from its start), recomputing every link. Rows after the head that
 * have no link yet are not a break (a bulk writer's rows wait for the next call to link them); a row without a
 * link before the head is. Yields after each batch the last row id checked and the head's (for a progress bar).
 */
export function* chainWalk(
  connection: Connection,
  chain: ChainName,
  from: ChainLink | undefined,
): Generator<{ rowId: number; headRowId: number }, ChainCheck> {
  const head = chainHead(connection, chain);
  let previous = from?.link ?? chainGenesis;
  let after = from?.rowId ?? 0;
  let through = from;
  let checked = 0;
  const headRow = head?.rowId ?? 0;
  const removed = firstLinkWithoutRow(connection, chain, after);
  const fail = (rowId: number, problem: ChainBreak['problem']): ChainCheck => ({
    chain,
    checked,
    through,
    broken: { chain, rowId, problem },
  });
  while (after < headRow) {
    const rows = rowTexts(connection, chain, after).filter((row) => row.rowId <= headRow);
    const last = rows[rows.length - 1];
    if (!last) break;
    const links = new Map(linksBetween(connection, chain, after, last.rowId).map((link) => [link.rowId, link.link]));
    for (const row of rows) {
      // A link whose row is gone, before this row: the chain breaks there first.
      if (removed !== undefined && removed < row.rowId) return fail(removed, 'removed');
      const stored = links.get(row.rowId);
      if (stored === undefined) return fail(row.rowId, 'inserted');
      previous = nextLink(previous, row.text);
      if (previous !== stored) return fail(row.rowId, 'changed');
      through = { rowId: row.rowId, link: stored };
      checked += 1;
    }
    after = last.rowId;
    yield { rowId: after, headRowId: headRow };
  }
  if (removed !== undefined && removed <= headRow) return fail(removed, 'removed');
  return { chain, checked, through, broken: null };
}

/** The whole walk at once, for the check at open (which reads only what was added since the last one). */
export function verifyChain(connection: Connection, chain: ChainName, from: ChainLink | undefined): ChainCheck {
  const walk = chainWalk(connection, chain, from);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * The check at open (issue 20 §1): each chain from its last verified link, and the new good point recorded, so a
 * fund opened every day checks only what was added since. The first break found is answered.
 */
export function verifyChainsSinceLastCheck(connection: Connection, at: string): ChainBreak | null {
  for (const chain of chainNames) {
    const last = lastVerification(connection, chain);
    const check = verifyChain(connection, chain, last && { rowId: last.verifiedThrough, link: last.verifiedLink });
    if (check.broken) return check.broken;
    if (check.through && check.through.rowId !== last?.verifiedThrough)
      recordVerification(connection, { chain, verifiedThrough: check.through.rowId, verifiedLink: check.through.link, verifiedAt: at });
  }
  return null;
}
