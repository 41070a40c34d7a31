import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import type { ContentResponse } from './content.api';

export const CONTENT_KINDS = [
  'audio',
  'article',
  'poster',
  'slogans',
  'video',
  'legal',
  'qa',
] as const;

export const kindText = (t: Translate, kind: ContentResponse['kind']): string =>
  t(`content.kind.${kind}` as MessageKey);
export const statusText = (t: Translate, s: ContentResponse['status']): string =>
  t(`content.status.${s}` as MessageKey);
export const STATUS_COLOR: Record<ContentResponse['status'], string> = {
  draft: 'gold',
  approved: 'green',
  withdrawn: 'default',
};

/** "3:05" for 185 seconds. */
export const formatDuration = (s: number | null | undefined): string =>
  s === null || s === undefined
    ? ''
    : `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
