import {
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
import type { FigureRow } from '../../domain/activities/activities.port';
import type { Compliance } from '../../domain/obligations/task-period';
import type { Narrative } from '../../domain/reports/report';
import { units } from './units.table';
import { ENUMERATED, oneOf } from './enumerated';

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    kind: text('kind', { enum: ENUMERATED.reports.kind }).notNull(),
    periodKey: text('period_key').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ENUMERATED.reports.status }).notNull(),
    narrative: jsonb('narrative').$type<Narrative>().notNull(),
    figures: jsonb('figures').$type<FigureRow[]>().notNull(),
    compliance: jsonb('compliance').$type<Compliance | null>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The civil day of submission in Vietnam, compared with dueOn for on time / late. */
    submittedOn: date('submitted_on', { mode: 'string' }),
    submittedBy: uuid('submitted_by'),
    /** When someone of a unit above first opened the submitted report; a report read can no longer be recalled. */
    readAt: timestamp('read_at', { withTimezone: true }),
    readBy: uuid('read_by'),
    reviewedBy: uuid('reviewed_by'),
    reviewNote: text('review_note'),
    /** A sơ kết issued as a document: its number in the issuer's register and its date. */
    number: integer('number'),
    issuedOn: date('issued_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('reports_kind_check', oneOf(t.kind, ENUMERATED.reports.kind)),
    check('reports_status_check', oneOf(t.status, ENUMERATED.reports.status)),

    // One report per unit, kind and period: a double submit or a retry lands on the same row.
    uniqueIndex('reports_unit_period_idx').on(t.unitId, t.kind, t.periodKey),
    index('reports_path_idx').on(t.unitPath.op('text_pattern_ops'), t.kind, t.periodKey),
  ],
);
