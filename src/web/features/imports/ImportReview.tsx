import { useMemo, useRef } from 'react';
import { Alert, Button, Col, Flex, Form, Row, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { UnitOption } from '../../components/UnitPicker';
import { useT } from '../../i18n/i18n';
import { today } from '../../../contracts/weeks';
import { toFormValues, type ImportFormValues } from './import-form';
import type { ImportDocumentResponse } from './imports.api';
import { ImportActions } from './ImportActions';
import { ImportAssignmentsFields } from './ImportAssignmentsFields';
import { ImportClosingFields } from './ImportClosingFields';
import { ImportContentFields } from './ImportContentFields';
import { ImportDocumentFields } from './ImportDocumentFields';
import { ImportFiguresFields } from './ImportFiguresFields';
import { focusField, SourceLinkProvider } from './source-link';
import { sourceLabel } from './source-labels';
import { SourceText } from './SourceText';

const KIND_COLOR = { plan: 'blue', report: 'green', news: 'purple' } as const;

interface ImportReviewProps {
  result: ImportDocumentResponse;
  unit: UnitOption;
  onReset: () => void;
}

/** Step 2: the extracted fields beside the text they were read from, for the officer to check. */
export function ImportReview({ result, unit, onReset }: ImportReviewProps) {
  const t = useT();
  const [form] = Form.useForm<ImportFormValues>();
  const formBox = useRef<HTMLDivElement>(null);
  const initial = useMemo(() => toFormValues(result, today()), [result]);
  const kind = result.kind;

  return (
    <SourceLinkProvider>
      <Flex vertical gap={12} data-testid="import-review">
        <Flex wrap gap={8} align="center" justify="space-between">
          <Flex wrap gap={8} align="center" style={{ minWidth: 0 }}>
            <Tag color={KIND_COLOR[kind]} data-testid="import-kind">
              {t(`imp.kind.${kind}`)}
            </Tag>
            <Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>
              {result.fileName}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('imp.forUnit', { unit: unit.label })}
            </Typography.Text>
          </Flex>
          <Button icon={<ReloadOutlined />} onClick={onReset} data-testid="import-another">
            {t('imp.another')}
          </Button>
        </Flex>
        {result.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('imp.warnings')}
            description={
              <ul className="import-warnings">
                {result.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            }
            data-testid="import-warnings"
          />
        )}
        <Alert
          type="info"
          showIcon
          title={t('imp.reviewTitle')}
          description={t('imp.reviewHelp')}
        />
        <Form<ImportFormValues> form={form} layout="vertical" initialValues={initial} name="import">
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={13}>
              <div ref={formBox} data-testid="import-form">
                <Flex vertical gap={12}>
                  <ImportDocumentFields />
                  <ImportContentFields />
                  <ImportAssignmentsFields />
                  <ImportClosingFields />
                  {initial.figures.length > 0 && <ImportFiguresFields />}
                  <ImportActions result={result} unit={unit} />
                </Flex>
              </div>
            </Col>
            <Col xs={24} lg={11}>
              <div className="import-text-sticky">
                <SourceText
                  text={result.text}
                  sources={result.sources}
                  labelOf={(p) => sourceLabel(t, p)}
                  onPick={(p) => focusField(formBox.current, p)}
                />
              </div>
            </Col>
          </Row>
        </Form>
      </Flex>
    </SourceLinkProvider>
  );
}
