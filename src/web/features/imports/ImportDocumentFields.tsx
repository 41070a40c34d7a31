import type { ReactNode } from 'react';
import { Card, Col, Form, Input, Row, Select } from 'antd';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n/i18n';
import { SourceField } from './source-link';

/** A labelled form item that lights up its source in the text while hovered or focused. */
export function Field({
  source,
  name,
  label,
  extra,
  children,
}: {
  source: string;
  name: (string | number)[];
  label: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <SourceField source={source}>
      <Form.Item name={name} label={label} extra={extra}>
        {children}
      </Form.Item>
    </SourceField>
  );
}

/** The document's own header: number, date line, issuer, trích yếu and the election. */
export function ImportDocumentFields() {
  const t = useT();
  return (
    <Card size="small" title={t('imp.s.document')}>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Field source="number" name={['number']} label={t('imp.f.number')}>
            <Input maxLength={100} data-testid="import-number" />
          </Field>
        </Col>
        <Col xs={24} sm={12}>
          <Field source="issued_date" name={['issuedOn']} label={t('imp.f.issuedOn')}>
            <DateField aria-label={t('imp.f.issuedOn')} />
          </Field>
        </Col>
        <Col xs={24} sm={12}>
          <Field source="place" name={['place']} label={t('imp.f.place')}>
            <Input maxLength={100} />
          </Field>
        </Col>
        <Col xs={24} sm={12}>
          <Field source="issuer" name={['issuer']} label={t('imp.f.issuer')}>
            <Input maxLength={200} />
          </Field>
        </Col>
      </Row>
      <Field source="title" name={['title']} label={t('imp.f.title')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="import-title" />
      </Field>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Field source="election.type" name={['election', 'type']} label={t('imp.f.election')}>
            <Select
              allowClear
              aria-label={t('imp.f.election')}
              options={[
                { value: 'NA_HDND', label: t('imp.election.NA_HDND') },
                { value: 'VILLAGE_HEAD', label: t('imp.election.VILLAGE_HEAD') },
                { value: 'OTHER', label: t('imp.election.OTHER') },
              ]}
            />
          </Field>
        </Col>
        <Col xs={12} md={7}>
          <Field source="election.term" name={['election', 'term']} label={t('imp.f.term')}>
            <Input maxLength={20} placeholder="2026-2031" />
          </Field>
        </Col>
        <Col xs={12} md={7}>
          <Field
            source="election.election_date"
            name={['election', 'electionDate']}
            label={t('imp.f.electionDate')}
          >
            <DateField aria-label={t('imp.f.electionDate')} />
          </Field>
        </Col>
      </Row>
    </Card>
  );
}
