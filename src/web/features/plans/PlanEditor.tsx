import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Col, Flex, Form, Grid, Row, Segmented } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { PlanResponse } from '../../../contracts/plans.contract';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { contentAsText, contentOf, toContent, type PlanFormValues } from './plan-form';
import { PlanErrorsProvider, toPlanErrors } from './plan-errors';
import { planPreviewModel } from './plan-preview-model';
import { planQuery } from './plans.api';
import { PlanAssignmentsFields } from './PlanAssignmentsFields';
import { PlanBodyFields } from './PlanBodyFields';
import { PlanClosingFields } from './PlanClosingFields';
import { PlanHeaderFields } from './PlanHeaderFields';
import { PlanPreview } from './PlanPreview';
import { PlanSaveStatus } from './PlanSaveStatus';
import { useAutosave } from './use-autosave';
import './plan-editor.css';

const NO_ERRORS = new Map<string, string[]>();
// antd's columns set `display`, which beats the `hidden` attribute.
const HIDDEN = { display: 'none' };

/** A draft in the document's own order, saved as it is typed, beside its printed preview. */
export function PlanEditor({ plan }: { plan: PlanResponse }) {
  const t = useT();
  const showError = useApiError();
  const queryClient = useQueryClient();
  const desktop = Boolean(Grid.useBreakpoint().lg);
  const [form] = Form.useForm<PlanFormValues>();
  const [view, setView] = useState<'edit' | 'preview'>('edit');
  const initial = useMemo(() => contentOf(plan), [plan.id]);
  const autosave = useAutosave(plan);
  const sent = useRef(JSON.stringify(initial));

  const watched = Form.useWatch((v: PlanFormValues) => v, { form, preserve: true });
  const content = useMemo(() => (watched ? toContent(watched) : initial), [watched, initial]);
  const { schedule } = autosave;
  useEffect(() => {
    const json = JSON.stringify(content);
    if (json === sent.current) return;
    sent.current = json;
    schedule(content);
  }, [content, schedule]);

  const reload = async () => {
    try {
      const fresh = await queryClient.fetchQuery({ ...planQuery(plan.id), staleTime: 0 });
      const next = contentOf(fresh);
      sent.current = JSON.stringify(next);
      autosave.restart(fresh);
      form.setFieldsValue(next);
    } catch (e) {
      showError(e);
    }
  };

  const deferred = useDeferredValue(content);
  const year = new Date().getFullYear();
  const model = useMemo(() => planPreviewModel(deferred, plan, year), [deferred, plan, year]);
  const errors =
    autosave.state.kind === 'invalid' ? toPlanErrors(autosave.state.errors) : NO_ERRORS;

  const status = (
    <div className="plan-save-bar">
      <PlanSaveStatus
        state={autosave.state}
        myText={() => contentAsText(content)}
        onReload={() => void reload()}
        onRetry={autosave.flush}
      />
    </div>
  );
  const editor = (
    <PlanErrorsProvider value={errors}>
      <Form<PlanFormValues> form={form} layout="vertical" initialValues={initial} name="plan">
        <Flex vertical gap={12}>
          <PlanHeaderFields plan={plan} />
          <PlanBodyFields />
          <PlanAssignmentsFields issuerUnitId={plan.unitId} />
          <PlanClosingFields />
        </Flex>
      </Form>
    </PlanErrorsProvider>
  );
  const preview = <PlanPreview model={model} />;

  // One tree for every width, so that rotating a phone never remounts (and resets) the form.
  return (
    <Flex vertical gap={8}>
      {status}
      {!desktop && (
        <Segmented
          block
          value={view}
          onChange={setView}
          options={[
            { value: 'edit', label: t('plan.tabEdit') },
            { value: 'preview', label: t('plan.tabPreview') },
          ]}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13} style={!desktop && view !== 'edit' ? HIDDEN : undefined}>
          {editor}
        </Col>
        <Col xs={24} lg={11} style={!desktop && view !== 'preview' ? HIDDEN : undefined}>
          <div className="plan-preview-sticky">{preview}</div>
        </Col>
      </Row>
    </Flex>
  );
}
