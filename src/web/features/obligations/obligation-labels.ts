import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import type { ObligationStatus } from '../dashboard/progress.api';

const STATUS: Record<ObligationStatus, { key: MessageKey; color: string }> = {
  met: { key: 'obStatus.met', color: 'green' },
  missed: { key: 'obStatus.missed', color: 'red' },
  pending: { key: 'obStatus.pending', color: 'processing' },
  done_on_time: { key: 'obStatus.done_on_time', color: 'green' },
  done_late: { key: 'obStatus.done_late', color: 'orange' },
  open: { key: 'obStatus.open', color: 'default' },
  overdue: { key: 'obStatus.overdue', color: 'red' },
};

export const OBLIGATION_STATUSES: readonly ObligationStatus[] = [
  'overdue',
  'missed',
  'pending',
  'open',
  'done_late',
  'met',
  'done_on_time',
];
export const obligationStatusLabel = (t: Translate, s: ObligationStatus) => t(STATUS[s].key);
export const obligationStatusColor = (s: ObligationStatus) => STATUS[s].color;
