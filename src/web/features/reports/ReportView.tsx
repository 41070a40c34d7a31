import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Input,
  Result,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router-dom';
import { formatDate, formatWeek } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan, useMe } from '../auth/session';
import { useUnitDetail } from '../units/units.api';
import { FiguresTable } from './FiguresTable';
import { reportStatusColor, reportStatusLabel, submittedText } from './report-labels';
import { PrintTitle, ReportActions } from './ReportActions';
import { useMarkRead, useReport, useReviewReport } from './reports.api';

/** `/reports/:id`: one stored report; the parent unit accepts it or returns it with a note. */
export function ReportView() {
  const t = useT();
  const me = useMe();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const showError = useApiError();
  const query = useReport(id);
  const report = query.data;
  const unit = useUnitDetail(report?.unitId);
  const review = useReviewReport(id);
  const [note, setNote] = useState('');
  const canWrite = useCan('work.write');
  const markRead = useMarkRead();
  const marked = useRef<string | null>(null);
  // An officer or leader of a unit above opening a sent report reads it: from then on its unit
  // cannot recall it. A viewer's look records nothing.
  const unread =
    canWrite && report?.status === 'submitted' && !report.readAt && report.unitId !== me.unit.id;
  useEffect(() => {
    if (!unread || marked.current === id) return;
    marked.current = id;
    markRead.mutate(id);
  }, [unread, id, markRead]);
  const canReview =
    useCan('work.approve') && report?.status === 'submitted' && report.unitId !== me.unit.id;

  if (query.isError)
    return (
      <Result
        status="404"
        title={t('rep.notFound')}
        extra={<Link to="/reports">{t('rep.title')}</Link>}
      />
    );
  if (!report) return <Spin style={{ margin: 48 }} />;

  const decide = (accept: boolean) => {
    if (!accept && !note.trim()) return void message.warning(t('rep.returnNeedsNote'));
    review.mutate(
      { accept, note: note.trim() || null },
      {
        onSuccess: () => void message.success(t(accept ? 'rep.accepted' : 'rep.returned')),
        onError: (e) => showError(e),
      },
    );
  };

  const narrative = [
    [t('rep.results'), report.narrative.results],
    [t('rep.difficulties'), report.narrative.difficulties],
    [t('rep.proposals'), report.narrative.proposals],
  ] as const;

  return (
    <Flex vertical gap={16} data-testid="report-view">
      <PrintTitle
        unitName={unit.data?.unit.name ?? ''}
        week={report.periodKey}
        from={report.from}
        to={report.to}
      />
      <Flex gap={8} wrap align="center" className="no-print">
        <Typography.Title level={1} className="page-title">
          {t('rep.viewTitle', { week: formatWeek(t, report.periodKey).toLowerCase() })}
        </Typography.Title>
        <Tag color={reportStatusColor(report.status)} data-testid="report-status">
          {reportStatusLabel(t, report.status)}
        </Tag>
      </Flex>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 4 }}>
        <Descriptions.Item label={t('rep.unit')}>{unit.data?.unit.name ?? '…'}</Descriptions.Item>
        <Descriptions.Item label={t('rep.period')}>
          {formatDate(report.from)} – {formatDate(report.to)}
        </Descriptions.Item>
        <Descriptions.Item label={t('rep.dueOn')}>{formatDate(report.dueOn)}</Descriptions.Item>
        <Descriptions.Item label={t('rep.submittedAt')}>
          {submittedText(t, report)}
        </Descriptions.Item>
      </Descriptions>
      {report.reviewNote && (
        <Alert type="info" showIcon title={t('rep.reviewNote')} description={report.reviewNote} />
      )}
      {report.kind === 'weekly' && (
        <ReportActions
          report={report}
          canRecall={canWrite && report.unitId === me.unit.id}
          parentName={null}
        />
      )}
      <Card size="small" title={t('rep.figures')}>
        <FiguresTable figures={report.figures} testId="report-figures" />
      </Card>
      <Card size="small" title={t('rep.narrative')}>
        {narrative.map(([label, text]) => (
          <div key={label}>
            <Typography.Title level={2} style={{ fontSize: 15 }}>
              {label}
            </Typography.Title>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap' }}
              type={text ? undefined : 'secondary'}
            >
              {text || t('rep.nothingWritten')}
            </Typography.Paragraph>
          </div>
        ))}
      </Card>
      {canReview && (
        <Card size="small" title={t('rep.review')} className="no-print">
          <Flex vertical gap={8}>
            <Input.TextArea
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={2000}
              autoSize={{ minRows: 2 }}
              placeholder={t('rep.notePlaceholder')}
              aria-label={t('rep.note')}
            />
            <Flex gap={8} wrap>
              <Button type="primary" onClick={() => decide(true)} loading={review.isPending}>
                {t('rep.accept')}
              </Button>
              <Button danger onClick={() => decide(false)} loading={review.isPending}>
                {t('rep.return')}
              </Button>
            </Flex>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
