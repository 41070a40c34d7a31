import type { PlanResponse, TaskResponse } from '../../../contracts/plans.contract';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { PLAN_STATUSES } from '../../../contracts/codes';

export type PlanStatus = PlanResponse['status'];
export type Channel = NonNullable<TaskResponse['channel']>;

export { PLAN_STATUSES };

const STATUS: Record<PlanStatus, { key: MessageKey; color: string }> = {
  draft: { key: 'planStatus.draft', color: 'default' },
  submitted: { key: 'planStatus.submitted', color: 'gold' },
  issued: { key: 'planStatus.issued', color: 'green' },
  closed: { key: 'planStatus.closed', color: 'purple' },
};

export const statusLabel = (t: Translate, s: PlanStatus) => t(STATUS[s].key);
export const statusColor = (s: PlanStatus) => STATUS[s].color;

/** Channel names as Vietnamese plans write them (a copy of the domain's CHANNEL_LABELS). */
const CHANNELS: Record<Channel, MessageKey> = {
  press: 'channel.press',
  television: 'channel.television',
  radio: 'channel.radio',
  loudspeaker: 'channel.loudspeaker',
  web_portal: 'channel.web_portal',
  social_media: 'channel.social_media',
  sms: 'channel.sms',
  bulletin_board: 'channel.bulletin_board',
  visual: 'channel.visual',
  print: 'channel.print',
  mobile_vehicle: 'channel.mobile_vehicle',
  meeting: 'channel.meeting',
  internal_messaging: 'channel.internal_messaging',
  cultural_event: 'channel.cultural_event',
  other: 'channel.other',
};

export const channelLabel = (t: Translate, c: Channel | null | undefined) =>
  c ? t(CHANNELS[c]) : '';

export const channelOptions = (t: Translate) =>
  Object.entries(CHANNELS).map(([value, key]) => ({ value, label: t(key) }));

export const purposeOptions = (t: Translate) => [
  { value: 'b/c', label: t('recipient.bc') },
  { value: 't/h', label: t('recipient.th') },
  { value: 'p/h', label: t('recipient.ph') },
];
