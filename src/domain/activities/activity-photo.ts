import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import { sniffFileType } from '../content/file-type';
import { capFor, FILE_USES, takes } from '../content/file-uses';
import type { FileStream } from '../content/content.port';
import type { Deps, Reads, Writes } from '../deps';
import { DomainError, notFound } from '../shared/domain-error';
import { isWithin } from '../units/unit';
import type { Activity } from './activity';

async function visibleActivity(
  deps: Reads<'activities'>,
  actor: Actor,
  id: string,
): Promise<Activity> {
  const activity = await deps.repos.activities.get(id);
  if (!activity || !isWithin(activity.unitPath, actor.unitPath)) throw notFound('hoạt động');
  return activity;
}

/**
 * Keeps a photo as evidence of an activity (a banner hung, a meeting held): an image by its
 * content, at most 10 MB, replacing any earlier one. Throws not_found, forbidden, validation,
 * payload_too_large, storage_full.
 */
export async function attachActivityPhoto(
  deps: Writes<'activities' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'storage'>,
  actor: Actor,
  id: string,
  bytes: Uint8Array,
): Promise<void> {
  const activity = await visibleActivity(deps, actor, id);
  authorize(actor, 'work.write', activity.unitPath);
  const type = await sniffFileType(bytes);
  if (!type || !takes(FILE_USES.activityPhoto, type)) {
    throw new DomainError('validation', 'Ảnh minh chứng phải là tệp ảnh (JPEG, PNG, WebP…).', {
      issues: [{ path: 'body', message: 'Không phải tệp ảnh.' }],
    });
  }
  if (bytes.length > capFor(FILE_USES.activityPhoto, type.family))
    throw new DomainError('payload_too_large', 'Ảnh vượt giới hạn 10 MB.');
  const key = `activities/${activity.id}/${deps.ids.newId()}.${type.extension}`;
  await deps.storage.put(key, bytes, type.mediaType);
  await deps.uow.transaction(async (repos) => {
    await repos.activities.setPhoto(activity.id, key, type.mediaType);
    await recordChange(repos, deps, actor, {
      unitId: activity.unitId,
      entity: 'activity',
      entityId: activity.id,
      action: 'update',
      changes: { photo: true },
    });
  });
  // The photo it replaces is no longer anyone's: remove it rather than leave it on the disk.
  if (activity.photoKey) await deps.storage.delete(activity.photoKey).catch(() => undefined);
}

/** The evidence photo of an activity the actor may see. Throws not_found. */
export async function activityPhoto(
  deps: Reads<'activities'> & Pick<Deps, 'storage'>,
  actor: Actor,
  id: string,
): Promise<{ file: FileStream; mediaType: string }> {
  const activity = await visibleActivity(deps, actor, id);
  const file = activity.photoKey ? await deps.storage.open(activity.photoKey) : null;
  if (!file || !activity.photoType) throw notFound('ảnh minh chứng');
  return { file, mediaType: activity.photoType };
}
