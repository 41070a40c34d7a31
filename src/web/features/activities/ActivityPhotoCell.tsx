import { App, Button, Flex, Typography, Upload } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import type { ActivityResponse } from '../../../contracts/activities.contract';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useAttachPhoto } from './activities.api';
import { checkFileFor } from '../../api/create-with-file';
import { FILE_USES } from '../../../contracts/file-uses';

/** The evidence photo of an activity: a link to it, and for writers a button to add or replace it. */
export function ActivityPhotoCell({
  activity,
  canWrite,
}: {
  activity: ActivityResponse;
  canWrite: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const attach = useAttachPhoto();
  // Checked here by the server's own rules: a wrong file is named at once, before it is sent.
  const send = async (file: File) => {
    const refused = await checkFileFor(FILE_USES.activityPhoto, file);
    if (refused) return void message.error(`${t('act.photo')}: ${refused}`);
    attach.mutate(
      { id: activity.id, file },
      {
        onSuccess: () => void message.success(t('act.photoSaved')),
        onError: (e) => showError(e),
      },
    );
  };
  return (
    <Flex gap={4} align="center">
      {activity.hasPhoto && (
        <Typography.Link
          href={`/api/v1/activities/${activity.id}/photo`}
          target="_blank"
          rel="noreferrer"
        >
          {t('act.photoView')}
        </Typography.Link>
      )}
      {canWrite && (
        <Upload
          accept="image/*"
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button
            size="small"
            type="text"
            icon={<CameraOutlined />}
            loading={attach.isPending}
            aria-label={t('act.photoAdd')}
            title={t('act.photoAdd')}
          />
        </Upload>
      )}
    </Flex>
  );
}
