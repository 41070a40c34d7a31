import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { StationHealth } from '../../domain/broadcasts/broadcast';
import { contentItems } from './content.table';
import { units } from './units.table';
import { ENUMERATED, oneOf } from './enumerated';

export const stations = pgTable(
  'stations',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    /** The unit that plays it (a ward's Bộ phận VHXH); null: the owner itself. Plays are its activities. */
    operatorUnitId: uuid('operator_unit_id').references(() => units.id),
    operatorPath: text('operator_path'),
    name: text('name').notNull(),
    kind: text('kind', { enum: ENUMERATED.stations.kind }).notNull(),
    /** The first day it played (Ngày bắt đầu hoạt động); null: the day it was entered. */
    inServiceFrom: date('in_service_from', { mode: 'string' }),
    zones: jsonb('zones').$type<string[]>().notNull(),
    /** sha-256 of the controller token; the token is never stored. */
    tokenHash: text('token_hash'),
    tokenIssuedAt: timestamp('token_issued_at', { withTimezone: true }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    lastHealth: jsonb('last_health').$type<StationHealth>(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('stations_kind_check', oneOf(t.kind, ENUMERATED.stations.kind)),
    index('stations_path_idx').on(t.unitPath.op('text_pattern_ops')),
    uniqueIndex('stations_token_idx').on(t.tokenHash),
  ],
);

export const broadcastSlots = pgTable(
  'broadcast_slots',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    contentId: uuid('content_id')
      .notNull()
      .references(() => contentItems.id),
    stationIds: jsonb('station_ids').$type<string[]>().notNull(),
    priority: text('priority', { enum: ENUMERATED.broadcast_slots.priority }).notNull(),
    repeat: text('repeat', { enum: ENUMERATED.broadcast_slots.repeat }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    times: jsonb('times').$type<string[]>().notNull(),
    weekdays: jsonb('weekdays').$type<number[]>().notNull(),
    monthDays: jsonb('month_days').$type<number[]>().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    check('broadcast_slots_priority_check', oneOf(t.priority, ENUMERATED.broadcast_slots.priority)),
    check('broadcast_slots_repeat_check', oneOf(t.repeat, ENUMERATED.broadcast_slots.repeat)),
    index('broadcast_slots_path_idx').on(t.unitPath.op('text_pattern_ops'), t.endDate),
  ],
);

export const plays = pgTable(
  'plays',
  {
    id: uuid('id').primaryKey(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    contentId: uuid('content_id')
      .notNull()
      .references(() => contentItems.id),
    slotId: uuid('slot_id'),
    /** The recorder's own id: a retried upload with the same id is not a second play. */
    clientId: text('client_id').notNull(),
    playedAt: timestamp('played_at', { withTimezone: true }).notNull(),
    durationSeconds: doublePrecision('duration_seconds'),
    source: text('source', { enum: ENUMERATED.plays.source }).notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('plays_source_check', oneOf(t.source, ENUMERATED.plays.source)),
    uniqueIndex('plays_client_idx').on(t.stationId, t.clientId),
    index('plays_station_time_idx').on(t.stationId, t.playedAt),
  ],
);
