import type { Actor } from '../accounts/access';
import type { Deps, Reads } from '../deps';
import type { FileStream } from './content.port';
import { notFound } from '../shared/domain-error';
import { getContent } from './content-access';

/** The file of an item the actor may read. Throws not_found (no item, out of scope, no file). */
export async function contentFile(
  deps: Reads<'content'> & Pick<Deps, 'storage'>,
  actor: Actor,
  id: string,
): Promise<{ file: FileStream; mediaType: string; name: string }> {
  const { item } = await getContent(deps, actor, id);
  // Streamed: a 100 MB video is passed through, never held whole in memory.
  const file = item.file ? await deps.storage.open(item.file.key) : null;
  if (!item.file || !file) throw notFound('tệp của tài liệu');
  return { file, mediaType: item.file.mediaType, name: item.file.name };
}
