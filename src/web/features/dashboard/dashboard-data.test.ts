import { describe, expect, it } from 'vitest';
import type { ActivityResponse } from '../../../contracts/activities.contract';
import { complianceByWeek, upcoming } from '../../../contracts/week-compliance';
import { activitiesByWeek } from './dashboard-data';
import type { Obligation } from './progress.api';

const ob = (over: Partial<Obligation>): Obligation => ({
  id: '00000000-0000-4000-8000-000000000000',
  taskId: '00000000-0000-4000-8000-000000000001',
  planId: '00000000-0000-4000-8000-000000000002',
  taskTitle: 'Phát thanh',
  channel: 'loudspeaker',
  assigneeUnitId: '00000000-0000-4000-8000-000000000003',
  assigneeName: 'Bộ phận VHXH',
  kind: 'week',
  key: '2022-W14',
  from: '2022-04-04',
  to: '2022-04-10',
  required: 1,
  done: 1,
  status: 'met',
  ...over,
});

const act = (occurredOn: string, channel: ActivityResponse['channel']): ActivityResponse => ({
  id: '00000000-0000-4000-8000-000000000009',
  unitId: '00000000-0000-4000-8000-000000000003',
  areaUnitId: null,
  occurredOn,
  channel,
  channels: [channel],
  outlet: null,
  approx: null,
  categoryCode: 'luot_phat',
  quantity: 5,
  measureUnit: 'lượt',
  title: null,
  link: null,
  taskId: null,
  source: 'manual',
  hasPhoto: false,
  createdAt: '2022-04-05T00:00:00Z',
});

describe('dashboard data', () => {
  it('counts due and met windows per week as the server judges them', () => {
    const rows = complianceByWeek([
      ob({}),
      ob({ status: 'missed', done: 0 }),
      ob({ status: 'pending', key: '2022-W15', from: '2022-04-11', to: '2022-04-17' }),
      ob({ kind: 'once', status: 'done_late', key: 'once', to: '2022-04-06' }),
    ]);
    expect(rows).toEqual([
      { week: '2022-W14', due: 3, met: 1, rate: 33.3 },
      { week: '2022-W15', due: 0, met: 0, rate: null },
    ]);
  });

  it('counts entries per week and channel, empty weeks included, busiest channel first', () => {
    const data = activitiesByWeek(
      [
        act('2022-04-05', 'loudspeaker'),
        act('2022-04-19', 'meeting'),
        act('2022-04-20', 'meeting'),
      ],
      { from: '2022-04-04', to: '2022-04-24' },
      'channel',
      (a) => a.channel,
    );
    expect(data.weeks).toEqual(['2022-W14', '2022-W15', '2022-W16']);
    expect(data.series).toEqual([
      { key: 'meeting', name: 'meeting', data: [0, 0, 2] },
      { key: 'loudspeaker', name: 'loudspeaker', data: [1, 0, 0] },
    ]);
  });

  it('lists open and pending deadlines soonest first', () => {
    const list = upcoming([
      ob({ status: 'open', to: '2022-05-01', taskTitle: 'B' }),
      ob({ status: 'met' }),
      ob({ status: 'pending', to: '2022-04-17', taskTitle: 'A' }),
    ]);
    expect(list.map((o) => o.taskTitle)).toEqual(['A', 'B']);
  });
});
