/** How a member's consent was recorded (reliability.md §(e), s.19 and s.24 of the PDPA): kept with the consent. */
export const consentMethods = ['paper-form', 'in-person', 'other'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/** Where a member's full personal data was shown (the access log's "where"); an export is its own kind of look. */
export const accessScreens = ['profile', 'edit', 'export'] as const;
export type AccessScreen = (typeof accessScreens)[number];

/**
 * A Thai ID as lists and the member page show it until someone asks for more (§(e) minimisation): printed
 * grouping, the first digit and the last three shown (enough for a member to know it is hers), the middle
 * nine hidden: 1-2345-67890-12-1 shows as 1-••••-•••••-12-1.
 */
export function maskThaiId(citizenId: string): string {
  const digits = citizenId.replace(/\D/g, '');
  if (digits.length !== 13) return '•'.repeat(Math.max(digits.length, 1));
  return `${digits.slice(0, 1)}-••••-•••••-${digits.slice(10, 12)}-${digits.slice(12)}`;
}
