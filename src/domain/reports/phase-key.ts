/**
 * The period key of a phase's sơ kết: its name and its dates. Every campaign has an "Đợt 1", so
 * a name alone would make the 2026 sơ kết collide with the 2021 one of the same unit.
 */
export const phaseReportKey = (phaseName: string, from: string, to: string): string =>
  `${phaseName} ${from}/${to}`;
