import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { foldVietnamese } from '../../src/domain/shared/text';
import type { Unit } from '../../src/domain/units/unit';
import { electionRequests, type Json } from '../support/election-requests';
import { buildElection, buildTree, buildUnit, type BuiltTree } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import type { FormParts } from '../support/upload-form';

// Setting an election up: its day and milestones, their evidence, and its polling areas.

let t: TestApp;
let tree: BuiltTree;
let ward = '';
let sibling: Unit;
const c = new Map<string, string>();
const { req, csv, upload } = electionRequests(() => t, c);

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps);
  ward = tree.commune.name;
  // Two khu phố of the ward, and a ward beside it that its officer does not cover.
  for (const name of ['Khu phố 1', 'Khu phố 2'])
    await buildUnit(t.deps, { parent: tree.commune, name, kind: 'village' });
  sibling = await buildUnit(t.deps, { parent: tree.district, name: 'Phường bên cạnh' });
  c.set('admin', await t.login(tree.users.province.admin.username));
  c.set('cambinh', await t.login(tree.users.commune.officer.username));
});
afterAll(async () => t.close());

describe('elections in the workspace', () => {
  test('an NA_HDND day that is not a Sunday needs a reason; milestones follow election day unless edited', async () => {
    const base = {
      type: 'NA_HDND',
      name: 'Bầu cử thử',
      term: '2026-2031',
      unitId: tree.province.id,
    };
    const saturday = await req('POST', '/api/v1/elections', 'admin', {
      ...base,
      electionDay: '2026-03-14',
    });
    expect(saturday.statusCode).toBe(400);
    expect(saturday.json().errors[0].path).toBe('dayReason');
    const created = await req('POST', '/api/v1/elections', 'admin', {
      ...base,
      electionDay: '2026-03-14',
      dayReason: 'Thử nghiệm',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().dayWarning).toMatch(/Chủ nhật/);
    const sunday = (
      await req('POST', '/api/v1/elections', 'admin', { ...base, electionDay: '2026-03-15' })
    ).json();
    expect(sunday.slug).toBe('na-hdnd.2026-03-15');
    expect(sunday.template).toBe('NA_HDND_2025');
    const ms = () =>
      req('GET', `/api/v1/elections/${sunday.id}/milestones`, 'admin').then(
        (r) => r.json<Json>().items,
      );
    const list = await ms();
    expect(list.find((m) => m.code === 'voter_list')?.dueOn).toBe('2026-02-03');
    const complaints = list.find((m) => m.code === 'candidate_complaints');
    const edited = await req(
      'PATCH',
      `/api/v1/elections/${sunday.id}/milestones/${String(complaints?.id)}`,
      'admin',
      { dueOn: '2026-03-06' },
    );
    expect(edited.json().edited).toBe(true);
    await req('PATCH', `/api/v1/elections/${sunday.id}`, 'admin', { electionDay: '2026-03-22' });
    const moved = await ms();
    expect(moved.find((m) => m.code === 'voter_list')?.dueOn).toBe('2026-02-10');
    expect(moved.find((m) => m.code === 'candidate_complaints')?.dueOn).toBe('2026-03-06');
    const voterList = moved.find((m) => m.code === 'voter_list');
    const milestone = `/api/v1/elections/${sunday.id}/milestones/${String(voterList?.id)}`;
    const evidence = (parts: FormParts) => upload('PUT', `${milestone}/evidence`, 'admin', parts);
    const noEvidence = await evidence({ done: 'true' });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().errors[0].path).toBe('evidence');
    expect((await evidence({ done: 'yes', note: 'x' })).json().errors[0].path).toBe('body.done');
    const badUrl = await evidence({ done: 'true', url: 'example.vn/a' });
    expect(badUrl.json().errors[0].path).toBe('evidence.url');
    const tooLarge = await evidence({
      done: 'true',
      file: { name: 'lon.bin', bytes: new Uint8Array(5 * 1024 * 1024 + 1) },
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().errors[0].path).toBe('body.file');
    // Evidence has one way in: the form, not the edit.
    expect((await req('PATCH', milestone, 'admin', { evidence: { done: true } })).statusCode).toBe(
      400,
    );
    const done = await evidence({
      done: 'true',
      note: 'Đã niêm yết',
      url: 'https://example.vn/a',
      file: { name: 'bien-ban.txt', bytes: Buffer.from('x') },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'done',
      evidenceNote: 'Đã niêm yết',
      evidenceUrl: 'https://example.vn/a',
      evidenceFileName: 'bien-ban.txt',
    });
    const file = await req('GET', `${milestone}/evidence`, 'admin');
    expect(file.body).toBe('x');
    // Reopened by mistake: the note and the link go, the file stays until another replaces it.
    const reopened = await evidence({ done: 'false' });
    expect(reopened.json()).toMatchObject({
      doneAt: null,
      evidenceNote: null,
      evidenceUrl: null,
      evidenceFileName: 'bien-ban.txt',
    });
    expect(reopened.json().status).not.toBe('done');
    const audit = (await req('GET', '/api/v1/audit?entity=election_milestone', 'admin'))
      .json<Json>()
      .items.filter((a) => a.entityId === voterList?.id);
    expect(audit.map((a) => a.action)).toEqual(['reopen', 'done']);
  });

  test('polling areas import all or nothing, with a data-quality report', async () => {
    const { election: e } = await buildElection(t.deps, tree.province, {
      type: 'NA_HDND',
      electionDay: '2021-05-23',
      term: '2021-2026',
    });
    const header = [
      'Đơn vị bầu cử',
      'Số đại biểu',
      'Khu vực bỏ phiếu',
      'Địa chỉ',
      'Xã phường',
      'Thôn tổ',
      'Số cử tri',
    ];
    const bad = await upload('POST', `/api/v1/elections/${e.id}/polling/import`, 'cambinh', {
      file: csv([
        header,
        ['Đơn vị số 9', '2', 'KV 1', 'Nhà văn hóa khu 1', ward, 'Khu phố 1', '500'],
        ['Đơn vị số 9', '2', 'KV 1', 'Nhà văn hóa khu 1', ward, 'Khu phố 1', '500'],
        ['Đơn vị số 9', '2', 'KV 2', '', ward, 'Khu phố 9', '400'],
        ['Đơn vị số 9', '2', 'KV 3', 'Nhà văn hóa', sibling.name, '', '300'],
      ]),
    });
    const report = bad.json();
    expect(report.applied).toBe(false);
    expect(report.issues.map((i: { kind: string }) => i.kind).sort()).toEqual([
      'duplicate',
      'missing',
      'unknown_unit',
      'unknown_unit',
    ]);
    const before = (await req('GET', `/api/v1/elections/${e.id}/polling`, 'cambinh')).json<{
      areas: unknown[];
    }>().areas.length;
    const file = csv([
      header,
      [
        'Đơn vị số 9',
        '2',
        'KV 1',
        'Nhà văn hóa khu 1',
        foldVietnamese(ward),
        'Khu phố 1;Khu phố 2',
        '500',
      ],
    ]);
    const url = `/api/v1/elections/${e.id}/polling/import`;
    // A check saves nothing; its flag is "true" or "false", never guessed from another word.
    const checked = await upload('POST', url, 'cambinh', { dryRun: 'true', file });
    expect(checked.json()).toMatchObject({ applied: false, valid: 1, issues: [] });
    const unclear = await upload('POST', url, 'cambinh', { dryRun: 'yes', file });
    expect(unclear.statusCode).toBe(400);
    expect(unclear.json().errors[0].path).toBe('body.dryRun');
    const good = await upload('POST', url, 'cambinh', { file });
    expect(good.json()).toMatchObject({
      applied: true,
      created: { districts: 1, pollingAreas: 1 },
    });
    expect(
      (await req('GET', `/api/v1/elections/${e.id}/polling`, 'cambinh')).json().areas.length,
    ).toBe(before + 1);
  });
});
