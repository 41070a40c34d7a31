import { useRef, useState } from 'react';
import { Alert, App, Card, Descriptions, Flex, List, Spin, Tag, Typography } from 'antd';
import { formatDate } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { DateField } from '../../components/DateField';
import { useCan, useMe } from '../auth/session';
import { today } from '../../../contracts/weeks';
import { percent } from '../../../contracts/week-compliance';
import { FiguresTable } from './FiguresTable';
import { NarrativeForm } from './NarrativeForm';
import { PrintTitle, ReportActions } from './ReportActions';
import { reportStatusColor, reportStatusLabel, submittedText } from './report-labels';
import { useSaveReport, useWeeklyReport, type Narrative } from './reports.api';
import { WeekPicker } from './WeekPicker';

interface Props {
  unitId: string;
  week: string;
  onWeek: (week: string) => void;
}

/** A unit's weekly report: pre-filled figures and missed tasks, the narrative, save or send. */
export function WeeklyReportPanel({ unitId, week, onWeek }: Props) {
  const t = useT();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const canWrite = useCan('work.write');
  const me = useMe();
  // A past week's report entered after the fact carries the day it was really sent.
  const [sentOn, setSentOn] = useState<string | null>(null);
  const query = useWeeklyReport(unitId, week);
  const save = useSaveReport();
  const [saving, setSaving] = useState<'draft' | 'submit' | null>(null);
  // One confirmation at a time: a double click on "Gửi báo cáo" asks once.
  const confirming = useRef(false);
  const data = query.data;
  const report = data?.report ?? null;
  const status = report?.status ?? 'none';
  const readOnly = !canWrite || status === 'submitted' || status === 'accepted';

  const send = (narrative: Narrative, submit: boolean) => {
    if (saving || !data) return;
    setSaving(submit ? 'submit' : 'draft');
    save.mutate(
      {
        unitId,
        kind: 'weekly',
        periodKey: data.week.key,
        narrative,
        submit,
        ...(submit && sentOn ? { submittedOn: sentOn } : {}),
      },
      {
        onSuccess: () => void message.success(t(submit ? 'rep.submitted' : 'rep.draftSaved')),
        onError: (e) => showError(e),
        onSettled: () => setSaving(null),
      },
    );
  };
  // Sending asks first, saying in one line to whom it goes and what it carries.
  const onSave = (narrative: Narrative, submit: boolean) => {
    if (!submit || !data) {
      send(narrative, submit);
      return;
    }
    if (confirming.current) return;
    confirming.current = true;
    const written = Object.values(narrative).some((v) => v.trim());
    void modal.confirm({
      title: t('rep.confirmTitle'),
      content: (
        <div data-testid="report-confirm">
          <p>
            {t('rep.confirmLine', {
              parent: data.parentName ?? t('rep.confirmParentless'),
              week: `${Number(data.week.key.slice(6))} (${formatDate(data.week.from)} – ${formatDate(data.week.to)})`,
              unit: data.unitName,
              rows: data.figures.length,
              met: data.compliance.met,
              due: data.compliance.due,
              narrative: t(written ? 'rep.confirmWithNarrative' : 'rep.confirmNoNarrative'),
            })}
          </p>
          <Typography.Text type="secondary">{t('rep.confirmRecallHint')}</Typography.Text>
        </div>
      ),
      okText: t('rep.confirmOk'),
      cancelText: t('rep.cancel'),
      onOk: () => send(narrative, true),
      afterClose: () => (confirming.current = false),
    });
  };

  return (
    <Flex vertical gap={16} data-testid="weekly-report">
      <Flex gap={8} wrap align="center" justify="space-between">
        <WeekPicker value={week} onChange={onWeek} />
        {data && (
          <Tag color={reportStatusColor(status)} data-testid="report-status">
            {reportStatusLabel(t, status)}
          </Tag>
        )}
      </Flex>
      {!data ? (
        <Spin style={{ margin: 32 }} />
      ) : (
        <>
          <PrintTitle
            unitName={data.unitName}
            week={data.week.key}
            from={data.week.from}
            to={data.week.to}
          />
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} bordered>
            <Descriptions.Item label={t('rep.unit')}>{data.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('rep.period')}>
              {formatDate(data.week.from)} – {formatDate(data.week.to)}
            </Descriptions.Item>
            <Descriptions.Item label={t('rep.dueOn')}>
              {formatDate(data.week.dueOn)}
            </Descriptions.Item>
            <Descriptions.Item label={t('rep.submittedAt')}>
              {submittedText(t, report)}
            </Descriptions.Item>
          </Descriptions>
          {report?.reviewNote && (
            <Alert
              type={status === 'returned' ? 'warning' : 'info'}
              showIcon
              title={t('rep.reviewNote')}
              description={report.reviewNote}
            />
          )}
          {!report && <Alert type="info" showIcon title={t('rep.draftHint')} />}
          {report && (
            <ReportActions
              report={report}
              canRecall={canWrite && me.unit.id === unitId}
              parentName={data.parentName}
            />
          )}
          <Card size="small" title={t('rep.figures')}>
            <FiguresTable figures={data.figures} testId="report-figures" />
          </Card>
          <Card size="small" title={t('rep.compliance')}>
            <Typography.Paragraph>
              {data.compliance.due === 0
                ? t('rep.complianceNone')
                : t('rep.complianceLine', {
                    met: data.compliance.met,
                    due: data.compliance.due,
                    rate: percent(data.compliance.rate) ?? 0,
                  })}
            </Typography.Paragraph>
            {data.missed.length > 0 && (
              <List
                size="small"
                header={<Typography.Text strong>{t('rep.missedTask')}</Typography.Text>}
                dataSource={data.missed}
                renderItem={(m) => (
                  <List.Item key={`${m.taskTitle}-${m.assigneeName}-${m.key}`}>
                    <List.Item.Meta
                      title={m.taskTitle}
                      description={`${m.assigneeName} · ${m.key} (${formatDate(m.to)}) · ${t('rep.missedDone')} ${m.done}/${m.required}`}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
          <Card size="small" title={t('rep.narrative')}>
            {!readOnly && me.unit.id === unitId && data.week.dueOn < today() && (
              <Flex vertical gap={4} style={{ marginBottom: 12, maxWidth: 360 }}>
                <Typography.Text>{t('rep.sentOn')}</Typography.Text>
                <DateField
                  value={sentOn}
                  onChange={setSentOn}
                  aria-label={t('rep.sentOn')}
                  data-testid="report-sent-on"
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('rep.sentOnHelp')}
                </Typography.Text>
              </Flex>
            )}
            <NarrativeForm
              key={`${unitId}-${data.week.key}-${report?.version ?? 0}`}
              initial={data.narrative}
              readOnly={readOnly}
              saving={saving}
              onSave={onSave}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
