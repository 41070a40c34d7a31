import { Table } from 'antd';
import type { FigureRowResponse } from '../../../contracts/activities.contract';
import { useT, type Translate } from '../../i18n/i18n';
import { channelLabel } from '../plans/plan-labels';
import './reports.css';

interface Row {
  key: string;
  channel: string;
  category: string;
  quantity: number;
  measureUnit: string;
  entries: number | null;
  total?: boolean;
  span: number;
}

/** Figure rows by channel, with a channel total where its categories share a unit of measure. */
export function figureRows(t: Translate, figures: FigureRowResponse[]): Row[] {
  const byChannel = new Map<string, FigureRowResponse[]>();
  for (const f of figures) byChannel.set(f.channel, [...(byChannel.get(f.channel) ?? []), f]);
  return [...byChannel].flatMap(([channel, rows]) => {
    const name = channelLabel(t, rows[0]?.channel);
    const units = new Set(rows.map((r) => r.measureUnit));
    const total: Row[] =
      rows.length > 1 && units.size === 1
        ? [
            {
              key: `${channel}-total`,
              channel: name,
              category: t('fig.channelTotal', { channel: name }),
              quantity: rows.reduce((n, r) => n + r.quantity, 0),
              measureUnit: rows[0]?.measureUnit ?? '',
              entries: rows.reduce((n, r) => n + r.entries, 0),
              total: true,
              span: 0,
            },
          ]
        : [];
    const items = rows.map((r, i) => ({
      key: `${channel}-${r.categoryCode}`,
      channel: name,
      category: r.categoryName,
      quantity: r.quantity,
      measureUnit: r.measureUnit,
      entries: r.entries,
      span: i === 0 ? rows.length + total.length : 0,
    }));
    return [...items, ...total];
  });
}

/** Quantities by channel and category (a report's "số liệu"). */
export function FiguresTable({
  figures,
  testId,
}: {
  figures: FigureRowResponse[];
  testId: string;
}) {
  const t = useT();
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
          render: (_, r) => r.quantity.toLocaleString('vi-VN'),
        },
        { key: 'unit', title: t('fig.measureUnit'), dataIndex: 'measureUnit' },
        { key: 'entries', title: t('fig.entries'), align: 'right', dataIndex: 'entries' },
      ]}
    />
  );
}
