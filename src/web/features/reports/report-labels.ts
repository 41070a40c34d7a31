import type { ReportGridResponse, ReportResponse } from '../../../contracts/reports.contract';
import { formatDate, formatDateTime } from '../../components/format';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import type { ReportStatus } from './reports.api';

export type GridState = ReportGridResponse['rows'][number]['cells'][number]['state'];

const STATUS: Record<ReportStatus | 'none', { key: MessageKey; color: string }> = {
  none: { key: 'reportStatus.none', color: 'default' },
  draft: { key: 'reportStatus.draft', color: 'default' },
  submitted: { key: 'reportStatus.submitted', color: 'blue' },
  accepted: { key: 'reportStatus.accepted', color: 'green' },
  returned: { key: 'reportStatus.returned', color: 'orange' },
};

const GRID: Record<GridState, { key: MessageKey; className: string }> = {
  on_time: { key: 'grid.on_time', className: 'grid-on-time' },
  late: { key: 'grid.late', className: 'grid-late' },
  missing: { key: 'grid.missing', className: 'grid-missing' },
  not_due: { key: 'grid.not_due', className: 'grid-not-due' },
  not_required: { key: 'grid.not_required', className: 'grid-not-due' },
};

export const reportStatusLabel = (t: Translate, s: ReportStatus | 'none') => t(STATUS[s].key);
export const reportStatusColor = (s: ReportStatus | 'none') => STATUS[s].color;
export const gridStateLabel = (t: Translate, s: GridState) => t(GRID[s].key);
export const gridStateClass = (s: GridState) => GRID[s].className;
export const GRID_STATES: readonly GridState[] = [
  'on_time',
  'late',
  'missing',
  'not_due',
  'not_required',
];

/**
 * When a report was sent: its time; or, for one entered after the fact, the day it was really sent
 * and, marked "nhập sau", when it was entered.
 */
export function submittedText(
  t: Translate,
  r: Pick<ReportResponse, 'submittedAt' | 'submittedOn' | 'enteredLater'> | null,
): string {
  if (!r?.submittedAt) return '—';
  if (!r.enteredLater || !r.submittedOn) return formatDateTime(r.submittedAt);
  return t('rep.sentEnteredLater', {
    sent: formatDate(r.submittedOn),
    entered: formatDateTime(r.submittedAt),
  });
}
