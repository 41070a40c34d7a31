import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { ReportGridResponse } from '../../../contracts/reports.contract';
import { formatDate } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import { useReportGrid } from '../dashboard/progress.api';
import { gridStateClass, gridStateLabel, GRID_STATES } from './report-labels';
import { useRemind } from './reports.api';
import { weekRange } from './iso-week';
import { WeekPicker } from './WeekPicker';
import './reports.css';

type GridRow = ReportGridResponse['rows'][number];

/** Children × weeks: who sent their weekly report on time, late or not at all. */
export function ReportGrid(props: { unitId: string; week: string; onWeek: (w: string) => void }) {
  const { unitId, week: endWeek } = props;
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const canWrite = useCan('work.write');
  const grid = useReportGrid(unitId, 8, weekRange(endWeek)?.to);
  const remind = useRemind();
  const weeks = grid.data?.weeks ?? [];
  const rows = grid.data?.rows ?? [];
  const missingIn = (week: string) =>
    rows.filter((r) => r.cells.some((c) => c.week === week && c.state === 'missing'));
  const remindable = weeks.filter((w) => missingIn(w.key).length > 0).reverse();
  const [week, setWeek] = useState<string | undefined>();
  const chosen = week ?? remindable[0]?.key;

  const sendReminder = () => {
    if (!chosen) return;
    const unitIds = missingIn(chosen).map((r) => r.unitId);
    remind.mutate(
      { unitIds, week: chosen },
      {
        onSuccess: (r) => void message.success(t('grid.reminded', { n: r.reminded })),
        onError: (e) => showError(e),
      },
    );
  };

  return (
    <Card size="small" title={t('grid.title')} loading={grid.isPending} data-testid="report-grid">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('grid.help')}</Typography.Text>
        <WeekPicker value={endWeek} onChange={props.onWeek} />
        <Flex gap={6} wrap>
          {GRID_STATES.map((s) => (
            <Tag key={s} className={gridStateClass(s)}>
              {gridStateLabel(t, s)}
            </Tag>
          ))}
        </Flex>
        {rows.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.empty')} />
        ) : (
          <Table<GridRow>
            size="small"
            rowKey="unitId"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={rows}
            columns={[
              {
                key: 'unit',
                title: t('grid.unit'),
                dataIndex: 'unitName',
                fixed: 'left',
                width: 180,
              },
              ...weeks.map((w) => ({
                key: w.key,
                title: (
                  <abbr title={`${formatDate(w.from)}–${formatDate(w.to)}`}>{w.key.slice(-3)}</abbr>
                ),
                align: 'center' as const,
                render: (_: unknown, r: GridRow) => {
                  const cell = r.cells.find((c) => c.week === w.key);
                  if (!cell) return null;
                  const tag = (
                    <Tag className={gridStateClass(cell.state)}>
                      {gridStateLabel(t, cell.state)}
                      {cell.enteredLater ? ` · ${t('rep.enteredLater')}` : ''}
                    </Tag>
                  );
                  return cell.reportId ? <Link to={`/reports/${cell.reportId}`}>{tag}</Link> : tag;
                },
              })),
            ]}
          />
        )}
        {canWrite && remindable.length > 0 && (
          <Flex gap={8} wrap align="center">
            <Select
              value={chosen}
              onChange={setWeek}
              options={remindable.map((w) => ({
                value: w.key,
                label: t('grid.remindWeek', { week: w.key, n: missingIn(w.key).length }),
              }))}
              aria-label={t('grid.remindPick')}
              style={{ minWidth: 220 }}
            />
            <Button
              icon={<BellOutlined />}
              onClick={sendReminder}
              loading={remind.isPending}
              data-testid="remind"
            >
              {t('grid.remind')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
