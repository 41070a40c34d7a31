import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Unit } from '../../src/domain/units/unit';
import { buildUnit, buildUser } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// A draft keeps what was typed, however incomplete; the plan is checked when it leaves its drafter.
let t: TestApp;
let ward: Unit;
const cookies = new Map<string, string>();

beforeAll(async () => {
  t = await buildTestApp();
  const province = await buildUnit(t.deps, { name: 'Tỉnh thử' });
  ward = await buildUnit(t.deps, { parent: province, name: 'Phường thử' });
  for (const [username, role] of [
    ['drafter', 'officer'],
    ['colleague', 'officer'],
  ] as const) {
    await buildUser(t.deps, ward, { username, role });
    cookies.set(username, await t.login(username));
  }
});
afterAll(async () => t.close());

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookies.get(who) ?? '' }, payload });

async function newDraft(): Promise<{ id: string; version: number }> {
  const res = await call('POST', '/api/v1/plans', 'drafter', { unitId: ward.id });
  expect(res.statusCode).toBe(201);
  return res.json();
}

const HALF_TYPED = {
  title: '',
  periodFrom: '2026-05-01',
  periodTo: '2026-04-01',
  phases: [{ name: 'Đợt 1', from: '', to: '', peak: false }],
  assignments: [
    {
      unitId: null,
      unitName: 'Bộ phận Văn hóa',
      tasks: [
        {
          text: '',
          channel: null,
          frequencyText: null,
          recurrence: null,
          deadline: null,
          target: null,
        },
      ],
    },
  ],
  signer: { authority: '', position: '', name: '' },
};

describe('saving a draft', () => {
  test('keeps empty dates, an inverted period and empty texts exactly as typed', async () => {
    const draft = await newDraft();
    const saved = await call('PATCH', `/api/v1/plans/${draft.id}`, 'drafter', {
      version: draft.version,
      content: HALF_TYPED,
    });
    expect(saved.statusCode).toBe(200);
    const stored = (await call('GET', `/api/v1/plans/${draft.id}`, 'drafter')).json();
    expect(stored).toMatchObject({
      status: 'draft',
      version: draft.version + 1,
      title: '',
      periodFrom: '2026-05-01',
      periodTo: '2026-04-01',
      phases: [{ name: 'Đợt 1', from: '', to: '', peak: false }],
      assignments: [{ unitName: 'Bộ phận Văn hóa', tasks: [{ text: '' }] }],
    });
  });

  test('still refuses what cannot be stored: a date that is not one, a text over its length', async () => {
    const draft = await newDraft();
    const res = await call('PATCH', `/api/v1/plans/${draft.id}`, 'drafter', {
      version: draft.version,
      content: {
        title: 'x'.repeat(501),
        phases: [{ name: 'Đợt 1', from: '1/5', to: '', peak: false }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.content.phases.0.from', 'body.content.title']);
    expect((await call('GET', `/api/v1/plans/${draft.id}`, 'drafter')).json().version).toBe(
      draft.version,
    );
  });
});

describe('submitting a draft', () => {
  test('is refused with problem+json naming every field to fix, and the draft stays as typed', async () => {
    const draft = await newDraft();
    await call('PATCH', `/api/v1/plans/${draft.id}`, 'drafter', {
      version: draft.version,
      content: HALF_TYPED,
    });
    const res = await call('POST', `/api/v1/plans/${draft.id}/submit`, 'drafter');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.detail).toBe('Kế hoạch chưa trình duyệt được: còn 6 mục cần sửa.');
    expect(problem.errors).toEqual([
      { path: 'title', message: 'Chưa nhập.' },
      { path: 'signer.name', message: 'Chưa ghi người ký.' },
      { path: 'periodTo', message: 'Trước ngày bắt đầu (01/05/2026).' },
      { path: 'phases.0.from', message: 'Chưa nhập ngày.' },
      { path: 'phases.0.to', message: 'Chưa nhập ngày.' },
      { path: 'assignments.0.tasks.0.text', message: 'Chưa có nội dung.' },
    ]);
    const stored = (await call('GET', `/api/v1/plans/${draft.id}`, 'drafter')).json();
    expect(stored).toMatchObject({ status: 'draft', periodTo: '2026-04-01' });
  });

  test('goes through once the fields are filled in', async () => {
    const draft = await newDraft();
    await call('PATCH', `/api/v1/plans/${draft.id}`, 'drafter', {
      version: draft.version,
      content: {
        ...HALF_TYPED,
        title: 'Tuyên truyền bầu cử',
        periodTo: '2026-06-30',
        phases: [{ name: 'Đợt 1', from: '2026-05-01', to: '2026-05-31', peak: false }],
        assignments: [],
        signer: { authority: '', position: 'CHỦ TỊCH', name: 'Người ký' },
      },
    });
    const res = await call('POST', `/api/v1/plans/${draft.id}/submit`, 'drafter');
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('submitted');
  });
});

describe('two people saving one draft', () => {
  test('a save based on a stale version is a 409 naming the current version, and the first is kept', async () => {
    const draft = await newDraft();
    const first = await call('PATCH', `/api/v1/plans/${draft.id}`, 'drafter', {
      version: draft.version,
      content: { purposes: 'Bản của người thứ nhất' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await call('PATCH', `/api/v1/plans/${draft.id}`, 'colleague', {
      version: draft.version,
      content: { purposes: 'Bản của người thứ hai' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json()).toMatchObject({
      code: 'conflict',
      details: { currentVersion: draft.version + 1 },
    });
    expect((await call('GET', `/api/v1/plans/${draft.id}`, 'drafter')).json().purposes).toBe(
      'Bản của người thứ nhất',
    );
    // Overwriting on purpose: the second person saves against the version they were shown.
    const overwrite = await call('PATCH', `/api/v1/plans/${draft.id}`, 'colleague', {
      version: draft.version + 1,
      content: { purposes: 'Bản của người thứ hai' },
    });
    expect(overwrite.statusCode).toBe(200);
    expect(overwrite.json()).toMatchObject({
      purposes: 'Bản của người thứ hai',
      version: draft.version + 2,
    });
  });
});
