import type { User } from '../../src/domain/accounts/user';
import type { Deps } from '../../src/domain/deps';
import type { AssignmentTask } from '../../src/domain/plans/plan';
import type { Unit } from '../../src/domain/units/unit';
import { buildPlan, SAMPLE, weeklyLoudspeakerDuty } from './factories';
import type { TestApp } from './test-app';
import { formBody } from './upload-form';

/** Requests signed in as users a test built (each signs in once, with the factories' password). */
export function signedIn(t: TestApp) {
  const cookies = new Map<string, string>();
  const cookie = async (who: User): Promise<string> => {
    const known = cookies.get(who.username);
    if (known) return known;
    const fresh = await t.login(who.username);
    cookies.set(who.username, fresh);
    return fresh;
  };
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    who: User,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: await cookie(who) },
      ...(payload ? { payload } : {}),
    });
  const upload = async (url: string, who: User, bytes: Uint8Array, name = 'tep.bin') => {
    const form = await formBody({ size: String(bytes.length), file: { name, bytes } });
    return t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: await cookie(who), ...form.headers },
      payload: form.payload,
    });
  };
  return { cookie, call, upload };
}

/** A past campaign's period, as plans entered after the fact have it (the demo's own 2022). */
export const CAMPAIGN = { from: '2022-04-01', to: '2022-06-15', issuedOn: '2022-04-06' };

/** A plan task to play on the loudspeakers at least once a week, as a ward's plan words it. */
export const weeklyLoudspeakerTask: AssignmentTask = weeklyLoudspeakerDuty(
  `Phát file ghi âm tuyên truyền trên hệ thống loa truyền thanh ${SAMPLE}.`,
);

/**
 * A ward's plan for CAMPAIGN, issued, giving `assignee` the weekly loudspeaker task: each ISO week
 * of the period is then an obligation of the assignee that plays meet.
 */
export const buildWeeklyPlayPlan = (deps: Deps, ward: Unit, assignee: Unit) =>
  buildPlan(deps, ward, {
    status: 'issued',
    issuedOn: CAMPAIGN.issuedOn,
    periodFrom: CAMPAIGN.from,
    periodTo: CAMPAIGN.to,
    assignments: [{ unitId: assignee.id, unitName: assignee.name, tasks: [weeklyLoudspeakerTask] }],
  });
