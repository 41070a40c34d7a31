import { useState } from 'react';
import { Card, Col, Form, Input, Row, Typography, type FormListFieldData } from 'antd';
import { DateField } from '../../components/DateField';
import { UnitMultiPicker } from '../../components/UnitMultiPicker';
import { UnitPicker } from '../../components/UnitPicker';
import { useT } from '../../i18n/i18n';
import { useUnitDetail } from '../units/units.api';
import type { ImportFormValues } from './import-form';
import { ImportRows } from './ImportRows';

/** One assignment: the unit in Loa (orange until one is chosen), the name as written, tasks. */
function AssignmentRow({ field }: { field: FormListFieldData }) {
  const t = useT();
  const form = Form.useFormInstance<ImportFormValues>();
  const path = ['assignments', field.name] as const;
  const watched: unknown = Form.useWatch([...path, 'unitId'], form);
  // The watch is empty on the first render; the store already knows the matched unit.
  const [first] = useState(() => {
    const id: unknown = form.getFieldValue([...path, 'unitId']);
    return id;
  });
  const matchedId = typeof first === 'string' ? first : undefined;
  const matched = useUnitDetail(matchedId).data?.unit;
  const unitId = typeof watched === 'string' ? watched : watched === undefined ? matchedId : null;
  const more: unknown = Form.useWatch([...path, 'unitIds'], form);
  // Found in Loa when any unit is chosen, the first or one of the others.
  const unmatched = !unitId && !(Array.isArray(more) && more.length > 0);
  return (
    <div data-testid="import-assignment" data-unmatched={unmatched ? 'true' : 'false'}>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name={[field.name, 'unitId']}
            label={t('imp.f.assignee')}
            normalize={(v: string | undefined) => v ?? null}
            validateStatus={unmatched ? 'warning' : undefined}
            help={unmatched ? t('imp.unmatchedHelp') : undefined}
          >
            <UnitPicker
              key={matched?.id ?? 'none'}
              allowClear
              initialOption={
                matched ? { value: matched.id, label: matched.name, kind: matched.kind } : undefined
              }
              aria-label={t('imp.f.assignee')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[field.name, 'unitName']} label={t('imp.f.unitName')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={[field.name, 'unitIds']}
        label={t('plan.f.moreUnits')}
        extra={t('plan.f.moreUnitsHelp')}
      >
        <UnitMultiPicker aria-label={t('plan.f.moreUnits')} data-testid="import-more-units" />
      </Form.Item>
      <Form.Item name={[field.name, 'tasks']} label={t('imp.f.tasks')} extra={t('imp.f.tasksHelp')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name={[field.name, 'frequency']}
            label={t('imp.f.frequency')}
            extra={t('imp.f.frequencyHelp')}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[field.name, 'deadline']} label={t('imp.f.deadline')}>
            <DateField aria-label={t('imp.f.deadline')} />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}

/** Tổ chức thực hiện: who does what, each unit to be found among the importer's units. */
export function ImportAssignmentsFields() {
  const t = useT();
  const form = Form.useFormInstance<ImportFormValues>();
  // Empty until the form has mounted.
  const rows =
    Form.useWatch<ImportFormValues['assignments'] | undefined>('assignments', form) ?? [];
  const waiting = rows.filter((a) => !a.unitId).length;
  return (
    <Card size="small" title={t('imp.s.assignments')}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {waiting > 0 ? t('imp.unmatchedCount', { n: waiting }) : t('imp.assignmentsHelp')}
      </Typography.Paragraph>
      <ImportRows
        name="assignments"
        label={t('imp.f.assignments')}
        addLabel={t('imp.addAssignment')}
        blank={{
          origin: null,
          unitId: null,
          unitIds: [],
          unitName: '',
          tasks: '',
          frequency: '',
          deadline: null,
        }}
        rowClassName={(i) =>
          rows[i]?.unitId ? 'import-assignment' : 'import-assignment import-unmatched'
        }
      >
        {(f) => <AssignmentRow field={f} />}
      </ImportRows>
    </Card>
  );
}
