import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Tooltip } from 'antd';
import {
  BranchesOutlined,
  CheckOutlined,
  CopyOutlined,
  DeleteOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  RollbackOutlined,
  SendOutlined,
  UndoOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import type { PlanResponse } from '../../../contracts/plans.contract';
import { api, isApiError, type FieldProblem } from '../../api/client';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { IssuePlanDialog, ReturnPlanDialog } from './PlanDialogs';
import {
  exportUrl,
  useDeletePlan,
  useDerivePlan,
  useDownloadPdf,
  usePlanAction,
  type PlanAction,
} from './plans.api';
import { useFormKey } from '../../api/use-form-key';

interface Props {
  plan: PlanResponse;
  own: boolean;
  /** Saves what is still being typed; false when the server does not hold it all. */
  beforeSubmit: () => Promise<boolean>;
  /** The fields a submission was refused for (none once it goes through). */
  onRefused: (problems: FieldProblem[]) => void;
}

/** What may be done with this plan now, by its status and the user's permissions; and exports. */
export function PlanActions({ plan, own, beforeSubmit, onRefused }: Props) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const pdf = useDownloadPdf(plan.id);
  const [dialog, setDialog] = useState<'return' | 'issue' | null>(null);
  const { key } = useFormKey();
  const act = usePlanAction(plan.id, key);
  const derive = useDerivePlan(plan.id, key);
  const remove = useDeletePlan(plan.id);
  const can = (p: string) => me.permissions.includes(p);
  const published = plan.status === 'issued' || plan.status === 'closed';
  // The server decides (author, or an officer of the issuing unit); this only hides a sure refusal.
  const mayDelete =
    plan.status === 'draft' &&
    own &&
    can('work.write') &&
    (plan.unitId === me.unit.id || plan.editors.includes(me.id));
  const selfApproval = plan.submittedBy === me.id || plan.editors.includes(me.id);

  const run = (action: PlanAction, done: string) =>
    act.mutate(action, {
      onSuccess: (result) => {
        void message.success(done);
        if (result.id !== plan.id) void navigate(`/plans/${result.id}`);
      },
      onError: (e) => showError(e),
    });

  // The server checks what was typed last, so it is saved first; a refusal names each field.
  const submit = async () => {
    if (!(await beforeSubmit())) return void message.error(t('planEd.notSaved'));
    act.mutate('submit', {
      onSuccess: () => {
        onRefused([]);
        void message.success(t('plan.submitted'));
      },
      onError: (e) =>
        isApiError(e) && e.status === 400 && e.problem.errors?.length
          ? onRefused(e.problem.errors)
          : showError(e),
    });
  };

  // Both say what happens before anything does: a deletion cannot be undone.
  const askDelete = () => {
    const revision = !!plan.revisionOfId;
    void modal.confirm({
      title: t(revision ? 'plan.discardTitle' : 'plan.deleteTitle'),
      content: t(revision ? 'plan.discardLine' : 'plan.deleteLine'),
      okText: t('plan.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync().then(
          () => {
            void message.success(t(revision ? 'plan.revisionDiscarded' : 'plan.deleted'));
            void navigate(revision ? `/plans/${plan.revisionOfId}` : '/plans');
          },
          (e: unknown) => showError(e),
        ),
    });
  };
  const askRecall = () =>
    void modal.confirm({
      title: t('plan.recallTitle'),
      content: t('plan.recallLine'),
      okText: t('plan.recall'),
      cancelText: t('common.cancel'),
      onOk: () =>
        act.mutateAsync('recall').then(
          () => void message.success(t('plan.recalled')),
          (e: unknown) => showError(e),
        ),
    });

  // Already derived (409): open the unit's existing plan instead of a second copy.
  const openExisting = async (e: unknown) => {
    const { items } = await api.get('/plans', {
      query: { derivedFromId: plan.id, unitId: me.unit.id },
    });
    const existing = items[0];
    if (!existing) {
      showError(e);
      return;
    }
    void message.info(t('plan.alreadyDerived'));
    void navigate(`/plans/${existing.id}`);
  };
  const deriveMine = () =>
    derive.mutate(undefined, {
      onSuccess: (created) => void navigate(`/plans/${created.id}`),
      onError: (e) =>
        isApiError(e) && e.status === 409 ? void openExisting(e).catch(showError) : showError(e),
    });

  return (
    <Flex wrap gap={8} data-testid="plan-actions">
      {plan.status === 'draft' && own && can('work.write') && (
        <Popconfirm title={t('plan.submitConfirm')} onConfirm={() => void submit()}>
          <Button type="primary" icon={<SendOutlined />} loading={act.isPending}>
            {t('plan.submit')}
          </Button>
        </Popconfirm>
      )}
      {plan.status === 'submitted' && plan.submittedBy === me.id && (
        <Button
          icon={<UndoOutlined />}
          loading={act.isPending}
          onClick={askRecall}
          data-testid="plan-recall"
        >
          {t('plan.recall')}
        </Button>
      )}
      {mayDelete && (
        <Button
          danger
          icon={<DeleteOutlined />}
          loading={remove.isPending}
          onClick={askDelete}
          data-testid="plan-delete"
        >
          {t('plan.delete')}
        </Button>
      )}
      {plan.status === 'submitted' && own && can('work.approve') && (
        <>
          <Tooltip title={selfApproval ? t('plan.noSelfApproval') : undefined}>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={selfApproval}
              onClick={() => setDialog('issue')}
            >
              {t('plan.issue')}
            </Button>
          </Tooltip>
          <Button icon={<RollbackOutlined />} onClick={() => setDialog('return')}>
            {t('plan.return')}
          </Button>
        </>
      )}
      {plan.status === 'issued' && own && can('work.approve') && (
        <Popconfirm title={t('plan.closeConfirm')} onConfirm={() => run('close', t('plan.closed'))}>
          <Button icon={<StopOutlined />}>{t('plan.close')}</Button>
        </Popconfirm>
      )}
      {published && own && can('work.write') && (
        <Popconfirm
          title={t('plan.reviseConfirm')}
          onConfirm={() => run('revise', t('plan.revised'))}
        >
          <Button icon={<CopyOutlined />}>{t('plan.revise')}</Button>
        </Popconfirm>
      )}
      {published && !own && can('work.write') && (
        <Button
          type="primary"
          icon={<BranchesOutlined />}
          loading={derive.isPending}
          onClick={deriveMine}
          data-testid="plan-derive"
        >
          {t('plan.derive')}
        </Button>
      )}
      <Button icon={<FileWordOutlined />} href={exportUrl(plan.id, 'document.docx')} download>
        {t('plan.exportDocx')}
      </Button>
      <Button
        icon={<FilePdfOutlined />}
        loading={pdf.isPending}
        onClick={() =>
          pdf.mutate(undefined, {
            onError: (e: unknown) =>
              // No LibreOffice: the one who can install it is told how; everyone else, what to do.
              isApiError(e) && e.status === 503
                ? void message.warning(
                    t(me.role === 'admin' ? 'plan.pdfMissingAdmin' : 'plan.pdfMissing'),
                  )
                : showError(e),
          })
        }
      >
        {t('plan.exportPdf')}
      </Button>
      <Button icon={<FileExcelOutlined />} href={exportUrl(plan.id, 'assignments.xlsx')} download>
        {t('plan.exportXlsx')}
      </Button>
      <ReturnPlanDialog plan={plan} open={dialog === 'return'} onClose={() => setDialog(null)} />
      <IssuePlanDialog plan={plan} open={dialog === 'issue'} onClose={() => setDialog(null)} />
    </Flex>
  );
}
