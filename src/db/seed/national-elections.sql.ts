import { sql, type SQL } from 'drizzle-orm';
import { findTemplate } from '../../domain/elections/milestone-templates';
import { milestoneDate } from '../../domain/elections/milestones';

/** The national sample election: 15/03/2026, the day the 2026 cycle used. */
export const NATIONAL_ELECTION = {
  slug: 'na-hdnd.2026-03-15',
  day: '2026-03-15',
  template: 'NA_HDND_2025',
};

const milestoneValues = (): SQL => {
  const items = findTemplate(NATIONAL_ELECTION.template)?.items ?? [];
  return sql.join(
    items.map(
      (m, i) =>
        sql`(${m.code}, ${m.title}, ${m.offset}::int, ${milestoneDate(m, NATIONAL_ELECTION.day)}::date, ${m.time ?? null}::text, ${m.note ?? null}::text, ${!!m.forVoters}::boolean, ${i}::int)`,
    ),
    sql`, `,
  );
};

/** The id of the national sample election, as a subquery (null before it exists). */
export const nationalElectionId = sql`(select id from elections where slug = ${NATIONAL_ELECTION.slug})`;
const election = nationalElectionId;

/**
 * The statements that add the national election to a national data set: the election and its
 * milestones, an electoral district per commune (3 seats, 5 candidates, official list published),
 * a polling area per three villages, and published sample results per polling area.
 */
export function nationalElectionSql(): Array<[string, SQL]> {
  return [
    [
      'election',
      sql`insert into elections (id, slug, type, name, term, election_day, template, unit_id, unit_path, vote_denominator, sample, version, created_at, updated_at)
        select gen_random_uuid(), ${NATIONAL_ELECTION.slug}, 'NA_HDND', 'Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031 (dữ liệu mẫu)',
          '2026-2031', ${NATIONAL_ELECTION.day}, ${NATIONAL_ELECTION.template}, u.id, u.path, 'present', true, 1, now(), now()
        from units u where u.kind = 'nation' limit 1`,
    ],
    [
      'milestones',
      sql`insert into election_milestones (id, election_id, code, title, offset_days, due_on, time, note, for_voters, sort, done_at, evidence_note)
        select gen_random_uuid(), ${election}, m.code, m.title, m.off, m.due, m.time, m.note, m.voters, m.sort,
          case when m.due < current_date then m.due + interval '10 hour' end, case when m.due < current_date then 'Đã thực hiện (dữ liệu mẫu).' end
        from (values ${milestoneValues()}) as m(code, title, off, due, time, note, voters, sort)`,
    ],
    [
      'electoral districts',
      sql`insert into electoral_districts (id, election_id, unit_id, unit_path, name, seats, candidates_published_at, results_published_at)
        select gen_random_uuid(), ${election}, c.id, c.path, 'Đơn vị bầu cử HĐND ' || c.name, 3, '2026-02-26T08:00:00+07', '2026-03-25T08:00:00+07'
        from units c where c.kind = 'commune'`,
    ],
    [
      'polling areas',
      sql`with v as (select parent_id, (row_number() over (partition by parent_id order by id) - 1) / 3 as grp from units where kind = 'village'),
        g as (select parent_id, grp, count(*) n from v group by 1, 2)
        insert into polling_areas (id, election_id, district_id, unit_id, unit_path, name, address, voter_count)
        select gen_random_uuid(), d.election_id, d.id, c.id, c.path, 'Khu vực bỏ phiếu số ' || (g.grp + 1),
          'Nhà văn hóa khu vực ' || (g.grp + 1) || ', ' || c.name, 1200 + (abs(hashtext(c.id::text || g.grp)) % 900)
        from g join units c on c.id = g.parent_id join electoral_districts d on d.unit_id = c.id and d.election_id = ${election}`,
    ],
    [
      'villages served',
      sql`with v as (select id, parent_id, (row_number() over (partition by parent_id order by id) - 1) / 3 as grp from units where kind = 'village')
        insert into polling_area_villages (polling_area_id, unit_id)
        select pa.id, v.id from v join polling_areas pa on pa.unit_id = v.parent_id and pa.election_id = ${election} and pa.name = 'Khu vực bỏ phiếu số ' || (v.grp + 1)`,
    ],
    [
      'candidates',
      sql`insert into candidates (id, election_id, district_id, full_name, birth_year, gender, occupation, workplace, biography, programme_html, sort, created_at, updated_at)
        select gen_random_uuid(), d.election_id, d.id, 'Người ứng cử mẫu số ' || i, 1960 + (i * 7) % 35, case when i % 2 = 0 then 'female' else 'male' end,
          'Cán bộ (dữ liệu mẫu)', d.name, 'Tiểu sử mẫu.', '<p>Chương trình hành động mẫu.</p><ul><li>Phát triển kinh tế địa phương.</li><li>Chăm lo đời sống nhân dân.</li></ul>', i, now(), now()
        from electoral_districts d, generate_series(1, 5) i where d.election_id = ${election}`,
    ],
    [
      'results',
      sql`insert into election_results (id, election_id, district_id, polling_area_id, voters_listed, ballots_issued, valid, invalid, votes, updated_at)
        select gen_random_uuid(), pa.election_id, pa.district_id, pa.id, pa.voter_count, b.ballots, b.ballots - b.ballots / 100, b.ballots / 100,
          (select jsonb_object_agg(c.id, floor((b.ballots - b.ballots / 100) * (array[0.82, 0.71, 0.6, 0.5, 0.3])[c.sort])::int) from candidates c where c.district_id = pa.district_id),
          '2026-03-16T08:00:00+07'
        from polling_areas pa cross join lateral (select (pa.voter_count * 0.99)::int as ballots) b where pa.election_id = ${election}`,
    ],
    ['statistics', sql`analyze`],
  ];
}
