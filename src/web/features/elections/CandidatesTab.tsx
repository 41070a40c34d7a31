import { useState } from 'react';
import {
  App,
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { wholeNumberRules } from '../../components/number-rules';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import {
  useCandidatePhoto,
  useCandidates,
  useDeleteCandidate,
  usePolling,
  usePublish,
  useSaveCandidate,
  type Candidate,
  type CandidateInput,
  type Polling,
} from './elections.api';
import { useFormKey } from '../../api/use-form-key';
import { createWithFile } from '../../api/create-with-file';
import { useFileRefusal } from '../../components/use-file-refusal';
import { FILE_USES } from '../../../contracts/file-uses';

type District = Polling['districts'][number];

/** Candidates by district: provisional until a leader publishes the official list. */
export function CandidatesTab({ electionId }: { electionId: string }) {
  const t = useT();
  const polling = usePolling(electionId);
  const candidates = useCandidates(electionId);
  const canWrite = useCan('work.write');
  const canApprove = useCan('work.approve');
  const publish = usePublish();
  const remove = useDeleteCandidate();
  const showError = useApiError();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<{ district: District; candidate?: Candidate } | null>(
    null,
  );
  return (
    <Flex vertical gap={16}>
      {(polling.data?.districts ?? []).map((d) => {
        const own = (candidates.data?.items ?? []).filter((c) => c.districtId === d.id);
        const official = !!d.candidatesPublishedAt;
        return (
          <section key={d.id} aria-label={d.name}>
            <Flex gap={8} align="center" wrap>
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {d.name}
              </Typography.Title>
              <Tag color={official ? 'green' : 'default'}>
                {official ? t('el.c.official') : t('el.c.provisional')}
              </Tag>
              {canWrite && (!official || canApprove) && (
                <Button size="small" onClick={() => setEditing({ district: d })}>
                  {t('el.c.add')}
                </Button>
              )}
              {canApprove && !official && (
                <Popconfirm
                  title={t('el.c.publishConfirm')}
                  onConfirm={() =>
                    publish.mutate(
                      { districtId: d.id, what: 'candidates' },
                      {
                        onSuccess: () => void message.success(t('el.c.published')),
                        onError: (e) => showError(e),
                      },
                    )
                  }
                >
                  <Button size="small" type="primary">
                    {t('el.c.publish')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
            <Table<Candidate>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={own}
              scroll={{ x: true }}
              columns={[
                { title: t('el.c.name'), dataIndex: 'fullName' },
                { title: t('el.c.birthYear'), dataIndex: 'birthYear' },
                { title: t('el.c.occupation'), dataIndex: 'occupation' },
                { title: t('el.c.workplace'), dataIndex: 'workplace' },
                {
                  title: t('el.c.photo'),
                  render: (_, c) =>
                    c.hasPhoto ? (
                      <img
                        src={`/api/v1/candidates/${c.id}/photo`}
                        alt={c.fullName}
                        width={36}
                        height={48}
                        style={{ objectFit: 'cover' }}
                      />
                    ) : null,
                },
                ...(canWrite
                  ? [
                      {
                        title: '',
                        render: (_: unknown, c: Candidate) => (
                          <Flex gap={4}>
                            <Button
                              size="small"
                              onClick={() => setEditing({ district: d, candidate: c })}
                            >
                              {t('el.m.edit')}
                            </Button>
                            {!official && (
                              <Button
                                size="small"
                                danger
                                onClick={() =>
                                  remove.mutate(c.id, { onError: (e) => showError(e) })
                                }
                              >
                                {t('el.c.remove')}
                              </Button>
                            )}
                          </Flex>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </section>
        );
      })}
      {editing && (
        <CandidateDialog
          district={editing.district}
          candidate={editing.candidate}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}

function CandidateDialog({
  district,
  candidate,
  onClose,
}: {
  district: District;
  candidate?: Candidate | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<CandidateInput>();
  const { key, renew } = useFormKey();
  const save = useSaveCandidate(key);
  const photo = useCandidatePhoto();
  const remove = useDeleteCandidate();
  const fileField = useFileRefusal(t('el.c.photo'));
  const [file, setFile] = useState<File | null>(null);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    fileField.clear();
    try {
      await createWithFile({
        file,
        use: FILE_USES.candidatePhoto,
        create: () =>
          save.mutateAsync({
            ...(candidate ? { id: candidate.id } : {}),
            body: { ...v, districtId: district.id },
          }),
        upload: (c, f) => photo.mutateAsync({ id: c.id, file: f }),
        // A candidate added for a photo that is then refused is taken back; an edited one stays.
        remove: candidate ? undefined : (c) => remove.mutateAsync(c.id),
        rolledBack: renew,
      });
      onClose();
    } catch (e) {
      fileField.show(e, form);
    }
  };
  return (
    <Modal
      open
      width={640}
      title={candidate ? candidate.fullName : t('el.c.add')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={save.isPending || photo.isPending || remove.isPending}
    >
      <Form
        onValuesChange={renew}
        form={form}
        layout="vertical"
        initialValues={candidate ?? { gender: null }}
      >
        <Form.Item name="fullName" label={t('el.c.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="birthYear"
            label={t('el.c.birthYear')}
            rules={wholeNumberRules(t, t('el.c.birthYear'), 1900, 2100, { optional: true })}
          >
            <InputNumber />
          </Form.Item>
          <Form.Item name="gender" label={t('el.c.gender')}>
            <Radio.Group
              options={[
                { value: 'male', label: t('el.c.male') },
                { value: 'female', label: t('el.c.female') },
              ]}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="occupation" label={t('el.c.occupation')}>
          <Input />
        </Form.Item>
        <Form.Item name="workplace" label={t('el.c.workplace')}>
          <Input />
        </Form.Item>
        <Form.Item name="biography" label={t('el.c.biography')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="programmeHtml" label={t('el.c.programme')} extra={t('el.c.programmeHint')}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Form.Item label={t('el.c.photo')} extra={t('el.c.photoHint')} {...fileField.itemProps}>
          <Upload
            accept="image/jpeg,image/png,image/webp"
            maxCount={1}
            beforeUpload={(f) => {
              fileField.clear();
              setFile(f);
              return false;
            }}
            onRemove={() => {
              fileField.clear();
              setFile(null);
            }}
          >
            <Button>{t('el.m.pickFile')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
