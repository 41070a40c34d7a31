import {
  Alert,
  Badge,
  Button,
  Card,
  Descriptions,
  Flex,
  Result,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { UnitResponse } from '../../../contracts/units.contract';
import { isApiError } from '../../api/client';
import { formatDateTime } from '../../components/format';
import { kindLabel } from '../../components/labels';
import { useT } from '../../i18n/i18n';
import { useCan, useMe } from '../auth/session';
import { GroupMembersTab } from './GroupMembersTab';
import { UnitActions } from './UnitActions';
import { UnitCertificateCard } from './UnitCertificateCard';
import { childrenQuery, useUnitDetail } from './units.api';

function UnitNotFound() {
  const t = useT();
  return (
    <Card data-testid="unit-not-found">
      <Result
        status="404"
        title={t('units.notFound')}
        subTitle={t('units.notFoundHelp')}
        extra={
          <Link to="/units">
            <Button type="primary">{t('units.backToMine')}</Button>
          </Link>
        }
      />
    </Card>
  );
}

function UnitFacts({ unit, childCount }: { unit: UnitResponse; childCount?: number }) {
  const t = useT();
  const empty = <Typography.Text type="secondary">—</Typography.Text>;
  const items = [
    { key: 'name', label: t('unit.name'), children: unit.name },
    { key: 'shortName', label: t('unit.shortName'), children: unit.shortName ?? empty },
    { key: 'kind', label: t('unit.kind'), children: kindLabel(t, unit.kind) },
    { key: 'code', label: t('unit.code'), children: unit.code ?? empty },
    {
      key: 'status',
      label: t('unit.status'),
      children: unit.active ? (
        <Badge status="success" text={t('common.active')} />
      ) : (
        <Tag>{t('common.inactive')}</Tag>
      ),
    },
    { key: 'children', label: t('unit.childCount'), children: childCount ?? empty },
    { key: 'updatedAt', label: t('unit.updatedAt'), children: formatDateTime(unit.updatedAt) },
  ];
  return (
    <Descriptions
      column={{ xs: 1, sm: 1, md: 2, lg: 1, xl: 1, xxl: 2 }}
      size="small"
      bordered
      items={items}
      styles={{ label: { whiteSpace: 'nowrap' } }}
    />
  );
}

/** Everything about one unit, with the actions the user's role allows. */
export function UnitDetailPanel({ unitId }: { unitId: string }) {
  const t = useT();
  const me = useMe();
  const canWrite = useCan('unit.write');
  const detail = useUnitDetail(unitId);
  // The detail endpoint carries no childCount; the children list is cached by the tree anyway.
  const children = useQuery({ ...childrenQuery(unitId), enabled: detail.isSuccess });

  if (detail.isPending) return <Card loading />;
  if (detail.isError) {
    const status = isApiError(detail.error) ? detail.error.status : 0;
    if (status === 404 || status === 400) return <UnitNotFound />;
    return (
      <Card>
        <Result
          status="warning"
          title={t('error.loadFailed')}
          extra={<Button onClick={() => void detail.refetch()}>{t('common.retry')}</Button>}
        />
      </Card>
    );
  }
  const { unit } = detail.data;
  const childCount = unit.childCount ?? children.data?.length;
  const facts = (
    <Flex vertical gap={16}>
      <UnitFacts unit={unit} childCount={childCount} />
      {canWrite && unit.active && childCount === 0 && unit.kind !== 'group' && (
        <Alert type="info" showIcon title={t('unit.noChildren')} />
      )}
      {canWrite && <UnitActions unit={unit} isOwnUnit={unit.id === me.unit.id} />}
      {unit.kind !== 'village' && (
        <UnitCertificateCard unitId={unit.id} isAdmin={me.role === 'admin'} />
      )}
    </Flex>
  );
  return (
    <Card
      data-testid="unit-detail"
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18, whiteSpace: 'normal' }}>
          {unit.name}
        </Typography.Title>
      }
    >
      {unit.kind === 'group' ? (
        <Tabs
          items={[
            { key: 'info', label: t('group.tabInfo'), children: facts },
            {
              key: 'members',
              label: t('group.tabMembers'),
              children: <GroupMembersTab groupId={unit.id} canWrite={canWrite} />,
            },
          ]}
        />
      ) : (
        facts
      )}
    </Card>
  );
}
