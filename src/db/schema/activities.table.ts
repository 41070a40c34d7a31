import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Approx } from '../../domain/activities/figures';
import type { Channel } from '../../domain/plans/plan';
import { tasks } from './plans.table';
import { units } from './units.table';
import { ENUMERATED, oneOf } from './enumerated';

export const activityCategories = pgTable('activity_categories', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  channels: jsonb('channels').$type<Channel[]>().notNull(),
  measureUnit: text('measure_unit').notNull(),
  maxPerEntry: integer('max_per_entry').notNull(),
  countsQuantity: boolean('counts_quantity').notNull(),
  builtin: boolean('builtin').notNull().default(false),
  active: boolean('active').notNull().default(true),
});

export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** The unit's path when recorded: subtree roll-ups are a prefix scan, no join needed. */
    unitPath: text('unit_path').notNull(),
    /** The unit whose area the work covered when it is not the doer's own (a play on the ward's loudspeakers). */
    areaUnitId: uuid('area_unit_id').references(() => units.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    channel: text('channel', { enum: ENUMERATED.activities.channel }).notNull(),
    /**
     * The other channels one figure spans beyond `channel` ("84 tin, bài, phóng sự phát thanh,
     * truyền hình" is radio + [television]): counted once, never split into invented parts.
     */
    extraChannels: jsonb('extra_channels').$type<Channel[]>().notNull().default([]),
    /** A named outlet within the channel, as stated: fanpage “Truyền hình Hạ Long”. */
    outlet: text('outlet'),
    /** How the figure is stated: null exactly, 'over' (trên), 'about' (khoảng), 'at_least' (ít nhất). */
    approx: text('approx', { enum: ENUMERATED.activities.approx }).$type<Approx>(),
    categoryCode: text('category_code')
      .notNull()
      .references(() => activityCategories.code),
    quantity: integer('quantity').notNull(),
    measureUnit: text('measure_unit').notNull(),
    title: text('title'),
    link: text('link'),
    taskId: uuid('task_id').references(() => tasks.id),
    source: text('source', { enum: ENUMERATED.activities.source }).notNull(),
    externalRef: text('external_ref'),
    /** Rows recorded together (an import) share a batch, counted towards tasks in one statement. */
    batchId: uuid('batch_id'),
    /** A photo kept as evidence, in file storage. */
    photoKey: text('photo_key'),
    photoType: text('photo_type'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('activities_channel_check', oneOf(t.channel, ENUMERATED.activities.channel)),
    check('activities_source_check', oneOf(t.source, ENUMERATED.activities.source)),
    index('activities_path_day_idx').on(t.unitPath.op('text_pattern_ops'), t.occurredOn),
    index('activities_unit_day_idx').on(t.unitId, t.occurredOn),
    index('activities_batch_idx').on(t.batchId),
    uniqueIndex('activities_external_ref_idx')
      .on(t.unitId, t.externalRef)
      .where(sql`${t.externalRef} is not null`),
    check('activities_quantity_check', sql`${t.quantity} >= 1`),
    check('activities_approx_check', sql`${t.approx} in ('over', 'about', 'at_least')`),
    check(
      'activities_extra_channels_check',
      sql`jsonb_typeof(${t.extraChannels}) = 'array' and not (${t.extraChannels} @> jsonb_build_array(${t.channel}))`,
    ),
  ],
);

export const taskPeriods = pgTable(
  'task_periods',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    assigneeUnitId: uuid('assignee_unit_id')
      .notNull()
      .references(() => units.id),
    assigneePath: text('assignee_path').notNull(),
    kind: text('kind', { enum: ENUMERATED.task_periods.kind }).notNull(),
    key: text('key').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    required: integer('required').notNull(),
    /** Kept current as activities are recorded, so compliance is a sum, not a join over activities. */
    done: integer('done').notNull().default(0),
    firstDoneOn: date('first_done_on', { mode: 'string' }),
  },
  (t) => [
    check('task_periods_kind_check', oneOf(t.kind, ENUMERATED.task_periods.kind)),
    index('task_periods_task_idx').on(t.taskId),
    index('task_periods_assignee_idx').on(t.assigneeUnitId, t.periodFrom),
    index('task_periods_path_idx').on(t.assigneePath.op('text_pattern_ops'), t.periodTo),
  ],
);
