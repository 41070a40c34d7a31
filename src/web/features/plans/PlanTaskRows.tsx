import { Button, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n/i18n';
import { channelOptions } from './plan-labels';
import { PlanItem } from './plan-errors';

/** The tasks of one assignment: text, channel, frequency (recurring) or deadline (one-off). */
export function PlanTaskRows({ assignment }: { assignment: number }) {
  const t = useT();
  const base = ['assignments', assignment, 'tasks'];
  return (
    <Form.List name={[assignment, 'tasks']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((f, i) => {
            const path = [...base, f.name];
            const item = (field: string) => ({ name: [f.name, field], path: [...path, field] });
            return (
              <div key={f.key} className="plan-subrow" data-testid="plan-task">
                <Flex justify="space-between" align="center">
                  <Typography.Text type="secondary">
                    {t('plan.taskN', { n: i + 1 })}
                  </Typography.Text>
                  <Button
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('plan.removeTask')}
                    onClick={() => remove(f.name)}
                  />
                </Flex>
                <PlanItem {...item('text')} label={t('task.text')}>
                  <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
                </PlanItem>
                <Row gutter={8}>
                  <Col xs={24} sm={12}>
                    <PlanItem {...item('channel')} label={t('task.channel')}>
                      <Select allowClear options={channelOptions(t)} />
                    </PlanItem>
                  </Col>
                  <Col xs={24} sm={12}>
                    <PlanItem {...item('frequencyText')} label={t('task.frequencyText')}>
                      <Input maxLength={200} placeholder={t('task.frequencyPlaceholder')} />
                    </PlanItem>
                  </Col>
                  <Col xs={12} sm={6}>
                    <PlanItem
                      name={[f.name, 'recurrence', 'count']}
                      path={[...path, 'recurrence']}
                      label={t('task.atLeast')}
                    >
                      {/* No min/max: antd would change what was typed on blur; submission checks 1–100. */}
                      <InputNumber style={{ width: '100%' }} />
                    </PlanItem>
                  </Col>
                  <Col xs={12} sm={6}>
                    <Form.Item name={[f.name, 'recurrence', 'per']} label={t('task.per')}>
                      <Select
                        options={[
                          { value: 'week', label: t('task.perWeek') },
                          { value: 'month', label: t('task.perMonth') },
                        ]}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <PlanItem {...item('deadline')} label={t('task.deadlineOr')}>
                      <DateField />
                    </PlanItem>
                  </Col>
                </Row>
                <PlanItem {...item('target')} label={t('task.target')}>
                  <Input maxLength={300} />
                </PlanItem>
              </div>
            );
          })}
          <Button
            size="small"
            icon={<PlusOutlined />}
            style={{ alignSelf: 'start' }}
            onClick={() =>
              add({
                text: '',
                channel: null,
                frequencyText: null,
                recurrence: null,
                deadline: null,
                target: null,
              })
            }
          >
            {t('plan.addTask')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
