import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { units } from './units.table';
import { ENUMERATED, oneOf } from './enumerated';

export const contentItems = pgTable(
  'content_items',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    kind: text('kind', { enum: ENUMERATED.content_items.kind }).notNull(),
    title: text('title').notNull(),
    /** Title and summary folded without diacritics, for search. */
    searchText: text('search_text').notNull().default(''),
    summary: text('summary').notNull(),
    themes: jsonb('themes').$type<string[]>().notNull(),
    electionId: uuid('election_id'),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    language: text('language').notNull().default('vi'),
    minorityLanguage: text('minority_language'),
    body: text('body').notNull(),
    fileKey: text('file_key'),
    fileName: text('file_name'),
    fileType: text('file_type'),
    fileSize: integer('file_size'),
    durationSeconds: doublePrecision('duration_seconds'),
    machineRead: boolean('machine_read').notNull().default(false),
    status: text('status', { enum: ENUMERATED.content_items.status }).notNull(),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedUnitId: uuid('published_unit_id'),
    claimId: uuid('claim_id'),
    createdBy: uuid('created_by').notNull(),
    /** Everyone who wrote or changed the current version (file uploads included): none may approve it. */
    editors: jsonb('editors').$type<string[]>().notNull().default([]),
    /** Bumped by every write, so a transition can compare-and-set on the state its actor saw. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('content_items_kind_check', oneOf(t.kind, ENUMERATED.content_items.kind)),
    check('content_items_status_check', oneOf(t.status, ENUMERATED.content_items.status)),
    index('content_items_path_idx').on(t.unitPath.op('text_pattern_ops'), t.createdAt),
    index('content_items_published_idx').on(t.publishedUnitId, t.publishedAt),
  ],
);

export const contentRecipients = pgTable(
  'content_recipients',
  {
    contentId: uuid('content_id')
      .notNull()
      .references(() => contentItems.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    fromUnitId: uuid('from_unit_id').notNull(),
    distributedBy: uuid('distributed_by').notNull(),
    distributedAt: timestamp('distributed_at', { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by'),
  },
  (t) => [
    primaryKey({ columns: [t.contentId, t.unitId] }),
    index('content_recipients_unit_idx').on(t.unitId),
    index('content_recipients_path_idx').on(t.contentId, t.unitPath.op('text_pattern_ops')),
  ],
);
