import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { formatDate, formatWeek } from '../../components/format';
import type { Obligation, ObligationStatus } from '../dashboard/progress.api';

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

/** Ended unmet: a week missed, or a one-off task past its deadline. */
export const isOverdue = (o: Obligation): boolean =>
  o.status === 'missed' || o.status === 'overdue';

/** "Tuần 16 (18/04–24/04/2022): 0/1" for a week, "Hạn 08/04/2022: 0/1" for a deadline. */
export function overdueLine(t: Translate, o: Obligation): string {
  const counts = { done: o.done, required: o.required };
  return /^\d{4}-W\d{2}$/.test(o.key)
    ? t('ob.weekLine', { week: formatWeek(t, o.key), ...counts })
    : t('ob.onceLine', { to: formatDate(o.to), ...counts });
}
