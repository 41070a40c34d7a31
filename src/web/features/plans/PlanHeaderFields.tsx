import { Button, Card, Col, Flex, Form, Input, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { PlanResponse } from '../../../contracts/plans.contract';
import { useT } from '../../i18n/i18n';
import { documentDateVi, numberLine, planSymbol } from '../../../contracts/plan-wording';
import { PlanItem } from './plan-errors';
import { usePlans } from './plans.api';

/** Quốc hiệu side of the header, the number (read-only on drafts), place, trích yếu. */
export function PlanHeaderFields({ plan }: { plan: PlanResponse }) {
  const t = useT();
  const bodyCode = Form.useWatch('bodyCode') as string | undefined;
  return (
    <Card size="small" title={t('plan.s.header')}>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <PlanItem name={['parentBody']} label={t('plan.f.parentBody')}>
            <Input maxLength={200} />
          </PlanItem>
        </Col>
        <Col xs={24} md={12}>
          <PlanItem name={['issuingBody']} label={t('plan.f.issuingBody')}>
            <Input maxLength={200} />
          </PlanItem>
        </Col>
        <Col xs={14} md={12}>
          <Form.Item label={t('plan.f.number')} extra={t('plan.f.numberHelp')}>
            <Input
              readOnly
              value={numberLine(
                plan.status === 'draft' ? null : plan.numberText,
                planSymbol(bodyCode ?? ''),
              )}
            />
          </Form.Item>
        </Col>
        <Col xs={10} md={6}>
          <PlanItem name={['bodyCode']} label={t('plan.f.bodyCode')}>
            <Input maxLength={20} />
          </PlanItem>
        </Col>
        <Col xs={24} md={6}>
          <PlanItem name={['place']} label={t('plan.f.place')}>
            <Input maxLength={100} />
          </PlanItem>
        </Col>
      </Row>
      <PlanItem name={['title']} label={t('plan.f.title')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="plan-title" />
      </PlanItem>
      <PlanBasesFields planId={plan.id} />
      <PlanItem name={['preamble']} label={t('plan.f.preamble')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
      </PlanItem>
    </Card>
  );
}

/** "Căn cứ / Thực hiện": texts, each optionally the link to a plan in Loa (fills the text). */
function PlanBasesFields({ planId }: { planId: string }) {
  const t = useT();
  const form = Form.useFormInstance();
  const issued = usePlans({ status: 'issued' });
  const plans = (issued.data ?? []).filter((p) => p.id !== planId);
  const options = plans.map((p) => ({
    value: p.id,
    label: `${p.numberText ?? ''} — ${p.title}`,
  }));
  const link = (row: number, id: string | undefined) => {
    const picked = plans.find((p) => p.id === id);
    const path = ['bases', row, 'text'];
    if (!picked || String(form.getFieldValue(path) ?? '').trim()) return;
    const date = picked.issuedOn ? ` ngày ${documentDateVi(picked.issuedOn)}` : '';
    form.setFieldValue(
      path,
      `Kế hoạch số ${picked.numberText ?? ''}${date} của ${picked.unitName} về việc ${picked.title}`,
    );
  };
  return (
    <Form.Item label={t('plan.f.bases')} extra={t('plan.f.basesHelp')}>
      <Form.List name="bases">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="start" className="plan-row">
                <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <PlanItem name={[f.name, 'planId']} path={['bases', f.name, 'planId']} noStyle>
                    <Select
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      options={options}
                      placeholder={t('plan.f.basesLink')}
                      aria-label={t('plan.f.basesLink')}
                      onChange={(id: string | undefined) => link(f.name, id)}
                    />
                  </PlanItem>
                  <PlanItem name={[f.name, 'text']} path={['bases', f.name, 'text']} noStyle>
                    <Input.TextArea
                      autoSize={{ minRows: 1 }}
                      maxLength={1000}
                      aria-label={t('plan.f.bases')}
                    />
                  </PlanItem>
                </Flex>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('plan.removeRow')}
                  onClick={() => remove(f.name)}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ text: '', planId: null })}>
              {t('plan.f.addBasis')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
