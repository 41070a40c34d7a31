import type { Report, ReportKind } from './report';

export interface ReportRow extends Report {
  unitPath: string;
  submittedOn: string | null;
  /** Set when the report was issued as a numbered document (a group's sơ kết). */
  number: number | null;
  issuedOn: string | null;
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
