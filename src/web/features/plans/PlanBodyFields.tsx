import { Card, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n/i18n';
import { channelOptions } from './plan-labels';
import { PlanItem } from './plan-errors';
import { PlanPhasesFields } from './PlanPhasesFields';

const prose = { autoSize: { minRows: 3, maxRows: 16 }, maxLength: 20_000 };

/** I. Mục đích, yêu cầu and II. Nội dung, hình thức, thời gian, in the document's order. */
export function PlanBodyFields() {
  const t = useT();
  return (
    <>
      <Card size="small" title={t('plan.s.purposes')}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('plan.proseHelp')}
        </Typography.Paragraph>
        <PlanItem name={['purposes']} label={t('plan.f.purposes')}>
          <Input.TextArea {...prose} />
        </PlanItem>
        <PlanItem name={['requirements']} label={t('plan.f.requirements')}>
          <Input.TextArea {...prose} />
        </PlanItem>
      </Card>
      <Card size="small" title={t('plan.s.content')}>
        <PlanItem
          name={['contentThemes']}
          label={t('plan.f.contentThemes')}
          extra={t('plan.proseHelp')}
        >
          <Input.TextArea {...prose} />
        </PlanItem>
        <PlanItem name={['channels']} label={t('plan.f.channels')}>
          <Checkbox.Group options={channelOptions(t)} className="plan-channels" />
        </PlanItem>
        <PlanItem name={['channelsText']} label={t('plan.f.channelsText')}>
          <Input.TextArea {...prose} />
        </PlanItem>
        <Form.Item label={t('plan.f.period')} required={false} style={{ marginBottom: 0 }}>
          <Row gutter={12}>
            <Col xs={12}>
              <PlanItem name={['periodFrom']} extra={t('plan.f.from')}>
                <DateField aria-label={t('plan.f.periodFrom')} data-testid="period-from" />
              </PlanItem>
            </Col>
            <Col xs={12}>
              <PlanItem name={['periodTo']} extra={t('plan.f.to')}>
                <DateField aria-label={t('plan.f.periodTo')} data-testid="period-to" />
              </PlanItem>
            </Col>
          </Row>
        </Form.Item>
        <PlanItem name={['timeText']} label={t('plan.f.timeText')} extra={t('plan.f.timeTextHelp')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
        </PlanItem>
        <PlanPhasesFields />
        <PlanItem
          name={['requireWeeklyReports']}
          valuePropName="checked"
          extra={t('plan.f.requireWeeklyReportsHelp')}
        >
          <Checkbox data-testid="require-weekly-reports">
            {t('plan.f.requireWeeklyReports')}
          </Checkbox>
        </PlanItem>
      </Card>
    </>
  );
}
