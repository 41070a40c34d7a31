import type { Actor } from '../../domain/accounts/access';
import type { BroadcastSlot, Station } from '../../domain/broadcasts/broadcast';
import { hasChanged, type ContentItem } from '../../domain/content/content';
import type { ContentListItem } from '../../domain/content/content.port';
import type { Claim } from '../../domain/claims/claim';
import { isQuiet } from '../../domain/broadcasts/broadcast';
import { inServiceDay } from '../../domain/broadcasts/station-rules';
import { isWithin } from '../../domain/units/unit';
import type { ContentResponse } from '../../contracts/content.contract';
import type { SlotResponse, StationResponse } from '../../contracts/broadcasts.contract';
import type { ClaimResponse } from '../../contracts/claims.contract';

export const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export const toContentResponse = (
  item:
    | ContentItem
    | ContentListItem
    | (ContentItem & { unitName: string; received: { acknowledgedAt: Date | null } | null }),
  actor: Actor,
): ContentResponse => ({
  id: item.id,
  unitId: item.unitId,
  ...('unitName' in item ? { unitName: item.unitName } : {}),
  kind: item.kind,
  title: item.title,
  summary: item.summary,
  themes: item.themes,
  electionId: item.electionId,
  validFrom: item.validFrom,
  validUntil: item.validUntil,
  language: 'vi',
  minorityLanguage: item.minorityLanguage,
  body: item.body,
  file: item.file
    ? {
        name: item.file.name,
        mediaType: item.file.mediaType,
        size: item.file.size,
        durationSeconds: item.file.durationSeconds,
        url: `/api/v1/content/${item.id}/file`,
      }
    : null,
  machineRead: item.machineRead,
  status: item.status,
  approvedAt: iso(item.approvedAt),
  selfCreated: hasChanged(item, actor.userId),
  version: item.version,
  publishedAt: iso(item.publishedAt),
  publishedUnitId: item.publishedUnitId,
  claimId: item.claimId,
  own: isWithin(item.unitPath, actor.unitPath),
  received:
    'received' in item && item.received
      ? { acknowledgedAt: iso(item.received.acknowledgedAt) }
      : null,
  ...('recipients' in item ? { recipients: item.recipients, acknowledged: item.acknowledged } : {}),
  createdAt: item.createdAt.toISOString(),
});

export const toStationResponse = (
  s: Station & { unitName?: string; operatorName?: string },
  now: Date,
): StationResponse => ({
  id: s.id,
  unitId: s.unitId,
  ...(s.unitName ? { unitName: s.unitName } : {}),
  operatorUnitId: s.operatorUnitId,
  ...(s.operatorName ? { operatorName: s.operatorName } : {}),
  inServiceFrom: inServiceDay(s),
  name: s.name,
  kind: s.kind,
  zones: s.zones,
  hasController: s.tokenHash !== null,
  tokenIssuedAt: iso(s.tokenIssuedAt),
  lastSeenAt: iso(s.lastSeenAt),
  lastHealth: s.lastHealth,
  quiet: isQuiet(s, now),
  active: s.active,
});

export const toSlotResponse = (s: BroadcastSlot & { contentTitle?: string }): SlotResponse => ({
  id: s.id,
  unitId: s.unitId,
  contentId: s.contentId,
  ...(s.contentTitle ? { contentTitle: s.contentTitle } : {}),
  stationIds: s.stationIds,
  priority: s.priority,
  repeat: s.repeat,
  startDate: s.startDate,
  endDate: s.endDate,
  times: s.times,
  weekdays: s.weekdays,
  monthDays: s.monthDays,
});

export const toClaimResponse = (
  c: Claim & { unitName?: string; groupSize?: number },
): ClaimResponse => ({
  id: c.id,
  unitId: c.unitId,
  ...(c.unitName ? { unitName: c.unitName } : {}),
  text: c.text,
  platform: c.platform,
  link: c.link,
  hasScreenshot: c.screenshotKey !== null,
  firstSeenOn: c.firstSeenOn,
  reach: c.reach,
  topic: c.topic,
  status: c.status,
  verdict: c.verdict,
  groupId: c.groupId,
  ...(c.groupSize !== undefined ? { groupSize: c.groupSize } : {}),
  correctionId: c.correctionId,
  createdAt: c.createdAt.toISOString(),
});
