import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Popconfirm, Select, Table, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { ActivityResponse } from '../../../contracts/activities.contract';
import { enteredLater, formatDate } from '../../components/format';
import { UnitPicker } from '../../components/UnitPicker';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan, useMe } from '../auth/session';
import { useView } from '../dashboard/use-view';
import { useUnitDetail } from '../units/units.api';
import { channelLabel, channelOptions, type Channel } from '../plans/plan-labels';
import { statedFigure } from './stated-options';
import { ActivityPhotoCell } from './ActivityPhotoCell';
import {
  useActivities,
  useCategories,
  useDeleteActivity,
  type ActivityFilter,
} from './activities.api';

const PAGE_SIZE = 20;

/**
 * Recorded activities of the user's subtree, newest first, with filters and delete; the unit and
 * the dates are the shared view in the address (`?unit=&from=&to=`), the rest belong to the list.
 */
export function ActivityList() {
  const t = useT();
  const me = useMe();
  const view = useView();
  const canWrite = useCan('work.write');
  const { message } = App.useApp();
  const showError = useApiError();
  const [own, setFilter] = useState<ActivityFilter>({ page: 1 });
  const filter: ActivityFilter = {
    ...own,
    unitId: view.unitId === me.unit.id ? undefined : view.unitId,
    ...(view.hasRange ? view.range : {}),
  };
  const list = useActivities({ ...filter, unitId: view.unitId, pageSize: PAGE_SIZE });
  const unit = useUnitDetail(filter.unitId).data?.unit;
  const categories = useCategories().data ?? [];
  const remove = useDeleteActivity();
  const set = (patch: ActivityFilter) => {
    if ('unitId' in patch) view.setUnit(patch.unitId);
    if ('from' in patch) {
      if (patch.from && patch.to) view.setRange({ from: patch.from, to: patch.to });
      else view.clearRange();
    }
    setFilter((f) => ({ ...f, ...patch, page: 1 }));
  };
  const filtered = Boolean(filter.from || filter.channel || filter.categoryCode || filter.unitId);

  const del = (a: ActivityResponse) =>
    remove.mutate(a.id, {
      onSuccess: () => void message.success(t('act.deleted')),
      onError: (e) => showError(e),
    });

  return (
    <Card size="small" title={t('act.listTitle')} data-testid="activity-list">
      <Flex vertical gap={12}>
        <Flex gap={8} wrap>
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
            onChange={(d) =>
              set({ from: d?.[0]?.format('YYYY-MM-DD'), to: d?.[1]?.format('YYYY-MM-DD') })
            }
            aria-label={t('act.filterDates')}
            style={{ flex: '1 1 240px', maxWidth: 280 }}
          />
          <Select
            allowClear
            value={filter.channel}
            onChange={(channel?: Channel) => set({ channel })}
            options={channelOptions(t)}
            placeholder={t('act.filterChannel')}
            aria-label={t('act.filterChannel')}
            style={{ flex: '1 1 160px', minWidth: 0 }}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={filter.categoryCode}
            onChange={(categoryCode?: string) => set({ categoryCode })}
            options={categories.map((c) => ({ value: c.code, label: c.name }))}
            placeholder={t('act.filterCategory')}
            aria-label={t('act.filterCategory')}
            style={{ flex: '1 1 180px', minWidth: 0 }}
          />
          <div style={{ flex: '1 1 200px', minWidth: 0 }}>
            <UnitPicker
              key={unit?.id ?? 'mine'}
              initialOption={
                unit ? { value: unit.id, label: unit.name, kind: unit.kind } : undefined
              }
              allowClear
              value={unit ? filter.unitId : undefined}
              onChange={(unitId) => set({ unitId })}
              placeholder={t('act.filterUnit')}
              aria-label={t('act.filterUnit')}
            />
          </div>
        </Flex>
        <Table<ActivityResponse>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: filtered ? t('act.emptyFiltered') : t('act.empty') }}
          pagination={{
            current: filter.page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            size: 'small',
            showTotal: (n) => t('common.total', { n }),
            onChange: (page) => setFilter((f) => ({ ...f, page })),
          }}
          columns={[
            {
              key: 'date',
              title: t('act.date'),
              render: (_, a) => {
                const entered = enteredLater(a.occurredOn, a.createdAt);
                return (
                  <>
                    {formatDate(a.occurredOn)}
                    {entered && (
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                        {t('act.enteredOn', { date: entered })}
                      </Typography.Text>
                    )}
                  </>
                );
              },
              width: 110,
            },
            {
              key: 'category',
              title: t('act.category'),
              render: (_, a) => a.categoryName ?? a.categoryCode,
            },
            {
              key: 'channel',
              title: t('act.channel'),
              render: (_, a) =>
                [a.channels.map((c) => channelLabel(t, c)).join(', '), a.outlet]
                  .filter(Boolean)
                  .join(' – '),
            },
            {
              key: 'quantity',
              title: t('act.quantity'),
              align: 'right',
              render: (_, a) => `${statedFigure(t, a.quantity, a.approx)} ${a.measureUnit}`,
            },
            {
              key: 'unit',
              title: t('act.unit'),
              render: (_, a) => (
                <>
                  {a.unitName ?? ''}
                  {a.areaName && a.areaUnitId !== a.unitId && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('act.area', { area: a.areaName })}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              key: 'title',
              title: t('act.title'),
              render: (_, a) =>
                a.link ? (
                  <Typography.Link href={a.link} target="_blank" rel="noreferrer">
                    {a.title || a.link}
                  </Typography.Link>
                ) : (
                  a.title
                ),
            },
            {
              key: 'photo',
              title: t('act.photo'),
              render: (_, a) => <ActivityPhotoCell activity={a} canWrite={canWrite} />,
            },
            ...(canWrite
              ? [
                  {
                    key: 'actions',
                    title: <span className="sr-only">{t('common.actions')}</span>,
                    width: 48,
                    render: (_: unknown, a: ActivityResponse) => (
                      <Popconfirm
                        title={t('act.deleteConfirm')}
                        okText={t('act.delete')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => del(a)}
                      >
                        <Button
                          type="text"
                          danger
                          size="small"
                          icon={<DeleteOutlined />}
                          aria-label={t('act.delete')}
                        />
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Flex>
    </Card>
  );
}
