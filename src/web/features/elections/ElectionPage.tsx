import { App, Button, Collapse, Flex, Tabs, Tag, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { useParams } from 'react-router-dom';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { CandidatesTab } from './CandidatesTab';
import { CalendarFeeds } from './CalendarFeeds';
import { useFeed } from './calendar-feeds.api';
import { useElection } from './elections.api';
import { formatDay } from './election-format';
import { MilestonesTab } from './MilestonesTab';
import { PollingTab } from './PollingTab';
import { ResultsTab } from './ResultsTab';
import { useFormKey } from '../../api/use-form-key';

/** `/elections/:id`: milestones, districts and polling areas, candidates, results. */
export function ElectionPage() {
  const t = useT();
  const { id = '' } = useParams();
  const election = useElection(id);
  const { key, renew } = useFormKey();
  const feed = useFeed(key);
  const showError = useApiError();
  const { modal } = App.useApp();
  const e = election.data;
  if (!e) return null;
  const subscribe = () =>
    feed.mutate(
      { electionId: id },
      {
        onSuccess: ({ url }) => {
          renew();
          void modal.info({
            title: t('el.feedTitle'),
            content: (
              <Flex vertical gap={8}>
                <Typography.Paragraph>{t('el.feedHint')}</Typography.Paragraph>
                <Typography.Text copyable code>{`${window.location.origin}${url}`}</Typography.Text>
              </Flex>
            ),
          });
        },
        onError: (err) => showError(err),
      },
    );
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={1} className="page-title">
        {e.name}
      </Typography.Title>
      <Flex gap={8} wrap align="center">
        <Tag>{t(`el.type.${e.type}`)}</Tag>
        <span>
          {t('el.day')}: <strong>{formatDay(e.electionDay)}</strong> · {t('el.term')} {e.term}
        </span>
        {e.sample && <Tag>{t('el.sample')}</Tag>}
        <Button icon={<CalendarOutlined />} onClick={subscribe} loading={feed.isPending}>
          {t('el.feed')}
        </Button>
        <a href={`/api/v1/elections/${id}/calendar.ics`}>{t('el.ics')}</a>
        <a href={`/bau-cu/${e.slug}/${e.unitId}`} target="_blank" rel="noreferrer">
          {t('el.portal')}
        </a>
      </Flex>
      <CalendarFeeds />
      {e.dayWarning && (
        <Typography.Text type="warning">
          {e.dayWarning} {e.dayReason ? `(${e.dayReason})` : ''}
        </Typography.Text>
      )}
      <Collapse
        size="small"
        items={[
          {
            key: 'rules',
            label: `${t('el.rules')}${e.type === 'VILLAGE_HEAD' ? ` · ${t('el.voterBasis')}: ${t(`el.voterBasis.${e.voterBasis}`)}` : ''}`,
            children: (
              <ul>
                {e.rules.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      <Tabs
        items={[
          { key: 'm', label: t('el.tab.milestones'), children: <MilestonesTab election={e} /> },
          { key: 'p', label: t('el.tab.polling'), children: <PollingTab electionId={id} /> },
          { key: 'c', label: t('el.tab.candidates'), children: <CandidatesTab electionId={id} /> },
          { key: 'r', label: t('el.tab.results'), children: <ResultsTab election={e} /> },
        ]}
      />
    </Flex>
  );
}
