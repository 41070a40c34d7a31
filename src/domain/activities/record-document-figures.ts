import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import type { Channel } from '../plans/plan';
import { civilDate } from '../shared/dates';
import { DomainError, type FieldIssue } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { getUnit } from '../units/get-unit';
import type { Activity } from './activity';
import { activityIssues } from './activity-rules';
import { mainAndExtra, type Approx } from './figures';

export interface DocumentFigure {
  index: number;
  channel: Channel;
  /** Other channels the document gives for the same figure ("phát thanh, truyền hình"). */
  extraChannels?: Channel[] | undefined;
  /** A named outlet as the document states it (fanpage “Truyền hình Hạ Long”). */
  outlet?: string | null | undefined;
  /** "trên 170" is over 170: kept as the document states it. */
  approx?: Approx | null | undefined;
  categoryCode: string;
  quantity: number;
  title: string | null;
}

/**
 * Records the figures of an imported report as activities of a unit, marked as read from a
 * document. All or nothing: one bad figure refuses them all, each named. Importing the same
 * document again adds nothing (each figure is keyed by the document's hash and its index).
 */
export async function recordDocumentFigures(
  deps: Writes<'units' | 'categories' | 'activities' | 'obligations' | 'audit'> &
    Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: {
    unitId: string;
    occurredOn: string;
    documentHash: string;
    fileName: string;
    figures: DocumentFigure[];
  },
): Promise<{ created: number; alreadyImported: number }> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.write', unit.path);
  const categories = new Map((await deps.repos.categories.list()).map((c) => [c.code, c]));
  const today = civilDate(deps.clock.now());
  const issues: FieldIssue[] = input.figures.flatMap((f, i) =>
    activityIssues(
      {
        occurredOn: input.occurredOn,
        channel: f.channel,
        extraChannels: f.extraChannels,
        categoryCode: f.categoryCode,
        quantity: f.quantity,
      },
      categories.get(f.categoryCode),
      unit.kind,
      today,
    ).map((issue) => ({
      path: issue.path === 'occurredOn' ? 'occurredOn' : `figures.${i}.${issue.path}`,
      message: issue.message,
    })),
  );
  if (issues.length)
    throw new DomainError('validation', issues[0]?.message ?? 'Số liệu không hợp lệ.', { issues });
  const batchId = deps.ids.newId();
  const now = deps.clock.now();
  const items: Activity[] = input.figures.map((f) => ({
    id: deps.ids.newId(),
    unitId: unit.id,
    unitPath: unit.path,
    occurredOn: input.occurredOn,
    ...mainAndExtra(f.channel, f.extraChannels ?? []),
    outlet: f.outlet ? cleanText(f.outlet) || null : null,
    approx: f.approx ?? null,
    categoryCode: f.categoryCode,
    quantity: f.quantity,
    measureUnit: categories.get(f.categoryCode)?.measureUnit ?? '',
    title: f.title,
    link: null,
    taskId: null,
    source: 'document',
    externalRef: `doc:${input.documentHash}:${f.index}`,
    batchId,
    createdBy: actor.userId,
    createdAt: now,
  }));
  return deps.uow.transaction(async (repos) => {
    const inserted = await repos.activities.insertMany(items);
    await repos.obligations.applyBatch(batchId);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'activity',
      entityId: `document:${input.documentHash.slice(0, 16)}`,
      action: 'import',
      changes: { file: input.fileName, figures: inserted.length, occurredOn: input.occurredOn },
    });
    return { created: inserted.length, alreadyImported: items.length - inserted.length };
  });
}
