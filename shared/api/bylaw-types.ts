import type { BylawMediaType } from '../domain/bylaws/attachment-kind';
import type { ClauseGroup, ClauseItem } from '../domain/bylaws/clause-groups';

/** The meeting resolution a version was adopted by, as papers name it. */
export type BylawCitation = { resolutionId: number; meetingId: number; meetingOn: string; reference: string };

/** A group of the essential-clause checklist, and the items this version leaves out (none: covered). */
export type ClauseGroupCoverage = { group: ClauseGroup; missing: ClauseItem[]; isCovered: boolean };

/** A welfare rule version a bylaw version adopts, named as the welfare page names it. */
export type BylawRule = { ruleVersionId: number; typeId: number; typeCode: string; nameTh: string; nameEn: string; effectiveFrom: string };

export type BylawAttachment = { id: number; fileName: string; mediaType: BylawMediaType; bytes: number; sha256: string; createdAt: string };

/** A version in the list: where it stands in the fund's law, its checklist coverage, its rules and its files. */
export type BylawVersionSummary = {
  id: number;
  uuid: string;
  versionNo: number;
  amendmentNo: number;
  title: string;
  adoptedOn: string;
  citation: BylawCitation | null;
  adoptedAtText: string;
  /** Its days in force; null for a voided version. `until` null: in force until now, or from a day still to come. */
  inForce: { from: string; until: string | null } | null;
  isInForce: boolean;
  coverage: ClauseGroupCoverage[];
  /** Every group covered: certification criterion 3 asks this of the version in force. */
  isComplete: boolean;
  rules: BylawRule[];
  attachments: BylawAttachment[];
  voided: { at: string; reason: string; by: string } | null;
  createdAt: string;
};

export type BylawVersion = BylawVersionSummary & { bodyText: string; clauses: { item: ClauseItem; foundAt: string }[] };

export type BylawList = {
  /** Newest first, voided ones kept. */
  versions: BylawVersionSummary[];
  /** The version in force today, if any. */
  inForceId: number | null;
  /** What the next version's amendment number must be. */
  nextAmendmentNo: number;
  today: string;
};

/** An attached file handed over for download: its bytes checked against the SHA-256 kept with them. */
export type BylawAttachmentFile = { fileId: string; fileName: string; bytes: number; sha256: string; mediaType: BylawMediaType };

/** Which bylaw version adopted a welfare rule version (on the welfare rules page). */
export type RuleBylaw = { versionId: number; amendmentNo: number; adoptedOn: string; title: string };
