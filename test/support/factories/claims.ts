import type { User } from '../../../src/domain/accounts/user';
import type { Claim, ClaimStatus, Verdict } from '../../../src/domain/claims/claim';
import { createClaim, type CreateClaimInput } from '../../../src/domain/claims/create-claim';
import { changeClaimStatus, writeCorrection } from '../../../src/domain/claims/handle-claim';
import { approveContent } from '../../../src/domain/content/approve-content';
import type { ContentItem } from '../../../src/domain/content/content';
import { publishContent } from '../../../src/domain/content/publish-content';
import type { Deps } from '../../../src/domain/deps';
import { civilDate } from '../../../src/domain/shared/dates';
import type { Unit } from '../../../src/domain/units/unit';
import { actingAs } from './accounts';
import { nextNumber, SAMPLE } from './sequence';

/** The statuses a claim reaches by transitions alone ('corrected' needs a published correction). */
export type BuiltClaimStatus = 'new' | 'verifying' | Verdict | 'closed';

export type ClaimOverrides = Partial<Omit<CreateClaimInput, 'unitId'>> & {
  /** new (default); other statuses are reached through `changeClaimStatus`, step by step. */
  status?: BuiltClaimStatus;
  /** Who logs and handles it; a new officer of the unit otherwise. */
  author?: User;
};

// Unrelated rumours in turn: the domain files a claim whose text is like an earlier one under the
// same case, so sample texts that differ only by a number would all land in one case.
const RUMOURS = [
  'Cử tri phải nộp lệ phí 50.000 đồng khi đi bầu',
  'Ngày bầu cử bị hoãn sang tháng sau vì mưa bão',
  'Người tạm trú không được ghi tên vào danh sách cử tri',
  'Mỗi hộ chỉ được một người đi bầu thay cả nhà mà không cần giấy ủy quyền',
];

/** The steps from 'new' to each status, every one a transition the domain allows. */
const PATH: Record<BuiltClaimStatus, ClaimStatus[]> = {
  new: [],
  verifying: ['verifying'],
  false: ['verifying', 'false'],
  misleading: ['verifying', 'misleading'],
  true: ['verifying', 'true'],
  not_election: ['verifying', 'not_election'],
  closed: ['closed'],
};

/**
 * A claim seen in `unit`'s area, logged through `createClaim` (which may file it under an earlier,
 * similar case: pass `text` to control that) and moved to `status` through `changeClaimStatus`.
 * Defaults: a Facebook post seen today, with a sample rumour and no reach. The claim is returned
 * as stored after the last step.
 */
export async function buildClaim(
  deps: Deps,
  unit: Unit,
  overrides: ClaimOverrides = {},
): Promise<Claim> {
  const { status = 'new', author, ...input } = overrides;
  const officer = await actingAs(deps, unit, author, 'officer');
  const n = nextNumber();
  const claim = await createClaim(deps, officer, {
    unitId: unit.id,
    text: `${RUMOURS[n % RUMOURS.length] ?? ''} ${SAMPLE}`,
    platform: 'facebook',
    firstSeenOn: civilDate(deps.clock.now()),
    topic: 'Thủ tục bầu cử',
    ...input,
  });
  for (const step of PATH[status]) await changeClaimStatus(deps, officer, claim.id, step);
  if (status === 'new') return claim;
  const stored = await deps.repos.claims.get(claim.id);
  if (!stored) throw new Error(`claim ${claim.id} vanished`);
  return stored;
}

export interface CorrectionOverrides {
  /** The case it answers: a new false claim of the unit otherwise. */
  claim?: Claim;
  title?: string;
  summary?: string;
  body?: string;
  /** Who writes it; the claim's handler (a new officer of the unit) otherwise. */
  author?: User;
  /** Who approves and publishes it (four eyes); a new leader of the unit otherwise. */
  publisher?: User;
}

/**
 * The correction of a false claim of `unit`, written through `writeCorrection`, approved and put
 * on the portal through `approveContent` and `publishContent` (which marks the case corrected and
 * records a rebuttal): the portal then shows it as "Đính chính" under the unit.
 */
export async function buildCorrection(
  deps: Deps,
  unit: Unit,
  overrides: CorrectionOverrides = {},
): Promise<{ claim: Claim; correction: ContentItem }> {
  const { author, publisher, title, summary, body } = overrides;
  const claim = overrides.claim ?? (await buildClaim(deps, unit, { status: 'false', author }));
  const officer = await actingAs(deps, unit, author, 'officer');
  const draft = await writeCorrection(deps, officer, claim.id, {
    unitId: unit.id,
    title: title ?? `Thông tin về lệ phí đi bầu là sai sự thật ${SAMPLE}`,
    ...(summary !== undefined ? { summary } : {}),
    body: body ?? `Cử tri không phải nộp bất kỳ khoản tiền nào khi đi bầu ${SAMPLE}.`,
  });
  const leader = await actingAs(deps, unit, publisher, 'leader');
  const approved = await approveContent(deps, leader, draft.id, { version: draft.version });
  const correction = await publishContent(deps, leader, approved.id);
  const stored = await deps.repos.claims.get(claim.id);
  if (!stored) throw new Error(`claim ${claim.id} vanished`);
  return { claim: stored, correction };
}
