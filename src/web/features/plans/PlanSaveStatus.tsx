import { useState } from 'react';
import { Alert, Button, Flex, Input, Modal, Popconfirm, Typography } from 'antd';
import { CheckCircleOutlined, CopyOutlined, LoadingOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useT } from '../../i18n/i18n';
import type { SaveState } from './use-autosave';
import { PlanProblemList } from './PlanProblemList';

/** The clipboard, which only a secure page (https, localhost) has. */
const clipboard = (): Clipboard | undefined => navigator.clipboard;

interface Props {
  state: SaveState;
  /** The user's unsaved text, to copy before loading the other person's version. */
  myText: () => string;
  onReload: () => void;
  /** Saves what is on screen over the other person's version, on purpose. */
  onOverwrite: () => void;
  onRetry: () => void;
}

/** "Đang lưu…" / "Đã lưu lúc 09:41", or a banner saying why the last save did not happen. */
export function PlanSaveStatus({ state, myText, onReload, onOverwrite, onRetry }: Props) {
  const t = useT();
  const [copyText, setCopyText] = useState<string | null>(null);
  switch (state.kind) {
    case 'conflict':
      return (
        <>
          <Alert
            type="warning"
            showIcon
            role="alert"
            data-testid="plan-conflict"
            title={t('plan.conflict')}
            description={t('planEd.conflictHelp')}
            action={
              <Flex vertical gap={6}>
                <Button size="small" icon={<CopyOutlined />} onClick={() => setCopyText(myText())}>
                  {t('plan.copyMine')}
                </Button>
                <Button size="small" type="primary" onClick={onReload}>
                  {t('plan.loadNew')}
                </Button>
                <Popconfirm title={t('planEd.overwriteConfirm')} onConfirm={onOverwrite}>
                  <Button size="small" danger>
                    {t('planEd.overwrite')}
                  </Button>
                </Popconfirm>
              </Flex>
            }
          />
          <Modal
            open={copyText !== null}
            title={t('plan.copyMine')}
            onCancel={() => setCopyText(null)}
            footer={
              <Button
                type="primary"
                icon={<CopyOutlined />}
                onClick={() => void clipboard()?.writeText(copyText ?? '')}
              >
                {t('plan.copy')}
              </Button>
            }
          >
            <Typography.Paragraph type="secondary">{t('plan.copyHelp')}</Typography.Paragraph>
            <Input.TextArea
              readOnly
              value={copyText ?? ''}
              autoSize={{ minRows: 6, maxRows: 16 }}
            />
          </Modal>
        </>
      );
    case 'invalid':
      return (
        <PlanProblemList
          title={t('planEd.invalid')}
          problems={state.errors}
          testId="plan-invalid"
        />
      );
    case 'failed':
      return (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('plan.saveFailed')}
          description={state.network ? t('error.network') : state.detail}
          action={
            <Button size="small" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          }
        />
      );
    case 'saving':
      return (
        <Typography.Text type="secondary" role="status" data-testid="plan-save-status">
          <LoadingOutlined /> {t('plan.saving')}
        </Typography.Text>
      );
    case 'saved':
      return (
        <Typography.Text type="success" role="status" data-testid="plan-save-status">
          <CheckCircleOutlined /> {t('plan.savedAt', { time: dayjs(state.at).format('HH:mm') })}
        </Typography.Text>
      );
    case 'dirty':
      return (
        <Typography.Text type="secondary" role="status" data-testid="plan-save-status">
          {t('plan.unsaved')}
        </Typography.Text>
      );
    case 'idle':
      return (
        <Typography.Text type="secondary" role="status" data-testid="plan-save-status">
          {t('plan.autosaveHelp')}
        </Typography.Text>
      );
  }
}
