/** How a backup's age reads: "just now", minutes, hours up to two days, then days (ui.backups.age.*). */
export function backupAge(minutes: number): { key: 'justNow' | 'minutes' | 'hours' | 'days'; count: number } {
  if (minutes < 1) return { key: 'justNow', count: 0 };
  if (minutes < 60) return { key: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { key: 'hours', count: hours };
  return { key: 'days', count: Math.floor(hours / 24) };
}
