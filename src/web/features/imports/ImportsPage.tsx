import { useState } from 'react';
import { Card, Col, Flex, Row, Steps, Typography } from 'antd';
import type { UnitOption } from '../../components/UnitPicker';
import { useT } from '../../i18n/i18n';
import type { ImportDocumentResponse } from './imports.api';
import { ImportReview } from './ImportReview';
import { ImportUpload } from './ImportUpload';
import './imports.css';

interface Read {
  result: ImportDocumentResponse;
  unit: UnitOption;
}

/** `/imports`: read an existing plan or report, check what was read, save it into Loa. */
export function ImportsPage() {
  const t = useT();
  const [read, setRead] = useState<Read | null>(null);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('imp.title')}
      </Typography.Title>
      {read ? (
        <ImportReview
          key={read.result.documentHash}
          result={read.result}
          unit={read.unit}
          onReset={() => setRead(null)}
        />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <ImportUpload onRead={(result, unit) => setRead({ result, unit })} />
          </Col>
          <Col xs={24} lg={10}>
            <Card size="small" title={t('imp.how.title')} data-testid="import-how">
              <Steps
                orientation="vertical"
                size="small"
                current={-1}
                items={[
                  { title: t('imp.how.upload'), content: t('imp.how.uploadHelp') },
                  { title: t('imp.how.review'), content: t('imp.how.reviewHelp') },
                  { title: t('imp.how.save'), content: t('imp.how.saveHelp') },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </Flex>
  );
}
