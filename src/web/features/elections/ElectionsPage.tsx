import { useState } from 'react';
import {
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { UnitPicker } from '../../components/UnitPicker';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import {
  useCreateElection,
  useElections,
  type CreateElection,
  type ElectionList,
} from './elections.api';
import { formatDay } from './election-format';
import { useFormKey } from '../../api/use-form-key';
import { ELECTION_TYPES } from '../../../contracts/codes';

type Row = ElectionList['items'][number];

/** `/elections`: the elections that concern my units, and creating one from a template. */
export function ElectionsPage() {
  const t = useT();
  const list = useElections();
  const canWrite = useCan('work.write');
  const [open, setOpen] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('el.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Link to="/elections/voter-info">{t('el.voterInfo')}</Link>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('el.create')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Table<Row>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          {
            title: t('el.name'),
            render: (_, e) => <Link to={`/elections/${e.id}`}>{e.name}</Link>,
          },
          { title: t('el.day'), render: (_, e) => formatDay(e.electionDay) },
          { title: t('el.term'), dataIndex: 'term' },
          {
            title: t('el.milestones'),
            render: (_, e) => (
              <Flex gap={4} wrap>
                {e.counts.overdue > 0 && (
                  <Tag color="red">
                    {t('el.status.overdue')}: {e.counts.overdue}
                  </Tag>
                )}
                {e.counts.due > 0 && (
                  <Tag color="orange">
                    {t('el.status.due')}: {e.counts.due}
                  </Tag>
                )}
                <Tag color="blue">
                  {t('el.status.upcoming')}: {e.counts.upcoming}
                </Tag>
                <Tag color="green">
                  {t('el.status.done')}: {e.counts.done}
                </Tag>
              </Flex>
            ),
          },
          { title: '', render: (_, e) => (e.sample ? <Tag>{t('el.sample')}</Tag> : null) },
        ]}
      />
      {open && list.data && (
        <CreateElectionDialog templates={list.data.templates} onClose={() => setOpen(false)} />
      )}
    </Flex>
  );
}

function CreateElectionDialog({
  templates,
  onClose,
}: {
  templates: ElectionList['templates'];
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const { key, renew } = useFormKey();
  const create = useCreateElection(key);
  const showError = useApiError();
  const navigate = useNavigate();
  const type = Form.useWatch<CreateElection['type'] | undefined>('type', form);
  const day = Form.useWatch<dayjs.Dayjs | undefined>('electionDay', form);
  const notSunday = type === 'NA_HDND' && day && day.day() !== 0;
  const submit = async () => {
    const v = (await form.validateFields()) as CreateElection & { electionDay: dayjs.Dayjs };
    create.mutate(
      { ...v, electionDay: v.electionDay.format('YYYY-MM-DD') },
      {
        onSuccess: (e) => void navigate(`/elections/${e.id}`),
        onError: (err) => showError(err, form),
      },
    );
  };
  return (
    <Modal
      open
      title={t('el.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('el.createOk')}
      confirmLoading={create.isPending}
    >
      <Form
        onValuesChange={renew}
        form={form}
        layout="vertical"
        initialValues={{ type: 'NA_HDND', voteDenominator: 'present', voterBasis: 'households' }}
      >
        <Form.Item name="type" label={t('el.type')} rules={[{ required: true }]}>
          <Radio.Group
            options={ELECTION_TYPES.map((v) => ({
              value: v,
              label: t(`el.type.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('el.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="term"
          label={t('el.term')}
          rules={[{ required: true, pattern: /^\d{4}-\d{4}$/, message: t('el.termHint') }]}
        >
          <Input placeholder="2026-2031" />
        </Form.Item>
        <Form.Item
          name="electionDay"
          label={t('el.day')}
          rules={[{ required: true }]}
          extra={
            notSunday ? <Typography.Text type="warning">{t('el.notSunday')}</Typography.Text> : null
          }
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        {notSunday && (
          <Form.Item name="dayReason" label={t('el.dayReason')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Form.Item name="unitId" label={t('el.scope')} rules={[{ required: true }]}>
          <UnitPicker aria-label={t('el.scope')} />
        </Form.Item>
        <Form.Item name="template" label={t('el.template')} extra={t('el.templateHint')}>
          <Select
            allowClear
            options={templates
              .filter((tp) => !type || tp.type === type)
              .map((tp) => ({ value: tp.code, label: tp.name }))}
          />
        </Form.Item>
        {type === 'VILLAGE_HEAD' && (
          <Form.Item name="voterBasis" label={t('el.voterBasis')} extra={t('el.voterBasisHint')}>
            <Radio.Group
              options={[
                { value: 'households', label: t('el.voterBasis.households') },
                { value: 'voters', label: t('el.voterBasis.voters') },
              ]}
            />
          </Form.Item>
        )}
        {type === 'VILLAGE_HEAD' && (
          <Form.Item name="voteDenominator" label={t('el.denominator')}>
            <Radio.Group
              options={[
                { value: 'present', label: t('el.denominator.present') },
                { value: 'households', label: t('el.denominator.households') },
              ]}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
