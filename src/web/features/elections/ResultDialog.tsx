import { useState } from 'react';
import { fieldMessage } from '../../components/field-labels';
import { Alert, Flex, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { VOTES_CAP } from '../../../contracts/common';
import { isApiError } from '../../api/client';
import { wholeNumberRules } from '../../components/number-rules';
import { useT } from '../../i18n/i18n';
import { useSaveResult, type Election, type Polling, type ResultItem } from './elections.api';

type District = Polling['districts'][number];
type Row = ResultItem['rows'][number];
const FIGURES = ['votersListed', 'ballotsIssued', 'valid', 'invalid'] as const;

interface Values {
  pollingAreaId: string;
  votersListed: number;
  ballotsIssued: number;
  valid: number;
  invalid: number;
  votes: Record<string, number>;
}

/** The form's values for an area ('all': the whole district): what was saved, else blank. */
function valuesOf(area: string, rows: Row[]): Partial<Values> {
  const row = rows.find((r) => (r.pollingAreaId ?? 'all') === area);
  if (!row) return { pollingAreaId: area, votes: {} };
  const { pollingAreaId: _, ...figures } = row;
  return { pollingAreaId: area, ...figures };
}

/**
 * Entering a district's count: opens with what was saved for the area chosen, refuses (never
 * clamps) a figure that is not a whole number within range, and shows every failed check.
 */
export function ResultDialog({
  election,
  district,
  areas,
  candidates,
  rows,
  onClose,
}: {
  election: Election;
  district: District;
  areas: Polling['areas'];
  candidates: Array<{ id: string; fullName: string }>;
  /** The rows already entered that the reader may see (all for a leader, their own otherwise). */
  rows: Row[];
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const save = useSaveResult();
  const [problems, setProblems] = useState<string[]>([]);
  const firstArea = areas.length === 1 ? (areas[0]?.id ?? 'all') : 'all';
  const startArea = rows.some((r) => (r.pollingAreaId ?? 'all') === firstArea)
    ? firstArea
    : (rows[0]?.pollingAreaId ?? firstArea);
  const submit = async () => {
    const v = await form.validateFields();
    save.mutate(
      {
        districtId: district.id,
        pollingAreaId: v.pollingAreaId === 'all' ? null : v.pollingAreaId,
        votersListed: v.votersListed,
        ballotsIssued: v.ballotsIssued,
        valid: v.valid,
        invalid: v.invalid,
        votes: Object.fromEntries(candidates.map((c) => [c.id, v.votes[c.id] ?? 0])),
      },
      {
        onSuccess: onClose,
        onError: (e) =>
          setProblems(
            isApiError(e)
              ? (e.problem.errors?.map((x) => fieldMessage(t, x)) ?? [
                  e.problem.detail ?? e.problem.title,
                ])
              : [t('error.unexpected')],
          ),
      },
    );
  };
  return (
    <Modal
      open
      width={560}
      title={`${t('el.r.enter')} — ${district.name}`}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={save.isPending}
    >
      {rows.length > 0 && (
        <Typography.Paragraph type="secondary">{t('el.r.ownRows')}</Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={valuesOf(startArea, rows)}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.pollingAreaId) {
            form.resetFields();
            form.setFieldsValue(valuesOf(changed.pollingAreaId, rows));
          }
        }}
      >
        <Form.Item name="pollingAreaId" label={t('el.p.area')}>
          <Select
            options={[
              { value: 'all', label: t('el.r.wholeDistrict') },
              ...areas.map((a) => ({ value: a.id, label: a.name })),
            ]}
          />
        </Form.Item>
        <Flex gap={8} wrap>
          {FIGURES.map((k) => (
            <Form.Item
              key={k}
              name={k}
              label={t(`el.r.f.${k}`)}
              rules={wholeNumberRules(t, t(`el.r.f.${k}`), 0, VOTES_CAP)}
            >
              <InputNumber />
            </Form.Item>
          ))}
        </Flex>
        <Typography.Text strong>{t('el.r.votes')}</Typography.Text>
        {candidates.map((c) => (
          <Form.Item
            key={c.id}
            name={['votes', c.id]}
            label={c.fullName}
            rules={wholeNumberRules(t, c.fullName, 0, VOTES_CAP)}
          >
            <InputNumber />
          </Form.Item>
        ))}
        {election.type === 'VILLAGE_HEAD' && (
          <Typography.Text type="secondary">
            {t(`el.r.rule.${election.voteDenominator}`)}
          </Typography.Text>
        )}
      </Form>
      {problems.length > 0 && (
        <Alert
          type="error"
          role="alert"
          title={t('el.r.rejected')}
          description={
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
    </Modal>
  );
}
