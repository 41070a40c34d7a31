import { useState } from 'react';
import {
  App,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Tag,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import type { CertificateResponse } from '../../../contracts/certificates.contract';
import { formatDate } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useRemoveCertificate, useUnitCertificate, useUploadCertificate } from './certificates.api';

/** Named as the API's form fields, so a problem it names shows beside its field. */
interface CertificateForm {
  certificate?: UploadFile[];
  password: string;
  seal?: UploadFile[];
  signature?: UploadFile[];
}

/** The two pictures a signature shows, each an optional transparent PNG. */
const IMAGES = [
  { name: 'seal', label: 'cert.seal', help: 'cert.sealHelp' },
  { name: 'signature', label: 'cert.signature', help: 'cert.signatureHelp' },
] as const;

const STATE_COLOR = { valid: 'green', expired: 'red', not_yet: 'orange' } as const;

const picked = (e: { fileList?: UploadFile[] } | UploadFile[]) =>
  Array.isArray(e) ? e : (e.fileList ?? []);

/** The file picked in an upload field, as the browser holds it. */
const fileOf = (list: UploadFile[] | undefined): File | undefined => list?.[0]?.originFileObj;

function CertificateFacts({ cert }: { cert: CertificateResponse }) {
  const t = useT();
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'subject', label: t('cert.subject'), children: cert.subject },
        { key: 'issuer', label: t('cert.issuer'), children: cert.issuer },
        {
          key: 'valid',
          label: t('cert.validity'),
          children: (
            <Flex gap={8} wrap>
              {t('cert.fromTo', {
                from: formatDate(cert.notBefore),
                to: formatDate(cert.notAfter),
              })}
              <Tag color={STATE_COLOR[cert.state]} data-testid="cert-state">
                {t(`cert.state.${cert.state}`)}
              </Tag>
            </Flex>
          ),
        },
        {
          key: 'images',
          label: t('cert.images'),
          children: [
            cert.hasSeal ? t('cert.hasSeal') : t('cert.noSeal'),
            cert.hasSignature ? t('cert.hasSignature') : t('cert.noSignature'),
          ].join('; '),
        },
      ]}
    />
  );
}

/**
 * A unit's signing certificate: what it certifies and until when, for anyone of the unit; an
 * admin gives one (the .p12 file, its password, the seal and signature images) or takes it away.
 */
export function UnitCertificateCard({ unitId, isAdmin }: { unitId: string; isAdmin: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const found = useUnitCertificate(unitId);
  const upload = useUploadCertificate(unitId);
  const remove = useRemoveCertificate(unitId);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<CertificateForm>();
  const cert = found.data?.certificate ?? null;
  if (!found.data) return null;

  const onFinish = (values: CertificateForm) => {
    const certificate = fileOf(values.certificate);
    if (!certificate) return;
    upload.mutate(
      {
        certificate,
        password: values.password,
        seal: fileOf(values.seal),
        signature: fileOf(values.signature),
      },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success(t('cert.saved'));
        },
        onError: (e) => showError(e, form),
      },
    );
  };

  return (
    <Flex vertical gap={8} data-testid="unit-certificate">
      <Typography.Text strong>
        <SafetyCertificateOutlined aria-hidden /> {t('cert.title')}
      </Typography.Text>
      {cert ? (
        <CertificateFacts cert={cert} />
      ) : (
        <Typography.Text type="secondary">{t('cert.none')}</Typography.Text>
      )}
      {isAdmin && (
        <Flex gap={8} wrap>
          <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
            {cert ? t('cert.replace') : t('cert.add')}
          </Button>
          {cert && (
            <Popconfirm
              title={t('cert.removeConfirm')}
              okText={t('cert.remove')}
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                remove.mutate(undefined, {
                  onSuccess: () => void message.success(t('cert.removed')),
                  onError: (e) => showError(e),
                })
              }
            >
              <Button danger>{t('cert.remove')}</Button>
            </Popconfirm>
          )}
        </Flex>
      )}
      <Modal
        open={open}
        title={cert ? t('cert.replace') : t('cert.add')}
        okText={t('cert.save')}
        confirmLoading={upload.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('cert.help')}</Typography.Paragraph>
        <Form<CertificateForm>
          form={form}
          layout="vertical"
          name="unit-certificate"
          onFinish={onFinish}
          preserve={false}
        >
          <Form.Item
            name="certificate"
            label={t('cert.file')}
            valuePropName="fileList"
            getValueFromEvent={picked}
            rules={[{ required: true, message: t('cert.fileRequired') }]}
          >
            <Upload beforeUpload={() => false} maxCount={1} accept=".p12,.pfx">
              <Button icon={<UploadOutlined />}>{t('cert.pick')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item name="password" label={t('cert.password')} initialValue="">
            <Input.Password autoComplete="off" />
          </Form.Item>
          {IMAGES.map((image) => (
            <Form.Item
              key={image.name}
              name={image.name}
              label={t(image.label)}
              extra={t(image.help)}
              valuePropName="fileList"
              getValueFromEvent={picked}
            >
              <Upload beforeUpload={() => false} maxCount={1} accept=".png">
                <Button icon={<UploadOutlined />}>{t('cert.pickPng')}</Button>
              </Upload>
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </Flex>
  );
}
