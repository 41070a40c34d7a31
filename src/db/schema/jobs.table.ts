import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** What a scheduled job has done, by key: inserting first is how a job does a thing exactly once. */
export const jobMarks = pgTable(
  'job_marks',
  {
    job: text('job').notNull(),
    key: text('key').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.job, t.key] })],
);
