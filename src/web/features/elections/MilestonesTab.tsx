import { useState } from 'react';
import {
  Button,
  Calendar,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Segmented,
  Switch,
  Table,
  Tag,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import { useMilestones, useUpdateMilestone, type Election, type Milestone } from './elections.api';
import { formatDay, STATUS_COLOR } from './election-format';
import { AddMilestoneDialog, RemoveMilestoneButton, SubUnitsDialog } from './MilestoneParts';
import { MoveDayDialog } from './MoveDayDialog';

/** The milestones as a table or a calendar, with their status, editing and marking done with evidence. */
export function MilestonesTab({ election }: { election: Election }) {
  const t = useT();
  const list = useMilestones(election.id);
  const canWrite = useCan('work.write');
  const [view, setView] = useState<'table' | 'calendar'>('table');
  const [editing, setEditing] = useState<Milestone | null>(null);
  const [moving, setMoving] = useState(false);
  const [adding, setAdding] = useState(false);
  const [perUnit, setPerUnit] = useState<Milestone | null>(null);
  const items = list.data?.items ?? [];
  // A village head's steps count from the community meeting (M), not from a polling day (T).
  const letter = election.type === 'VILLAGE_HEAD' ? 'M' : 'T';
  const tag = (m: Milestone) => (
    <Tag color={STATUS_COLOR[m.status]}>{t(`el.status.${m.status}`)}</Tag>
  );
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Segmented
          value={view}
          onChange={(v) => setView(v === 'calendar' ? 'calendar' : 'table')}
          options={[
            { value: 'table', label: t('el.view.table') },
            { value: 'calendar', label: t('el.view.calendar') },
          ]}
        />
        {canWrite && <Button onClick={() => setMoving(true)}>{t('el.moveDay')}</Button>}
        {canWrite && <Button onClick={() => setAdding(true)}>{t('el.m.add')}</Button>}
      </Flex>
      {view === 'table' ? (
        <Table<Milestone>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={items}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            {
              title: t('el.m.date'),
              render: (_, m) => `${formatDay(m.dueOn)}${m.time ? ` (${m.time})` : ''}`,
            },
            {
              title: t(letter === 'M' ? 'el.m.offsetM' : 'el.m.offset'),
              render: (_, m) =>
                m.offset === null
                  ? ''
                  : `${letter}${m.offset >= 0 ? '+' : '−'}${Math.abs(m.offset)}${m.workingDays ? ` ${t('el.m.workingDays')}` : ''}`,
            },
            {
              title: t('el.m.title'),
              render: (_, m) => (
                <>
                  {m.title}
                  {m.note ? <div className="muted">{m.note}</div> : null}
                  {m.citation ? (
                    <div className="muted">
                      {t('el.m.citation')}: {m.citation}
                    </div>
                  ) : null}
                  {m.edited ? <Tag>{t('el.m.edited')}</Tag> : null}
                  {m.unitId ? <Tag color="blue">{t('el.m.ownPart')}</Tag> : null}
                </>
              ),
            },
            {
              title: t('el.m.status'),
              render: (_, m) => (
                <>
                  {tag(m)}
                  {m.subUnits ? (
                    <Button size="small" type="link" onClick={() => setPerUnit(m)}>
                      {t('el.m.subUnits')} {m.subUnits.done}/{m.subUnits.total}
                    </Button>
                  ) : null}
                </>
              ),
            },
            {
              title: t('el.m.evidence'),
              render: (_, m) => (
                <>
                  {m.evidenceNote}
                  {m.evidenceUrl ? (
                    <div>
                      <a href={m.evidenceUrl} target="_blank" rel="noreferrer">
                        {t('el.m.link')}
                      </a>
                    </div>
                  ) : null}
                  {m.evidenceFileName ? (
                    <div>
                      <a href={`/api/v1/elections/${election.id}/milestones/${m.id}/evidence`}>
                        {m.evidenceFileName}
                      </a>
                    </div>
                  ) : null}
                </>
              ),
            },
            ...(canWrite
              ? [
                  {
                    title: '',
                    render: (_: unknown, m: Milestone) =>
                      m.own ? (
                        <Flex gap={4}>
                          <Button size="small" onClick={() => setEditing(m)}>
                            {t('el.m.edit')}
                          </Button>
                          {m.custom && (
                            <RemoveMilestoneButton electionId={election.id} milestone={m} />
                          )}
                        </Flex>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      ) : (
        <Calendar
          defaultValue={dayjs(
            items.find((m) => m.status !== 'done')?.dueOn ?? election.electionDay,
          )}
          cellRender={(date, info) => {
            if (info.type !== 'date') return info.originNode;
            const day = date.format('YYYY-MM-DD');
            return (
              <ul className="calendar-milestones">
                {items
                  .filter((m) => m.dueOn === day)
                  .map((m) => (
                    <li key={m.id}>
                      {tag(m)} {m.title}
                    </li>
                  ))}
              </ul>
            );
          }}
        />
      )}
      {editing && (
        <MilestoneDialog
          electionId={election.id}
          milestone={editing}
          onClose={() => setEditing(null)}
        />
      )}
      {moving && <MoveDayDialog election={election} onClose={() => setMoving(false)} />}
      {adding && <AddMilestoneDialog electionId={election.id} onClose={() => setAdding(false)} />}
      {perUnit && (
        <SubUnitsDialog
          electionId={election.id}
          milestone={perUnit}
          onClose={() => setPerUnit(null)}
        />
      )}
    </Flex>
  );
}

function MilestoneDialog({
  electionId,
  milestone,
  onClose,
}: {
  electionId: string;
  milestone: Milestone;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const update = useUpdateMilestone(electionId);
  const showError = useApiError();
  const [file, setFile] = useState<File | null>(null);
  const wasDone = milestone.status === 'done';
  const submit = async () => {
    const v = (await form.validateFields()) as {
      title: string;
      dueOn: dayjs.Dayjs;
      citation?: string;
      done: boolean;
      note?: string;
      url?: string;
    };
    const dueOn = v.dueOn.format('YYYY-MM-DD');
    const citation = v.citation || null;
    // Only what changed is sent: an edit of the title alone neither reopens nor re-marks the step.
    const edited =
      v.title !== milestone.title || citation !== milestone.citation || dueOn !== milestone.dueOn;
    const evidenceChanged =
      v.done !== wasDone ||
      (v.note ?? '') !== (milestone.evidenceNote ?? '') ||
      (v.url ?? '') !== (milestone.evidenceUrl ?? '') ||
      file !== null;
    if (!edited && !evidenceChanged) {
      onClose();
      return;
    }
    update.mutate(
      {
        id: milestone.id,
        edit: edited
          ? { title: v.title, citation, ...(dueOn !== milestone.dueOn ? { dueOn } : {}) }
          : undefined,
        evidence: evidenceChanged
          ? {
              done: v.done,
              note: v.note || undefined,
              url: v.url || undefined,
              file: file ?? undefined,
            }
          : undefined,
      },
      { onSuccess: onClose, onError: (err) => showError(err, form) },
    );
  };
  return (
    <Modal
      open
      title={milestone.title}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={update.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: milestone.title,
          dueOn: dayjs(milestone.dueOn),
          citation: milestone.citation,
          done: milestone.status === 'done',
          note: milestone.evidenceNote,
          url: milestone.evidenceUrl,
        }}
      >
        <Form.Item name="title" label={t('el.m.title')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dueOn" label={t('el.m.date')} extra={t('el.m.dateHint')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="citation" label={t('el.m.citation')}>
          <Input />
        </Form.Item>
        <Form.Item name="done" label={t('el.m.done')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="note" label={t('el.m.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="url" label={t('el.m.url')}>
          <Input placeholder="https://" />
        </Form.Item>
        <Form.Item label={t('el.m.file')}>
          <Upload
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            maxCount={1}
            onRemove={() => setFile(null)}
          >
            <Button>{t('el.m.pickFile')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
