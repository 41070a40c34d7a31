import { Flex, Tabs, Typography } from 'antd';
import { useT } from '../../i18n/i18n';
import { PlayLogPanel } from './PlayLogPanel';
import { StationsPanel } from './StationsPanel';
import { WeekView } from './WeekView';

/** `/broadcasts`: the week's schedule, the stations and the play log. */
export function BroadcastsPage() {
  const t = useT();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('bc.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('bc.help')}</Typography.Text>
      <Tabs
        items={[
          { key: 'schedule', label: t('bc.tab.schedule'), children: <WeekView /> },
          { key: 'stations', label: t('bc.tab.stations'), children: <StationsPanel /> },
          { key: 'plays', label: t('bc.tab.plays'), children: <PlayLogPanel /> },
        ]}
      />
    </Flex>
  );
}
