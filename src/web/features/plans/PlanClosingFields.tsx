import { Button, Card, Col, Flex, Input, Row, Select, Form } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/i18n';
import { purposeOptions } from './plan-labels';
import { PlanItem } from './plan-errors';

/** The closing sentence, Nơi nhận with (b/c), (t/h), (p/h), and the signature block. */
export function PlanClosingFields() {
  const t = useT();
  return (
    <Card size="small" title={t('plan.s.closing')}>
      <PlanItem name={['closing']} label={t('plan.f.closing')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
      </PlanItem>
      <Form.Item label={t('plan.f.recipients')} extra={t('plan.f.recipientsHelp')}>
        <Form.List name="recipients">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="start" className="plan-row">
                  <PlanItem name={[f.name, 'name']} path={['recipients', f.name, 'name']} noStyle>
                    <Input
                      maxLength={300}
                      aria-label={t('plan.f.recipientName')}
                      style={{ flex: 1 }}
                    />
                  </PlanItem>
                  <Form.Item name={[f.name, 'purpose']} noStyle>
                    <Select
                      allowClear
                      options={purposeOptions(t)}
                      placeholder={t('plan.f.purpose')}
                      aria-label={t('plan.f.purpose')}
                      style={{ width: 150, flex: 'none' }}
                      popupMatchSelectWidth={false}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('plan.removeRow')}
                    onClick={() => remove(f.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', purpose: null, unitId: null })}
              >
                {t('plan.f.addRecipient')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <PlanItem name={['archiveLine']} label={t('plan.f.archiveLine')}>
        <Input maxLength={200} />
      </PlanItem>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <PlanItem name={['signer', 'authority']} label={t('plan.f.authority')}>
            <Input maxLength={100} placeholder="TM. ỦY BAN NHÂN DÂN" />
          </PlanItem>
        </Col>
        <Col xs={24} md={8}>
          <PlanItem name={['signer', 'position']} label={t('plan.f.position')}>
            <Input maxLength={100} placeholder="CHỦ TỊCH" />
          </PlanItem>
        </Col>
        <Col xs={24} md={8}>
          <PlanItem name={['signer', 'name']} label={t('plan.f.signerName')}>
            <Input maxLength={100} />
          </PlanItem>
        </Col>
      </Row>
    </Card>
  );
}
