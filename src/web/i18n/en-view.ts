import type { viView } from './vi-view';

/** English for the shared unit and period, and the week and phase pickers. */
export const enView: Record<keyof typeof viView, string> = {
  'view.problemsTitle': 'Part of the address could not be read; the page shows its default',
  'view.bad.unit': 'Unit “{value}” is not a valid unit id; showing your own unit.',
  'view.bad.from': 'From “{value}” is not a valid date (year-month-day, e.g. 2022-05-16).',
  'view.bad.to': 'To “{value}” is not a valid date (year-month-day, e.g. 2022-06-05).',
  'view.bad.range': 'Period “{value}”: From must be on or before To.',
  'view.bad.week': 'Week “{value}” is not a valid week (e.g. 2022-W20).',
  'range.byPhase': 'By plan phase',
  'range.phaseOption': '{name} ({from}–{to})',
  'week.year': 'Year',
  'week.number': 'Week',
  'drill.open': 'Show the units under {unit}',
  'drill.path': 'Path down the tree',
  'tasks.ofUnit': 'Tasks of {unit} and the units under it',
  'tasks.inRange': 'Only tasks due within {from}–{to}',
  'tasks.showAll': 'Show every task',
};
