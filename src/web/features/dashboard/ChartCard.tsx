import { useState, type ReactNode } from 'react';
import { Button, Card, Empty, Flex, Segmented, Table, Typography } from 'antd';
import { BarChartOutlined, DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/i18n';
import { csvFileName, downloadText, toCsv, type Cell } from './csv';
import { EChart, type ChartOption } from './EChart';

/** What a chart shows, as a table: the chart, its table view and its CSV all come from it. */
export interface ChartData {
  header: string[];
  rows: Cell[][];
}

interface ChartCardProps {
  title: string;
  help?: string;
  data: ChartData;
  option: ChartOption;
  loading?: boolean;
  empty: string;
  height?: number;
  onItemClick?: (rowIndex: number) => void;
  /** Extra controls beside the view switch (e.g. "by channel / by category"). */
  controls?: ReactNode;
  testId: string;
}

/** A chart with a "Bảng" (table) view of the same data and a "Tải CSV" download. */
export function ChartCard(props: ChartCardProps) {
  const t = useT();
  const { title, data, testId } = props;
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const download = () => downloadText(csvFileName(title), toCsv(data.header, data.rows));
  const empty = data.rows.length === 0;

  return (
    <Card
      size="small"
      title={<span className="chart-title">{title}</span>}
      data-testid={testId}
      loading={props.loading}
    >
      <Flex vertical gap={8}>
        <Flex gap={8} wrap justify="space-between" align="center">
          <Flex gap={8} wrap align="center">
            <Segmented<'chart' | 'table'>
              size="small"
              value={view}
              onChange={setView}
              options={[
                { value: 'chart', label: t('chart.chart'), icon: <BarChartOutlined /> },
                { value: 'table', label: t('chart.table'), icon: <TableOutlined /> },
              ]}
              aria-label={t('chart.view')}
            />
            {props.controls}
          </Flex>
          <Button size="small" icon={<DownloadOutlined />} onClick={download} disabled={empty}>
            {t('chart.csv')}
          </Button>
        </Flex>
        {props.help && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {props.help}
          </Typography.Text>
        )}
        {empty ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.empty} />
        ) : view === 'chart' ? (
          <EChart
            option={props.option}
            height={props.height ?? 280}
            onItemClick={props.onItemClick}
            aria-label={title}
          />
        ) : (
          <ChartTable data={data} testId={`${testId}-table`} onRowClick={props.onItemClick} />
        )}
      </Flex>
    </Card>
  );
}

function ChartTable(props: {
  data: ChartData;
  testId: string;
  onRowClick?: (rowIndex: number) => void;
}) {
  const { header, rows } = props.data;
  return (
    <Table<{ key: number; cells: Cell[] }>
      data-testid={props.testId}
      size="small"
      scroll={{ x: 'max-content' }}
      pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
      dataSource={rows.map((cells, key) => ({ key, cells }))}
      onRow={(r) => (props.onRowClick ? { onClick: () => props.onRowClick?.(r.key) } : {})}
      columns={header.map((title, i) => ({
        key: String(i),
        title,
        align: i === 0 ? 'left' : 'right',
        render: (_: unknown, r: { cells: Cell[] }) => r.cells[i] ?? '',
      }))}
    />
  );
}
