import { describe, expect, test } from 'vitest';
import { assembleToday, taskLineStatus } from './assemble-today';
import type { PendingItem, TaskWindow, TodayFacts } from './today';

const week = { key: '2022-W20', from: '2022-05-16', to: '2022-05-22' };
const today = '2022-05-17';
const empty: TodayFacts = {
  reports: [],
  documents: [],
  plans: [],
  tasks: [],
  toApprove: [],
  waiting: [],
  milestones: [],
};
const window = (over: Partial<TaskWindow>): TaskWindow => ({
  taskId: 't1',
  title: 'Phát file ghi âm',
  unitId: 'u1',
  unitName: 'Phường Cẩm Bình',
  kind: 'week',
  from: '2022-05-16',
  to: '2022-05-22',
  done: 0,
  required: 1,
  firstDoneOn: null,
  ...over,
});
const pending = (over: Partial<PendingItem>): PendingItem => ({
  kind: 'content',
  id: 'c1',
  title: 'Bài viết',
  unitName: 'Phường Cẩm Bình',
  since: '2022-05-10',
  state: null,
  byName: null,
  approvers: [],
  ...over,
});

describe('assembleToday', () => {
  test('a sơ kết to issue opens the summary page of its unit, phase and plan', () => {
    const view = assembleToday(
      {
        ...empty,
        toApprove: [
          pending({
            kind: 'phase_summary',
            id: 'p1:Đợt 1',
            title: 'Đợt 1',
            since: '2022-05-15',
            summary: { unitId: 'u1', planId: 'p1' },
          }),
        ],
      },
      today,
      week,
    );
    expect(view.groups[0]?.lines[0]).toMatchObject({
      kind: 'phase_summary',
      title: 'Đợt 1',
      date: '2022-05-15',
      link: '/app/reports/summary?unit=u1&mode=phase&phase=%C4%90%E1%BB%A3t+1&plan=p1',
    });
  });

  test('plans sent to the unit sit beside content to acknowledge, by date, each opening its page', () => {
    const view = assembleToday(
      {
        ...empty,
        documents: [
          {
            contentId: 'c1',
            title: 'File ghi âm',
            fromUnitName: 'TP',
            distributedOn: '2022-05-10',
          },
        ],
        plans: [
          {
            planId: 'p1',
            title: 'Tuyên truyền bầu cử Trưởng khu phố',
            number: 51,
            bodyCode: 'UBND',
            fromUnitName: 'Phường Cẩm Bình',
            issuedOn: '2022-05-02',
          },
          {
            planId: 'p2',
            title: 'Kế hoạch chưa số',
            number: null,
            bodyCode: 'UBND',
            fromUnitName: 'TP',
            issuedOn: '2022-05-12',
          },
        ],
      },
      today,
      week,
    );
    expect(view.total).toBe(3);
    expect(view.groups.map((g) => [g.key, g.count])).toEqual([['documents', 3]]);
    expect(view.groups[0]?.lines.map((l) => [l.kind, l.title, l.unitName, l.link])).toEqual([
      [
        'issued_plan',
        '51/KH-UBND: Tuyên truyền bầu cử Trưởng khu phố',
        'Phường Cẩm Bình',
        '/app/plans/p1',
      ],
      ['document', 'File ghi âm', 'TP', '/app/content/c1'],
      ['issued_plan', 'Kế hoạch chưa số', 'TP', '/app/plans/p2'],
    ]);
  });

  test('nothing waiting gives no groups and a total of zero', () => {
    expect(assembleToday(empty, today, week)).toEqual({ today, week, total: 0, groups: [] });
  });

  test('a report past its due day is late, one due today says so, a later one is due', () => {
    const wk = (key: string, dueOn: string) => ({ key, from: '', to: '', dueOn });
    const view = assembleToday(
      {
        ...empty,
        reports: [
          { unitName: 'P', week: wk('2022-W20', '2022-05-23'), status: null },
          { unitName: 'P', week: wk('2022-W19', '2022-05-16'), status: 'returned' },
          { unitName: 'P', week: wk('2022-W18', '2022-05-17'), status: 'draft' },
        ],
      },
      today,
      week,
    );
    const lines = view.groups[0]?.lines ?? [];
    expect(lines.map((l) => [l.title, l.status, l.detail, l.link])).toEqual([
      ['2022-W19', 'late', 'returned', '/app/reports?week=2022-W19'],
      ['2022-W18', 'due_today', 'draft', '/app/reports?week=2022-W18'],
      ['2022-W20', 'due', null, '/app/reports?week=2022-W20'],
    ]);
    expect(view.total).toBe(3);
  });

  test('tasks read Đạt / Chưa đạt / Quá hạn by the compliance rule, overdue first; met ones are not counted', () => {
    const view = assembleToday(
      {
        ...empty,
        tasks: [
          window({ taskId: 'met', done: 2, required: 1 }),
          window({ taskId: 'open' }),
          window({ taskId: 'late', kind: 'once', from: '2022-05-01', to: '2022-05-10' }),
        ],
      },
      today,
      week,
    );
    const tasks = view.groups.find((g) => g.key === 'tasks');
    expect(tasks?.count).toBe(3);
    expect(tasks?.lines.map((l) => [l.id.split(':')[0], l.status, l.detail])).toEqual([
      ['late', 'missed', null],
      ['open', 'pending', '0/1'],
      ['met', 'met', '1/1'],
    ]);
    expect(view.total).toBe(2);
    expect(tasks?.lines[0]?.link).toBe('/app/obligations?unit=u1');
  });

  test('a one-off task done after its deadline counts as done (Đạt) like on the compliance view', () => {
    expect(
      taskLineStatus(
        window({ kind: 'once', to: '2022-05-10', done: 1, firstDoneOn: '2022-05-12' }),
        today,
      ),
    ).toBe('met');
    expect(taskLineStatus(window({ to: '2022-05-15' }), today)).toBe('missed');
  });

  test('items awaiting me and items of mine keep their people and open the thing itself', () => {
    const approver = {
      name: 'Nguyễn Công Bằng',
      role: 'leader' as const,
      unitName: 'Phường Cẩm Bình',
    };
    const view = assembleToday(
      {
        ...empty,
        toApprove: [
          pending({ kind: 'plan', id: 'p1', since: '2022-05-12', byName: 'Cán bộ A' }),
          pending({ kind: 'claim', id: 'k1', since: '2022-05-11', state: 'new' }),
        ],
        waiting: [pending({ id: 'c9', approvers: [approver] })],
      },
      today,
      week,
    );
    expect(view.groups.map((g) => [g.key, g.count])).toEqual([
      ['approvals', 2],
      ['waiting', 1],
    ]);
    expect(view.groups[0]?.lines.map((l) => [l.link, l.byName, l.detail])).toEqual([
      ['/app/claims', null, 'new'],
      ['/app/plans/p1', 'Cán bộ A', null],
    ]);
    expect(view.groups[1]?.lines[0]).toMatchObject({
      link: '/app/content/c9',
      approvers: [approver],
    });
  });

  test('documents and election steps open the item and the election, soonest first', () => {
    const view = assembleToday(
      {
        ...empty,
        documents: [
          {
            contentId: 'd1',
            title: 'File ghi âm',
            fromUnitName: 'TP Cẩm Phả',
            distributedOn: '2022-05-02',
          },
        ],
        milestones: [
          {
            id: 'm2',
            electionId: 'e1',
            electionName: 'Bầu cử',
            title: 'Bỏ phiếu',
            dueOn: '2022-06-05',
          },
          {
            id: 'm1',
            electionId: 'e1',
            electionName: 'Bầu cử',
            title: 'Niêm yết',
            dueOn: '2022-05-25',
          },
        ],
      },
      today,
      week,
    );
    expect(view.groups.map((g) => g.key)).toEqual(['documents', 'milestones']);
    expect(view.groups[0]?.lines[0]).toMatchObject({
      link: '/app/content/d1',
      unitName: 'TP Cẩm Phả',
    });
    expect(view.groups[1]?.lines.map((l) => [l.title, l.link])).toEqual([
      ['Niêm yết', '/app/elections/e1'],
      ['Bỏ phiếu', '/app/elections/e1'],
    ]);
  });
});
