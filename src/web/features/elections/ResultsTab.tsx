import { useState } from 'react';
import dayjs from 'dayjs';
import { Alert, App, Button, Descriptions, Flex, Popconfirm, Tag, Typography } from 'antd';
import { formatDate } from '../../components/format';
import { useApiError } from '../../components/use-api-error';
import { useT } from '../../i18n/i18n';
import { useCan } from '../auth/session';
import {
  useCandidates,
  usePolling,
  usePublish,
  useResults,
  type Election,
  type Polling,
  type ResultItem,
} from './elections.api';
import { ResultDialog } from './ResultDialog';

type District = Polling['districts'][number];

/** Results by district: entry with the checks' messages, the outcome by the election's rules, publishing. */
export function ResultsTab({ election }: { election: Election }) {
  const t = useT();
  const polling = usePolling(election.id);
  const results = useResults(election.id);
  const candidates = useCandidates(election.id);
  const canWrite = useCan('work.write');
  const canApprove = useCan('work.approve');
  const publish = usePublish();
  const showError = useApiError();
  const { message } = App.useApp();
  const [entering, setEntering] = useState<District | null>(null);
  const names = new Map((candidates.data?.items ?? []).map((c) => [c.id, c.fullName]));
  // Counts exist from election day on; the server refuses earlier ones too.
  const notYet = dayjs().format('YYYY-MM-DD') < election.electionDay;
  const byDistrict = new Map((results.data?.items ?? []).map((r) => [r.districtId, r]));
  return (
    <Flex vertical gap={16}>
      {election.type === 'VILLAGE_HEAD' && (
        <Typography.Text>{t(`el.r.rule.${election.voteDenominator}`)}</Typography.Text>
      )}
      {election.type !== 'VILLAGE_HEAD' && <Typography.Text>{t('el.r.rule.na')}</Typography.Text>}
      {canWrite && notYet && (
        <Alert
          type="info"
          showIcon
          title={t('el.r.notYet', { date: formatDate(election.electionDay) })}
        />
      )}
      {(polling.data?.districts ?? []).map((d) => {
        const r = byDistrict.get(d.id);
        return (
          <section key={d.id} aria-label={d.name}>
            <Flex gap={8} align="center" wrap>
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {d.name}
              </Typography.Title>
              <Tag color={r?.published ? 'green' : r?.entered ? 'orange' : 'default'}>
                {r?.published
                  ? t('el.r.published')
                  : r?.entered
                    ? t('el.r.embargoed')
                    : t('el.r.none')}
              </Tag>
              {canWrite && !r?.published && (
                <Button size="small" disabled={notYet} onClick={() => setEntering(d)}>
                  {t('el.r.enter')}
                </Button>
              )}
              {canApprove && r?.entered && !r.published && (
                <Popconfirm
                  title={t('el.r.publishConfirm')}
                  onConfirm={() =>
                    publish.mutate(
                      { districtId: d.id, what: 'results' },
                      {
                        onSuccess: () => void message.success(t('el.r.publishedOk')),
                        onError: (e) => showError(e),
                      },
                    )
                  }
                >
                  <Button size="small" type="primary">
                    {t('el.r.publish')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
            {r?.embargoed && (
              <Typography.Text type="secondary">{t('el.r.embargoHint')}</Typography.Text>
            )}
            {r && <Outcome r={r} names={names} />}
          </section>
        );
      })}
      {entering && (
        <ResultDialog
          election={election}
          district={entering}
          areas={(polling.data?.areas ?? []).filter((a) => a.districtId === entering.id)}
          candidates={(candidates.data?.items ?? []).filter((c) => c.districtId === entering.id)}
          rows={byDistrict.get(entering.id)?.rows ?? []}
          onClose={() => setEntering(null)}
        />
      )}
    </Flex>
  );
}

function Outcome({ r, names }: { r: ResultItem; names: Map<string, string> }) {
  const t = useT();
  if (!r.total || !r.outcome) return null;
  const o = r.outcome;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      style={{ marginTop: 8 }}
      items={[
        { key: 'v', label: t('el.r.voters'), children: r.total.votersListed },
        {
          key: 'b',
          label: t('el.r.ballots'),
          children: `${r.total.ballotsIssued} (${(o.turnout * 100).toFixed(2)}%)`,
        },
        {
          key: 'valid',
          label: t('el.r.valid'),
          children: `${r.total.valid} / ${t('el.r.invalid')} ${r.total.invalid}`,
        },
        {
          key: 'votes',
          label: t('el.r.votes'),
          children: Object.entries(r.total.votes)
            .sort((a, b) => b[1] - a[1])
            .map(([id, n]) => (
              <div key={id}>
                {names.get(id) ?? id}: {n}{' '}
                {o.elected.includes(id) && <Tag color="green">{t('el.r.elected')}</Tag>}
              </div>
            )),
        },
        {
          key: 'o',
          label: t('el.r.outcome'),
          children: (
            <>
              {o.explanation} {o.revote && <Tag color="red">{t('el.r.revote')}</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}
