import { Col, Form, Input, Row, Select } from 'antd';
import { useT } from '../../i18n/i18n';
import { useTasks } from '../plans/plans.api';

/** The optional part of an activity: title, evidence link, its task. */
export function ActivityDetailsFields({ unitId }: { unitId: string }) {
  const t = useT();
  const tasks = useTasks({ assigneeUnitId: unitId });
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item name="title" label={t('act.title')}>
          <Input maxLength={500} placeholder={t('act.titlePlaceholder')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="link"
          label={t('act.link')}
          rules={[{ type: 'url', message: t('act.linkInvalid') }]}
        >
          <Input maxLength={2000} placeholder="https://" inputMode="url" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="taskId" label={t('act.task')} extra={t('act.taskHelp')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={(tasks.data ?? []).map((x) => ({ value: x.id, label: x.title }))}
            aria-label={t('act.task')}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
