import { useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import { useView } from '../dashboard/use-view';
import { ViewProblems } from '../dashboard/ViewProblems';
import { ActivityEntryForm } from './ActivityEntryForm';
import { ActivityList } from './ActivityList';
import { ImportActivitiesDialog } from './ImportActivitiesDialog';

/** `/activities`: record what was done (one by one or from a file) and review the list. */
export function ActivitiesPage() {
  const t = useT();
  const canWrite = useCan('work.write');
  const [importOpen, setImportOpen] = useState(false);
  const { problems } = useView();
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap justify="space-between" align="center">
        <Typography.Title level={1} className="page-title">
          {t('act.pageTitle')}
        </Typography.Title>
        {canWrite && (
          <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
            {t('actImport.open')}
          </Button>
        )}
      </Flex>
      <ViewProblems problems={problems} />
      <Typography.Text type="secondary">{t('act.help')}</Typography.Text>
      {canWrite && <ActivityEntryForm />}
      <ActivityList />
      <ImportActivitiesDialog open={importOpen} onClose={() => setImportOpen(false)} />
    </Flex>
  );
}
