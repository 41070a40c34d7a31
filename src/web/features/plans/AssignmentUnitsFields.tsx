import { Col, Form, Row, Select, Typography } from 'antd';
import { isApiError } from '../../api/client';
import { kindLabel, UNIT_KINDS } from '../../components/labels';
import { UnitMultiPicker } from '../../components/UnitMultiPicker';
import { UnitPicker } from '../../components/UnitPicker';
import { useT } from '../../i18n/i18n';
import { useUnitDetail } from '../units/units.api';
import { PlanItem } from './plan-errors';
import { useAssigneesPreview } from './plans.api';

const PREVIEW_NAMES = 8;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const stringOrNull = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/**
 * More units for one assignment, or "all units of a kind below", and the line saying which units
 * will get the tasks when the plan is issued (asked of the server, so it follows the same rule).
 */
export function AssignmentUnitsFields({
  name,
  issuerUnitId,
}: {
  name: number;
  issuerUnitId: string;
}) {
  const t = useT();
  const form = Form.useFormInstance();
  const path = ['assignments', name];
  const unitId = stringOrNull(Form.useWatch([...path, 'unitId'], form));
  const unitIds = strings(Form.useWatch([...path, 'unitIds'], form));
  const kind: unknown = Form.useWatch([...path, 'allOf', 'kind'], form);
  const underId = stringOrNull(Form.useWatch([...path, 'allOf', 'underId'], form));
  const exceptIds = strings(Form.useWatch([...path, 'allOf', 'exceptIds'], form));
  const under = useUnitDetail(underId ?? undefined);
  const chosenKind = UNIT_KINDS.find((k) => k === kind);
  const assignment = {
    unitId,
    unitIds,
    allOf: chosenKind ? { kind: chosenKind, underId, exceptIds } : null,
  };
  const any = !!unitId || unitIds.length > 0 || !!chosenKind;
  const preview = useAssigneesPreview({ issuerUnitId, assignment }, any);
  const kinds = UNIT_KINDS.filter((k) => k !== 'nation').map((k) => ({
    value: k,
    label: kindLabel(t, k),
  }));

  let line: string = t('plan.assigneesNone');
  if (any && isApiError(preview.error))
    line = preview.error.problem.errors?.[0]?.message ?? preview.error.problem.title;
  else if (any && preview.data) {
    const shown = preview.data.items.slice(0, PREVIEW_NAMES).map((u) => u.name);
    const more = preview.data.total - shown.length;
    const names =
      more > 0
        ? `${shown.join(', ')} ${t('plan.assigneesPreviewMore', { n: more })}`
        : shown.join(', ');
    line = t('plan.assigneesPreview', { n: preview.data.total, names });
  }

  return (
    <>
      <PlanItem
        name={[name, 'unitIds']}
        path={[...path, 'unitIds']}
        label={t('plan.f.moreUnits')}
        extra={t('plan.f.moreUnitsHelp')}
      >
        <UnitMultiPicker data-testid="assignment-more-units" />
      </PlanItem>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <PlanItem
            name={[name, 'allOf', 'kind']}
            path={[...path, 'allOf', 'kind']}
            label={t('plan.f.allOfKind')}
            extra={t('plan.f.allOfKindHelp')}
          >
            <Select allowClear options={kinds} data-testid="assignment-all-of-kind" />
          </PlanItem>
        </Col>
        <Col xs={24} md={8}>
          <PlanItem
            name={[name, 'allOf', 'underId']}
            path={[...path, 'allOf', 'underId']}
            label={t('plan.f.allOfUnder')}
            extra={t('plan.f.allOfUnderHelp')}
          >
            <UnitPicker
              allowClear
              disabled={!chosenKind}
              initialOption={
                underId && under.data ? { value: underId, label: under.data.unit.name } : undefined
              }
            />
          </PlanItem>
        </Col>
        <Col xs={24} md={8}>
          <PlanItem
            name={[name, 'allOf', 'exceptIds']}
            path={[...path, 'allOf', 'exceptIds']}
            label={t('plan.f.allOfExcept')}
          >
            <UnitMultiPicker />
          </PlanItem>
        </Col>
      </Row>
      <Typography.Paragraph
        type={any && preview.isError ? 'danger' : 'secondary'}
        data-testid="assignment-preview"
        aria-live="polite"
      >
        {line}
      </Typography.Paragraph>
    </>
  );
}
