import { randomUUID } from 'node:crypto';
import { toneWav } from '../../src/domain/content/wav';
import { demoSession } from './content-helpers';
import { buildUser } from './factories';
import type { TestApp } from './test-app';

type Json = Record<string, unknown> & { id: string };

/**
 * The demo world plus what racing transitions needs: a second leader in Cẩm Bình and one in
 * Cẩm Phả (so two people can each legitimately take the same step), and builders of fresh items.
 */
export async function transitionWorld(t: TestApp) {
  const s = await demoSession(t, ['campha', 'cambinh', 'lanhdao.cambinh', 'quangninh'], {
    campha: 'thanh pho cam pha',
    cambinh: 'phuong cam binh',
  });
  const unit = async (key: string) => {
    const u = await t.deps.repos.units.get(s.unit(key));
    if (!u) throw new Error(key);
    return u;
  };
  const cambinh = await unit('cambinh');
  await buildUser(t.deps, cambinh, { username: 'lanhdao2.cambinh', role: 'leader' });
  await buildUser(t.deps, await unit('campha'), { username: 'lanhdao.campha', role: 'leader' });
  for (const u of ['lanhdao2.cambinh', 'lanhdao.campha']) s.cookies.set(u, await t.login(u));
  const kp1 = await s.child('cambinh', 'Khu phố 1');
  const json = async (res: { statusCode: number; json: () => unknown }, what: string) => {
    if (res.statusCode >= 300)
      throw new Error(`${what}: ${res.statusCode} ${JSON.stringify(res.json())}`);
    return res.json() as Json;
  };
  const patch = (url: string, who: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url, headers: { cookie: s.cookies.get(who) ?? '' }, payload });

  /** A draft poster of Cẩm Bình with a file, by its officer. */
  const posterWithFile = async (): Promise<Json> => {
    const item = await json(
      await s.call('POST', '/api/v1/content', 'cambinh', {
        unitId: s.unit('cambinh'),
        kind: 'audio',
        title: `Thông báo ${randomUUID().slice(0, 8)}`,
      }),
      'content',
    );
    return json(
      await s.upload(`/api/v1/content/${item.id}/file`, 'cambinh', toneWav(1), 'ban-1.wav'),
      'file',
    );
  };
  /** An approved article of Cẩm Bình written by its officer, approved by its leader. */
  const approvedArticle = async (): Promise<Json> => {
    const item = await json(
      await s.call('POST', '/api/v1/content', 'cambinh', {
        unitId: s.unit('cambinh'),
        kind: 'article',
        title: `Bài ${randomUUID().slice(0, 8)}`,
        body: 'Nội dung bài viết.',
      }),
      'article',
    );
    return json(
      await s.call('POST', `/api/v1/content/${item.id}/approve`, 'lanhdao.cambinh'),
      'approve',
    );
  };
  /** A plan of Cẩm Bình written by its officer, submitted when asked. */
  const plan = async (submit: boolean): Promise<Json> => {
    const draft = await json(
      await s.call('POST', '/api/v1/plans', 'cambinh', {
        unitId: s.unit('cambinh'),
        content: {
          title: `Tuyên truyền ${randomUUID().slice(0, 8)}`,
          periodFrom: '2026-01-05',
          periodTo: '2026-03-15',
          signer: {
            authority: 'TM. ỦY BAN NHÂN DÂN',
            position: 'CHỦ TỊCH',
            name: 'Nguyễn Công Bằng',
          },
        },
      }),
      'plan',
    );
    return submit
      ? json(await s.call('POST', `/api/v1/plans/${draft.id}/submit`, 'cambinh'), 'submit')
      : draft;
  };
  /** A claim of Cẩm Bình, unlike any other, with a verdict of `verdict` when given. */
  const claim = async (verdict: 'false' | null): Promise<Json> => {
    const c = await json(
      await s.call('POST', '/api/v1/claims', 'cambinh', {
        unitId: s.unit('cambinh'),
        text: `${randomUUID()} ${randomUUID()}`,
        platform: 'facebook',
        firstSeenOn: '2022-05-20',
      }),
      'claim',
    );
    if (!verdict) return c;
    for (const status of ['verifying', verdict])
      await json(
        await s.call('POST', `/api/v1/claims/${c.id}/status`, 'cambinh', { status }),
        status,
      );
    return c;
  };
  /**
   * A fresh electoral district of Cẩm Bình in one of the demo's elections whose day has come
   * (results are taken from election day on), with two candidates.
   */
  const district = async (): Promise<{ id: string; candidates: string[] }> => {
    const elections = (await s.call('GET', '/api/v1/elections', 'cambinh')).json<{
      items: Json[];
    }>();
    const today = new Date().toISOString().slice(0, 10);
    for (const e of elections.items.filter((x) => String(x.electionDay) <= today)) {
      const model = (await t.deps.repos.elections.districts(e.id, cambinh.path))[0];
      if (!model) continue;
      const id = randomUUID();
      await t.deps.repos.elections.insertDistrict({
        id,
        electionId: e.id,
        unitId: model.unitId,
        unitPath: model.unitPath,
        name: `Đơn vị ${id.slice(0, 8)}`,
        seats: 1,
      });
      const candidates: string[] = [];
      for (const fullName of ['Nguyễn Văn An', 'Trần Thị Bình'])
        candidates.push(
          (
            await json(
              await s.call('POST', '/api/v1/candidates', 'cambinh', { districtId: id, fullName }),
              'cand',
            )
          ).id,
        );
      return { id, candidates };
    }
    throw new Error('no district in Cẩm Bình');
  };
  /** A poster with its file, approved by Cẩm Bình's first leader. */
  const approvedPoster = async (): Promise<Json> => {
    const item = await posterWithFile();
    await json(
      await s.call('POST', `/api/v1/content/${item.id}/approve`, 'lanhdao.cambinh'),
      'approve',
    );
    return item;
  };
  /** The district's whole-district result (200 listed, 148 valid: 97 and 51), entered by `who`. */
  const enterResults = async (d: { id: string; candidates: string[] }, who: string) => {
    const [a = '', b = ''] = d.candidates;
    return json(
      await s.call('PUT', '/api/v1/results', who, {
        districtId: d.id,
        pollingAreaId: null,
        votersListed: 200,
        ballotsIssued: 150,
        valid: 148,
        invalid: 2,
        votes: { [a]: 97, [b]: 51 },
      }),
      'result',
    );
  };
  return {
    s,
    kp1,
    json,
    patch,
    posterWithFile,
    approvedPoster,
    approvedArticle,
    plan,
    claim,
    district,
    enterResults,
  };
}
