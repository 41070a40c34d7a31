import type { Channel } from '../plans/plan';
import type { Activity, ActivityCategory } from './activity';
import type { Approx } from './figures';

export interface ActivityListItem extends Activity {
  unitName: string;
  /** The area's unit name when the work was done in another unit's area (a play on the ward's station). */
  areaName: string | null;
  categoryName: string;
}

export interface ActivityQuery {
  withinPath: string;
  unitId?: string;
  from?: string;
  to?: string;
  channel?: Channel;
  categoryCode?: string;
  limit: number;
  offset: number;
}

/**
 * Quantities summed by channel set, outlet, category and measure unit over a subtree and a date
 * range. A figure over several channels stays one row over all of them; `approx` is set when any
 * part is approximate.
 */
export interface FigureRow {
  /** The first of `channels`, kept for readers that know one channel only. */
  channel: Channel;
  channels: Channel[];
  outlet: string | null;
  approx: Approx | null;
  categoryCode: string;
  categoryName: string;
  measureUnit: string;
  quantity: number;
  entries: number;
}

export interface ActivityRepository {
  /** Inserts, skipping any whose (unit, externalRef) exists; returns those inserted. */
  insertMany(items: Activity[]): Promise<Activity[]>;
  get(id: string): Promise<Activity | null>;
  delete(id: string): Promise<void>;
  setPhoto(id: string, key: string, mediaType: string): Promise<void>;
  find(query: ActivityQuery): Promise<{ items: ActivityListItem[]; total: number }>;
  figures(query: { withinPath: string; from: string; to: string }): Promise<FigureRow[]>;
  /** The same figures per child of the unit at `path` (depth `depth`); own entries under the unit's id. */
  figuresByChild(query: {
    path: string;
    depth: number;
    from: string;
    to: string;
  }): Promise<Array<FigureRow & { childId: string }>>;
  /** How many activities were recorded per ISO week (its Monday) and first channel, oldest first. */
  entriesByWeek(query: {
    withinPath: string;
    from: string;
    to: string;
  }): Promise<Array<{ weekStart: string; channel: Channel; entries: number }>>;
}

export interface CategoryRepository {
  list(): Promise<ActivityCategory[]>;
  get(code: string): Promise<ActivityCategory | null>;
  insert(category: ActivityCategory): Promise<boolean>;
}
