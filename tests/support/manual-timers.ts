import type { Timers } from '../../electron/backend/backups/backup-schedule';

/**
 * Timers a test drives by hand: nothing runs until the test advances the clock of the timers, so an automatic
 * backup happens exactly when a test asks for it and `npm test` never sleeps.
 */
export function manualTimers(): Timers & { advance: (milliseconds: number) => Promise<void>; pending: () => number } {
  let now = 0;
  let nextId = 0;
  const waiting = new Map<number, { at: number; run: () => Promise<void> }>();
  return {
    after(milliseconds, run) {
      const id = nextId++;
      waiting.set(id, { at: now + milliseconds, run });
      return () => waiting.delete(id);
    },
    /** Moves time on and runs, in order and to the end, every timer that falls due (and any they set that do). */
    async advance(milliseconds) {
      const until = now + milliseconds;
      for (;;) {
        const due = [...waiting.entries()].filter(([, timer]) => timer.at <= until).sort((left, right) => left[1].at - right[1].at)[0];
        if (!due) break;
        waiting.delete(due[0]);
        now = due[1].at;
        await due[1].run();
      }
      now = until;
    },
    pending: () => waiting.size,
  };
}
