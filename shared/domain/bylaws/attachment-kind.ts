/** The kinds of file a bylaw may be kept as: the signed paper as a PDF, or a photo or scan of it. */
export const bylawMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type BylawMediaType = (typeof bylawMediaTypes)[number];

/** The most one attached file may weigh: a scanned bylaw of a few dozen pages fits; the fund file stays small. */
export const bylawAttachmentLimitBytes = 10 * 1024 * 1024;

const signatures: readonly { type: BylawMediaType; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/**
 * What a file is by its first bytes, never by its name: a renamed document or program is not a PDF because its
 * name ends in ".pdf". Undefined for anything but a PDF, a JPEG or a PNG.
 */
export function bylawMediaTypeOf(content: Uint8Array): BylawMediaType | undefined {
  return signatures.find((signature) => signature.bytes.every((byte, index) => content[index] === byte))?.type;
}

/** The extension a download of the file carries, whatever the name it was uploaded with. */
export const bylawFileExtensions: Record<BylawMediaType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };
