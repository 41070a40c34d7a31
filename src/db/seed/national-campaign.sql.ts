import { sql, type SQL } from 'drizzle-orm';

export interface CampaignShape {
  provinces: number;
  communesPerProvince: number;
  villagesPerCommune: number;
  activitiesPerVillage: number;
  passwordHash: string;
}

/** The campaign's period: twelve ISO weeks, W02 to W13 of 2026. */
export const CAMPAIGN = { from: '2026-01-05', to: '2026-03-29', weeks: 12 };

/** A Vietnam civil date and time as an instant (UTC+7 all year, so no zone database is needed). */
export const vnTime = (day: SQL, time: SQL | string): SQL =>
  sql`(((${day})::date + (${time})::time)::text || '+07')::timestamptz`;

/** The Vietnam civil date of an instant. */
export const vnDate = (instant: SQL): SQL =>
  sql`((${instant} at time zone 'UTC') + interval '7 hour')::date`;

const plan = (unit: SQL, number: SQL, derived: SQL, title: string): SQL => sql`
  insert into plans (id, unit_id, status, number, issued_on, derived_from_id, title, search_text, place, parent_body, issuing_body, body_code,
    bases, preamble, purposes, requirements, content_themes, channels, channels_text, period_from, period_to, time_text, phases, assignments,
    closing, recipients, archive_line, signer, created_by, version, created_at, updated_at)
  select gen_random_uuid(), ${unit}, 'issued', ${number}, '2026-01-02', ${derived}, ${title}, lower(${title}), u.name, '', upper(u.name), 'UBND',
    '[]', '', '', '', '', '["loudspeaker","web_portal","social_media"]', '', ${CAMPAIGN.from}, ${CAMPAIGN.to}, '',
    ${JSON.stringify([
      { name: 'Đợt 1', from: '2026-01-05', to: '2026-02-15', peak: false },
      { name: 'Đợt 2', from: '2026-02-16', to: '2026-03-29', peak: true },
    ])}::jsonb,
    '[]', '', '[]', 'Lưu: VT.', '{"authority":"TM. ỦY BAN NHÂN DÂN","position":"CHỦ TỊCH","name":"Dữ liệu mẫu"}', (select id from users where username = 'admin'), 1, now(), now()`;

/** The statements that build the campaign, in order, each with a label for progress. */
export function nationalCampaignSql(s: CampaignShape): Array<[string, SQL]> {
  const villageRows = s.provinces * s.communesPerProvince * s.villagesPerCommune;
  return [
    // Units existed before the campaign: the report grid counts no week before a unit's creation.
    [
      'units',
      sql`
      with root as (insert into units (id, parent_id, path, depth, name, kind, search_text, created_at, updated_at)
        select id, null, '/' || id || '/', 0, 'Toàn quốc', 'nation', 'toan quoc', timestamptz '2025-01-01 00:00+07', now() from (select gen_random_uuid() id) r returning id, path),
      p as (select gen_random_uuid() id, g from generate_series(1, ${s.provinces}::int) g),
      ins_p as (insert into units (id, parent_id, path, depth, name, short_name, kind, code, search_text, created_at, updated_at)
        select p.id, root.id, root.path || p.id || '/', 1, 'Tỉnh ' || lpad(g::text, 2, '0'), 'Tỉnh ' || lpad(g::text, 2, '0'), 'province', 'T' || lpad(g::text, 2, '0'), 'tinh ' || lpad(g::text, 2, '0'), timestamptz '2025-01-01 00:00+07', now()
        from p, root returning id, path, code),
      c as (select gen_random_uuid() id, ins_p.id pid, ins_p.path ppath, ins_p.code pcode, g from ins_p, generate_series(1, ${s.communesPerProvince}::int) g),
      ins_c as (insert into units (id, parent_id, path, depth, name, kind, code, search_text, created_at, updated_at)
        select id, pid, ppath || id || '/', 2, 'Xã ' || lpad(g::text, 4, '0') || '/' || substr(pcode, 2), 'commune', pcode || '-X' || lpad(g::text, 4, '0'), 'xa ' || lpad(g::text, 4, '0') || '/' || substr(pcode, 2), timestamptz '2025-01-01 00:00+07', now()
        from c returning id, path),
      v as (select gen_random_uuid() id, ins_c.id pid, ins_c.path ppath, g from ins_c, generate_series(1, ${s.villagesPerCommune}::int) g)
      insert into units (id, parent_id, path, depth, name, kind, search_text, created_at, updated_at)
        select id, pid, ppath || id || '/', 3, 'Thôn ' || g, 'village', 'thon ' || g, timestamptz '2025-01-01 00:00+07', now() from v`,
    ],
    [
      'users',
      sql`
      insert into users (id, unit_id, username, display_name, role, password_hash, created_at, updated_at)
        select gen_random_uuid(), id, case kind when 'nation' then 'admin' else lower(replace(code, '-', '.')) end,
          'Cán bộ ' || name, case kind when 'nation' then 'admin' else 'officer' end, ${s.passwordHash}, now(), now()
        from units where kind in ('nation', 'province', 'commune')`,
    ],
    [
      'national plan',
      sql`${plan(sql`u.id`, sql`1`, sql`null`, 'Tuyên truyền cuộc bầu cử (dữ liệu mẫu quốc gia)')} from units u where u.kind = 'nation'`,
    ],
    [
      'province plans',
      sql`${plan(sql`u.id`, sql`2`, sql`(select id from plans where number = 1 limit 1)`, 'Tuyên truyền cuộc bầu cử trên địa bàn tỉnh (dữ liệu mẫu)')} from units u where u.kind = 'province'`,
    ],
    [
      'commune plans',
      sql`${plan(sql`u.id`, sql`3`, sql`(select pl.id from plans pl where pl.unit_id = u.parent_id)`, 'Tuyên truyền cuộc bầu cử trên địa bàn xã (dữ liệu mẫu)')} from units u where u.kind = 'commune'`,
    ],
    [
      'weekly tasks',
      sql`
      insert into tasks (id, plan_id, issuer_unit_id, assignee_unit_id, assignee_path, title, channel, kind, deadline, recurrence_count, recurrence_per, period_from, period_to, frequency_text, created_at)
        select gen_random_uuid(), pl.id, u.parent_id, u.id, u.path, 'Phát file ghi âm tuyên truyền trên hệ thống loa', 'loudspeaker', 'recurring', null, 1, 'week', ${CAMPAIGN.from}, ${CAMPAIGN.to}, 'tối thiểu 01 lần/tuần', now()
        from units u join plans pl on pl.unit_id = u.parent_id where u.kind = 'commune'`,
    ],
    [
      'one-off tasks',
      sql`
      insert into tasks (id, plan_id, issuer_unit_id, assignee_unit_id, assignee_path, title, channel, kind, deadline, period_from, period_to, created_at)
        select gen_random_uuid(), pl.id, u.parent_id, u.id, u.path, 'Xây dựng kế hoạch tuyên truyền của xã', null, 'once', '2026-01-12', ${CAMPAIGN.from}, ${CAMPAIGN.to}, now()
        from units u join plans pl on pl.unit_id = u.parent_id where u.kind = 'commune'`,
    ],
    [
      'province tasks',
      sql`
      insert into tasks (id, plan_id, issuer_unit_id, assignee_unit_id, assignee_path, title, channel, kind, deadline, recurrence_count, recurrence_per, period_from, period_to, frequency_text, created_at)
        select gen_random_uuid(), pl.id, u.parent_id, u.id, u.path, 'Đăng tin, bài về bầu cử trên cổng thông tin điện tử', 'web_portal', 'recurring', null, 3, 'week', ${CAMPAIGN.from}, ${CAMPAIGN.to}, 'tối thiểu 03 tin, bài/tuần', now()
        from units u join plans pl on pl.unit_id = u.parent_id where u.kind = 'province'`,
    ],
    [
      'task windows',
      sql`
      insert into task_periods (id, task_id, assignee_unit_id, assignee_path, kind, key, period_from, period_to, required)
        select gen_random_uuid(), t.id, t.assignee_unit_id, t.assignee_path, 'week', to_char(w, 'IYYY') || '-W' || to_char(w, 'IW'), w::date, (w + interval '6 day')::date, t.recurrence_count
        from tasks t, generate_series(${CAMPAIGN.from}::date, ${CAMPAIGN.to}::date, interval '7 day') w where t.kind = 'recurring'`,
    ],
    [
      'one-off windows',
      sql`
      insert into task_periods (id, task_id, assignee_unit_id, assignee_path, kind, key, period_from, period_to, required)
        select gen_random_uuid(), t.id, t.assignee_unit_id, t.assignee_path, 'once', 'once', t.period_from, t.deadline, 1 from tasks t where t.kind = 'once'`,
    ],
    [
      `activities (${(villageRows * s.activitiesPerVillage).toLocaleString('en')})`,
      sql`
      insert into activities (id, unit_id, unit_path, occurred_on, channel, category_code, quantity, measure_unit, title, source, created_at)
        select gen_random_uuid(), v.id, v.path,
          (${CAMPAIGN.from}::date + ((i * 83) / ${s.activitiesPerVillage}))::date,
          (array['loudspeaker','loudspeaker','web_portal','social_media','meeting','visual'])[1 + (i % 6)],
          (array['luot_phat','buoi_phat','tin_bai','tin_bai','hoi_nghi','bang_ron'])[1 + (i % 6)],
          1 + (i % 4), (array['lượt','buổi','tin/bài','tin/bài','buổi','chiếc'])[1 + (i % 6)], null, 'import', now()
        from units v, generate_series(1, ${s.activitiesPerVillage}::int) i
        -- One commune in seven falls silent in week 7, so compliance is not a flat 100%.
        where v.kind = 'village' and not (abs(hashtext(v.parent_id::text)) % 7 = 0 and (${CAMPAIGN.from}::date + ((i * 83) / ${s.activitiesPerVillage})) between '2026-02-16' and '2026-02-22')`,
    ],
    [
      'portal posts by provinces',
      sql`
      insert into activities (id, unit_id, unit_path, occurred_on, channel, category_code, quantity, measure_unit, title, source, created_at)
        select gen_random_uuid(), u.id, u.path, ${CAMPAIGN.from}::date + d, 'web_portal', 'tin_bai', 1, 'tin/bài', null, 'import', now()
        from units u, generate_series(0, 83, 2) d where u.kind = 'province'`,
    ],
    [
      'weekly reports',
      sql`
      insert into reports (id, unit_id, unit_path, kind, period_key, period_from, period_to, due_on, status, narrative, figures, submitted_at, submitted_on, version, created_at, updated_at)
        select gen_random_uuid(), u.id, u.path, 'weekly', to_char(w, 'IYYY') || '-W' || to_char(w, 'IW'), w::date, (w + interval '6 day')::date, (w + interval '7 day')::date,
          'submitted', '{"results":"Duy trì tuyên truyền theo kế hoạch (dữ liệu mẫu).","difficulties":"","proposals":""}', '[]',
          w + interval '7 day' + (abs(hashtext(u.id::text || w::text)) % 3) * interval '1 day', (w + interval '7 day' + (abs(hashtext(u.id::text || w::text)) % 3) * interval '1 day')::date, 1, now(), now()
        from units u, generate_series(${CAMPAIGN.from}::date, ${CAMPAIGN.to}::date, interval '7 day') w
        where u.kind in ('commune', 'province') and abs(hashtext(u.id::text || w::text)) % 10 <> 0`,
    ],
    ['statistics', sql`analyze`],
  ];
}
