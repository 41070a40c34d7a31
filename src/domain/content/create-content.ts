import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import type { Repos } from '../ports';
import { DomainError, type FieldIssue } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { getUnit } from '../units/get-unit';
import type { ContentItem, ContentKind } from './content';
import { notifyContentApprovers } from './notify-approvers';

export interface CreateContentInput {
  unitId: string;
  kind: ContentKind;
  title: string;
  summary?: string;
  themes?: string[];
  electionId?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  minorityLanguage?: string | null;
  body?: string;
  claimId?: string | null;
}

/**
 * Adds a draft item to a unit's library (the file, if any, is attached next); the unit's leaders,
 * who approve it, are notified. Throws not_found/forbidden (unit out of scope or role),
 * validation (dates, title).
 */
export async function createContent(
  deps: Writes<'units' | 'content' | 'audit' | 'notifications' | 'outbox'> &
    Pick<Deps, 'clock' | 'ids'> &
    Partial<Pick<Deps, 'mailer'>>,
  actor: Actor,
  input: CreateContentInput,
  extra: { machineRead?: boolean } = {},
): Promise<ContentItem> {
  const item = await newContentItem(deps, actor, input, extra);
  await deps.uow.transaction((repos) => insertContent(repos, deps, actor, item));
  return item;
}

/** A checked draft item, not yet stored (so a caller can store it inside its own transaction). */
export async function newContentItem(
  deps: Reads<'units'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: CreateContentInput,
  extra: { machineRead?: boolean } = {},
): Promise<ContentItem> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.write', unit.path);
  const issues: FieldIssue[] = [];
  const title = cleanText(input.title);
  if (title.length < 3) issues.push({ path: 'title', message: 'Tiêu đề quá ngắn.' });
  if (input.validFrom && input.validUntil && input.validUntil < input.validFrom)
    issues.push({ path: 'validUntil', message: 'Ngày hết hiệu lực trước ngày bắt đầu hiệu lực.' });
  if ((input.kind === 'article' || input.kind === 'slogans') && !input.body?.trim())
    issues.push({ path: 'body', message: 'Hãy nhập nội dung.' });
  if (issues.length)
    throw new DomainError('validation', issues[0]?.message ?? 'Dữ liệu không hợp lệ.', { issues });
  const now = deps.clock.now();
  const item: ContentItem = {
    id: deps.ids.newId(),
    unitId: unit.id,
    unitPath: unit.path,
    kind: input.kind,
    title,
    summary: cleanText(input.summary ?? ''),
    themes: [...new Set((input.themes ?? []).map(cleanText).filter(Boolean))],
    electionId: input.electionId ?? null,
    validFrom: input.validFrom ?? null,
    validUntil: input.validUntil ?? null,
    language: 'vi',
    minorityLanguage: input.minorityLanguage ? cleanText(input.minorityLanguage) : null,
    body: (input.body ?? '').normalize('NFC').trim(),
    file: null,
    machineRead: extra.machineRead ?? false,
    status: 'draft',
    approvedBy: null,
    approvedAt: null,
    publishedAt: null,
    publishedUnitId: null,
    claimId: input.claimId ?? null,
    createdBy: actor.userId,
    editors: [actor.userId],
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return item;
}

/**
 * Stores a new item and its audit row with the given repositories (one transaction) and notifies
 * its approvers, their e-mail queued in the same transaction.
 */
export async function insertContent(
  repos: Pick<Repos, 'content' | 'audit' | 'notifications' | 'outbox'>,
  deps: Pick<Deps, 'clock' | 'ids'> & Partial<Pick<Deps, 'mailer'>>,
  actor: Actor,
  item: ContentItem,
): Promise<void> {
  await repos.content.insert(item);
  await recordChange(repos, deps, actor, {
    unitId: item.unitId,
    entity: 'content',
    entityId: item.id,
    action: 'create',
    changes: { kind: item.kind, title: item.title },
  });
  return notifyContentApprovers(repos, deps, item, actor.displayName);
}
