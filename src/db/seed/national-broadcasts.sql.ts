import { sql, type SQL } from 'drizzle-orm';
import { CAMPAIGN, vnDate, vnTime } from './national-campaign.sql';
import { NATIONAL_ELECTION } from './national-elections.sql';
import { ELECTION_DAY_NOTICE, NATIONAL_PROGRAMME } from './national-outreach.data';

/** The election week the loudspeakers are scheduled for: Monday 9/3 to election day. */
export const ELECTION_WEEK = { from: '2026-03-09', to: NATIONAL_ELECTION.day };

/**
 * The election week on every station: a commune's loudspeakers play the national notice every
 * morning and evening and the province's bulletin three days a week; a province's radio plays
 * the national programme three times a day.
 */
const slotsSql = (): SQL => sql`
  with st as (select s.id, s.unit_id, s.unit_path, u.kind, u.parent_id, o.id officer
    from stations s join units u on u.id = s.unit_id join users o on o.unit_id = u.id and o.role = 'officer'),
  -- The few audio items, set apart so that no plan scans the library once per station.
  audio as materialized (select id, unit_id, title from content_items where kind = 'audio' and status = 'approved'),
  x as (
    select st.*, a.id content_id, 'priority' priority, 'daily' rep, '["06:00","17:30"]' times, '[]' weekdays
      from st join audio a on a.title = ${ELECTION_DAY_NOTICE} where st.kind = 'commune'
    union all
    select st.*, a.id, 'normal', 'weekly', '["11:00"]', '[2,4,6]'
      from st join audio a on a.unit_id = st.parent_id where st.kind = 'commune'
    union all
    select st.*, a.id, 'normal', 'daily', '["06:00","11:30","18:00"]', '[]'
      from st join audio a on a.title = ${NATIONAL_PROGRAMME} where st.kind = 'province')
  insert into broadcast_slots (id, unit_id, unit_path, content_id, station_ids, priority, repeat, start_date, end_date, times, weekdays, month_days, created_by, created_at)
    select gen_random_uuid(), x.unit_id, x.unit_path, x.content_id, jsonb_build_array(x.id), x.priority, x.rep, ${ELECTION_WEEK.from}, ${ELECTION_WEEK.to},
      x.times::jsonb, x.weekdays::jsonb, '[]', x.officer, ${vnTime(sql`${ELECTION_WEEK.from}::date - 3`, '14:00')}
    from x`;

/**
 * A play for each time a slot called for that has passed, logged by the unit's officer a few
 * minutes late at most; about one in twenty is missed, and one commune in thirteen lost power
 * on Thursday 12/3 and played nothing that day.
 */
const playsSql = (): SQL => sql`
  insert into plays (id, station_id, content_id, slot_id, client_id, played_at, duration_seconds, source, recorded_by, created_at)
    select gen_random_uuid(), x.station_id, x.content_id, x.slot_id, 'op:' || gen_random_uuid(), x.due + (x.h % 120) * interval '1 second', x.seconds,
      'operator', x.created_by, x.due + (x.h % 120) * interval '1 second' + interval '5 minute'
    from (
      select sl.id slot_id, sl.content_id, (sl.station_ids ->> 0)::uuid station_id, sl.created_by, ci.duration_seconds seconds, d::date as day,
        ${vnTime(sql`d`, sql`tm`)} due,
        abs(hashtext(sl.id::text || d::date || tm)) h, case when u.kind = 'commune' then right(u.code, 4)::int else 0 end n
      from broadcast_slots sl join content_items ci on ci.id = sl.content_id join units u on u.id = sl.unit_id
      cross join generate_series(sl.start_date::timestamp, sl.end_date::timestamp, interval '1 day') d
      cross join jsonb_array_elements_text(sl.times) tm
      where sl.repeat = 'daily' or sl.weekdays @> to_jsonb(extract(isodow from d)::int)) x
    where x.due < now() and x.h % 100 >= 5 and not (x.n > 0 and x.n % 13 = 0 and x.day = '2026-03-12')`;

/**
 * The statements that add the broadcasts: a loudspeaker system per commune (its villages as
 * zones) and a radio station per province, a week of slots on each, and the plays logged for the
 * slots' past times, each also an activity (lượt phát) of the station's unit.
 */
export function broadcastsSql(): Array<[string, SQL]> {
  return [
    [
      'stations',
      sql`
      with z as (select parent_id, jsonb_agg(name order by length(name), name) zones from units where kind = 'village' group by parent_id)
      insert into stations (id, unit_id, unit_path, name, kind, zones, active, created_at)
        select gen_random_uuid(), u.id, u.path,
          case u.kind when 'province' then 'Đài Phát thanh và Truyền hình ' || u.name else 'Hệ thống loa truyền thanh ' || u.name end,
          case u.kind when 'province' then 'radio' else 'loudspeaker_cluster' end,
          case u.kind when 'province' then '["Toàn tỉnh"]'::jsonb else coalesce(z.zones, '[]'::jsonb) end, true, ${vnTime(sql`${CAMPAIGN.from}`, '08:00')}
        from units u left join z on z.parent_id = u.id where u.kind in ('province', 'commune')`,
    ],
    ['broadcast slots', slotsSql()],
    ['plays', playsSql()],
    [
      'plays as activities',
      sql`
      insert into activities (id, unit_id, unit_path, occurred_on, channel, category_code, quantity, measure_unit, title, source, external_ref, created_by, created_at)
        select gen_random_uuid(), st.unit_id, st.unit_path, ${vnDate(sql`p.played_at`)}, case when st.kind = 'radio' then 'radio' else 'loudspeaker' end,
          'luot_phat', 1, 'lượt',
          'Phát "' || ci.title || '" trên ' || st.name || coalesce(' (' || (p.duration_seconds::int / 60) || ':' || lpad((p.duration_seconds::int % 60)::text, 2, '0') || ')', ''),
          'broadcast', 'play:' || st.id || ':' || p.client_id, p.recorded_by, p.created_at
        from plays p join stations st on st.id = p.station_id join content_items ci on ci.id = p.content_id`,
    ],
  ];
}
