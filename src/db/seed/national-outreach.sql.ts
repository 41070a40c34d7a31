import { sql, type SQL } from 'drizzle-orm';
import { foldVietnamese } from '../../domain/shared/text';
import { broadcastsSql } from './national-broadcasts.sql';
import { CAMPAIGN, vnDate, vnTime } from './national-campaign.sql';
import { claimsSql } from './national-claims.sql';
import { nationalElectionId } from './national-elections.sql';
import { CONTENT_TEMPLATES } from './national-outreach.data';

/** The one sample recording every approved audio item of the data set points to. */
export interface SampleAudio {
  key: string;
  name: string;
  mediaType: string;
  size: number;
  seconds: number;
}

export interface OutreachShape {
  communesPerProvince: number;
  claimsPerProvince: number;
  passwordHash: string;
  audio: SampleAudio;
}

const contentValues = (): SQL =>
  sql.join(
    CONTENT_TEMPLATES.map(
      (t) =>
        sql`(${t.level}::text, ${t.kind}::text, ${t.title}::text, ${foldVietnamese(`${t.title} ${t.summary}`)}::text, ${t.summary}::text,
          ${t.body}::text, ${JSON.stringify(t.themes)}::jsonb, ${t.approved}::boolean, ${t.publish}::boolean, ${t.day}::int, ${t.every}::int, ${t.validUntil ?? null}::date)`,
    ),
    sql`, `,
  );

const contentSql = (a: SampleAudio): SQL => sql`
  with t (level, kind, title, search, summary, body, themes, approved, publish, day, every, valid_until) as (values ${contentValues()}),
  u as (select id, path, kind, name, search_text, case when kind = 'commune' then right(code, 4)::int else 0 end n,
      'lanhdao' || coalesce('.' || lower(split_part(code, '-', 1)), '') leader
    from units where kind in ('nation', 'province', 'commune')),
  x as (select t.*, u.id uid, u.path upath, u.name uname, u.search_text usearch, u.leader, ${CAMPAIGN.from}::date + t.day + u.n % 10 written
    from t join u on u.kind = t.level where u.n % t.every = 0)
  insert into content_items (id, unit_id, unit_path, kind, title, search_text, summary, themes, election_id, valid_from, valid_until, language, body,
    file_key, file_name, file_type, file_size, duration_seconds, machine_read, status, approved_by, approved_at, published_at, published_unit_id,
    claim_id, created_by, created_at, updated_at)
  select gen_random_uuid(), x.uid, x.upath, x.kind, replace(x.title, '{unit}', x.uname), replace(x.search, '{unit}', x.usearch), x.summary, x.themes,
    ${nationalElectionId}, x.written, x.valid_until, 'vi', x.body,
    case when x.kind = 'audio' then ${a.key} end, case when x.kind = 'audio' then ${a.name} end, case when x.kind = 'audio' then ${a.mediaType} end,
    case when x.kind = 'audio' then ${a.size}::int end, case when x.kind = 'audio' then ${a.seconds}::float8 end, false,
    case when x.approved then 'approved' else 'draft' end, case when x.approved then l.id end, case when x.approved then w.approved end,
    case when x.publish then w.published end, case when x.publish then x.uid end, null, a.id, w.created,
    case when x.publish then w.published when x.approved then w.approved else w.created end
  from x
  join users a on a.unit_id = x.uid and a.role in ('admin', 'officer')
  left join users l on l.username = x.leader
  cross join lateral (select ${vnTime(sql`x.written`, '08:30')} created, ${vnTime(sql`x.written + 1`, '09:00')} approved,
    ${vnTime(sql`x.written + 1`, '10:00')} published) w`;

/**
 * The statements that add the outreach of the national campaign, in order, each with a label:
 * leaders who approve, the content library and its distribution, portal news, claims and their
 * corrections, a station per commune and province with a week of slots, and the plays logged.
 */
export function nationalOutreachSql(s: OutreachShape): Array<[string, SQL]> {
  return [
    [
      'leaders',
      sql`
      insert into users (id, unit_id, username, display_name, role, password_hash, created_at, updated_at)
        select gen_random_uuid(), id, 'lanhdao' || coalesce('.' || lower(code), ''), 'Lãnh đạo ' || name, 'leader', ${s.passwordHash}, now(), now()
        from units where kind in ('nation', 'province')`,
    ],
    ['content', contentSql(s.audio)],
    ['claims and corrections', claimsSql(s)],
    [
      'content sent down',
      // Each approved item of the nation or a province goes to every province and commune below
      // it; provinces acknowledge, most communes too within three days.
      sql`
      with sent as materialized (
        select ci.id, ci.unit_id, ci.created_by, ci.approved_at from content_items ci join units src on src.id = ci.unit_id
        where ci.status = 'approved' and src.kind in ('nation', 'province')),
      r as (
        select sent.*, r.id rid, r.path, r.kind from sent join units n on n.id = sent.unit_id and n.kind = 'nation'
          join units r on r.kind in ('province', 'commune')
        union all
        select sent.*, r.id, r.path, r.kind from sent join units r on r.parent_id = sent.unit_id and r.kind = 'commune')
      insert into content_recipients (content_id, unit_id, unit_path, from_unit_id, distributed_by, distributed_at, acknowledged_at, acknowledged_by)
        select r.id, r.rid, r.path, r.unit_id, r.created_by, d.at,
          case when r.kind = 'province' or d.h % 100 < 85 then d.at + interval '30 minute' + (d.h % 72) * interval '1 hour' end,
          case when r.kind = 'province' or d.h % 100 < 85 then o.id end
        from r join users o on o.unit_id = r.rid and o.role = 'officer'
        cross join lateral (select r.approved_at + interval '3 hour' as at, abs(hashtext(r.id::text || r.rid::text)) as h) d`,
    ],
    [
      'portal publications',
      // Each item on the portal is an activity of the unit that published it, as publishContent records it.
      sql`
      insert into activities (id, unit_id, unit_path, occurred_on, channel, category_code, quantity, measure_unit, title, link, source, external_ref, created_by, created_at)
        select gen_random_uuid(), u.id, u.path, ${vnDate(sql`ci.published_at`)}, 'web_portal', case when ci.claim_id is null then 'tin_bai' else 'phan_bac' end,
          1, 'tin/bài', ci.title, '/tin-tuc/' || ci.id, case when ci.claim_id is null then 'publication' else 'correction' end, 'publish:' || ci.id,
          ci.created_by, ci.published_at
        from content_items ci join units u on u.id = ci.published_unit_id where ci.published_at is not null`,
    ],
    ...broadcastsSql(),
    [
      'statistics',
      // Vacuumed as well: counting the plays rewrote every task window, and a bulk load leaves no
      // time for autovacuum before the first import reads those windows back.
      sql`vacuum analyze task_periods, activities, content_items, content_recipients, claims, stations, broadcast_slots, plays`,
    ],
  ];
}
