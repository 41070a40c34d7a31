import type { Channel } from '../plans/plan';
import type { Approx } from './figures';

/** Where an activity came from: typed by an officer, imported, or recorded by Loa itself. */
export const ACTIVITY_SOURCES = [
  'manual',
  'import',
  'broadcast',
  'publication',
  'correction',
  'document',
] as const;
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];

/** One piece of outreach work done (hoạt động): unit, day, channel, category and quantity. */
export interface Activity {
  id: string;
  unitId: string;
  unitPath: string;
  /** The unit whose area the work covered, when not the doer's own (plays on a ward's station by its section). */
  areaUnitId?: string | null;
  occurredOn: string; // YYYY-MM-DD, civil date in Vietnam
  channel: Channel;
  /** Other channels the same figure spans, in catalogue order (never `channel` again). */
  extraChannels?: Channel[];
  /** A named outlet within the channel, as stated (fanpage “Truyền hình Hạ Long”). */
  outlet?: string | null;
  /** How the quantity is stated: exactly (null) or over/about/at least. */
  approx?: Approx | null;
  categoryCode: string;
  quantity: number;
  measureUnit: string;
  title: string | null;
  link: string | null;
  taskId: string | null;
  source: ActivitySource;
  /** A caller's own id for the record (a device play id, an import row) so a retry never counts twice. */
  externalRef: string | null;
  /** Shared by the rows of one import, so they are counted towards tasks together. */
  batchId?: string | null;
  /** Where a photo kept as evidence is stored, and its type. */
  photoKey?: string | null;
  photoType?: string | null;
  createdBy: string | null;
  createdAt: Date;
}

/** An entry of the catalogue of what outreach counts (metrics.md); admins can add more. */
export interface ActivityCategory {
  code: string;
  name: string;
  /** The channels the category applies to; empty means any channel. */
  channels: Channel[];
  measureUnit: string;
  /** The most one entry of a commune may record; larger levels get more (see quantityCap). */
  maxPerEntry: number;
  /** Whether the quantity counts as that many "times" towards a task (lượt, buổi) or the entry counts once (phút, người). */
  countsQuantity: boolean;
  builtin: boolean;
  active: boolean;
}
