import { Button, Col, Flex, Form, Input, Row, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n/i18n';
import { PlanItem, usePlanErrorsAt } from './plan-errors';

function RowError({ path }: { path: Array<string | number> }) {
  const errors = usePlanErrorsAt(path);
  if (!errors.length) return null;
  return (
    <Typography.Text type="danger" role="alert">
      {errors.join(' ')}
    </Typography.Text>
  );
}

/** The phases (đợt) of the period: name, from, to, and whether it is the peak. */
export function PlanPhasesFields() {
  const t = useT();
  const form = Form.useFormInstance();
  // A new phase starts as the whole period, so that it is valid before it is narrowed.
  const dateAt = (name: string): string => {
    const value: unknown = form.getFieldValue(name);
    return typeof value === 'string' ? value : '';
  };
  return (
    <Form.Item label={t('plan.f.phases')}>
      <Form.List name="phases">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((f, i) => (
              <div key={f.key} className="plan-subrow">
                <Row gutter={8} align="bottom">
                  <Col xs={24} sm={14}>
                    <PlanItem
                      name={[f.name, 'name']}
                      path={['phases', f.name, 'name']}
                      label={t('plan.f.phaseName')}
                    >
                      <Input maxLength={100} />
                    </PlanItem>
                  </Col>
                  <Col xs={12} sm={12} style={{ order: 4 }}>
                    <PlanItem
                      name={[f.name, 'from']}
                      path={['phases', f.name, 'from']}
                      label={t('plan.f.from')}
                    >
                      <DateField />
                    </PlanItem>
                  </Col>
                  <Col xs={12} sm={12} style={{ order: 5 }}>
                    <PlanItem
                      name={[f.name, 'to']}
                      path={['phases', f.name, 'to']}
                      label={t('plan.f.to')}
                    >
                      <DateField />
                    </PlanItem>
                  </Col>
                  <Col xs={18} sm={6}>
                    <PlanItem
                      name={[f.name, 'peak']}
                      path={['phases', f.name, 'peak']}
                      label={t('plan.f.peak')}
                      valuePropName="checked"
                    >
                      <Switch size="small" />
                    </PlanItem>
                  </Col>
                  <Col xs={6} sm={4} style={{ textAlign: 'end', paddingBottom: 24 }}>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('plan.removeRow')}
                      onClick={() => remove(f.name)}
                    />
                  </Col>
                </Row>
                <RowError path={['phases', i]} />
              </div>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                add({
                  name: t('plan.phaseDefault', { n: fields.length + 1 }),
                  from: dateAt('periodFrom'),
                  to: dateAt('periodTo'),
                  peak: false,
                })
              }
            >
              {t('plan.f.addPhase')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
