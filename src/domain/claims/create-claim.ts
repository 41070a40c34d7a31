import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { addDays } from '../shared/calendar';
import { notifyUnits } from '../notifications/notify';
import { civilDate, formatDateVi } from '../shared/dates';
import { DomainError, type FieldIssue } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { getUnit } from '../units/get-unit';
import type { Claim, Platform } from './claim';
import { bestMatch } from './similarity';

export interface CreateClaimInput {
  unitId: string;
  text: string;
  platform: Platform;
  link?: string | null;
  firstSeenOn: string;
  reach?: number | null;
  topic?: string;
}

/**
 * Logs a claim seen somewhere and files it under an existing case when it is the same rumour
 * (similar text or the same link, seen in the last 120 days) among the claims the actor may see:
 * grouping never reaches past the actor's scope, so a ward's claim never joins a case of a branch
 * it cannot see (the province desk, whose scope spans both, can). The unit's officers and leaders,
 * who handle it, are notified. Throws
 * not_found/forbidden, validation (text, link, date).
 */
export async function createClaim(
  deps: Writes<'units' | 'claims' | 'audit' | 'notifications' | 'outbox'> &
    Pick<Deps, 'clock' | 'ids'> &
    Partial<Pick<Deps, 'mailer'>>,
  actor: Actor,
  input: CreateClaimInput,
): Promise<Claim> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.write', unit.path);
  const text = cleanText(input.text);
  const issues: FieldIssue[] = [];
  if (text.length < 10)
    issues.push({ path: 'text', message: 'Hãy ghi nội dung thông tin (ít nhất 10 ký tự).' });
  if (input.link && !/^https?:\/\/\S+$/.test(input.link))
    issues.push({ path: 'link', message: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.' });
  const today = civilDate(deps.clock.now());
  if (input.firstSeenOn > today)
    issues.push({ path: 'firstSeenOn', message: 'Ngày phát hiện chưa tới.' });
  if (input.reach !== undefined && input.reach !== null && input.reach < 0)
    issues.push({ path: 'reach', message: 'Lượt tiếp cận không âm.' });
  if (issues.length)
    throw new DomainError('validation', issues[0]?.message ?? 'Dữ liệu không hợp lệ.', { issues });
  const candidates = await deps.repos.claims.candidates({
    withinPath: actor.unitPath,
    since: addDays(input.firstSeenOn, -120),
    limit: 500,
  });
  const match = bestMatch({ text, link: input.link ?? null }, candidates);
  const id = deps.ids.newId();
  const now = deps.clock.now();
  const claim: Claim = {
    id,
    unitId: unit.id,
    unitPath: unit.path,
    text,
    platform: input.platform,
    link: input.link ?? null,
    screenshotKey: null,
    screenshotType: null,
    firstSeenOn: input.firstSeenOn,
    reach: input.reach ?? null,
    topic: cleanText(input.topic ?? ''),
    status: 'new',
    verdict: null,
    groupId: match?.groupId ?? id,
    correctionId: null,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  await deps.uow.transaction(async (repos) => {
    await repos.claims.insert(claim);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'claim',
      entityId: id,
      action: 'create',
      changes: { platform: claim.platform, grouped: match ? match.groupId : null },
    });
    await notifyUnits(repos, deps, {
      unitIds: [unit.id],
      roles: ['officer', 'leader'],
      kind: 'claim',
      title: `Thông tin sai lệch cần xác minh${claim.topic ? `: ${claim.topic}` : ''}`,
      body: `${actor.displayName} ghi nhận ngày ${formatDateVi(claim.firstSeenOn)}: "${text.slice(0, 200)}"`,
      link: '/app/claims',
    });
  });
  return claim;
}
