import { sql, type SQL } from 'drizzle-orm';
import { foldVietnamese } from '../../domain/shared/text';
import { CLAIM_TEMPLATES } from './national-claims.data';
import { vnTime } from './national-campaign.sql';
import { nationalElectionId } from './national-elections.sql';

/** Rumours first seen from 19/01 on; a case first seen from 08/03 is still being looked at. */
const FIRST_SEEN = '2026-01-19';
const RECENT = '2026-03-08';

const templateValues = (): SQL =>
  sql.join(
    CLAIM_TEMPLATES.map((c, i) => {
      const fix = c.correction;
      return sql`(${i}::int, ${c.texts[0]}::text, ${c.texts[1]}::text, ${foldVietnamese(`${c.texts[0]} ${c.topic}`)}::text,
        ${foldVietnamese(`${c.texts[1]} ${c.topic}`)}::text, ${c.topic}::text, ${c.verdict}::text, ${c.platforms.join(',')}::text,
        ${fix?.title ?? null}::text, ${fix?.summary ?? null}::text, ${fix?.body ?? null}::text,
        ${fix ? foldVietnamese(`${fix.title} ${fix.summary}`) : null}::text)`;
    }),
    sql`, `,
  );

/**
 * The claims communes report (`claimsPerProvince` in each province, from different communes) and,
 * in one statement, the provinces' corrections: the same rumour in a province is one case (one
 * group), and a case's status is shared by its claims: new or verifying when recent, else a
 * verdict, closed, or corrected by an article published on the province's portal news.
 */
export function claimsSql(s: { communesPerProvince: number; claimsPerProvince: number }): SQL {
  const rumours = CLAIM_TEMPLATES.length;
  return sql`
  with tpl (t, text_a, text_b, search_a, search_b, topic, verdict, platforms, fix_title, fix_summary, fix_body, fix_search) as (values ${templateValues()}),
  p as (select id, path, substr(code, 2)::int pn, 'lanhdao.' || lower(code) leader from units where kind = 'province'),
  c as (select id, path, parent_id, right(code, 4)::int n from units where kind = 'commune'),
  g as (select p.*, i, (p.pn + ((i - 1) * 2) / 3) % ${rumours} t from p cross join generate_series(1, ${s.claimsPerProvince}::int) i),
  r as materialized (
    select gen_random_uuid() id, g.id pid, g.path ppath, g.pn, g.leader, g.i, g.t, c.id cid, c.path cpath,
      ${FIRST_SEEN}::date + (g.t * 6 + g.pn * 5) % 52 case_day
    from g join c on c.parent_id = g.id and c.n = 1 + (g.i * 37 + g.pn * 11) % ${s.communesPerProvince}),
  x as materialized (
    select r.*, tpl.text_a, tpl.text_b, tpl.search_a, tpl.search_b, tpl.topic, tpl.verdict, string_to_array(tpl.platforms, ',') pl,
      tpl.fix_title, tpl.fix_summary, tpl.fix_body, tpl.fix_search, r.case_day + r.i % 3 seen,
      first_value(r.id) over (partition by r.pid, r.t order by r.case_day + r.i % 3, r.i) gid,
      case
        when tpl.verdict in ('true', 'not_election') then
          case when r.case_day >= ${RECENT}::date then 'verifying' when r.pn % 2 = 0 then tpl.verdict else 'closed' end
        when r.case_day >= ${RECENT}::date then case when r.pn % 2 = 0 then 'new' else 'verifying' end
        else (array['corrected', 'closed', tpl.verdict, tpl.verdict, 'verifying'])[1 + (r.pn + r.t) % 5]
      end status
    from r join tpl on tpl.t = r.t),
  fix as materialized (
    select gid, pid, ppath, leader, case_day, fix_title, fix_summary, fix_body, fix_search, gen_random_uuid() fid
    from x where status = 'corrected' and fix_title is not null
    group by gid, pid, ppath, leader, case_day, fix_title, fix_summary, fix_body, fix_search),
  corrections as (
    insert into content_items (id, unit_id, unit_path, kind, title, search_text, summary, themes, election_id, valid_from, language, body,
      machine_read, status, approved_by, approved_at, published_at, published_unit_id, claim_id, created_by, created_at, updated_at)
    select fix.fid, fix.pid, fix.ppath, 'article', fix.fix_title, fix.fix_search, fix.fix_summary, '["Phản bác thông tin sai lệch"]', ${nationalElectionId},
      fix.case_day + 1, 'vi', fix.fix_body, false, 'approved', l.id, w.approved, w.published, fix.pid, fix.gid, o.id, w.created, w.published
    from fix join users o on o.unit_id = fix.pid and o.role = 'officer' join users l on l.username = fix.leader
    cross join lateral (select ${vnTime(sql`fix.case_day + 1`, '08:30')} created, ${vnTime(sql`fix.case_day + 1`, '14:00')} approved,
      ${vnTime(sql`fix.case_day + 1`, '15:00')} published) w
    returning id)
  insert into claims (id, unit_id, unit_path, text, search_text, platform, link, first_seen_on, reach, topic, status, verdict, group_id, correction_id,
    created_by, created_at, updated_at)
  select x.id, x.cid, x.cpath, case when x.i % 2 = 0 then x.text_b else x.text_a end, case when x.i % 2 = 0 then x.search_b else x.search_a end,
    pf.platform,
    case pf.platform
      when 'facebook' then 'https://www.facebook.com/groups/vi-du/posts/' || (x.pn * 100 + x.i)
      when 'tiktok' then 'https://www.tiktok.com/@vi-du/video/' || (x.pn * 100 + x.i)
      when 'youtube' then 'https://www.youtube.com/watch?v=vi-du-' || (x.pn * 100 + x.i)
      when 'website' then 'https://tin-tuc.example/bai-viet-' || (x.pn * 100 + x.i)
    end,
    x.seen, case when pf.platform = 'word_of_mouth' then null else 150 + (x.pn * 397 + x.i * 131) % 6000 end, x.topic, x.status,
    case when x.status in ('new', 'verifying') then null else x.verdict end, x.gid, fix.fid, o.id, ${vnTime(sql`x.seen`, '09:15')},
    case when x.status = 'new' then ${vnTime(sql`x.seen`, '09:15')} else ${vnTime(sql`x.case_day + 3`, '16:00')} end
  from x left join fix on fix.gid = x.gid
  join users o on o.unit_id = x.cid and o.role = 'officer'
  cross join lateral (select x.pl[1 + (x.i + x.pn) % array_length(x.pl, 1)] platform) pf`;
}
