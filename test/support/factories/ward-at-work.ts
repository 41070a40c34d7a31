import type { Activity } from '../../../src/domain/activities/activity';
import type { ContentItem } from '../../../src/domain/content/content';
import type { Deps } from '../../../src/domain/deps';
import type { Election } from '../../../src/domain/elections/election';
import type { Plan } from '../../../src/domain/plans/plan';
import { addDays } from '../../../src/domain/shared/calendar';
import { civilDate } from '../../../src/domain/shared/dates';
import { buildActivity } from './activities';
import { buildStation } from './broadcasts';
import { buildClaim } from './claims';
import { buildContent } from './content';
import { buildElection } from './elections';
import { buildPlan, weeklyLoudspeakerDuty } from './plans';
import { SAMPLE } from './sequence';
import { buildTree, type BuiltTree } from './tree';

/** A ward in the middle of a campaign: what it was given to do, and some of what it did. */
export interface WardAtWork {
  /** The ward is `tree.commune`; its officer, `tree.users.commune.officer`, did the work. */
  tree: BuiltTree;
  /** The district's issued plan giving the ward a weekly and a one-off loudspeaker task. */
  plan: Plan;
  /** Two plays recorded by the ward's officer, on the period's first two days. */
  activities: Activity[];
  /** An approved poster with its file. */
  content: ContentItem;
  election: Election;
}

export interface WardAtWorkOptions {
  /** The plan's period (YYYY-MM-DD); from a week ago to sixty days ahead otherwise. */
  periodFrom?: string;
  periodTo?: string;
}

/**
 * A tree (`buildTree`) whose ward has work in most areas, each made through its use case: an
 * issued plan of the district with a weekly loudspeaker task (one window per week of the period,
 * counting the ward's plays) and a one-off one due in the first week, two recorded plays, an
 * approved poster, an election, a broadcast station and a claim. For tests about the database as
 * a whole (backups, faults) that need rows of many kinds, not particular ones.
 */
export async function buildWardAtWork(
  deps: Deps,
  options: WardAtWorkOptions = {},
): Promise<WardAtWork> {
  const tree = await buildTree(deps);
  const ward = tree.commune;
  const officer = tree.users.commune.officer;
  const today = civilDate(deps.clock.now());
  // Begun a week ago, so both plays lie in the past (no one records work not yet done).
  const periodFrom = options.periodFrom ?? addDays(today, -7);
  const periodTo = options.periodTo ?? addDays(today, 60);
  const plan = await buildPlan(deps, tree.district, {
    status: 'issued',
    author: tree.users.district.officer,
    approver: tree.users.district.leader,
    periodFrom,
    periodTo,
    issuedOn: periodFrom,
    assignments: [
      {
        unitId: ward.id,
        unitName: ward.name,
        tasks: [
          weeklyLoudspeakerDuty(),
          {
            text: `Phát thông báo lịch bầu cử trên loa ${SAMPLE}`,
            channel: 'loudspeaker',
            frequencyText: null,
            recurrence: null,
            deadline: addDays(periodFrom, 7),
            target: null,
          },
        ],
      },
    ],
  });
  const activities = [
    await buildActivity(deps, ward, { author: officer, occurredOn: periodFrom }),
    await buildActivity(deps, ward, { author: officer, occurredOn: addDays(periodFrom, 1) }),
  ];
  const content = await buildContent(deps, ward, {
    kind: 'poster',
    status: 'approved',
    author: officer,
    approver: tree.users.commune.leader,
  });
  const { election } = await buildElection(deps, ward, { author: officer });
  await buildStation(deps, ward, { author: officer });
  await buildClaim(deps, ward, { author: officer });
  return { tree, plan, activities, content, election };
}
