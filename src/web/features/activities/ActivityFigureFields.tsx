import { Col, Form, Input, Row, Select } from 'antd';
import { useT } from '../../i18n/i18n';
import { channelLabel, type Channel } from '../plans/plan-labels';
import { statedOptions } from './stated-options';

/**
 * How a figure is stated: exact or "trên/khoảng/ít nhất", the other channels the same figure
 * spans (recorded once, never split), and a named outlet within the channel.
 */
export function ActivityFigureFields({
  channels,
  channel,
}: {
  /** The channels the chosen category allows. */
  channels: Channel[];
  /** The main channel already chosen, left out of the extra ones. */
  channel: Channel | undefined;
}) {
  const t = useT();
  return (
    <Row gutter={12}>
      <Col xs={24} md={6}>
        <Form.Item name="approx" label={t('fig.stated')} extra={t('fig.statedHelp')}>
          <Select
            allowClear
            placeholder={t('fig.exact')}
            options={statedOptions(t)}
            aria-label={t('fig.stated')}
            data-testid="activity-approx"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={9}>
        <Form.Item
          name="extraChannels"
          label={t('fig.extraChannels')}
          extra={t('fig.extraChannelsHelp')}
        >
          <Select
            mode="multiple"
            options={channels
              .filter((c) => c !== channel)
              .map((c) => ({ value: c, label: channelLabel(t, c) }))}
            aria-label={t('fig.extraChannels')}
            data-testid="activity-extra-channels"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={9}>
        <Form.Item name="outlet" label={t('fig.outlet')} extra={t('fig.outletHelp')}>
          <Input maxLength={200} aria-label={t('fig.outlet')} data-testid="activity-outlet" />
        </Form.Item>
      </Col>
    </Row>
  );
}
