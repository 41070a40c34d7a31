import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database';
import { queryRows } from '../../src/db/query-rows';
import { voterInfoTexts } from '../../src/db/schema';
import { VOTER_INFO_KEYS } from '../../src/domain/elections/voter-info';

/** What every payload would run; a page is compromised if this ever executes or appears as markup. */
export const XSS_MARK = 'window.__xss=1';
/** Breaks out of text, double-quoted attributes and script blocks. */
export const XSS_PREFIX = `<script>${XSS_MARK}</script>"><img src=x onerror=${XSS_MARK}>`;
/** Breaks out of single-quoted attributes. */
export const XSS_SUFFIX = `'><svg onload=${XSS_MARK}>`;
/** Columns that may end in an href start with a script URL instead. */
export const XSS_URL_PREFIX = `javascript:${XSS_MARK};//`;
/** Markup of the payloads that must never reach a page unescaped, whatever the context. */
export const XSS_RAW_MARKUP = [`<script>${XSS_MARK}`, '<img src=x onerror', '<svg onload'];

/** What the payloaded value of `table.column` starts with: the name in it says which field leaked or vanished. */
export const xssPrefixOf = (column: string): string => `${XSS_PREFIX}{${column}} `;

const isUrlColumn = (column: string): boolean => /(^|_)(link|url)$/.test(column);

/**
 * Text columns that keep their value. The rule: a column keeps its shape when the application
 * parses, matches, joins or routes on it rather than showing it as prose — ids and references,
 * materialized paths, codes / enums / kinds / statuses / roles, slugs used in URLs, hashes and
 * tokens, storage keys and MIME types, dates and periods stored as text, sign-in identifiers,
 * and search text derived from other columns. Every other text column is free text and gets a
 * payload. A column added later is payloaded by default; if its name looks like one of the
 * shapes above the test refuses to guess and asks for a decision here (see SHAPE_NAME).
 */
export const KEEP_SHAPE: Record<string, string> = {
  'activities.approx': 'enum (CHECK)',
  'activities.category_code': 'code',
  'activities.channel': 'enum',
  'activities.external_ref': 'idempotency reference',
  'activities.photo_key': 'storage key',
  'activities.photo_type': 'MIME type',
  'activities.source': 'enum',
  'activities.unit_path': 'materialized path',
  'activity_categories.code': 'code',
  'audit_log.action': 'enum',
  'audit_log.entity': 'enum',
  'audit_log.entity_id': 'id',
  'audit_log.unit_path': 'materialized path',
  'broadcast_slots.priority': 'enum',
  'broadcast_slots.repeat': 'enum',
  'broadcast_slots.unit_path': 'materialized path',
  'calendar_feeds.token_hash': 'hash',
  'candidates.gender': 'enum',
  'candidates.photo_type': 'MIME type (its presence means "has a photo")',
  'claims.platform': 'enum',
  'claims.screenshot_key': 'storage key',
  'claims.screenshot_type': 'MIME type',
  'claims.search_text': 'derived search text',
  'claims.status': 'enum',
  'claims.unit_path': 'materialized path',
  'claims.verdict': 'enum',
  'content_items.file_key': 'storage key',
  'content_items.file_type': 'MIME type',
  'content_items.kind': 'enum',
  'content_items.language': 'language code',
  'content_items.search_text': 'derived search text',
  'content_items.status': 'enum',
  'content_items.unit_path': 'materialized path',
  'content_recipients.unit_path': 'materialized path',
  'election_milestones.code': 'code (the election day is found by it)',
  'election_milestones.evidence_file_type': 'MIME type',
  'election_milestones.unit_path': 'materialized path',
  'elections.slug': 'slug used in URLs',
  'elections.template': 'code',
  'elections.type': 'enum',
  'elections.unit_path': 'materialized path',
  'elections.vote_denominator': 'enum',
  'elections.voter_basis': 'enum',
  'electoral_districts.unit_path': 'materialized path',
  'group_members.role': 'enum',
  'idempotency_keys.key': 'idempotency key',
  'idempotency_keys.method': 'HTTP method',
  'idempotency_keys.request_hash': 'hash',
  'idempotency_keys.route': 'route pattern',
  'job_marks.job': 'job name',
  'job_marks.key': 'idempotency key',
  'milestone_completions.photo_key': 'storage key',
  'milestone_completions.photo_type': 'MIME type',
  'milestone_completions.unit_path': 'materialized path',
  'notifications.kind': 'enum',
  'plans.body_code': 'code in document numbers',
  'plans.search_text': 'derived search text',
  'plans.status': 'enum',
  'issued_documents.file_key': 'storage key',
  'issued_documents.kind': 'enum',
  'issued_documents.status': 'enum',
  'plays.client_id': 'id',
  'plays.source': 'enum',
  'polling_areas.unit_path': 'materialized path',
  'register_counters.type_code': 'code',
  'register_entries.status': 'enum',
  'register_entries.type_code': 'code',
  'reporting_duties.frequency': 'enum',
  'reporting_duties.reporter_path': 'materialized path',
  'reports.kind': 'enum',
  'reports.period_key': 'period stored as text',
  'reports.status': 'enum',
  'reports.unit_path': 'materialized path',
  'sessions.id': 'token id',
  'stations.kind': 'enum',
  'stations.operator_path': 'materialized path',
  'stations.token_hash': 'hash',
  'stations.unit_path': 'materialized path',
  'task_periods.assignee_path': 'materialized path',
  'task_periods.key': 'period stored as text',
  'task_periods.kind': 'enum',
  'tasks.assignee_path': 'materialized path',
  'tasks.channel': 'enum',
  'tasks.kind': 'enum',
  'tasks.recurrence_per': 'enum',
  'units.code': 'administrative code',
  'units.kind': 'enum',
  'units.path': 'materialized path',
  'units.search_text': 'derived search text',
  'users.email': 'address (unique, mail is sent to it)',
  'users.password_hash': 'hash',
  'users.role': 'enum',
  'users.username': 'sign-in identifier',
  'voter_info_texts.key': 'enum (an unknown key is never shown)',
  'voter_info_texts.unit_path': 'materialized path',
};

/** Names that suggest a shape: such a column must be decided in KEEP_SHAPE, not payloaded by default. */
export const SHAPE_NAME =
  /(^id$|_id$|_ref$|path$|code$|kind$|status$|type$|slug$|hash$|token|key$|role$|^source$|^channel$)/;

export interface TextColumn {
  table: string;
  column: string;
  array: boolean;
}

/** Every text, varchar and char column (and arrays of them) of the application's tables. */
export async function textColumns(database: Database): Promise<TextColumn[]> {
  const rows = await queryRows<{ table_name: string; column_name: string; udt_name: string }>(
    database.db,
    sql`select c.table_name, c.column_name, c.udt_name
        from information_schema.columns c
        join information_schema.tables t
          on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
          and c.udt_name in ('text', 'varchar', 'bpchar', '_text', '_varchar', '_bpchar')
        order by 1, 2`,
  );
  return rows.map((r) => ({
    table: r.table_name,
    column: r.column_name,
    array: r.udt_name.startsWith('_'),
  }));
}

/**
 * Every text column that a CHECK constraint names: its values have a shape the database
 * itself enforces, so it must be decided in KEEP_SHAPE (a payload would be refused anyway).
 */
export async function checkedColumns(database: Database): Promise<Set<string>> {
  const rows = await queryRows<{ table_name: string; column_name: string }>(
    database.db,
    sql`select cl.relname as table_name, a.attname as column_name
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid
        join pg_namespace n on n.oid = cl.relnamespace
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
        where c.contype = 'c' and n.nspname = 'public'`,
  );
  return new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
}

/**
 * Gives the demo world's voter-information texts (it has none, the portal shows built-in
 * defaults) one stored row per key at the root, so those columns reach every election page.
 */
async function addVoterInfo(database: Database): Promise<void> {
  const [root] = await queryRows<{ id: string; path: string }>(
    database.db,
    sql`select id, path from units where parent_id is null order by path limit 1`,
  );
  if (!root) throw new Error('no root unit');
  await database.db.insert(voterInfoTexts).values(
    VOTER_INFO_KEYS.map((key) => ({
      id: crypto.randomUUID(),
      unitId: root.id,
      unitPath: root.path,
      key,
      title: `Hướng dẫn cử tri (${key})`,
      body: 'Đoạn thứ nhất.\n\nĐoạn thứ hai.',
      updatedAt: new Date(),
    })),
  );
}

/**
 * Rewrites every free-text column (all text columns but KEEP_SHAPE) of the database: prose
 * gets `xssPrefixOf(column)` before and XSS_SUFFIX after, a link or URL column `XSS_URL_PREFIX` in front; nulls become payloads too.
 * Returns the columns payloaded and kept, and the text columns under a CHECK constraint that
 * KEEP_SHAPE does not decide (left alone here, so the test can name them instead of crashing).
 */
export async function payloadAllText(
  database: Database,
): Promise<{ payloaded: string[]; kept: string[]; undecidedChecked: string[] }> {
  await addVoterInfo(database);
  const columns = await textColumns(database);
  const checked = await checkedColumns(database);
  const undecidedChecked = columns
    .map((c) => `${c.table}.${c.column}`)
    .filter((n) => checked.has(n) && !(n in KEEP_SHAPE));
  const byTable = new Map<string, TextColumn[]>();
  for (const c of columns)
    if (!(`${c.table}.${c.column}` in KEEP_SHAPE) && !checked.has(`${c.table}.${c.column}`))
      byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  for (const [table, cols] of byTable) {
    const sets = cols.map((c) => {
      const name = `${table}.${c.column}`;
      const col = sql.identifier(c.column);
      const value = (v: ReturnType<typeof sql>) =>
        isUrlColumn(c.column)
          ? sql`${XSS_URL_PREFIX} || ${v}`
          : sql`${xssPrefixOf(name)} || ${v} || ${XSS_SUFFIX}`;
      return c.array
        ? sql`${col} = array(select ${value(sql`x`)} from unnest(coalesce(${col}, '{}')) x)`
        : sql`${col} = ${value(sql`coalesce(${col}, '')`)}`;
    });
    await database.db.execute(sql`update ${sql.identifier(table)} set ${sql.join(sets, sql`, `)}`);
  }
  const names = columns.map((c) => `${c.table}.${c.column}`);
  return {
    payloaded: names.filter((n) => !(n in KEEP_SHAPE) && !checked.has(n)),
    kept: names.filter((n) => n in KEEP_SHAPE),
    undecidedChecked,
  };
}
