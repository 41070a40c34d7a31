import { useState } from 'react';
import { Button, Card, Empty, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { formatDate } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useCan } from '../auth/session';
import { useCancelSlot, useSchedule, useStations, type ScheduledPlay } from './broadcasts.api';
import { SlotDialog } from './SlotDialog';
import { mondayOf, weekDays } from './week';
import './broadcasts.css';
import { today } from '../../../contracts/weeks';

const COLOR: Record<ScheduledPlay['priority'], string> = {
  normal: 'blue',
  priority: 'orange',
  emergency: 'red',
};

/** A calendar-like week: one column a day, each play at its time, coloured by priority. */
export function WeekView() {
  const t = useT();
  const canWrite = useCan('work.write');
  const showError = useApiError();
  const [offset, setOffset] = useState(0);
  const [adding, setAdding] = useState(false);
  const monday = mondayOf(today(), offset);
  const days = weekDays(monday);
  const schedule = useSchedule(monday, days[6] ?? monday);
  const stations = useStations();
  const cancel = useCancelSlot();
  const stationName = new Map((stations.data ?? []).map((s) => [s.id, s.name]));
  const plays = schedule.data?.plays ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between" align="center">
        <Space wrap>
          <Button
            icon={<LeftOutlined />}
            onClick={() => setOffset(offset - 1)}
            aria-label={t('bc.prevWeek')}
          />
          <Button onClick={() => setOffset(0)}>{t('bc.thisWeek')}</Button>
          <Button
            icon={<RightOutlined />}
            onClick={() => setOffset(offset + 1)}
            aria-label={t('bc.nextWeek')}
            data-testid="next-week"
          />
          <Typography.Text strong>
            {t('bc.week', { from: formatDate(monday), to: formatDate(days[6]) })}
          </Typography.Text>
        </Space>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('bc.addSlot')}
          </Button>
        )}
      </Flex>
      {!schedule.isLoading && plays.length === 0 && <Empty description={t('bc.weekEmpty')} />}
      <div
        className="week-grid"
        data-testid="week-view"
        role="table"
        aria-label={t('bc.tab.schedule')}
      >
        {days.map((day, i) => (
          <div key={day} className="week-day" role="row">
            <div className="week-day-head" role="columnheader">
              {t(`bc.day.${i + 1}` as MessageKey)} <span>{formatDate(day).slice(0, 5)}</span>
            </div>
            {plays
              .filter((p) => p.date === day)
              .map((p) => (
                <Card key={`${p.slotId}${p.time}`} size="small" className="week-play" role="cell">
                  <Typography.Text strong>{p.time}</Typography.Text>{' '}
                  <Tag color={COLOR[p.priority]}>
                    {t(`bc.priority.${p.priority}` as MessageKey)}
                  </Tag>
                  <div>{p.contentTitle}</div>
                  <Typography.Text type="secondary">
                    {p.stationIds.map((id) => stationName.get(id) ?? '').join(', ')}
                  </Typography.Text>
                  {canWrite && (
                    <Popconfirm
                      title={t('bc.cancelSlot')}
                      onConfirm={() => cancel.mutate(p.slotId, { onError: (e) => showError(e) })}
                    >
                      <Typography.Link className="week-cancel">
                        {t('bc.cancelSlot')}
                      </Typography.Link>
                    </Popconfirm>
                  )}
                </Card>
              ))}
          </div>
        ))}
      </div>
      <SlotDialog open={adding} onClose={() => setAdding(false)} />
    </Flex>
  );
}
