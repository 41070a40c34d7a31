import { Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { UnitPicker } from '../../components/UnitPicker';
import { useT } from '../../i18n/i18n';
import { AssignmentUnitsFields } from './AssignmentUnitsFields';
import { PlanItem } from './plan-errors';
import { PlanTaskRows } from './PlanTaskRows';

/** III. Tổ chức thực hiện: one block per heading (one or several units), each with its task rows. */
export function PlanAssignmentsFields({ issuerUnitId }: { issuerUnitId: string }) {
  const t = useT();
  const form = Form.useFormInstance();
  return (
    <Card size="small" title={t('plan.s.assignments')}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('plan.assignmentsHelp')}
      </Typography.Paragraph>
      <Form.List name="assignments">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((f, i) => {
              const path = ['assignments', f.name];
              const unitName = String(form.getFieldValue([...path, 'unitName']) ?? '');
              const unitId: unknown = form.getFieldValue([...path, 'unitId']);
              return (
                <div key={f.key} className="plan-assignment" data-testid="plan-assignment">
                  <Flex justify="space-between" align="center">
                    <Typography.Text strong>{`${i + 1}.`}</Typography.Text>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('plan.removeAssignment')}
                      onClick={() => remove(f.name)}
                    />
                  </Flex>
                  <Row gutter={12}>
                    <Col xs={24} md={12}>
                      <PlanItem
                        name={[f.name, 'unitId']}
                        path={[...path, 'unitId']}
                        label={t('plan.f.assignee')}
                        extra={t('plan.f.assigneeHelp')}
                      >
                        <UnitPicker
                          allowClear
                          initialOption={
                            typeof unitId === 'string'
                              ? { value: unitId, label: unitName }
                              : undefined
                          }
                          onPick={(o) => {
                            if (o && !unitName.trim())
                              form.setFieldValue([...path, 'unitName'], o.label);
                          }}
                        />
                      </PlanItem>
                    </Col>
                    <Col xs={24} md={12}>
                      <PlanItem
                        name={[f.name, 'unitName']}
                        path={[...path, 'unitName']}
                        label={t('plan.f.unitName')}
                      >
                        <Input maxLength={300} />
                      </PlanItem>
                    </Col>
                  </Row>
                  <AssignmentUnitsFields name={f.name} issuerUnitId={issuerUnitId} />
                  <PlanTaskRows assignment={f.name} />
                </div>
              );
            })}
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                add({ unitId: null, unitIds: [], allOf: null, unitName: '', tasks: [] })
              }
            >
              {t('plan.f.addAssignment')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
