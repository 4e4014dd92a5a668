import type { BylawVersion, BylawVersionSummary } from '../../../shared/api/bylaw-types';
import { bylawInForce, inForcePeriods } from '../../../shared/domain/bylaws/in-force';
import { clauseCoverage, clauseItems } from '../../../shared/domain/bylaws/clause-groups';
import type { Connection } from '../db/execute';
import {
  attachmentsByVersion,
  clausesByVersion,
  listBylawVersions,
  rulesByVersion,
  type BylawRecord,
} from '../db/repositories/bylaw-repository';
import { findCitedResolution } from '../db/repositories/meeting-repository';
import { citationOf } from './resolution-citations';

/** The fund's bylaw versions, newest first, each with its checklist and days in force; and the one in force on `day`. */
export type BylawsOnDay = { versions: BylawVersion[]; inForce: BylawVersion | undefined };

/**
 * Every version as the bylaws page, the status form (§9.1) and the certification's criterion 3 read it: its
 * adopting meeting named as papers name it, its days in force, its checklist's coverage group by group, the
 * welfare rule versions it adopts and its attached files (without their bytes). A few versions per fund: read whole.
 */
export function readBylaws(connection: Connection, day: string): BylawsOnDay {
  const records = listBylawVersions(connection);
  const periods = inForcePeriods(records);
  const inForceRecord = bylawInForce(records, day);
  const clauses = clausesByVersion(connection);
  const rules = rulesByVersion(connection);
  const attachments = attachmentsByVersion(connection);
  const versions = records
    .map((record): BylawVersion => {
      // In the checklist's own order (the six groups), whatever order they were stored in.
      const checklist = [...(clauses.get(record.id) ?? [])].sort(
        (left, right) => clauseItems.indexOf(left.item) - clauseItems.indexOf(right.item),
      );
      const coverage = clauseCoverage(checklist.map((clause) => clause.item)).map((entry) => ({
        ...entry,
        isCovered: entry.missing.length === 0,
      }));
      return {
        ...summaryFields(connection, record),
        inForce: periods.get(record.id) ?? null,
        isInForce: record.id === inForceRecord?.id,
        coverage,
        isComplete: coverage.every((entry) => entry.isCovered),
        rules: rules.get(record.id) ?? [],
        attachments: attachments.get(record.id) ?? [],
        bodyText: record.bodyText,
        clauses: checklist,
      };
    })
    .reverse();
  return { versions, inForce: versions.find((version) => version.isInForce) };
}

function summaryFields(connection: Connection, record: BylawRecord) {
  const resolution = record.resolutionId === null ? undefined : findCitedResolution(connection, record.resolutionId);
  return {
    id: record.id,
    uuid: record.uuid,
    versionNo: record.versionNo,
    amendmentNo: record.amendmentNo,
    title: record.title,
    adoptedOn: record.adoptedOn,
    citation: resolution ? citationOf(resolution) : null,
    adoptedAtText: record.adoptedAtText,
    voided: record.voided,
    createdAt: record.createdAt,
  };
}

/** A version as a list shows it: without its text and checklist rows, which only its detail needs. */
export function summaryOf(version: BylawVersion): BylawVersionSummary {
  const { bodyText: _bodyText, clauses: _clauses, ...summary } = version;
  return summary;
}
