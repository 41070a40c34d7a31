import { useState } from 'react';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import {
  subUnitPhotoUrl,
  useAddMilestone,
  useCompleteSubUnit,
  useDeleteMilestone,
  useReopenSubUnit,
  useSubUnits,
  type Milestone,
  type SubUnitRow,
} from './elections.api';
import { formatDay } from './election-format';
import { useFormKey } from '../../api/use-form-key';

/** Adds a milestone of the officer's unit: the election's own, or the unit's part of one above it. */
export function AddMilestoneDialog({
  electionId,
  onClose,
}: {
  electionId: string;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const { key, renew } = useFormKey();
  const add = useAddMilestone(electionId, key);
  const showError = useApiError();
  const submit = async () => {
    const v = (await form.validateFields()) as {
      title: string;
      dueOn: dayjs.Dayjs;
      citation?: string;
      note?: string;
      perSubUnit?: boolean;
    };
    add.mutate(
      {
        title: v.title,
        dueOn: v.dueOn.format('YYYY-MM-DD'),
        citation: v.citation || null,
        note: v.note || null,
        perSubUnit: !!v.perSubUnit,
      },
      { onSuccess: onClose, onError: (err) => showError(err, form) },
    );
  };
  return (
    <Modal
      open
      title={t('el.m.addTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={add.isPending}
    >
      <Typography.Paragraph type="secondary">{t('el.m.addHint')}</Typography.Paragraph>
      <Form onValuesChange={renew} form={form} layout="vertical">
        <Form.Item name="title" label={t('el.m.title')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dueOn" label={t('el.m.date')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="citation" label={t('el.m.citation')}>
          <Input placeholder="Nghị định 59/2023/NĐ-CP" />
        </Form.Item>
        <Form.Item name="note" label={t('el.m.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="perSubUnit" valuePropName="checked">
          <Checkbox>{t('el.m.perSubUnit')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Which thôn / khu phố of the user's part have done a step (day and photo), and which not yet. */
export function SubUnitsDialog({
  electionId,
  milestone,
  onClose,
}: {
  electionId: string;
  milestone: Milestone;
  onClose: () => void;
}) {
  const t = useT();
  const rows = useSubUnits(electionId, milestone.id);
  const canWrite = useCan('work.write');
  const reopen = useReopenSubUnit(electionId, milestone.id);
  const showError = useApiError();
  const { modal } = App.useApp();
  const [marking, setMarking] = useState<SubUnitRow | null>(null);
  return (
    <Modal open width={720} title={milestone.title} onCancel={onClose} footer={null}>
      <Typography.Title level={5}>{t('el.su.title')}</Typography.Title>
      <Table<SubUnitRow>
        rowKey="unitId"
        size="small"
        pagination={false}
        loading={rows.isLoading}
        dataSource={rows.data?.items ?? []}
        locale={{ emptyText: t('el.su.empty') }}
        columns={[
          { title: t('el.su.unit'), dataIndex: 'unitName' },
          {
            title: t('el.su.state'),
            render: (_, r) =>
              r.doneOn ? (
                <>
                  <Tag color="green">{t('el.su.done', { date: formatDay(r.doneOn) })}</Tag>
                  {r.note ? <div className="muted">{r.note}</div> : null}
                </>
              ) : (
                <Tag color="red">{t('el.su.notYet')}</Tag>
              ),
          },
          {
            title: t('el.su.photo'),
            render: (_, r) =>
              r.hasPhoto ? (
                <a
                  href={subUnitPhotoUrl(electionId, milestone.id, r.unitId)}
                  target="_blank"
                  rel="noreferrer"
                >
                  <img
                    src={subUnitPhotoUrl(electionId, milestone.id, r.unitId)}
                    alt={`${t('el.su.photo')} ${r.unitName}`}
                    height={40}
                  />
                </a>
              ) : null,
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  render: (_: unknown, r: SubUnitRow) => (
                    <Flex gap={4}>
                      <Button size="small" onClick={() => setMarking(r)}>
                        {t('el.su.mark')}
                      </Button>
                      {r.doneOn && (
                        <Button
                          size="small"
                          onClick={() =>
                            void modal.confirm({
                              title: t('el.su.reopen'),
                              content: r.unitName,
                              onOk: () => reopen.mutate(r.unitId, { onError: (e) => showError(e) }),
                            })
                          }
                        >
                          {t('el.su.reopen')}
                        </Button>
                      )}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {marking && (
        <MarkDoneDialog
          electionId={electionId}
          milestoneId={milestone.id}
          row={marking}
          onClose={() => setMarking(null)}
        />
      )}
    </Modal>
  );
}

function MarkDoneDialog({
  electionId,
  milestoneId,
  row,
  onClose,
}: {
  electionId: string;
  milestoneId: string;
  row: SubUnitRow;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const complete = useCompleteSubUnit(electionId, milestoneId);
  const showError = useApiError();
  const [file, setFile] = useState<File | null>(null);
  const submit = async () => {
    const v = (await form.validateFields()) as { doneOn: dayjs.Dayjs; note?: string };
    if (!file) {
      form.setFields([{ name: 'photo', errors: [t('el.su.needPhoto')] }]);
      return;
    }
    complete.mutate(
      {
        unitId: row.unitId,
        body: {
          doneOn: v.doneOn.format('YYYY-MM-DD'),
          ...(v.note ? { note: v.note } : {}),
          photo: file,
        },
      },
      { onSuccess: onClose, onError: (err) => showError(err, form) },
    );
  };
  return (
    <Modal
      open
      title={`${t('el.su.mark')} — ${row.unitName}`}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={complete.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ doneOn: row.doneOn ? dayjs(row.doneOn) : dayjs(), note: row.note }}
      >
        <Form.Item name="doneOn" label={t('el.su.doneOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="note" label={t('el.su.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="photo" label={t('el.su.photo')} extra={t('el.su.photoHint')} required>
          <Upload
            accept="image/*"
            beforeUpload={(f) => {
              setFile(f);
              form.setFields([{ name: 'photo', errors: [] }]);
              return false;
            }}
            maxCount={1}
            onRemove={() => setFile(null)}
          >
            <Button>{t('el.su.pickPhoto')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Removes a milestone an officer added, after asking. */
export function RemoveMilestoneButton({
  electionId,
  milestone,
}: {
  electionId: string;
  milestone: Milestone;
}) {
  const t = useT();
  const remove = useDeleteMilestone(electionId);
  const showError = useApiError();
  const { modal } = App.useApp();
  return (
    <Button
      size="small"
      danger
      onClick={() =>
        void modal.confirm({
          title: t('el.m.deleteConfirm'),
          content: milestone.title,
          onOk: () => remove.mutate(milestone.id, { onError: (e) => showError(e) }),
        })
      }
    >
      {t('el.m.delete')}
    </Button>
  );
}
