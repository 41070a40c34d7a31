import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
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
import { units } from './units.table';
import { ENUMERATED, oneOf } from './enumerated';

/** Raw bytes (candidate photos, milestone evidence files) until a file storage port exists. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export const elections = pgTable(
  'elections',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull(),
    type: text('type', { enum: ENUMERATED.elections.type }).notNull(),
    name: text('name').notNull(),
    term: text('term').notNull(),
    electionDay: date('election_day', { mode: 'string' }).notNull(),
    template: text('template').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    dayReason: text('day_reason'),
    voteDenominator: text('vote_denominator', { enum: ENUMERATED.elections.vote_denominator })
      .notNull()
      .default('present'),
    /** VILLAGE_HEAD: who votes, household representatives or every voter (the locality's choice). */
    voterBasis: text('voter_basis', { enum: ENUMERATED.elections.voter_basis })
      .notNull()
      .default('households'),
    sample: boolean('sample').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('elections_type_check', oneOf(t.type, ENUMERATED.elections.type)),
    check(
      'elections_vote_denominator_check',
      oneOf(t.voteDenominator, ENUMERATED.elections.vote_denominator),
    ),
    check('elections_voter_basis_check', oneOf(t.voterBasis, ENUMERATED.elections.voter_basis)),
    uniqueIndex('elections_slug_idx').on(t.slug),
    index('elections_path_idx').on(t.unitPath.op('text_pattern_ops')),
  ],
);

export const electionMilestones = pgTable(
  'election_milestones',
  {
    id: uuid('id').primaryKey(),
    electionId: uuid('election_id')
      .notNull()
      .references(() => elections.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    offsetDays: integer('offset_days'),
    workingDays: boolean('working_days').notNull().default(false),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    time: text('time'),
    note: text('note'),
    forVoters: boolean('for_voters').notNull().default(false),
    edited: boolean('edited').notNull().default(false),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by'),
    evidenceNote: text('evidence_note'),
    evidenceUrl: text('evidence_url'),
    evidenceFileName: text('evidence_file_name'),
    evidenceFileType: text('evidence_file_type'),
    evidenceFile: bytea('evidence_file'),
    sort: integer('sort').notNull(),
    /** The legal basis of the step ("Điều 32 Luật Bầu cử…"), shown in the UI and the calendar. */
    citation: text('citation'),
    /** A unit's own step on an election above it (a ward's part of a province's election). */
    unitId: uuid('unit_id').references(() => units.id),
    unitPath: text('unit_path'),
    /** Each sub-unit (thôn, khu phố) in scope does this step itself, with its own evidence. */
    perSubUnit: boolean('per_sub_unit').notNull().default(false),
    createdBy: uuid('created_by'),
  },
  (t) => [
    index('election_milestones_election_idx').on(t.electionId, t.dueOn),
    index('election_milestones_path_idx').on(t.unitPath.op('text_pattern_ops')),
  ],
);

/** A sub-unit's doing of a per-sub-unit milestone: the day it did it and a photo as evidence. */
export const milestoneCompletions = pgTable(
  'milestone_completions',
  {
    id: uuid('id').primaryKey(),
    milestoneId: uuid('milestone_id')
      .notNull()
      .references(() => electionMilestones.id, { onDelete: 'cascade' }),
    electionId: uuid('election_id')
      .notNull()
      .references(() => elections.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    photoKey: text('photo_key').notNull(),
    photoType: text('photo_type').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('milestone_completions_unit_idx').on(t.milestoneId, t.unitId),
    index('milestone_completions_path_idx').on(t.unitPath.op('text_pattern_ops')),
  ],
);

export const electoralDistricts = pgTable(
  'electoral_districts',
  {
    id: uuid('id').primaryKey(),
    electionId: uuid('election_id')
      .notNull()
      .references(() => elections.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    name: text('name').notNull(),
    seats: integer('seats').notNull().default(1),
    candidatesPublishedAt: timestamp('candidates_published_at', { withTimezone: true }),
    /** Bumped by every change to the district's candidates, so publishing compares and sets. */
    candidatesVersion: integer('candidates_version').notNull().default(1),
    /** Who changed the candidate list since it was last published: none of them may publish it. */
    candidateEditors: jsonb('candidate_editors').$type<string[]>().notNull().default([]),
    resultsPublishedAt: timestamp('results_published_at', { withTimezone: true }),
    resultsPublishedBy: uuid('results_published_by'),
  },
  (t) => [
    uniqueIndex('electoral_districts_name_idx').on(t.electionId, t.name),
    index('electoral_districts_path_idx').on(t.unitPath.op('text_pattern_ops')),
  ],
);

export const pollingAreas = pgTable(
  'polling_areas',
  {
    id: uuid('id').primaryKey(),
    electionId: uuid('election_id')
      .notNull()
      .references(() => elections.id, { onDelete: 'cascade' }),
    districtId: uuid('district_id')
      .notNull()
      .references(() => electoralDistricts.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    voterCount: integer('voter_count').notNull(),
  },
  (t) => [
    uniqueIndex('polling_areas_name_idx').on(t.districtId, t.name),
    index('polling_areas_election_idx').on(t.electionId),
  ],
);

/** The villages (thôn, khu phố) whose voters a polling area serves. */
export const pollingAreaVillages = pgTable(
  'polling_area_villages',
  {
    pollingAreaId: uuid('polling_area_id')
      .notNull()
      .references(() => pollingAreas.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [
    primaryKey({ columns: [t.pollingAreaId, t.unitId] }),
    index('polling_area_villages_unit_idx').on(t.unitId),
  ],
);

export const candidates = pgTable(
  'candidates',
  {
    id: uuid('id').primaryKey(),
    electionId: uuid('election_id')
      .notNull()
      .references(() => elections.id, { onDelete: 'cascade' }),
    districtId: uuid('district_id')
      .notNull()
      .references(() => electoralDistricts.id, { onDelete: 'cascade' }),
    fullName: text('full_name').notNull(),
    birthYear: integer('birth_year'),
    gender: text('gender'),
    occupation: text('occupation'),
    workplace: text('workplace'),
    biography: text('biography'),
    /** Sanitised when written; shown as it is. */
    programmeHtml: text('programme_html').notNull().default(''),
    photo: bytea('photo'),
    photoType: text('photo_type'),
    sort: integer('sort').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('candidates_district_idx').on(t.districtId, t.sort)],
);

/** One count: of a polling area, or of a whole district when `pollingAreaId` is null. */
export const electionResults = pgTable(
  'election_results',
  {
    id: uuid('id').primaryKey(),
    electionId: uuid('election_id')
      .notNull()
      .references(() => elections.id, { onDelete: 'cascade' }),
    districtId: uuid('district_id')
      .notNull()
      .references(() => electoralDistricts.id, { onDelete: 'cascade' }),
    pollingAreaId: uuid('polling_area_id').references(() => pollingAreas.id, {
      onDelete: 'cascade',
    }),
    votersListed: integer('voters_listed').notNull(),
    ballotsIssued: integer('ballots_issued').notNull(),
    valid: integer('valid').notNull(),
    invalid: integer('invalid').notNull(),
    votes: jsonb('votes').$type<Record<string, number>>().notNull(),
    enteredBy: uuid('entered_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('election_results_district_idx').on(t.districtId),
    check(
      'election_results_counts_check',
      sql`${t.votersListed} >= 0 and ${t.ballotsIssued} >= 0 and ${t.valid} >= 0 and ${t.invalid} >= 0`,
    ),
  ],
);

/** What voters read about their rights and duties and how to vote, per unit (nearest wins). */
export const voterInfoTexts = pgTable(
  'voter_info_texts',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    key: text('key', { enum: ENUMERATED.voter_info_texts.key }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('voter_info_texts_key_check', oneOf(t.key, ENUMERATED.voter_info_texts.key)),
    uniqueIndex('voter_info_texts_unit_key_idx').on(t.unitId, t.key),
  ],
);

/** Calendar subscriptions: a phone fetches `/lich/<token>.ics` without a cookie. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey(),
    /** SHA-256 of the token; the token itself is shown once. */
    tokenHash: text('token_hash').notNull(),
    electionId: uuid('election_id').references(() => elections.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('calendar_feeds_token_idx').on(t.tokenHash)],
);
