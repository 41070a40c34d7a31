import { useState } from 'react';
import { App, Button, Card, Flex, Input, InputNumber, List, Tag, Typography } from 'antd';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan, useMe } from '../auth/session';
import { useRegister, useReserveNumber } from './plans.api';
import { useFormKey } from '../../api/use-form-key';

/** Sổ văn bản: the unit's KH numbers of a year, and "Giữ số" to reserve the next one. */
export function RegisterPanel() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const canWrite = useCan('work.write');
  const [year, setYear] = useState(new Date().getFullYear());
  const [note, setNote] = useState('');
  const register = useRegister(me.unit.id, year);
  const { key, renew } = useFormKey();
  const reserve = useReserveNumber(key);
  const entries = register.data ?? [];

  const onReserve = () =>
    reserve.mutate(
      { unitId: me.unit.id, year, note: note.trim() || null },
      {
        onSuccess: (entry) => {
          renew();
          setNote('');
          void message.success(t('register.reserved', { number: entry.numberText }));
        },
        onError: (e) => showError(e),
      },
    );

  return (
    <Card size="small" title={t('register.title')} data-testid="register-panel">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('register.help', { unit: me.unit.name })}
        </Typography.Text>
        <Flex gap={8} align="center">
          <label htmlFor="register-year">{t('register.year')}</label>
          <InputNumber
            id="register-year"
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            style={{ width: 100 }}
          />
        </Flex>
        {canWrite && (
          <Flex gap={8}>
            <Input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('register.note')}
              aria-label={t('register.note')}
              maxLength={500}
            />
            <Button onClick={onReserve} loading={reserve.isPending} data-testid="register-reserve">
              {t('register.reserve')}
            </Button>
          </Flex>
        )}
        <List
          size="small"
          loading={register.isPending}
          dataSource={entries}
          locale={{ emptyText: t('register.empty', { year }) }}
          renderItem={(e) => (
            <List.Item
              extra={
                <Tag color={e.status === 'used' ? 'green' : 'blue'}>
                  {t(e.status === 'used' ? 'register.used' : 'register.reservedTag')}
                </Tag>
              }
            >
              <Flex vertical>
                <Typography.Text strong>{e.numberText}</Typography.Text>
                {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
              </Flex>
            </List.Item>
          )}
        />
      </Flex>
    </Card>
  );
}
