import { Alert, Button, Flex } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../i18n/i18n';
import type { LocalDraft } from './local-draft';

/** "This device keeps a version not saved on the server": restore it or drop it. */
export function PlanLocalDraft({
  draft,
  onRestore,
  onDiscard,
}: {
  draft: LocalDraft;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const t = useT();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="plan-local-draft"
      title={t('planEd.localFound', { time: dayjs(draft.savedAt).format('HH:mm DD/MM/YYYY') })}
      description={t('planEd.localHelp')}
      action={
        <Flex vertical gap={6}>
          <Button size="small" type="primary" onClick={onRestore}>
            {t('planEd.restore')}
          </Button>
          <Button size="small" onClick={onDiscard}>
            {t('planEd.discard')}
          </Button>
        </Flex>
      }
    />
  );
}
