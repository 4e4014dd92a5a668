/** Web mode names a file inside the server's fund folder; the extension is added when she leaves it out. */
export function withExtension(location: string): string {
  const trimmed = location.trim();
  return trimmed.toLowerCase().endsWith('.swfund') ? trimmed : `${trimmed}.swfund`;
}
