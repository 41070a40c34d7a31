import { Card, Col, Form, Input, Row, Select } from 'antd';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n/i18n';
import { channelOptions } from '../plans/plan-labels';
import { Field } from './ImportDocumentFields';
import { ImportRows } from './ImportRows';

/** Căn cứ, the outreach period and its phases, and the channels named. */
export function ImportContentFields() {
  const t = useT();
  return (
    <Card size="small" title={t('imp.s.content')}>
      <ImportRows
        name="bases"
        label={t('imp.f.bases')}
        addLabel={t('imp.addBasis')}
        blank={{ origin: null, text: '' }}
      >
        {(f) => (
          <Form.Item name={[f.name, 'text']} noStyle>
            <Input.TextArea
              autoSize={{ minRows: 1 }}
              maxLength={1000}
              aria-label={t('imp.f.bases')}
            />
          </Form.Item>
        )}
      </ImportRows>
      <Row gutter={12}>
        <Col xs={12}>
          <Field source="period.from" name={['period', 'from']} label={t('imp.f.periodFrom')}>
            <DateField aria-label={t('imp.f.periodFrom')} />
          </Field>
        </Col>
        <Col xs={12}>
          <Field source="period.to" name={['period', 'to']} label={t('imp.f.periodTo')}>
            <DateField aria-label={t('imp.f.periodTo')} />
          </Field>
        </Col>
      </Row>
      <ImportRows
        name="phases"
        label={t('imp.f.phases')}
        addLabel={t('imp.addPhase')}
        blank={{ origin: null, name: '', from: null, to: null }}
      >
        {(f) => (
          <Row gutter={8}>
            <Col xs={24} md={10}>
              <Form.Item name={[f.name, 'name']} noStyle>
                <Input maxLength={100} aria-label={t('imp.f.phaseName')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={7}>
              <Form.Item name={[f.name, 'from']} noStyle>
                <DateField aria-label={t('imp.f.phaseFrom')} placeholder={t('imp.f.phaseFrom')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={7}>
              <Form.Item name={[f.name, 'to']} noStyle>
                <DateField aria-label={t('imp.f.phaseTo')} placeholder={t('imp.f.phaseTo')} />
              </Form.Item>
            </Col>
          </Row>
        )}
      </ImportRows>
      <Field
        source="channels"
        name={['channels']}
        label={t('imp.f.channels')}
        extra={t('imp.f.channelsHelp')}
      >
        <Select
          mode="multiple"
          allowClear
          options={channelOptions(t)}
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('imp.f.channels')}
        />
      </Field>
    </Card>
  );
}
