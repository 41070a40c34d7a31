import { emptyNarrative, type Report, type ReportKind } from './report';

export interface ReportRow extends Report {
  unitPath: string;
  submittedOn: string | null;
  /** Set when the report was issued as a numbered document (a group's sơ kết). */
  number: number | null;
  issuedOn: string | null;
}

/** A report row not yet written to: a draft with empty narrative and figures, version 1. */
export function newReportRow(
  r: Pick<ReportRow, 'id' | 'unitId' | 'unitPath' | 'kind' | 'periodKey' | 'from' | 'to' | 'dueOn'>,
  now: Date,
): ReportRow {
  return {
    ...r,
    status: 'draft',
    narrative: emptyNarrative(),
    figures: [],
    compliance: null,
    submittedAt: null,
    submittedOn: null,
    submittedBy: null,
    readAt: null,
    readBy: null,
    reviewedBy: null,
    reviewNote: null,
    number: null,
    issuedOn: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

export interface ReportRepository {
  get(id: string): Promise<ReportRow | null>;
  getFor(unitId: string, kind: ReportKind, periodKey: string): Promise<ReportRow | null>;
  /** Inserts unless a report for the same unit, kind and period exists; returns the stored one either way. */
  insertOrGet(report: ReportRow): Promise<ReportRow>;
  update(
    id: string,
    expectedVersion: number,
    patch: Partial<ReportRow>,
    at: Date,
  ): Promise<ReportRow | null>;
  /** Reports of these units for these period keys. */
  findFor(unitIds: string[], kind: ReportKind, periodKeys: string[]): Promise<ReportRow[]>;
  /** Submitted narratives in a subtree and date range, for a summary's highlights. */
  narratives(query: {
    withinPath: string;
    from: string;
    to: string;
    limit: number;
  }): Promise<Array<{ unitId: string; periodKey: string; results: string }>>;
}
