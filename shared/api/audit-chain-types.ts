/** One hash chain as a full check found it (issue 20 §1): how many rows were checked, its head, its first break. */
export type ChainState = {
  chain: 'journal' | 'audit';
  rows: number;
  /** The last link found whole: the chain's head when nothing is broken; null for a chain with no rows yet. */
  head: { rowId: number; link: string } | null;
  broken: { rowId: number; problem: 'changed' | 'removed' | 'inserted' } | null;
};
export type ChainReport = { checkedAt: string; chains: ChainState[] };
