import { useState } from 'react';
import { App, Button, Card, Col, Form, InputNumber, Row, Select, Typography } from 'antd';
import { DownOutlined, PlusOutlined, UpOutlined } from '@ant-design/icons';
import type { Approx } from '../../../contracts/figures';
import { DateField } from '../../components/DateField';
import { QUANTITY_CAP } from '../../../contracts/common';
import { wholeNumberRules } from '../../components/number-rules';
import { UnitPicker } from '../../components/UnitPicker';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { channelLabel, type Channel } from '../plans/plan-labels';
import { today } from '../../../contracts/weeks';
import { useCategories, useRecordActivity } from './activities.api';
import { ActivityDetailsFields } from './ActivityDetailsFields';
import { ActivityFigureFields } from './ActivityFigureFields';
import { TasksMetHint } from './TasksMetHint';
import * as f from './activity-form';
import { useFormKey } from '../../api/use-form-key';

interface Values {
  occurredOn: string | null;
  categoryCode?: string;
  channel?: Channel;
  extraChannels?: Channel[];
  approx?: Approx;
  outlet?: string;
  quantity?: number | null;
  unitId: string;
  title?: string;
  link?: string;
  taskId?: string;
}

/** Three fields first (date, category, quantity), details on demand; Enter saves. */
export function ActivityEntryForm() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const [more, setMore] = useState(false);
  // The unit picker shows the name of the unit chosen for it by the hint below: remount it then.
  const [unitOption, setUnitOption] = useState({ value: me.unit.id, label: me.unit.name });
  const categories = (useCategories().data ?? []).filter((c) => c.active);
  const { key, renew } = useFormKey();
  const record = useRecordActivity(key);
  // Empty until the form has mounted.
  const unitId = Form.useWatch<Values['unitId'] | undefined>('unitId', form) ?? me.unit.id;
  const categoryCode = Form.useWatch('categoryCode', form);
  const category = categories.find((c) => c.code === categoryCode);
  const channels = f.channelsOf(category, f.ALL_CHANNELS);
  const channel =
    Form.useWatch('channel', form) ?? (channels.length === 1 ? channels[0] : undefined);
  const occurredOn = Form.useWatch('occurredOn', form);
  const local = me.unit.kind === 'commune' || me.unit.kind === 'village';

  const pickCategory = (code: string) => {
    const c = categories.find((x) => x.code === code);
    form.setFieldValue('channel', f.defaultChannel(c, f.rememberedChannel(code), local));
    form.setFieldValue('extraChannels', []);
  };

  const submit = (v: Values) => {
    if (record.isPending || !v.occurredOn || !v.categoryCode || !v.channel || !v.quantity) return;
    const body = {
      unitId: v.unitId,
      occurredOn: v.occurredOn,
      channel: v.channel,
      extraChannels: (v.extraChannels ?? []).filter((c) => c !== v.channel),
      approx: v.approx ?? null,
      outlet: v.outlet?.trim() || null,
      categoryCode: v.categoryCode,
      quantity: v.quantity,
      title: v.title?.trim() || null,
      link: v.link?.trim() || null,
      taskId: v.taskId ?? null,
    };
    record.mutate(body, {
      onSuccess: (a) => {
        f.rememberChannel(a.categoryCode, a.channel);
        void message.success(t('act.saved', { n: a.quantity, unit: a.measureUnit }));
        form.setFieldsValue({
          quantity: null,
          title: '',
          link: '',
          taskId: undefined,
          approx: undefined,
          extraChannels: [],
          outlet: '',
        });
      },
      onError: (e) => showError(e, form),
    });
  };

  return (
    <Card size="small" title={t('act.entryTitle')} data-testid="activity-form">
      <Form<Values>
        onValuesChange={renew}
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ occurredOn: today(), unitId: me.unit.id }}
        onFinish={submit}
      >
        <Row gutter={12}>
          <Col xs={24} sm={8} md={6}>
            <Form.Item
              name="occurredOn"
              label={t('act.date')}
              rules={[{ required: true, message: t('act.dateRequired') }]}
            >
              <DateField aria-label={t('act.date')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16} md={channels.length === 1 || !category ? 12 : 8}>
            <Form.Item
              name="categoryCode"
              label={t('act.category')}
              rules={[{ required: true, message: t('act.categoryRequired') }]}
              extra={
                category && channels.length === 1
                  ? t('act.channelIs', { channel: channelLabel(t, channels[0]) })
                  : undefined
              }
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={categories.map((c) => ({ value: c.code, label: c.name }))}
                onChange={pickCategory}
                placeholder={t('act.categoryPlaceholder')}
                aria-label={t('act.category')}
                data-testid="activity-category"
              />
            </Form.Item>
          </Col>
          {category && channels.length !== 1 && (
            <Col xs={24} sm={12} md={5}>
              <Form.Item
                name="channel"
                label={t('act.channel')}
                rules={[{ required: true, message: t('act.channelRequired') }]}
              >
                <Select
                  options={channels.map((c) => ({ value: c, label: channelLabel(t, c) }))}
                  aria-label={t('act.channel')}
                  data-testid="activity-channel"
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12} md={category && channels.length !== 1 ? 5 : 6}>
            <Form.Item
              name="quantity"
              label={t('act.quantity')}
              rules={wholeNumberRules(
                t,
                t('act.quantity'),
                1,
                Math.min(category?.maxPerEntry ?? QUANTITY_CAP, QUANTITY_CAP),
              )}
            >
              <InputNumber
                suffix={category?.measureUnit}
                aria-label={t('act.quantity')}
                data-testid="activity-quantity"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="unitId" label={t('act.unit')} extra={t('act.unitHelp')}>
              <UnitPicker
                key={unitOption.value}
                initialOption={unitOption}
                aria-label={t('act.unit')}
                data-testid="activity-unit"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <TasksMetHint
              unitId={unitId}
              channel={channel}
              occurredOn={occurredOn}
              onPickUnit={(u) => {
                setUnitOption(u);
                form.setFieldValue('unitId', u.value);
              }}
            />
          </Col>
        </Row>
        <div>
          <Button
            type="link"
            size="small"
            onClick={() => setMore(!more)}
            icon={more ? <UpOutlined /> : <DownOutlined />}
            aria-expanded={more}
            style={{ paddingInline: 0, marginBottom: 8 }}
          >
            {t('act.more')}
          </Button>
        </div>
        <div hidden={!more}>
          <ActivityFigureFields channels={channels} channel={channel} />
          <ActivityDetailsFields unitId={unitId} />
        </div>
        <Button
          type="primary"
          htmlType="submit"
          icon={<PlusOutlined />}
          loading={record.isPending}
          data-testid="activity-save"
        >
          {t('act.save')}
        </Button>
        <Typography.Text type="secondary" style={{ marginInlineStart: 12, fontSize: 12 }}>
          {t('act.enterHint')}
        </Typography.Text>
      </Form>
    </Card>
  );
}
