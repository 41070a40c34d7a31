import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { EditOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { UserResponse } from '../../../contracts/accounts.contract';
import { formatDate } from '../../components/format';
import { roleLabel } from '../../components/labels';
import { UnitPicker } from '../../components/UnitPicker';
import { useDebounced } from '../../components/use-debounced';
import { useT, type Translate } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import { UserFormDialog } from './UserFormDialog';
import { useUsers } from './users.api';

function columns(
  t: Translate,
  onEdit: ((u: UserResponse) => void) | null,
): TableColumnsType<UserResponse> {
  const cols: TableColumnsType<UserResponse> = [
    {
      key: 'name',
      title: t('user.displayName'),
      render: (_, u) => (
        <Flex vertical>
          <Typography.Text strong>{u.displayName}</Typography.Text>
          <Typography.Text type="secondary">{u.username}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'unit', title: t('user.unit'), render: (_, u) => u.unitName ?? '' },
    {
      key: 'role',
      title: t('user.role'),
      render: (_, u) => <Tag color="blue">{roleLabel(t, u.role)}</Tag>,
    },
    {
      key: 'status',
      title: t('user.status'),
      render: (_, u) => (
        <Flex gap={4} wrap>
          {u.active ? (
            <Badge status="success" text={t('common.active')} />
          ) : (
            <Tag>{t('user.disabled')}</Tag>
          )}
          {u.locked && <Tag color="red">{t('user.locked')}</Tag>}
        </Flex>
      ),
    },
    { key: 'createdAt', title: t('user.createdAt'), render: (_, u) => formatDate(u.createdAt) },
  ];
  if (!onEdit) return cols;
  return [
    ...cols,
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, u) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          onClick={() => onEdit(u)}
          aria-label={`${t('common.edit')} ${u.username}`}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];
}

/** Accounts of the user's subtree; creating and editing them needs `user.write`. */
export function UsersPage() {
  const t = useT();
  const canWrite = useCan('user.write');
  const [search, setSearch] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>();
  // The edited user outlives `open` so the dialog keeps its title while it fades out.
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<UserResponse | null>(null);
  const openDialog = (user: UserResponse | null) => {
    setEditing(user);
    setOpen(true);
  };
  const users = useUsers({ search: useDebounced(search.trim()) || undefined, unitId });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={1} className="page-title">
          {t('users.title')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openDialog(null)}>
            {t('users.create')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('users.search')}
            aria-label={t('users.search')}
            style={{ flex: '1 1 220px' }}
          />
          <div style={{ flex: '1 1 220px' }}>
            <UnitPicker
              value={unitId}
              onChange={setUnitId}
              allowClear
              placeholder={t('users.filterUnit')}
              aria-label={t('users.filterUnit')}
            />
          </div>
        </Flex>
        {users.isError && <Alert type="error" showIcon title={t('error.loadFailed')} />}
        <Table<UserResponse>
          data-testid="users-table"
          rowKey="id"
          size="small"
          loading={users.isFetching}
          dataSource={users.data ?? []}
          columns={columns(t, canWrite ? openDialog : null)}
          scroll={{ x: 'max-content' }}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showTotal: (n) => t('common.total', { n }),
          }}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.empty')} />
            ),
          }}
        />
      </Card>
      {canWrite && <UserFormDialog open={open} user={editing} onClose={() => setOpen(false)} />}
    </Flex>
  );
}
