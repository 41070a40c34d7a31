import { Grid, Table, Typography } from 'antd';
import type { FigureRowResponse } from '../../../contracts/activities.contract';
import { useT, type Translate } from '../../i18n/i18n';
import { totalOf } from '../../../contracts/figures';
import { statedFigure } from '../activities/stated-options';
import { channelLabel } from '../plans/plan-labels';
import './reports.css';

interface Row {
  key: string;
  channel: string;
  category: string;
  quantity: string;
  measureUnit: string;
  entries: number | null;
  total?: boolean;
  span: number;
}

/** A channel set in the reader's language: "Đài phát thanh, Truyền hình" for one figure over both. */
const setLabel = (t: Translate, channels: FigureRowResponse['channels']): string =>
  channels.map((c) => channelLabel(t, c)).join(', ');

/**
 * Figure rows by channel set (a figure over radio and television is one row under both, never
 * counted in each), a named outlet as its own row, quantities as stated ("trên 170"), and a total
 * where a set's categories share a unit of measure, approximate when any part is.
 */
export function figureRows(t: Translate, figures: FigureRowResponse[]): Row[] {
  const bySet = new Map<string, FigureRowResponse[]>();
  for (const f of figures) {
    const key = f.channels.join('+');
    bySet.set(key, [...(bySet.get(key) ?? []), f]);
  }
  return [...bySet].flatMap(([set, rows]) => {
    const name = setLabel(t, rows[0]?.channels ?? []);
    const units = new Set(rows.map((r) => r.measureUnit));
    const sum = totalOf(rows);
    const total: Row[] =
      rows.length > 1 && units.size === 1
        ? [
            {
              key: `${set}-total`,
              channel: name,
              category: t('fig.channelTotal', { channel: name }),
              quantity: statedFigure(t, sum.quantity, sum.approx),
              measureUnit: rows[0]?.measureUnit ?? '',
              entries: rows.reduce((n, r) => n + r.entries, 0),
              total: true,
              span: 0,
            },
          ]
        : [];
    const items = rows.map((r, i) => ({
      key: `${set}-${r.categoryCode}-${r.outlet ?? ''}`,
      channel: name,
      category: r.outlet ? `${r.categoryName} – ${r.outlet}` : r.categoryName,
      quantity: statedFigure(t, r.quantity, r.approx),
      measureUnit: r.measureUnit,
      entries: r.entries,
      span: i === 0 ? rows.length + total.length : 0,
    }));
    return [...items, ...total];
  });
}

/**
 * Quantities by channel and category (a report's "số liệu"); on a phone in two columns, the
 * channel over its category and the quantity with its unit, so the figure is never off-screen.
 */
export function FiguresTable({
  figures,
  testId,
}: {
  figures: FigureRowResponse[];
  testId: string;
}) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  if (screens.sm === false)
    return (
      <Table<Row>
        data-testid={testId}
        size="small"
        bordered
        pagination={false}
        dataSource={figureRows(t, figures)}
        rowClassName={(r) => (r.total ? 'figure-total' : '')}
        locale={{ emptyText: t('fig.empty') }}
        columns={[
          {
            key: 'what',
            title: t('fig.category'),
            render: (_: unknown, r: Row) => (
              <>
                {r.span > 0 && (
                  <Typography.Text strong style={{ display: 'block' }}>
                    {r.channel}
                  </Typography.Text>
                )}
                {r.category}
              </>
            ),
          },
          {
            key: 'quantity',
            title: t('fig.quantity'),
            align: 'right',
            render: (_: unknown, r: Row) => `${r.quantity} ${r.measureUnit}`,
          },
        ]}
      />
    );
  return (
    <Table<Row>
      data-testid={testId}
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={figureRows(t, figures)}
      rowClassName={(r) => (r.total ? 'figure-total' : '')}
      locale={{ emptyText: t('fig.empty') }}
      columns={[
        {
          key: 'channel',
          title: t('fig.channel'),
          dataIndex: 'channel',
          onCell: (r) => ({ rowSpan: r.span }),
        },
        { key: 'category', title: t('fig.category'), dataIndex: 'category' },
        {
          key: 'quantity',
          title: t('fig.quantity'),
          align: 'right',
          dataIndex: 'quantity',
        },
        { key: 'unit', title: t('fig.measureUnit'), dataIndex: 'measureUnit' },
        { key: 'entries', title: t('fig.entries'), align: 'right', dataIndex: 'entries' },
      ]}
    />
  );
}
