import type { Role } from '../domain/people/roles';

/** A person who uses the fund on its shared PC (issue 20 §2). The PIN itself never leaves the backend. */
export type Person = {
  id: number;
  uuid: string;
  /** What the audit trail names as the author of her changes. */
  actorKey: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  hasPin: boolean;
  version: number;
};

/** Who is at the PC for this window, session or command: nobody yet when the fund has to ask. */
export type CurrentPerson = {
  person: Person | null;
  /** The roles she acts with: every role when she is the fund's only active person. */
  roles: Role[];
  /** How many active people the fund has: with more than one, the window asks who is at the PC. */
  activePeople: number;
};

/** A PIN the chair reset, as the audit and the management page show it. */
export type PinReset = { personId: number; resetBy: number; reason: string; resetAt: string };
