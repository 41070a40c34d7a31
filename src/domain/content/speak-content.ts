import { authorize, type Actor } from '../accounts/access';
import type { Deps, Writes } from '../deps';
import { DomainError } from '../shared/domain-error';
import { attachFile } from './attach-file';
import type { ContentItem } from './content';
import { createContent } from './create-content';
import { streamOf } from './upload-stream';
import { getUnit } from '../units/get-unit';

/** The message shown wherever text-to-speech is offered but the server has no engine. */
export const NO_SPEECH_ENGINE =
  'Máy chủ chưa cài công cụ đọc văn bản thành giọng nói (espeak-ng). Quản trị viên cài bằng lệnh: apt-get install espeak-ng';

/**
 * Makes a draft audio item from an announcement's text, read by the speech engine in Vietnamese
 * and flagged as machine-read. Throws not_found/forbidden (checked first), unavailable when no
 * engine is installed, validation, and what createContent throws.
 */
export async function speakContent(
  deps: Writes<'units' | 'content' | 'audit' | 'notifications' | 'outbox'> &
    Pick<Deps, 'clock' | 'ids' | 'storage' | 'speech' | 'parsers'> &
    Partial<Pick<Deps, 'mailer'>>,
  actor: Actor,
  input: { unitId: string; title: string; text: string; claimId?: string | null },
): Promise<ContentItem> {
  // The role and scope first: a viewer is refused as such, not told the engine is missing.
  authorize(actor, 'work.write', (await getUnit(deps, actor, input.unitId)).path);
  const text = input.text.normalize('NFC').trim();
  if (text.length < 5) throw new DomainError('validation', 'Hãy nhập nội dung cần đọc.');
  if (text.length > 5000)
    throw new DomainError('validation', 'Nội dung quá dài để đọc (tối đa 5.000 ký tự).');
  const status = await deps.speech.status();
  if (!status.available) throw new DomainError('unavailable', status.reason ?? NO_SPEECH_ENGINE);
  const bytes = await deps.speech.synthesize(text, 'vi');
  const item = await createContent(
    deps,
    actor,
    {
      unitId: input.unitId,
      kind: 'audio',
      title: input.title,
      summary: `Đọc tự động bằng ${deps.speech.name} từ văn bản.`,
      body: text,
      claimId: input.claimId ?? null,
    },
    { machineRead: true },
  );
  return attachFile(deps, actor, item.id, { file: streamOf(bytes), fileName: 'doc-tu-dong.wav' });
}
