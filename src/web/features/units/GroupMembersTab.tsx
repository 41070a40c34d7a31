import { useState } from 'react';
import { App, Button, Empty, Flex, Input, Popconfirm, Select, Table, Typography } from 'antd';
import type { GroupMemberResponse } from '../../../contracts/groups.contract';
import { formatDate } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useGroupMembers, useMemberCandidates, useMemberChange } from './groups.api';
import { useFormKey } from '../../api/use-form-key';

/** The members of a working group, and, for who may change it, adding and ending memberships. */
export function GroupMembersTab(props: { groupId: string; canWrite: boolean }) {
  const { groupId, canWrite } = props;
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const members = useGroupMembers(groupId);
  const [q, setQ] = useState('');
  const [memberId, setMemberId] = useState<string | undefined>();
  const [role, setRole] = useState('');
  const candidates = useMemberCandidates(groupId, q);
  const { key, renew } = useFormKey();
  const change = useMemberChange(groupId, key);

  const add = () => {
    if (!memberId) return;
    change.add.mutate(
      { memberId, ...(role.trim() ? { role: role.trim() } : {}) },
      {
        onSuccess: (m) => {
          renew();
          void message.success(t('group.added', { name: m.member.name }));
          setMemberId(undefined);
          setRole('');
        },
        onError: (e) => showError(e),
      },
    );
  };

  return (
    <Flex vertical gap={12} data-testid="group-members">
      <Typography.Text type="secondary">{t('group.help')}</Typography.Text>
      {canWrite && (
        <Flex gap={8} wrap>
          <Select
            showSearch={{ filterOption: false, onSearch: setQ }}
            value={memberId}
            onChange={setMemberId}
            placeholder={t('group.pick')}
            aria-label={t('group.member')}
            options={(candidates.data ?? [])
              .filter((u) => u.id !== groupId)
              .map((u) => ({ value: u.id, label: u.name }))}
            style={{ minWidth: 320 }}
          />
          <Input
            value={role}
            onChange={(e) => setRole(e.target.value)}
            placeholder={t('group.rolePlaceholder')}
            aria-label={t('group.role')}
            style={{ width: 220 }}
          />
          <Button type="primary" onClick={add} disabled={!memberId} loading={change.add.isPending}>
            {t('group.add')}
          </Button>
        </Flex>
      )}
      <Table<GroupMemberResponse>
        size="small"
        rowKey="id"
        loading={members.isPending}
        pagination={false}
        dataSource={members.data ?? []}
        locale={{ emptyText: <Empty description={t('group.empty')} /> }}
        columns={[
          { key: 'member', title: t('group.member'), render: (_, m) => m.member.name },
          { key: 'role', title: t('group.role'), dataIndex: 'role' },
          { key: 'from', title: t('group.from'), render: (_, m) => formatDate(m.addedOn) },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, m: GroupMemberResponse) => (
                    <Popconfirm
                      title={t('group.removeConfirm')}
                      onConfirm={() =>
                        change.remove.mutate(m.member.id, {
                          onSuccess: () => void message.success(t('group.removed')),
                          onError: (e) => showError(e),
                        })
                      }
                    >
                      <Button size="small" danger>
                        {t('group.remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
