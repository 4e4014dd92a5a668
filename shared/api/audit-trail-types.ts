/** One audit row as the trail shows it: who, when, which call and what it changed (before and after as stored). */
export type AuditTrailRow = {
  id: number;
  at: string;
  actor: string;
  method: string;
  entity: string;
  entityId: string;
  callId: string | null;
  /** The entity before and after, as the JSON text the call stored (null when there was none). */
  before: string | null;
  after: string | null;
};

/** A page of the trail, newest first, and where the next one starts (null: this was the last). */
export type AuditTrailPage = { rows: AuditTrailRow[]; next: { at: string; id: number } | null };

/** The values the filters can take, read from the trail itself: each actor, method and entity it holds. */
export type AuditTrailChoices = { actors: string[]; methods: string[]; entities: string[] };
