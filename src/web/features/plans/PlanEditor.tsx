import { useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Col, Flex, Form, Grid, Row, Segmented } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { PlanResponse } from '../../../contracts/plans.contract';
import type { FieldProblem } from '../../api/client';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { contentAsText, contentOf, toContent, type PlanFormValues } from './plan-form';
import { PlanErrorsProvider, toPlanErrors } from './plan-errors';
import { planProblemsInVietnamese } from './plan-field-labels';
import { dropLocalDraft, readLocalDraft, type LocalDraft } from './local-draft';
import { planWording } from '../../../contracts/plan-wording';
import { planQuery } from './plans.api';
import { PlanAssignmentsFields } from './PlanAssignmentsFields';
import { PlanBodyFields } from './PlanBodyFields';
import { PlanClosingFields } from './PlanClosingFields';
import { PlanHeaderFields } from './PlanHeaderFields';
import { PlanPreview } from './PlanPreview';
import { PlanLocalDraft } from './PlanLocalDraft';
import { PlanProblemList } from './PlanProblemList';
import { PlanSaveStatus } from './PlanSaveStatus';
import { useAutosave } from './use-autosave';
import { useLeaveGuard } from './use-leave-guard';
import './plan-editor.css';

// antd's columns set `display`, which beats the `hidden` attribute.
const HIDDEN = { display: 'none' };

interface Props {
  plan: PlanResponse;
  /** What the last submission was refused for, field by field. */
  refused: FieldProblem[];
  /** Set by the editor: sends what is waiting and answers whether the server holds it all. */
  settleRef: RefObject<() => Promise<boolean>>;
}

/**
 * A draft in the document's own order, saved as it is typed (complete or not), beside its printed
 * preview. Leaving with unsaved changes asks first; a save on a stale version stops and asks.
 */
export function PlanEditor({ plan, refused, settleRef }: Props) {
  const t = useT();
  const showError = useApiError();
  const queryClient = useQueryClient();
  const desktop = Boolean(Grid.useBreakpoint().lg);
  const [form] = Form.useForm<PlanFormValues>();
  const [view, setView] = useState<'edit' | 'preview'>('edit');
  // The editor is keyed by the plan: its starting values are those it opened with.
  const [initial] = useState(() => contentOf(plan));
  const autosave = useAutosave(plan);
  const sent = useRef(JSON.stringify(initial));
  const [local, setLocal] = useState<LocalDraft | null>(() => {
    const kept = readLocalDraft(plan.id);
    return kept && JSON.stringify(kept.content) !== JSON.stringify(initial) ? kept : null;
  });
  useLeaveGuard(autosave.unsaved, autosave.settle);
  useEffect(() => {
    settleRef.current = autosave.settle;
  }, [settleRef, autosave.settle]);

  const watched = Form.useWatch((v: PlanFormValues) => v, { form, preserve: true });
  // Until the form holds its starting values, what it "watches" is empty: never save that.
  const content = useMemo(
    () => (typeof watched.title === 'string' ? toContent(watched) : initial),
    [watched, initial],
  );
  const { schedule } = autosave;
  useEffect(() => {
    const json = JSON.stringify(content);
    if (json === sent.current) return;
    sent.current = json;
    schedule(content);
  }, [content, schedule]);

  const fetchFresh = () => queryClient.query({ ...planQuery(plan.id), staleTime: 0 });
  const reload = async () => {
    try {
      const fresh = await fetchFresh();
      const next = contentOf(fresh);
      sent.current = JSON.stringify(next);
      autosave.restart(fresh);
      form.setFieldsValue(next);
    } catch (e) {
      showError(e);
    }
  };
  const overwrite = async () => {
    try {
      autosave.overwrite(await fetchFresh(), content);
    } catch (e) {
      showError(e);
    }
  };
  const restore = (kept: LocalDraft) => {
    setLocal(null);
    // Typed on an older version than the server's: saving it is a conflict to decide, not a loss.
    autosave.rebase(kept.version);
    form.setFieldsValue(kept.content);
  };

  const deferred = useDeferredValue(content);
  const year = new Date().getFullYear();
  const model = useMemo(() => planWording(deferred, plan, year), [deferred, plan, year]);
  const { state } = autosave;
  const errors = useMemo(() => {
    const saveErrors = state.kind === 'invalid' ? state.errors : [];
    return toPlanErrors(planProblemsInVietnamese(t, [...saveErrors, ...refused]));
  }, [t, state, refused]);

  const status = (
    <div className="plan-save-bar">
      <PlanSaveStatus
        state={autosave.state}
        myText={() => contentAsText(content)}
        onReload={() => void reload()}
        onOverwrite={() => void overwrite()}
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
      {local && (
        <PlanLocalDraft
          draft={local}
          onRestore={() => restore(local)}
          onDiscard={() => {
            dropLocalDraft(plan.id);
            setLocal(null);
          }}
        />
      )}
      {refused.length > 0 && (
        <PlanProblemList title={t('planEd.refused')} problems={refused} testId="plan-refused" />
      )}
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
