import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Typography, type FormInstance } from 'antd';
import { FileAddOutlined, SoundOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { formatDate } from '../../components/format';
import type { UnitOption } from '../../components/UnitPicker';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { toFiguresRequest, toPlanContent, type ImportFormValues } from './import-form';
import { useLink } from './source-link';
import {
  useCreateDraftPlan,
  useRecordFigures,
  type ImportDocumentResponse,
  type RecordFiguresResponse,
} from './imports.api';
import { useFormKey } from '../../api/use-form-key';

const FIELD =
  /^(?:body\.)?(?:figures\.(\d+)\.(channel|extraChannels|outlet|approx|categoryCode|quantity|title)|occurredOn)$/;
const COLUMN = {
  channel: 'channel',
  extraChannels: 'extraChannels',
  outlet: 'outlet',
  approx: 'qualifier',
  categoryCode: 'categoryCode',
  quantity: 'quantity',
  title: 'what',
} as const;
type Column = (typeof COLUMN)[keyof typeof COLUMN];
const isColumn = (c: string | undefined): c is keyof typeof COLUMN => !!c && c in COLUMN;

/**
 * Whether the watched store holds the review's values: the first render watches an empty one.
 * They are set all at once (from what was read), so the figures stand for the rest.
 */
const filled = (v: Partial<ImportFormValues>): v is ImportFormValues => v.figures !== undefined;

/**
 * Puts the API's refusals beside the figure they name, drawing the rows of a long list down to the
 * last one refused; false when some could not be placed.
 */
function placeFigureErrors(
  form: FormInstance<ImportFormValues>,
  e: unknown,
  reveal: (key: string) => void,
): boolean {
  const errors = isApiError(e) ? (e.problem.errors ?? []) : [];
  const placed: Parameters<typeof form.setFields>[0] = [];
  let lastRow = -1;
  for (const err of errors) {
    const m = FIELD.exec(err.path);
    if (!m) continue;
    const name: ['figures', number, Column] | 'occurredOn' = isColumn(m[2])
      ? ['figures', Number(m[1]), COLUMN[m[2]]]
      : 'occurredOn';
    if (isColumn(m[2])) lastRow = Math.max(lastRow, Number(m[1]));
    placed.push({ name, errors: [err.message] });
  }
  form.setFields(placed);
  if (lastRow >= 0) {
    reveal(`figures.${lastRow}`);
    // A row drawn only now takes its refusal once it is there: a field not drawn keeps no error.
    requestAnimationFrame(() => requestAnimationFrame(() => form.setFields(placed)));
  }
  return errors.length > 0 && placed.length === errors.length;
}

interface ImportActionsProps {
  result: ImportDocumentResponse;
  unit: UnitOption;
}

/** Step 3: a draft plan from the reviewed fields, and the figures as activities. */
export function ImportActions({ result, unit }: ImportActionsProps) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useApiError();
  const form = Form.useFormInstance<ImportFormValues>();
  const link = useLink();
  const watched = Form.useWatch((v: Partial<ImportFormValues>) => v, { form, preserve: true });
  const values = filled(watched) ? watched : undefined;
  const { key } = useFormKey();
  const createPlan = useCreateDraftPlan(key);
  const record = useRecordFigures();
  const [outcome, setOutcome] = useState<RecordFiguresResponse | null>(null);
  // The first render watches the store before the form has filled it.
  const figures = values?.figures.length ?? result.figures.length;

  const savePlan = () => {
    if (!values) return;
    createPlan.mutate(
      { unitId: unit.value, content: toPlanContent(values, result) },
      {
        onSuccess: (plan) => {
          void message.success(t('imp.planSaved'));
          void navigate(`/plans/${plan.id}`);
        },
        onError: (e) => showError(e),
      },
    );
  };

  const saveFigures = () => {
    if (!values) return;
    setOutcome(null);
    form.validateFields().then(
      () => {
        record.mutate(toFiguresRequest(values, result, unit.value), {
          onSuccess: setOutcome,
          onError: (e) => {
            if (placeFigureErrors(form, e, (key) => link?.reveal(key)))
              void message.error(t('imp.fig.rejected'));
            else showError(e);
          },
        });
      },
      () => void message.error(t('imp.fig.incomplete')),
    );
  };

  return (
    <Flex vertical gap={8} className="import-actions" data-testid="import-actions">
      <Flex gap={8} wrap>
        <Button
          type={result.kind === 'plan' || figures === 0 ? 'primary' : 'default'}
          icon={<FileAddOutlined />}
          loading={createPlan.isPending}
          onClick={savePlan}
          data-testid="import-save-plan"
        >
          {t('imp.savePlan')}
        </Button>
        {figures > 0 && (
          <Button
            type={result.kind === 'plan' ? 'default' : 'primary'}
            icon={<SoundOutlined />}
            loading={record.isPending}
            onClick={saveFigures}
            data-testid="import-save-figures"
          >
            {t('imp.saveFigures', { n: figures })}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary" className="import-actions-note">
        {figures > 0 ? t('imp.nextBoth', { unit: unit.label }) : t('imp.nextPlan')}
      </Typography.Text>
      {outcome && (
        <FiguresOutcome
          outcome={outcome}
          unit={unit}
          day={values?.occurredOn ?? ''}
          onClose={() => setOutcome(null)}
        />
      )}
    </Flex>
  );
}

interface FiguresOutcomeProps {
  outcome: RecordFiguresResponse;
  unit: UnitOption;
  day: string;
  onClose: () => void;
}

function FiguresOutcome({ outcome, unit, day, onClose }: FiguresOutcomeProps) {
  const t = useT();
  const created = outcome.created > 0;
  const lines = [
    ...(created
      ? [t('imp.fig.created', { n: outcome.created, unit: unit.label, day: formatDate(day) })]
      : []),
    ...(outcome.alreadyImported > 0 ? [t('imp.fig.already', { n: outcome.alreadyImported })] : []),
  ];
  return (
    <Alert
      type={created ? 'success' : 'info'}
      showIcon
      role="status"
      closable={{ onClose, 'aria-label': t('common.close') }}
      title={created ? t('imp.fig.savedTitle') : t('imp.fig.alreadyTitle')}
      description={
        <Flex vertical gap={4}>
          {lines.map((l) => (
            <span key={l}>{l}</span>
          ))}
          <Link to="/activities">{t('imp.fig.open')}</Link>
        </Flex>
      }
      data-testid="import-figures-outcome"
    />
  );
}
