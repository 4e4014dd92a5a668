/** The app's mark (a seed over a ledger line), drawn inline so no image or font comes from elsewhere (A14). */
export function AppLogo({ size = 36 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#ffffff" fillOpacity="0.14" />
      <path d="M32 12c-7.5 0-13 5.4-13 12 0 9.6 13 18.5 13 18.5S45 33.6 45 24c0-6.6-5.5-12-13-12z" fill="#f4c54d" />
      <circle cx="32" cy="24" r="4.5" fill="#1f6f5c" />
      <rect x="13" y="46" width="38" height="6" rx="3" fill="#ffffff" />
    </svg>
  );
}
