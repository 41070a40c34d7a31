import { Alert, Col, Descriptions, Flex, Result, Row, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { PlanResponse } from '../../../contracts/plans.contract';
import { isApiError, type FieldProblem } from '../../api/client';
import { formatDateTime, formatDate } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { TasksTable } from '../tasks/TasksTable';
import { statusColor, statusLabel } from './plan-labels';
import { planWording } from '../../../contracts/plan-wording';
import { useOwnUnits } from './plan-scope';
import { usePlan, useTasks } from './plans.api';
import { PlanActions } from './PlanActions';
import { PlanDerivations } from './PlanDerivations';
import { PlanEditor } from './PlanEditor';
import { PlanPreview } from './PlanPreview';
import { PlanReceipts } from './PlanReceipts';
import { PlanSignedPdf } from './PlanSignedPdf';

/** `/plans/:id`: a draft's editor, or a published plan's preview, facts, derivations and tasks. */
export function PlanPage() {
  const t = useT();
  const me = useMe();
  const { id = '' } = useParams();
  const query = usePlan(id);
  const { own } = useOwnUnits(query.data ? [query.data.unitId] : []);
  // What the last submission was refused for; the editor shows each beside its field.
  const [refused, setRefused] = useState<FieldProblem[]>([]);
  const settleRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));
  if (query.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (query.isError) {
    const missing = isApiError(query.error) && query.error.status === 404;
    return (
      <Result
        status={missing ? '404' : 'warning'}
        title={missing ? t('plan.notFound') : t('error.loadFailed')}
        subTitle={missing ? t('plan.notFoundHelp') : undefined}
        extra={<Link to="/plans">{t('plans.back')}</Link>}
        data-testid="plan-not-found"
      />
    );
  }
  const plan = query.data;
  const mine = own.has(plan.unitId);
  const editable = plan.status === 'draft' && mine && me.permissions.includes('work.write');
  return (
    <Flex vertical gap={12}>
      <Link to="/plans">
        <ArrowLeftOutlined /> {t('plans.back')}
      </Link>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={1} className="page-title">
          {plan.numberText
            ? t('plan.titleNumbered', { number: plan.numberText })
            : t('plan.titleDraft')}
        </Typography.Title>
        <Tag color={statusColor(plan.status)} data-testid="plan-status">
          {statusLabel(t, plan.status)}
        </Tag>
        <Typography.Text type="secondary">{plan.unitName}</Typography.Text>
      </Flex>
      <PlanActions
        plan={plan}
        own={mine}
        beforeSubmit={() => settleRef.current()}
        onRefused={setRefused}
      />
      {plan.status === 'draft' && plan.returnNote && (
        <Alert
          type="warning"
          showIcon
          title={t('plan.returnedWith')}
          description={plan.returnNote}
          data-testid="plan-return-note"
        />
      )}
      {plan.status === 'submitted' && (
        <Alert type="info" showIcon title={t('plan.awaitingApproval')} />
      )}
      {editable ? (
        <PlanEditor key={plan.id} plan={plan} refused={refused} settleRef={settleRef} />
      ) : (
        <PlanReadOnly plan={plan} mine={mine} />
      )}
    </Flex>
  );
}

function PlanReadOnly({ plan, mine }: { plan: PlanResponse; mine: boolean }) {
  const t = useT();
  const published = plan.status === 'issued' || plan.status === 'closed';
  const tasks = useTasks({ planId: plan.id });
  const model = planWording(plan, plan, new Date().getFullYear());
  const period =
    plan.periodFrom && plan.periodTo
      ? `${formatDate(plan.periodFrom)} – ${formatDate(plan.periodTo)}`
      : '';
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Flex vertical gap={12}>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'unit', label: t('plans.col.unit'), children: plan.unitName },
              { key: 'number', label: t('plans.col.number'), children: plan.numberText ?? '—' },
              {
                key: 'issuedOn',
                label: t('plan.issuedOn'),
                children: formatDate(plan.issuedOn) || '—',
              },
              { key: 'period', label: t('plans.col.period'), children: period || '—' },
              ...(plan.derivedFromId
                ? [
                    {
                      key: 'from',
                      label: t('plan.derivedFrom'),
                      children: <Link to={`/plans/${plan.derivedFromId}`}>{t('plan.open')}</Link>,
                    },
                  ]
                : []),
              {
                key: 'updated',
                label: t('plans.col.updated'),
                children: formatDateTime(plan.updatedAt),
              },
            ]}
          />
          {published && <PlanSignedPdf plan={plan} mine={mine} />}
          {published && <PlanReceipts planId={plan.id} />}
          {published && mine && <PlanDerivations planId={plan.id} />}
        </Flex>
      </Col>
      <Col xs={24} lg={14}>
        <PlanPreview model={model} />
      </Col>
      {published && (
        <Col xs={24}>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('plan.tasks')}
          </Typography.Title>
          <TasksTable
            tasks={tasks.data ?? []}
            loading={tasks.isPending}
            showPlan={false}
            empty={t('plan.tasksEmpty')}
          />
        </Col>
      )}
    </Row>
  );
}
