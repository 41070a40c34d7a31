/**
 * The period key of a phase's sơ kết: its name and its dates. Every campaign has an "Đợt 1", so
 * a name alone would make the 2026 sơ kết collide with the 2021 one of the same unit.
 */
export const phaseReportKey = (phaseName: string, from: string, to: string): string =>
  `${phaseName} ${from}/${to}`;

/** The name a final report's key carries in place of a phase's: "Tổng kết 2026-01-05/2026-05-31". */
export const FINAL_REPORT_NAME = 'Tổng kết';
