import { daysBetween, type CalendarDate } from '../calendar-date';

/** Reliability §(b): a reminder after 7 days without a copy of the backups on a second device. */
export const copyReminderDays = 7;

export type CopyReminder = {
  isDue: boolean;
  /** Days since the last copy, or since the first good backup while there has never been a copy; null before any backup. */
  daysWithout: number | null;
};

/**
 * Whether the home screen asks for a copy on a USB drive. A fund that has never been copied counts from its first
 * good backup, so a fund made today is not nagged on its first day, and one with no backup at all is told about
 * that instead (the backup line says so).
 */
export function copyReminder(input: {
  today: CalendarDate;
  lastCopyOn: CalendarDate | null;
  firstBackupOn: CalendarDate | null;
}): CopyReminder {
  const since = input.lastCopyOn ?? input.firstBackupOn;
  if (since === null) return { isDue: false, daysWithout: null };
  const days = Math.max(0, daysBetween(since, input.today));
  return { isDue: days >= copyReminderDays, daysWithout: days };
}
