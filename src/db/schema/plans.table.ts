import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Assignment, Basis, Channel, Phase, Recipient, Signer } from '../../domain/plans/plan';
import { units } from './units.table';
import { ENUMERATED, oneOf } from './enumerated';

export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status', { enum: ENUMERATED.plans.status }).notNull(),
    number: integer('number'),
    issuedOn: date('issued_on', { mode: 'string' }),
    derivedFromId: uuid('derived_from_id'),
    revisionOfId: uuid('revision_of_id'),
    electionId: uuid('election_id'),
    title: text('title').notNull(),
    /** Title folded without diacritics, for search. */
    searchText: text('search_text').notNull().default(''),
    place: text('place').notNull(),
    parentBody: text('parent_body').notNull(),
    issuingBody: text('issuing_body').notNull(),
    bodyCode: text('body_code').notNull(),
    bases: jsonb('bases').$type<Basis[]>().notNull(),
    preamble: text('preamble').notNull(),
    purposes: text('purposes').notNull(),
    requirements: text('requirements').notNull(),
    contentThemes: text('content_themes').notNull(),
    channels: jsonb('channels').$type<Channel[]>().notNull(),
    channelsText: text('channels_text').notNull(),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    timeText: text('time_text').notNull(),
    /** "Yêu cầu báo cáo tuần": issuing gives each assignee a weekly reporting duty (ADR 16). */
    requireWeeklyReports: boolean('require_weekly_reports').notNull().default(false),
    phases: jsonb('phases').$type<Phase[]>().notNull(),
    assignments: jsonb('assignments').$type<Assignment[]>().notNull(),
    closing: text('closing').notNull(),
    recipients: jsonb('recipients').$type<Recipient[]>().notNull(),
    archiveLine: text('archive_line').notNull(),
    signer: jsonb('signer').$type<Signer>().notNull(),
    createdBy: uuid('created_by').notNull(),
    /** Everyone who wrote or changed this version of the plan: none of them may issue it. */
    editors: jsonb('editors').$type<string[]>().notNull().default([]),
    submittedBy: uuid('submitted_by'),
    approvedBy: uuid('approved_by'),
    returnNote: text('return_note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('plans_status_check', oneOf(t.status, ENUMERATED.plans.status)),
    index('plans_unit_idx').on(t.unitId),
    index('plans_derived_idx').on(t.derivedFromId),
    // "Văn bản đến": the plans that name a unit in their Nơi nhận.
    index('plans_recipients_idx').using('gin', t.recipients.op('jsonb_path_ops')),
    uniqueIndex('plans_number_idx')
      .on(t.unitId, sql`extract(year from ${t.issuedOn})`, t.number)
      .where(sql`${t.number} is not null`),
  ],
);

/** The document register (sổ văn bản): one counter per unit, year and document type. */
export const registerCounters = pgTable(
  'register_counters',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    typeCode: text('type_code').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [uniqueIndex('register_counters_key').on(t.unitId, t.year, t.typeCode)],
);

export const registerEntries = pgTable(
  'register_entries',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    typeCode: text('type_code').notNull(),
    number: integer('number').notNull(),
    /** reserved: held in advance; used: taken by an issued document. */
    status: text('status', { enum: ENUMERATED.register_entries.status }).notNull(),
    entityId: uuid('entity_id'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('register_entries_status_check', oneOf(t.status, ENUMERATED.register_entries.status)),
    uniqueIndex('register_entries_key').on(t.unitId, t.year, t.typeCode, t.number),
  ],
);

export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    issuerUnitId: uuid('issuer_unit_id')
      .notNull()
      .references(() => units.id),
    assigneeUnitId: uuid('assignee_unit_id')
      .notNull()
      .references(() => units.id),
    /** Path of the assignee, so "tasks visible to every unit above the assignee" is a prefix match. */
    assigneePath: text('assignee_path').notNull(),
    title: text('title').notNull(),
    channel: text('channel', { enum: ENUMERATED.tasks.channel }),
    kind: text('kind', { enum: ENUMERATED.tasks.kind }).notNull(),
    deadline: date('deadline', { mode: 'string' }),
    recurrenceCount: integer('recurrence_count'),
    recurrencePer: text('recurrence_per', { enum: ENUMERATED.tasks.recurrence_per }),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    frequencyText: text('frequency_text'),
    target: text('target'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('tasks_channel_check', oneOf(t.channel, ENUMERATED.tasks.channel)),
    check('tasks_kind_check', oneOf(t.kind, ENUMERATED.tasks.kind)),
    check('tasks_recurrence_per_check', oneOf(t.recurrencePer, ENUMERATED.tasks.recurrence_per)),
    index('tasks_plan_idx').on(t.planId),
    // The plans a unit was given work by, for its "Việc cần làm".
    index('tasks_assignee_idx').on(t.assigneeUnitId),
    index('tasks_assignee_path_idx').on(t.assigneePath.op('text_pattern_ops')),
  ],
);

/**
 * "Đã nhận": a unit an issued plan was sent to (given tasks, or named in its Nơi nhận) confirms
 * receipt; one row per unit and plan, so a second confirmation cannot write another.
 */
export const planAcknowledgements = pgTable(
  'plan_acknowledgements',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    acknowledgedBy: uuid('acknowledged_by').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.unitId] }),
    index('plan_acknowledgements_unit_idx').on(t.unitId),
  ],
);
