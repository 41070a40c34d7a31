import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ENUMERATED, oneOf } from './enumerated';

export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    unitId: uuid('unit_id'),
    /** Path of the unit at the time, so the log is scoped by subtree without a join. */
    unitPath: text('unit_path'),
    entity: text('entity', { enum: ENUMERATED.audit_log.entity }).notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: ENUMERATED.audit_log.action }).notNull(),
    changes: jsonb('changes').notNull(),
  },
  (t) => [
    check('audit_log_entity_check', oneOf(t.entity, ENUMERATED.audit_log.entity)),
    check('audit_log_action_check', oneOf(t.action, ENUMERATED.audit_log.action)),
    index('audit_at_idx').on(t.at),
    index('audit_unit_path_idx').on(t.unitPath.op('text_pattern_ops')),
  ],
);
