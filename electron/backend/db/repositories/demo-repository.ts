import { defineStatement, type Connection } from '../execute';

const markDemo = defineStatement<Record<string, never>>((db) => db.updateTable('fund').set({ demo: 1 }).where('id', '=', 1));
const selectDemo = defineStatement<Record<string, never>, { demo: number }>((db) =>
  db.selectFrom('fund').select('demo').where('id', '=', 1),
);

/** Marks the fund a demo (trainer mode, issue 19 §3): set once when the demo is made, and never cleared. */
export function markFundAsDemo(connection: Connection): void {
  markDemo.run(connection, {});
}

/** Whether the fund is a demo: what every screen, printout and file of it says (issue 19 §3). */
export function isDemoFund(connection: Connection): boolean {
  return selectDemo.get(connection, {})?.demo === 1;
}
