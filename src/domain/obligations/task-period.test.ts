import { describe, expect, test } from 'vitest';
import type { Task } from '../tasks/task';
import {
  complianceOf,
  judged,
  onceStatus,
  periodStatus,
  periodsOfTask,
  type TaskPeriod,
} from './task-period';

let n = 0;
const id = () => `p${++n}`;
const task = (over: Partial<Task>): Task => ({
  id: 't',
  planId: 'p',
  issuerUnitId: 'i',
  assigneeUnitId: 'a',
  assigneePath: '/i/a/',
  title: 'x',
  channel: 'loudspeaker',
  kind: 'recurring',
  deadline: null,
  recurrence: { count: 1, per: 'week' },
  periodFrom: '2022-04-01',
  periodTo: '2022-06-15',
  frequencyText: null,
  target: null,
  createdAt: new Date(0),
  ...over,
});

describe('periodsOfTask', () => {
  test('a weekly task becomes one window per ISO week of the period', () => {
    const ps = periodsOfTask(task({}), id);
    expect(ps).toHaveLength(12);
    expect(ps[0]).toMatchObject({
      kind: 'week',
      key: '2022-W13',
      from: '2022-04-01',
      to: '2022-04-03',
      required: 1,
      done: 0,
    });
  });
  test('a one-off task is one window ending at its deadline', () => {
    expect(
      periodsOfTask(task({ kind: 'once', recurrence: null, deadline: '2022-04-10' }), id),
    ).toEqual([
      expect.objectContaining({ kind: 'once', from: '2022-04-01', to: '2022-04-10', required: 1 }),
    ]);
  });
});

describe('statuses', () => {
  const week = (done: number, to = '2022-04-10'): Pick<TaskPeriod, 'done' | 'required' | 'to'> => ({
    done,
    required: 1,
    to,
  });
  test('a week is met, missed once it ended short, pending while open', () => {
    expect(periodStatus(week(1), '2022-04-20')).toBe('met');
    expect(periodStatus(week(0), '2022-04-11')).toBe('missed');
    expect(periodStatus(week(0), '2022-04-10')).toBe('pending');
  });
  test('the four buckets of a one-off task', () => {
    const once = (done: number, firstDoneOn: string | null) => ({
      done,
      required: 1,
      to: '2022-04-10',
      firstDoneOn,
    });
    expect(onceStatus(once(1, '2022-04-10'), '2022-05-01')).toBe('done_on_time');
    expect(onceStatus(once(1, '2022-04-11'), '2022-05-01')).toBe('done_late');
    expect(onceStatus(once(0, null), '2022-04-10')).toBe('open');
    expect(onceStatus(once(0, null), '2022-04-11')).toBe('overdue');
  });
  test('compliance counts ended or met windows; late work is due but not met', () => {
    expect(
      judged(
        { kind: 'week', done: 0, required: 1, to: '2022-04-10', firstDoneOn: null },
        '2022-04-05',
      ),
    ).toEqual({ due: false, met: false });
    expect(
      judged(
        { kind: 'week', done: 2, required: 1, to: '2022-04-10', firstDoneOn: '2022-04-05' },
        '2022-04-05',
      ),
    ).toEqual({ due: true, met: true });
    expect(
      judged(
        { kind: 'once', done: 1, required: 1, to: '2022-04-10', firstDoneOn: '2022-04-12' },
        '2022-05-01',
      ),
    ).toEqual({ due: true, met: false });
    expect(complianceOf(0, 0).rate).toBeNull();
    expect(complianceOf(4, 3).rate).toBe(0.75);
  });
});
