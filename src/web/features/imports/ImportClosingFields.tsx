import { Card, Col, Form, Input, Row, Select } from 'antd';
import { useT } from '../../i18n/i18n';
import { purposeOptions } from '../plans/plan-labels';
import { Field } from './ImportDocumentFields';
import { ImportRows } from './ImportRows';

/** Nơi nhận and the signature block. */
export function ImportClosingFields() {
  const t = useT();
  return (
    <Card size="small" title={t('imp.s.closing')}>
      <ImportRows
        name="recipients"
        label={t('imp.f.recipients')}
        addLabel={t('imp.addRecipient')}
        blank={{ origin: null, name: '', purpose: null }}
      >
        {(f) => (
          <Row gutter={8}>
            <Col xs={24} md={15}>
              <Form.Item name={[f.name, 'name']} noStyle>
                <Input maxLength={300} aria-label={t('imp.f.recipientName')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item name={[f.name, 'purpose']} noStyle>
                <Select
                  allowClear
                  options={purposeOptions(t)}
                  placeholder={t('imp.f.purpose')}
                  aria-label={t('imp.f.purpose')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
          </Row>
        )}
      </ImportRows>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Field source="signer" name={['signer', 'authority']} label={t('imp.f.authority')}>
            <Input maxLength={100} />
          </Field>
        </Col>
        <Col xs={12} md={7}>
          <Field source="signer" name={['signer', 'title']} label={t('imp.f.signerTitle')}>
            <Input maxLength={100} />
          </Field>
        </Col>
        <Col xs={12} md={7}>
          <Field source="signer" name={['signer', 'name']} label={t('imp.f.signerName')}>
            <Input maxLength={100} />
          </Field>
        </Col>
      </Row>
    </Card>
  );
}
