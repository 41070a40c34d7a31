import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import { describeUnknown, sniffFileType } from '../content/file-type';
import { capFor, FILE_USES, takes } from '../content/file-uses';
import type { FileStream } from '../content/content.port';
import type { Deps, Reads, Writes } from '../deps';
import { DomainError, notFound } from '../shared/domain-error';
import { getClaim } from './handle-claim';

/** Stores a screenshot of where a claim was seen (an image, ≤ 10 MB, checked by content). */
export async function attachScreenshot(
  deps: Writes<'claims' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'storage'>,
  actor: Actor,
  id: string,
  bytes: Uint8Array,
): Promise<void> {
  const claim = await getClaim(deps, actor, id);
  authorize(actor, 'work.write', claim.unitPath);
  const type = await sniffFileType(bytes);
  if (!type || !takes(FILE_USES.claimScreenshot, type))
    throw new DomainError(
      'validation',
      `Ảnh chụp màn hình phải là tệp ảnh; tệp này là ${type ? type.extension : await describeUnknown(bytes)}.`,
    );
  if (bytes.length > capFor(FILE_USES.claimScreenshot, type.family))
    throw new DomainError('payload_too_large', 'Ảnh vượt giới hạn 10 MB.');
  const key = `claims/${claim.id}/${deps.ids.newId()}.${type.extension}`;
  await deps.storage.put(key, bytes, type.mediaType);
  await deps.uow.transaction(async (repos) => {
    await repos.claims.update(
      claim.id,
      actor.unitPath,
      { screenshotKey: key, screenshotType: type.mediaType },
      deps.clock.now(),
    );
    await recordChange(repos, deps, actor, {
      unitId: claim.unitId,
      entity: 'claim',
      entityId: claim.id,
      action: 'update',
      changes: { screenshot: true },
    });
  });
}

/** The screenshot of a claim the actor may see. Throws not_found. */
export async function claimScreenshot(
  deps: Reads<'claims'> & Pick<Deps, 'storage'>,
  actor: Actor,
  id: string,
): Promise<{ file: FileStream; mediaType: string }> {
  const claim = await getClaim(deps, actor, id);
  const file = claim.screenshotKey ? await deps.storage.open(claim.screenshotKey) : null;
  if (!file || !claim.screenshotType) throw notFound('ảnh chụp');
  return { file, mediaType: claim.screenshotType };
}
