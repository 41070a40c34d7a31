import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { ReportGridResponse } from '../../../contracts/reports.contract';
import { kindOptions, type UnitKind } from '../../components/labels';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import { useReportGrid } from '../dashboard/progress.api';
import { gridStateClass, gridStateLabel, GRID_STATES, type GridState } from './report-labels';
import { useRemind } from './reports.api';
import { weekRange } from '../../../contracts/weeks';
import { WeekPicker } from './WeekPicker';
import './reports.css';

type GridRow = ReportGridResponse['rows'][number];

interface Props {
  unitId: string;
  week: string;
  onWeek: (w: string) => void;
  /** Opens a row's unit in the same grid (its own children), at any depth. */
  onDrill: (unitId: string) => void;
}

/** Children × weeks: who sent their weekly report on time, late or not at all. */
export function ReportGrid(props: Props) {
  const { unitId, week: endWeek } = props;
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const canWrite = useCan('work.write');
  const [kind, setKind] = useState<UnitKind | undefined>();
  const [status, setStatus] = useState<GridState | undefined>();
  const grid = useReportGrid(unitId, 8, weekRange(endWeek)?.to, { kind, status });
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
        <Flex gap={8} wrap>
          <WeekPicker value={endWeek} onChange={props.onWeek} />
          <Select
            allowClear
            placeholder={t('grid.allKinds')}
            aria-label={t('grid.kind')}
            value={kind}
            onChange={setKind}
            options={kindOptions(t).filter((o) => o.value !== 'nation')}
            style={{ minWidth: 200 }}
          />
          <Select
            allowClear
            placeholder={t('grid.allStates')}
            aria-label={t('grid.status')}
            value={status}
            onChange={setStatus}
            options={GRID_STATES.map((s) => ({ value: s, label: gridStateLabel(t, s) }))}
            style={{ minWidth: 160 }}
          />
        </Flex>
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
                fixed: 'left',
                width: 220,
                render: (_: unknown, r: GridRow) => (
                  <Flex vertical>
                    <span style={{ paddingLeft: (r.level - 1) * 12 }}>
                      {r.unitId === unitId ? (
                        r.unitName
                      ) : (
                        <Button
                          type="link"
                          size="small"
                          className="grid-drill"
                          onClick={() => props.onDrill(r.unitId)}
                          title={t('drill.open', { unit: r.unitName })}
                        >
                          {r.unitName}
                        </Button>
                      )}
                    </span>
                    {r.ownerName && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('grid.owner', { owner: r.ownerName })}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              ...weeks.map((w) => ({
                key: w.key,
                title: w.label,
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
                label: t('grid.remindWeek', { week: w.label, n: missingIn(w.key).length }),
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
