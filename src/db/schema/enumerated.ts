import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { ROLES } from '../../domain/accounts/access';
import { ACTIVITY_SOURCES } from '../../domain/activities/activity';
import { APPROX_KINDS } from '../../domain/activities/figures';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../domain/audit/audit-vocabulary';
import {
  PLAY_SOURCES,
  PRIORITIES,
  REPEATS,
  STATION_KINDS,
} from '../../domain/broadcasts/broadcast';
import { CLAIM_STATUSES, PLATFORMS, VERDICTS } from '../../domain/claims/claim';
import { CONTENT_KINDS, CONTENT_STATUSES } from '../../domain/content/content';
import {
  ISSUED_DOCUMENT_KINDS,
  ISSUED_DOCUMENT_STATUSES,
} from '../../domain/documents/issued-document';
import { ELECTION_TYPES, VOTE_DENOMINATORS, VOTER_BASES } from '../../domain/elections/election';
import { VOTER_INFO_KEYS } from '../../domain/elections/voter-info';
import { DUTY_FREQUENCIES } from '../../domain/groups/group';
import { PERIOD_KINDS } from '../../domain/obligations/task-period';
import { CHANNELS, PLAN_STATUSES, RECURRENCE_UNITS } from '../../domain/plans/plan';
import { REGISTER_ENTRY_STATUSES } from '../../domain/registers/register.port';
import { REPORT_KINDS, REPORT_STATUSES } from '../../domain/reports/report';
import { TASK_KINDS } from '../../domain/tasks/task';
import { UNIT_KINDS } from '../../domain/units/unit';

/**
 * Every column that holds one of the domain's codes, by table and column as the database names
 * them, with the one list of codes it may hold. The tables take their types and CHECK constraints
 * from here, so a code the domain does not know can be neither written nor read as a valid one;
 * `test/integration/database-guards.test.ts` walks this list against the database.
 */
export const ENUMERATED = {
  activities: { channel: CHANNELS, source: ACTIVITY_SOURCES, approx: APPROX_KINDS },
  audit_log: { entity: AUDIT_ENTITIES, action: AUDIT_ACTIONS },
  broadcast_slots: { priority: PRIORITIES, repeat: REPEATS },
  claims: { platform: PLATFORMS, status: CLAIM_STATUSES, verdict: VERDICTS },
  content_items: { kind: CONTENT_KINDS, status: CONTENT_STATUSES },
  elections: {
    type: ELECTION_TYPES,
    vote_denominator: VOTE_DENOMINATORS,
    voter_basis: VOTER_BASES,
  },
  issued_documents: { kind: ISSUED_DOCUMENT_KINDS, status: ISSUED_DOCUMENT_STATUSES },
  plans: { status: PLAN_STATUSES },
  plays: { source: PLAY_SOURCES },
  register_entries: { status: REGISTER_ENTRY_STATUSES },
  reporting_duties: { frequency: DUTY_FREQUENCIES },
  reports: { kind: REPORT_KINDS, status: REPORT_STATUSES },
  stations: { kind: STATION_KINDS },
  task_periods: { kind: PERIOD_KINDS },
  tasks: { channel: CHANNELS, kind: TASK_KINDS, recurrence_per: RECURRENCE_UNITS },
  units: { kind: UNIT_KINDS },
  users: { role: ROLES },
  voter_info_texts: { key: VOTER_INFO_KEYS },
} as const satisfies Record<string, Record<string, readonly string[]>>;

const CODE = /^[A-Za-z_]+$/;

/**
 * The CHECK that a column holds one of `codes` (NULL passes, as it does every CHECK; NOT NULL
 * says whether a column may be empty). The codes are the domain's constants, never input.
 */
export function oneOf(column: AnyPgColumn, codes: readonly string[]): SQL {
  const bad = codes.find((c) => !CODE.test(c));
  if (bad !== undefined) throw new Error(`not a code: ${bad}`);
  return sql`${column} in (${sql.raw(codes.map((c) => `'${c}'`).join(', '))})`;
}
