/**
 * The roles a person may hold on a fund (issue 20 §2). One person may hold several; a fund with a single active
 * person gives that person every role, so a one-person fund works as it always has.
 */
export const roles = ['treasurer', 'secretary', 'committee', 'auditor', 'trainer'] as const;
export type Role = (typeof roles)[number];

/**
 * Who may call a method: `open` needs no one chosen yet (choosing who is at the PC), `read` any chosen person
 * (auditors and trainers read everything and change nothing), or only the roles listed.
 */
export type Access = 'open' | 'read' | readonly Role[];

/** Whether a person holding `held` may call a method of this access; `open` needs no person at all. */
export function mayCall(access: Access, held: readonly Role[] | null): boolean {
  if (access === 'open') return true;
  if (held === null) return false;
  if (access === 'read') return true;
  return access.some((role) => held.includes(role));
}

/** The roles a person acts with: every role when she is the fund's only active person. */
export function effectiveRoles(held: readonly Role[], activePeople: number): readonly Role[] {
  return activePeople === 1 ? roles : held;
}
