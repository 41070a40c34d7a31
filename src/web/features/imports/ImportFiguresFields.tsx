import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
  type FormListFieldData,
} from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { QUANTITY_CAP } from '../../../contracts/common';
import { DateField } from '../../components/DateField';
import { wholeNumberRules } from '../../components/number-rules';
import { useT } from '../../i18n/i18n';
import { useCategories } from '../activities/activities.api';
import { statedOptions } from '../activities/stated-options';
import { channelLabel, channelOptions } from '../plans/plan-labels';
import type { ImportFormValues } from './import-form';
import { SourceField } from './source-link';
import { MoreRows, useRowWindow } from './row-window';

/** One figure: what was counted, on which channel, as which category, how many. */
function FigureRow({ row, onRemove }: { row: number; onRemove: () => void }) {
  const t = useT();
  const form = Form.useFormInstance<ImportFormValues>();
  // Empty until the form has mounted, and once the row is removed.
  const figure = Form.useWatch<ImportFormValues['figures'][number] | undefined>(['figures', row], {
    form,
    preserve: true,
  });
  const channels = figure ? [figure.channel, ...figure.extraChannels] : [];
  const categories = (useCategories().data ?? []).filter(
    (c) => c.active && (c.channels.length === 0 || channels.every((ch) => c.channels.includes(ch))),
  );
  const measure = categories.find((c) => c.code === figure?.categoryCode)?.measureUnit;
  const required = (message: string) => [{ required: true, message }];
  return (
    <SourceField source={figure ? `metrics.${figure.index}` : null} className="import-figure">
      <Flex gap={8} align="start" data-testid="import-figure">
        <Row gutter={8} style={{ flex: 1, minWidth: 0 }}>
          <Col xs={24}>
            <Form.Item name={[row, 'what']} label={t('imp.fig.what')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={7}>
            <Form.Item name={[row, 'channel']} label={t('imp.fig.channel')}>
              <Select
                options={channelOptions(t)}
                aria-label={t('imp.fig.channel')}
                onChange={() => form.setFieldValue(['figures', row, 'categoryCode'], undefined)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={9}>
            <Form.Item
              name={[row, 'categoryCode']}
              label={t('imp.fig.category')}
              rules={required(t('imp.fig.categoryRequired'))}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={categories.map((c) => ({ value: c.code, label: c.name }))}
                placeholder={t('imp.fig.categoryPlaceholder')}
                aria-label={t('imp.fig.category')}
                notFoundContent={t('imp.fig.noCategory', {
                  channel: channelLabel(t, figure?.channel),
                })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name={[row, 'quantity']}
              label={t('imp.fig.quantity')}
              rules={wholeNumberRules(t, t('imp.fig.quantity'), 1, QUANTITY_CAP)}
            >
              <InputNumber
                suffix={measure}
                aria-label={t('imp.fig.quantity')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={7}>
            <Form.Item
              name={[row, 'qualifier']}
              label={t('fig.stated')}
              extra={t('fig.statedHelp')}
            >
              <Select
                allowClear
                placeholder={t('fig.exact')}
                options={statedOptions(t)}
                aria-label={t('fig.stated')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={9}>
            <Form.Item
              name={[row, 'extraChannels']}
              label={t('fig.extraChannels')}
              extra={t('fig.extraChannelsHelp')}
            >
              <Select
                mode="multiple"
                options={channelOptions(t).filter((o) => o.value !== figure?.channel)}
                aria-label={t('fig.extraChannels')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name={[row, 'outlet']} label={t('fig.outlet')} extra={t('fig.outletHelp')}>
              <Input maxLength={200} aria-label={t('fig.outlet')} />
            </Form.Item>
          </Col>
        </Row>
        <Button icon={<DeleteOutlined />} aria-label={t('imp.fig.remove')} onClick={onRemove} />
      </Flex>
    </SourceField>
  );
}

/** Figures are revealed by their mark in the text and by their row in a refusal. */
const FIGURE_LISTS = ['metrics', 'figures'] as const;

/** The figure rows, the first ones of a long list only, with a button for the rest. */
function FigureRows({
  fields,
  remove,
}: {
  fields: FormListFieldData[];
  remove: (index: number) => void;
}) {
  const { limit, hidden, more } = useRowWindow(FIGURE_LISTS, fields.length);
  return (
    <>
      {fields.slice(0, limit).map((f) => (
        <FigureRow key={f.key} row={f.name} onRemove={() => remove(f.name)} />
      ))}
      <MoreRows hidden={hidden} onMore={more} />
    </>
  );
}

/** The results a report states, to be recorded as activities of the unit on one day. */
export function ImportFiguresFields() {
  const t = useT();
  return (
    <Card size="small" title={t('imp.s.figures')} data-testid="import-figures">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('imp.fig.help')}
      </Typography.Paragraph>
      <Row>
        <Col xs={24} sm={12}>
          <Form.Item
            name="occurredOn"
            label={t('imp.fig.occurredOn')}
            extra={t('imp.fig.occurredOnHelp')}
            rules={[{ required: true, message: t('imp.fig.occurredOnRequired') }]}
          >
            <DateField aria-label={t('imp.fig.occurredOn')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="figures">
        {(fields, { remove }) => (
          <Flex vertical gap={8}>
            <FigureRows fields={fields} remove={remove} />
            {fields.length === 0 && (
              <Typography.Text type="secondary">{t('imp.fig.allRemoved')}</Typography.Text>
            )}
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
