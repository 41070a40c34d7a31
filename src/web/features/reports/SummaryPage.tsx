import { Alert, Button, Card, Collapse, Empty, Flex, List, Spin, Table, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { formatDate, formatWeek } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { parseViewState } from '../../components/view-state';
import { useMe } from '../auth/session';
import { ViewProblems } from '../dashboard/ViewProblems';
import { percent } from '../../../contracts/week-compliance';
import { ChannelTotals } from './ChannelTotals';
import { FiguresTable } from './FiguresTable';
import { IssueSummaryButton } from './IssueSummaryButton';
import { summaryFileUrl, useSummary, type SummaryQuery } from './reports.api';
import { SummaryCharts } from './SummaryCharts';
import { SummaryControls, type SummaryChoice, type SummaryMode } from './SummaryControls';

const MODES: readonly SummaryMode[] = ['phase', 'final', 'dates'];

function toQuery(c: SummaryChoice): SummaryQuery | null {
  switch (c.mode) {
    case 'phase':
      if (!c.phase) return null;
      return c.planId
        ? { unitId: c.unitId, phase: c.phase, planId: c.planId }
        : { unitId: c.unitId, phase: c.phase };
    case 'final':
      return { unitId: c.unitId, final: 'true' };
    case 'dates':
      return c.from && c.to ? { unitId: c.unitId, from: c.from, to: c.to } : null;
  }
}

/** `/reports/summary`: a phase summary (sơ kết) or final report (tổng kết) of a subtree. */
export function SummaryPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  // The shared period (from another page) opens the summary of those dates.
  const view = parseViewState(params);
  const mode = MODES.find((m) => m === params.get('mode')) ?? (view.state.from ? 'dates' : 'phase');
  const choice: SummaryChoice = {
    unitId: view.state.unitId ?? me.unit.id,
    mode,
    phase: params.get('phase') ?? undefined,
    planId: params.get('plan') ?? undefined,
    from: view.state.from,
    to: view.state.to,
  };
  const onChange = (c: SummaryChoice) => {
    const next = new URLSearchParams({ unit: c.unitId, mode: c.mode });
    if (view.state.week) next.set('week', view.state.week);
    if (c.phase) next.set('phase', c.phase);
    if (c.phase && c.planId) next.set('plan', c.planId);
    if (c.from && c.to) {
      next.set('from', c.from);
      next.set('to', c.to);
    }
    setParams(next);
  };
  const q = toQuery(choice);
  const summary = useSummary(q);
  const s = summary.data;
  const problem = isApiError(summary.error) ? summary.error.problem : null;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('sum.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('sum.help')}</Typography.Text>
      <ViewProblems problems={view.problems} />
      <SummaryControls value={choice} onChange={onChange} />
      {!q ? (
        <Card size="small">
          <Empty description={t(mode === 'phase' ? 'sum.choosePhase' : 'sum.chooseDates')} />
        </Card>
      ) : summary.isError ? (
        <Alert
          type="error"
          showIcon
          title={problem?.errors?.[0]?.message ?? problem?.title ?? t('error.loadFailed')}
        />
      ) : !s ? (
        <Spin style={{ margin: 32 }} />
      ) : (
        <Flex vertical gap={16} data-testid="summary">
          <Card size="small">
            <Flex gap={12} wrap justify="space-between" align="center">
              <div>
                <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                  {t(s.kind === 'final' ? 'sum.finalOf' : 'sum.phaseOf', {
                    unit: s.unitName,
                    phase: s.phaseName ?? '',
                  })}
                </Typography.Title>
                <Typography.Text type="secondary">
                  {formatDate(s.from)} – {formatDate(s.to)}
                  {s.planTitle ? ` · ${s.planTitle}` : ''}
                </Typography.Text>
              </div>
              <Flex gap={8} wrap align="center">
                {(s.kind === 'final' || s.phaseName) && (
                  <IssueSummaryButton
                    unitId={s.unitId}
                    phase={s.phaseName}
                    final={s.kind === 'final'}
                    planId={s.planId}
                    phaseEnd={s.to}
                    issued={s.issued}
                  />
                )}
                <Button
                  icon={<FileWordOutlined />}
                  href={summaryFileUrl(q, 'docx')}
                  download
                  data-testid="summary-docx"
                >
                  {t('sum.docx')}
                </Button>
                <Button
                  icon={<FileExcelOutlined />}
                  href={summaryFileUrl(q, 'xlsx')}
                  download
                  data-testid="summary-xlsx"
                >
                  {t('sum.xlsx')}
                </Button>
              </Flex>
            </Flex>
          </Card>
          <Card size="small" title={t('sum.figures')}>
            <FiguresTable figures={s.figures} testId="summary-figures" />
            <ChannelTotals figures={s.figures} />
          </Card>
          <SummaryCharts summary={s} />
          <Card size="small" title={t('sum.byChild')}>
            {s.byChild.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sum.noChildFigures')} />
            ) : (
              <Collapse
                size="small"
                items={s.byChild.map((c) => ({
                  key: c.unitId,
                  label: c.unitName,
                  children: <FiguresTable figures={c.rows} testId="summary-child-figures" />,
                }))}
              />
            )}
          </Card>
          <Card size="small" title={t('sum.compliance')}>
            <Typography.Paragraph>
              {s.compliance.due === 0
                ? t('rep.complianceNone')
                : t('rep.complianceLine', {
                    met: s.compliance.met,
                    due: s.compliance.due,
                    rate: percent(s.compliance.rate) ?? 0,
                  })}
            </Typography.Paragraph>
            <Table
              size="small"
              rowKey="unitId"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={s.compliance.children}
              locale={{ emptyText: t('sum.noCompliance') }}
              columns={[
                { key: 'unit', title: t('dash.unit'), dataIndex: 'unitName' },
                { key: 'due', title: t('dash.due'), dataIndex: 'due', align: 'right' },
                { key: 'met', title: t('dash.met'), dataIndex: 'met', align: 'right' },
                {
                  key: 'rate',
                  title: t('dash.ratePct'),
                  align: 'right',
                  render: (_, c) => percent(c.rate) ?? '—',
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('sum.highlights')}>
            <List
              size="small"
              dataSource={s.highlights}
              locale={{ emptyText: t('sum.noHighlights') }}
              renderItem={(h) => (
                <List.Item key={`${h.unitName}-${h.periodKey}`}>
                  <List.Item.Meta
                    title={`${h.unitName} · ${formatWeek(t, h.periodKey)}`}
                    description={h.text}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Flex>
      )}
    </Flex>
  );
}
