import { randomUUID } from 'node:crypto';
import type { User } from '../../src/domain/accounts/user';
import { toneWav } from '../../src/domain/content/wav';
import type { Election } from '../../src/domain/elections/election';
import { civilDate } from '../../src/domain/shared/dates';
import {
  buildClaim,
  buildCandidate,
  buildContent,
  buildElection,
  buildPlan,
  buildPolling,
  buildTree,
  buildUnit,
  buildUser,
  SAMPLE,
} from './factories';
import { signedIn } from './content-helpers';
import type { TestApp } from './test-app';

type Json = Record<string, unknown> & { id: string };

/** The people of a transition world, by what they are to the ward most tests work in. */
export type Who =
  | 'admin'
  | 'officer'
  | 'officer2'
  | 'viewer'
  | 'leader'
  | 'leader2'
  | 'cityOfficer'
  | 'cityLeader'
  | 'siblingOfficer';

/**
 * A built tree (province → city → ward → village) and what racing transitions needs: two
 * officers and two leaders of the ward (so two people can each legitimately take the same step),
 * a viewer, an officer and a leader of the city, an officer of a sibling ward, and builders of
 * fresh items of the ward, each made through the use cases by its first officer.
 */
export async function transitionWorld(t: TestApp) {
  const tree = await buildTree(t.deps);
  const { district: city, commune: ward, village } = tree;
  const sibling = await buildUnit(t.deps, { parent: city, kind: 'commune' });
  const people: Record<Who, User> = {
    admin: tree.users.province.admin,
    officer: tree.users.commune.officer,
    officer2: await buildUser(t.deps, ward, { role: 'officer' }),
    viewer: tree.users.commune.viewer,
    leader: tree.users.commune.leader,
    leader2: await buildUser(t.deps, ward, { role: 'leader' }),
    cityOfficer: tree.users.district.officer,
    cityLeader: tree.users.district.leader,
    siblingOfficer: await buildUser(t.deps, sibling, { role: 'officer' }),
  };
  // Requests as each person, by role (each signs in once, on first use).
  const signed = signedIn(t);
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    who: Who,
    payload?: object,
  ) => signed.call(method, url, people[who], payload);
  const patch = (url: string, who: Who, payload: object) =>
    signed.call('PATCH', url, people[who], payload);
  const upload = (url: string, who: Who, bytes: Uint8Array, name: string) =>
    signed.upload(url, people[who], bytes, name);
  const json = (res: { statusCode: number; json: () => unknown }, what: string): Json => {
    if (res.statusCode >= 300)
      throw new Error(`${what}: ${res.statusCode} ${JSON.stringify(res.json())}`);
    return res.json() as Json;
  };
  const { officer, leader } = people;

  /** A draft bulletin of the ward with its file, ban-1.wav, by its officer. */
  const bulletinWithFile = () =>
    buildContent(t.deps, ward, {
      kind: 'audio',
      file: { name: 'ban-1.wav', bytes: toneWav(1) },
      author: officer,
    });
  /** The same, approved by the ward's first leader. */
  const approvedBulletin = () =>
    buildContent(t.deps, ward, {
      kind: 'audio',
      file: { name: 'ban-1.wav', bytes: toneWav(1) },
      status: 'approved',
      author: officer,
      approver: leader,
    });
  /** An approved article of the ward written by its officer, approved by its first leader. */
  const approvedArticle = () =>
    buildContent(t.deps, ward, { status: 'approved', author: officer, approver: leader });
  /** A plan of the ward written by its officer, submitted when asked. */
  const plan = (submit: boolean) =>
    buildPlan(t.deps, ward, { status: submit ? 'submitted' : 'draft', author: officer });
  /** A claim of the ward, unlike any other, with a verdict of `verdict` when given. */
  const claim = (verdict: 'false' | null) =>
    buildClaim(t.deps, ward, {
      text: `${randomUUID()} ${randomUUID()} ${SAMPLE}`,
      status: verdict ?? 'new',
      author: officer,
    });
  // One election of the ward whose day is today: results are taken from election day on.
  let election: Election | null = null;
  let districts = 0;
  /**
   * A fresh electoral district of the ward in that election, with two candidates added by its
   * officer (so the officer is one of the list's editors).
   */
  const district = async (): Promise<{ id: string; candidates: string[] }> => {
    election ??= (
      await buildElection(t.deps, ward, {
        electionDay: civilDate(t.deps.clock.now()),
        author: officer,
      })
    ).election;
    const name = `Đơn vị bầu cử số ${++districts} ${SAMPLE}`;
    const area = `Khu vực bỏ phiếu số ${districts} ${SAMPLE}`;
    const spec = { district: name, name: area, address: `Nhà văn hóa ${SAMPLE}`, commune: ward };
    const built = (await buildPolling(t.deps, election, [spec], officer)).districts;
    const made = built.find((d) => d.name === name);
    if (!made) throw new Error(`district ${name} not imported`);
    const candidates: string[] = [];
    for (const fullName of ['Nguyễn Văn An', 'Trần Thị Bình'])
      candidates.push((await buildCandidate(t.deps, made, { fullName, author: officer })).id);
    return { id: made.id, candidates };
  };
  /** The district's whole-district result (200 listed, 148 valid: 97 and 51), entered by `who`. */
  const enterResults = async (d: { id: string; candidates: string[] }, who: Who) => {
    const [a = '', b = ''] = d.candidates;
    return json(
      await call('PUT', '/api/v1/results', who, {
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
    tree,
    city,
    ward,
    village,
    people,
    /** The session cookie of a person, signing them in on first use. */
    cookie: (who: Who) => signed.cookie(people[who]),
    call,
    patch,
    upload,
    json,
    bulletinWithFile,
    approvedBulletin,
    approvedArticle,
    plan,
    claim,
    district,
    enterResults,
  };
}

export type TransitionWorld = Awaited<ReturnType<typeof transitionWorld>>;
