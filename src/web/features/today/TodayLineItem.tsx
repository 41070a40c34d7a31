import { List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TodayLine } from '../../../contracts/today.contract';
import { formatDate } from '../../components/format';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { weekRange } from '../../../contracts/weeks';

const STATUS_COLOR: Record<TodayLine['status'], string> = {
  due: 'processing',
  due_today: 'orange',
  late: 'red',
  met: 'green',
  pending: 'default',
  missed: 'red',
  soon: 'blue',
  waiting: 'default',
};

/** "Tuần 20 (16/05–22/05/2022)" from a week key. */
export function weekText(t: Translate, key: string): string {
  const range = weekRange(key);
  if (!range) return key;
  return t('today.week', {
    n: Number(key.slice(6)),
    from: formatDate(range.from).slice(0, 5),
    to: formatDate(range.to),
  });
}

const toRoute = (link: string): string => link.replace(/^\/app(?=\/|$)/, '') || '/';

function titleOf(t: Translate, line: TodayLine): string {
  if (line.kind === 'report' || line.kind === 'weekly_report') return weekText(t, line.title);
  if (line.kind === 'phase_summary') return t('today.summaryTitle', { phase: line.title });
  return line.title;
}

/** What the submitter waits on: "Chờ ông/bà … (Lãnh đạo Phường …) duyệt", or the unit's leaders. */
export function approverText(t: Translate, line: Pick<TodayLine, 'approvers' | 'unitName'>) {
  const names = line.approvers.length
    ? line.approvers
        .map((a) =>
          t('today.approverPerson', {
            name: a.name,
            role: t(`today.role.${a.role}` as MessageKey),
            unit: a.unitName,
          }),
        )
        .join(', ')
    : t('today.approverUnit', { unit: line.unitName });
  return t('today.approver', { names });
}

function detailsOf(t: Translate, line: TodayLine): string[] {
  const parts: string[] = [];
  const sent = line.kind === 'document' || line.kind === 'issued_plan';
  if (!sent && line.kind !== 'milestone' && line.unitName && line.kind !== 'report')
    parts.push(line.unitName);
  if (line.kind === 'milestone') parts.push(line.unitName);
  if (sent) parts.push(t('today.from', { unit: line.unitName }));
  if (line.kind === 'report' && (line.detail === 'draft' || line.detail === 'returned'))
    parts.push(t(`today.report.${line.detail}`));
  if (line.kind === 'claim' && line.detail)
    parts.push(t(`claims.status.${line.detail}` as MessageKey));
  if (line.kind === 'task') {
    parts.push(t('today.deadline', { date: formatDate(line.date) }));
    if (line.detail) parts.push(t('today.progress', { done: line.detail }));
  }
  if (line.byName) parts.push(t('today.by', { name: line.byName }));
  return parts;
}

/** One line: what it is, its state, and a link that opens the thing itself. */
export function TodayLineItem({ t, line, mine }: { t: Translate; line: TodayLine; mine: boolean }) {
  const status =
    line.kind === 'task'
      ? t(`today.status.${line.status}`)
      : t(`today.status.${line.status}`, { date: formatDate(line.date) });
  return (
    <List.Item className="today-line">
      <List.Item.Meta
        title={
          <Link to={toRoute(line.link)} className="today-link">
            {titleOf(t, line)}
          </Link>
        }
        description={
          <>
            <Typography.Text type="secondary">
              {[t(`today.kind.${line.kind}`), ...detailsOf(t, line)].join(' · ')}
            </Typography.Text>
            {mine && (
              <div>
                <Typography.Text strong>{approverText(t, line)}</Typography.Text>
              </div>
            )}
          </>
        }
      />
      <Tag color={STATUS_COLOR[line.status]}>{status}</Tag>
    </List.Item>
  );
}
