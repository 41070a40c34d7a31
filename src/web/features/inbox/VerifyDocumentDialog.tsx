import { useState } from 'react';
import { Alert, Button, Flex, List, Modal, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  VERIFY_FILE_MAX_BYTES,
  type SignatureCheckResponse,
} from '../../../contracts/certificates.contract';
import { isApiError } from '../../api/client';
import { sendForm } from '../../api/with-progress';
import { formatSigningTime } from '../../components/format';
import { useT } from '../../i18n/i18n';

function Check({ ok, yes, no }: { ok: boolean; yes: string; no: string }) {
  return <Tag color={ok ? 'green' : 'red'}>{ok ? yes : no}</Tag>;
}

function SignatureResult({ s }: { s: SignatureCheckResponse }) {
  const t = useT();
  return (
    <Flex vertical gap={4} data-testid="verify-signature">
      <Typography.Text strong>{s.signerName || t('verify.unreadable')}</Typography.Text>
      {s.organization && <Typography.Text type="secondary">{s.organization}</Typography.Text>}
      <Typography.Text>
        {t('verify.signedAt', { at: s.signedAt ? formatSigningTime(s.signedAt) : '—' })}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('verify.issuer', { issuer: s.issuerName })}
      </Typography.Text>
      <Flex gap={4} wrap>
        <Check ok={s.intact} yes={t('verify.intact')} no={t('verify.changed')} />
        {s.intact && !s.coversWholeFile && <Tag color="orange">{t('verify.appended')}</Tag>}
        <Check ok={s.chained} yes={t('verify.trusted')} no={t('verify.untrusted')} />
        <Check
          ok={s.certificateValidAtSigning}
          yes={t('verify.certValid')}
          no={t('verify.certInvalid')}
        />
      </Flex>
    </Flex>
  );
}

/**
 * "Kiểm tra chữ ký số": any PDF, from Loa or not, checked on the server: who signed, when,
 * whether it changed after signing, whether its certificate leads to a trusted root.
 */
export function VerifyDocumentDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const check = useMutation({
    mutationFn: (file: File) => sendForm('post', '/documents/verify', {}, { file }),
    onError: (e) =>
      setProblem(
        isApiError(e) ? (e.problem.errors?.[0]?.message ?? e.problem.title) : t('error.unexpected'),
      ),
  });
  const pick = (file: File) => {
    setProblem(null);
    check.reset();
    if (file.size > VERIFY_FILE_MAX_BYTES) setProblem(t('verify.tooLarge'));
    else check.mutate(file);
    return false;
  };
  const signatures = check.data?.signatures;
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('verify.title')} destroyOnHidden>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('verify.help')}</Typography.Text>
        <Upload beforeUpload={pick} showUploadList={false} accept=".pdf,application/pdf">
          <Button icon={<UploadOutlined />} loading={check.isPending}>
            {t('verify.pick')}
          </Button>
        </Upload>
        {problem && <Alert type="error" showIcon title={t('verify.fileProblem', { problem })} />}
        {signatures && signatures.length === 0 && (
          <Alert type="warning" showIcon title={t('verify.none')} />
        )}
        {signatures && signatures.length > 0 && (
          <List
            dataSource={signatures}
            renderItem={(s) => (
              <List.Item>
                <SignatureResult s={s} />
              </List.Item>
            )}
          />
        )}
      </Flex>
    </Modal>
  );
}
