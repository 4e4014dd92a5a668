/**
 * The sequence table of reliability §(c) check 6: where a fund's file stands against the last one the workspace
 * imported from it. The case "same sequence, same manifest hash" (already imported) is found before this, by the
 * workspace's import rows; here every file is new content.
 */

/** The end of the fund's chain in the workspace, and whether an officer approved a re-base for its next file. */
export type ChainEnd = { lastSequence: number | null; lastManifestSha256: string | null; rebaseApproved: boolean };

export type IncomingFile = { sequence: number; previousSha256: string | null };

export type SequenceVerdict =
  | { verdict: 'import'; rebased: boolean }
  | { verdict: 'conflicting-sequence'; lastSequence: number }
  | { verdict: 'sequence-gap'; lastSequence: number; waitingFor: number }
  | { verdict: 'prev-hash-mismatch'; lastSequence: number };

export function sequenceVerdict(chain: ChainEnd, file: IncomingFile): SequenceVerdict {
  // An officer saw the fund was restored or moved and accepted that its next file starts the chain again.
  if (chain.rebaseApproved) return { verdict: 'import', rebased: true };
  // The first file after the key was pinned starts the chain: the fund may have exported before the region
  // collected, and pinning the key was the officer's look at it.
  if (chain.lastSequence === null) return { verdict: 'import', rebased: false };
  const lastSequence = chain.lastSequence;
  if (file.sequence <= lastSequence) return { verdict: 'conflicting-sequence', lastSequence };
  if (file.sequence > lastSequence + 1) return { verdict: 'sequence-gap', lastSequence, waitingFor: lastSequence + 1 };
  if (file.previousSha256 !== chain.lastManifestSha256) return { verdict: 'prev-hash-mismatch', lastSequence };
  return { verdict: 'import', rebased: false };
}
