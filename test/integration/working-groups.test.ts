import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../../src/domain/accounts/access';
import { findActivities } from '../../src/domain/activities/find-activities';
import { recordActivity } from '../../src/domain/activities/record-activity';
import { groupWork } from '../../src/domain/groups/group-work';
import { addGroupMember, findGroupMembers } from '../../src/domain/groups/manage-members';
import { createPlan } from '../../src/domain/plans/create-plan';
import { issuePlan } from '../../src/domain/plans/issue-plan';
import { submitPlan } from '../../src/domain/plans/plan-transitions';
import type { Plan } from '../../src/domain/plans/plan';
import { issuePhaseSummary, SUMMARY_TYPE_CODE } from '../../src/domain/reports/issue-summary';
import { phaseSummary } from '../../src/domain/reports/phase-summary';
import { submitReport } from '../../src/domain/reports/submit-report';
import { weeklyReport } from '../../src/domain/reports/weekly-report';
import { findTasks } from '../../src/domain/tasks/find-tasks';
import type { Unit } from '../../src/domain/units/unit';
import { buildUnit, buildUser } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';

/** A working group: members from its parent's reach, tasks to them, and a window onto that work only. */
let t: TestApp;
const opened = openedSoFar();
const EARLY = new Date('2020-01-01T00:00:00+07:00');

async function actor(unit: Unit, role: Actor['role']): Promise<Actor> {
  const user = await buildUser(t.deps, unit, { role });
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role,
    unitId: unit.id,
    unitPath: unit.path,
  };
}

const planContent = (assigneeId: string, name: string) => ({
  title: 'Kế hoạch tuyên truyền của tổ công tác',
  bodyCode: 'TCT',
  periodFrom: '2021-03-01',
  periodTo: '2021-04-30',
  channels: ['social_media' as const],
  phases: [{ name: 'Đợt 1', from: '2021-03-01', to: '2021-03-28', peak: false }],
  assignments: [
    {
      unitId: assigneeId,
      unitName: name,
      tasks: [
        {
          text: 'Chia sẻ tin, bài về Cuộc bầu cử trên mạng xã hội.',
          channel: 'social_media' as const,
          frequencyText: 'tối thiểu 02 tin, bài/tuần',
          recurrence: { count: 2, per: 'week' as const },
          deadline: null,
          target: null,
        },
      ],
    },
  ],
  signer: { authority: 'TM. TỔ CÔNG TÁC', position: 'TỔ TRƯỞNG', name: 'Người ký thử' },
});

async function issued(by: Actor, approver: Actor, unitId: string, content: object): Promise<Plan> {
  const plan = await createPlan(t.deps, by, { unitId, content });
  await submitPlan(t.deps, by, plan.id);
  return issuePlan(t.deps, approver, plan.id, { issuedOn: '2021-03-01' });
}

async function buildWorld() {
  const d = t.deps;
  const province = await buildUnit(d, { name: 'Tỉnh Thử', createdAt: EARLY });
  const city = await buildUnit(d, {
    parent: province,
    name: 'Thành phố Thử',
    kind: 'district',
    createdAt: EARLY,
  });
  const group = await buildUnit(d, {
    parent: city,
    name: 'Tổ công tác thử',
    kind: 'group',
    createdAt: EARLY,
  });
  const btg = await buildUnit(d, {
    parent: city,
    name: 'Ban Tuyên giáo thử',
    kind: 'agency',
    createdAt: EARLY,
  });
  const ward = await buildUnit(d, {
    parent: city,
    name: 'Phường Thử',
    kind: 'commune',
    createdAt: EARLY,
  });
  const other = await buildUnit(d, {
    parent: province,
    name: 'Huyện Khác',
    kind: 'district',
    createdAt: EARLY,
  });
  const outsider = await buildUnit(d, {
    parent: other,
    name: 'Phòng Văn hóa huyện khác',
    kind: 'agency',
    createdAt: EARLY,
  });
  return {
    u: { province, city, group, btg, ward, other, outsider },
    a: {
      cityLeader: await actor(city, 'leader'),
      cityOfficer: await actor(city, 'officer'),
      groupOfficer: await actor(group, 'officer'),
      groupLeader: await actor(group, 'leader'),
      btg: await actor(btg, 'officer'),
    },
  };
}
let w: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await opened.open(buildTestApp());
  w = await buildWorld();
});
afterAll(() => opened.closeAll());

describe('membership', () => {
  test('a member comes from the parent’s reach, once, and is added by a leader', async () => {
    const add = (by: Actor, memberId: string) =>
      addGroupMember(t.deps, by, { groupId: w.u.group.id, memberId, from: '2021-03-01' });
    await expect(add(w.a.groupOfficer, w.u.btg.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(add(w.a.cityLeader, w.u.outsider.id)).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: 'memberId' }],
    });
    await expect(add(w.a.cityLeader, w.u.group.id)).rejects.toMatchObject({ code: 'validation' });
    await expect(
      addGroupMember(t.deps, w.a.cityLeader, { groupId: w.u.city.id, memberId: w.u.btg.id }),
    ).rejects.toMatchObject({ code: 'validation', issues: [{ path: 'groupId' }] });
    const added = await add(w.a.cityLeader, w.u.btg.id);
    expect(added).toMatchObject({ role: 'Thành viên', addedOn: '2021-03-01' });
    await expect(add(w.a.cityLeader, w.u.btg.id)).rejects.toMatchObject({ code: 'conflict' });
    const members = await findGroupMembers(t.deps, w.a.groupOfficer, { groupId: w.u.group.id });
    expect(members.map((m) => m.member.name)).toEqual(['Ban Tuyên giáo thử']);
  });
});

describe('the group’s plan and its window onto the members', () => {
  let groupPlan: Plan;
  test('assigns to a member outside the group’s subtree, and only to members', async () => {
    await expect(
      createPlan(t.deps, w.a.groupOfficer, {
        unitId: w.u.group.id,
        content: planContent(w.u.ward.id, 'Phường Thử'),
      }),
    ).rejects.toMatchObject({ code: 'validation', issues: [{ path: 'assignments.0.unitId' }] });
    groupPlan = await issued(
      w.a.groupOfficer,
      w.a.groupLeader,
      w.u.group.id,
      planContent(w.u.btg.id, 'Ban Tuyên giáo'),
    );
    expect(groupPlan.number).toBe(1);
    const tasks = await findTasks(t.deps, w.a.groupOfficer, { planId: groupPlan.id });
    expect(tasks.map((x) => x.assigneeName)).toEqual(['Ban Tuyên giáo thử']);
    // The member sees the plan that gave it the task.
    const seen = await findTasks(t.deps, w.a.btg, {});
    expect(seen.map((x) => x.planId)).toContain(groupPlan.id);
  });

  test('the group sees its tasks and the work that counts towards them, not the member’s other data', async () => {
    const cityPlan = await issued(w.a.cityOfficer, w.a.cityLeader, w.u.city.id, {
      ...planContent(w.u.btg.id, 'Ban Tuyên giáo'),
      title: 'Kế hoạch của thành phố',
      bodyCode: 'UBND',
      channels: ['web_portal'],
      assignments: [
        {
          unitId: w.u.btg.id,
          unitName: 'Ban Tuyên giáo',
          tasks: [
            {
              text: 'Đăng tin trên cổng thông tin.',
              channel: 'web_portal',
              frequencyText: null,
              recurrence: null,
              deadline: '2021-04-30',
              target: null,
            },
          ],
        },
      ],
    });
    for (const [channel, quantity] of [
      ['social_media', 7],
      ['web_portal', 5],
    ] as const)
      await recordActivity(t.deps, w.a.btg, {
        unitId: w.u.btg.id,
        occurredOn: '2021-03-10',
        channel,
        categoryCode: 'tin_bai',
        quantity,
        title: null,
      });
    const tasks = await findTasks(t.deps, w.a.groupOfficer, {});
    expect(tasks.map((x) => x.planId)).toEqual([groupPlan.id]);
    expect((await findTasks(t.deps, w.a.groupOfficer, { planId: cityPlan.id })).length).toBe(0);
    const work = await groupWork(t.deps, w.a.groupOfficer, {
      groupId: w.u.group.id,
      from: '2021-03-01',
      to: '2021-03-28',
    });
    expect(work.byMember).toHaveLength(1);
    expect(work.byMember[0]?.activities.map((x) => [x.channel, x.quantity])).toEqual([
      ['social_media', 7],
    ]);
    expect(work.rows.map((r) => [r.channel, r.quantity])).toEqual([['social_media', 7]]);
    // The member's activity list, its other units and its weeks outside the duty stay hidden.
    await expect(
      findActivities(t.deps, w.a.groupOfficer, { unitId: w.u.btg.id, page: 1, pageSize: 10 }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      weeklyReport(t.deps, w.a.groupOfficer, { unitId: w.u.btg.id, week: '2021-W05' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      weeklyReport(t.deps, w.a.groupOfficer, { unitId: w.u.ward.id, week: '2021-W10' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const report = await weeklyReport(t.deps, w.a.groupOfficer, {
      unitId: w.u.btg.id,
      week: '2021-W10',
    });
    expect(report.unit.id).toBe(w.u.btg.id);
    // Reading is all the group gets: it cannot write the member's report.
    await expect(
      submitReport(t.deps, w.a.groupOfficer, {
        unitId: w.u.btg.id,
        kind: 'weekly',
        periodKey: '2021-W10',
        narrative: { results: 'x', difficulties: '', proposals: '' },
        submit: false,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the group’s sơ kết', () => {
  test('is issued by the group’s leader, numbered from the group’s own register, with its date and its members’ figures', async () => {
    const input = { unitId: w.u.group.id, phase: 'Đợt 1', issuedOn: '2021-03-29' };
    await expect(issuePhaseSummary(t.deps, w.a.groupOfficer, input)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(issuePhaseSummary(t.deps, w.a.cityLeader, input)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const report = await issuePhaseSummary(t.deps, w.a.groupLeader, input);
    expect(report).toMatchObject({
      unitId: w.u.group.id,
      kind: 'phase',
      periodKey: 'Đợt 1 2021-03-01/2021-03-28',
      from: '2021-03-01',
      to: '2021-03-28',
      number: 1,
      issuedOn: '2021-03-29',
    });
    expect(report.figures.map((r) => [r.channel, r.quantity])).toEqual([['social_media', 7]]);
    const register = await t.deps.repos.registers.list(w.u.group.id, 2021, SUMMARY_TYPE_CODE);
    expect(register.map((e) => e.number)).toEqual([1]);
    await expect(issuePhaseSummary(t.deps, w.a.groupLeader, input)).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  test('a later campaign’s "Đợt 1" is its own sơ kết, not the earlier one issued again', async () => {
    const content = {
      ...planContent(w.u.btg.id, w.u.btg.name),
      title: 'Kế hoạch tuyên truyền năm sau',
      periodFrom: '2022-03-01',
      periodTo: '2022-04-30',
      phases: [{ name: 'Đợt 1', from: '2022-03-01', to: '2022-03-28', peak: false }],
    };
    const draft = await createPlan(t.deps, w.a.groupOfficer, { unitId: w.u.group.id, content });
    await submitPlan(t.deps, w.a.groupOfficer, draft.id);
    const later = await issuePlan(t.deps, w.a.groupLeader, draft.id, { issuedOn: '2022-03-01' });
    const report = await issuePhaseSummary(t.deps, w.a.groupLeader, {
      unitId: w.u.group.id,
      phase: 'Đợt 1',
      planId: later.id,
      issuedOn: '2022-03-30',
    });
    expect(report).toMatchObject({ from: '2022-03-01', to: '2022-03-28', number: 1 });
    const register = await t.deps.repos.registers.list(w.u.group.id, 2022, SUMMARY_TYPE_CODE);
    expect(register.map((e) => e.number)).toEqual([1]);
    // Each year's summary page names its own issue.
    for (const [planId, issuedOn] of [
      [later.id, '2022-03-30'],
      [null, '2021-03-29'],
    ] as const) {
      const earlier = planId === null;
      const summary = await phaseSummary(t.deps, w.a.groupLeader, {
        unitId: w.u.group.id,
        phase: 'Đợt 1',
        ...(earlier ? { from: '2021-03-01', to: '2021-03-28' } : { planId }),
      });
      expect(summary.issued?.issuedOn).toBe(issuedOn);
    }
  });
});
