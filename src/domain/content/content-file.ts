import type { Actor } from '../accounts/access';
import type { Deps } from '../deps';
import { notFound } from '../shared/domain-error';
import { getContent } from './content-access';

/** The file of an item the actor may read. Throws not_found (no item, out of scope, no file). */
export async function contentFile(
  deps: Pick<Deps, 'repos' | 'storage'>,
  actor: Actor,
  id: string,
): Promise<{ bytes: Uint8Array; mediaType: string; name: string }> {
  const { item } = await getContent(deps, actor, id);
  const bytes = item.file ? await deps.storage.get(item.file.key) : null;
  if (!item.file || !bytes) throw notFound('tệp của tài liệu');
  return { bytes, mediaType: item.file.mediaType, name: item.file.name };
}
