import type { ReadOnlyState } from '../../../shared/api/app-contract';
import type { Connection } from './execute';
import { removeOwnerRecord, writeOwnerRecord, type OwnerRecord } from './owner-record';
import { readWalFile } from './wal-header';

/**
 * A fund file held open by this process: its one connection (reliability.md §(b)), whether it takes writes, and
 * the bookkeeping of the owner record that lets the next open recognise a crash WAL as this file's own.
 */
export type FundFileSession = {
  path: string;
  connection: Connection;
  /** Null when the fund takes writes. */
  readOnly: ReadOnlyState | null;
  /** After each write: if SQLite has started a new WAL generation since, the owner record follows it. Never throws. */
  afterWrite: () => void;
  /** The fund's identity, once a new fund has one: recorded beside the WAL it vouches for. */
  identify: (fundUuid: string) => void;
  /** `wal_checkpoint(TRUNCATE)`: after a bulk job (reliability.md §(b)), so the WAL does not stay large. */
  checkpoint: () => void;
  /** Checkpoints the WAL into the file and closes; the connection is closed even if the checkpoint fails. */
  close: () => void;
};

export function writableSession(path: string, connection: Connection, record: OwnerRecord): FundFileSession {
  let current = record;
  const rewrite = (next: OwnerRecord) => {
    current = next;
    writeOwnerRecord(path, current);
  };
  return {
    path,
    connection,
    readOnly: null,
    afterWrite: () => {
      try {
        const wal = readWalFile(`${path}-wal`);
        if (wal.state !== 'present' || !wal.header) return;
        const { lineage, checkpoint } = wal.header;
        if (lineage !== current.wal.lineage || checkpoint !== current.wal.checkpoint) rewrite({ ...current, wal: { lineage, checkpoint } });
      } catch {
        // The record is a help for the next open, not part of the write: the write stands, and a WAL the record
        // no longer matches is set aside (kept) rather than replayed.
      }
    },
    identify: (fundUuid) => rewrite({ ...current, fundUuid }),
    checkpoint: () => {
      if (connection.open) connection.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: () => {
      if (!connection.open) return;
      try {
        connection.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        connection.close();
        // A WAL still holding changes (a checkpoint that failed) keeps the record that vouches for it.
        const wal = readWalFile(`${path}-wal`);
        if (wal.state !== 'present') removeOwnerRecord(path, current.since);
      }
    },
  };
}

/** A fund open only to be looked at: nothing to checkpoint or record; closing removes what the look made. */
export function readOnlySession(path: string, connection: Connection, readOnly: ReadOnlyState, cleanUp: () => void): FundFileSession {
  let isClosed = false;
  return {
    path,
    connection,
    readOnly,
    afterWrite: () => undefined,
    identify: () => undefined,
    checkpoint: () => undefined,
    close: () => {
      if (isClosed) return;
      isClosed = true;
      try {
        if (connection.open) connection.close();
      } finally {
        cleanUp();
      }
    },
  };
}
