import { daysBetween, weekday } from '../domain/shared/calendar';
import type { Candidate, District } from '../domain/elections/elections.port';
import type { DistrictResult } from '../domain/elections/manage-results';
import { ELECTION_DAY } from '../domain/elections/milestone-templates';
import { formatDateVi } from '../domain/shared/dates';
import type { DistrictView, ElectionPageData, NewsItem } from './election-data';
import { escapeHtml } from './html';
import { opensWith } from '../domain/shared/phrases';
import { crumbs, paragraphs, renderPage, searchForm } from './layout';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const e = escapeHtml;
// One formatter each: `toLocaleString` builds a new one per call, which a results table of
// every polling area paid per figure (most of a page's render time).
const NUM = new Intl.NumberFormat('vi-VN');
const PCT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const num = (n: number): string => NUM.format(n);
const pct = (n: number): string => `${PCT.format(n * 100)}%`;

function countdown(day: string, today: string): string {
  const left = daysBetween(today, day);
  if (left > 0) return `<p class="countdown">Còn ${left} ngày nữa đến ngày bầu cử</p>`;
  if (left === 0) return '<p class="countdown">Hôm nay là ngày bầu cử</p>';
  return '<p class="muted">Cuộc bầu cử đã diễn ra.</p>';
}

/**
 * A long secondary part of a page, folded under a one-line summary: native, so it opens without
 * script, from the keyboard, and on find-in-page; the content stays in the HTML.
 */
const fold = (summary: string, content: string, id?: string): string =>
  `<details class="fold"${id ? ` id="${e(id)}"` : ''}><summary>${summary}</summary>${content}</details>`;

type Milestone = ElectionPageData['milestones'][number];
const stepItem = (m: Milestone): string =>
  `<li><time datetime="${m.dueOn}">${formatDateVi(m.dueOn)}</time>${m.time ? ` (${e(m.time)})` : ''}: ${e(m.title)}${m.citation ? ` <span class="muted">(căn cứ: ${e(m.citation)})</span>` : ''}</li>`;

/** The next step stays in view; the ones after it are folded. */
function stepsAhead(d: ElectionPageData, today: string): string {
  const [next, ...later] = d.milestones.filter((m) => m.dueOn >= today);
  if (!next) return '<p class="muted">Các bước của cuộc bầu cử đã hoàn thành.</p>';
  const first = `<ol>${stepItem(next)}</ol>`;
  if (later.length === 0) return first;
  return (
    first +
    fold(`${later.length} bước tiếp theo`, `<ol start="2">${later.map(stepItem).join('')}</ol>`)
  );
}

function whereToVote(d: ElectionPageData): string {
  if (d.areas.length === 0)
    return d.place.kind === 'village' || d.place.kind === 'commune'
      ? '<p class="muted">Chưa có thông tin khu vực bỏ phiếu cho địa phương này.</p>'
      : '<p class="muted">Chọn xã, phường rồi thôn, khu phố của bạn để xem nơi bỏ phiếu.</p>';
  return d.areas
    .map(
      (a) =>
        `<div class="card"><h3>${e(a.name)}</h3><p>Địa chỉ: ${e(a.address)}</p>${
          a.villages.length
            ? `<p>Dành cho cử tri: ${e(a.villages.map((v) => v.name).join(', '))}</p>`
            : ''
        }<p class="muted">Số cử tri: ${num(a.voterCount)}</p></div>`,
    )
    .join('');
}

function candidateCard(c: Candidate, elected: boolean): string {
  const facts = [
    c.birthYear ? `Năm sinh: ${c.birthYear}` : null,
    c.gender ? `Giới tính: ${c.gender === 'male' ? 'Nam' : 'Nữ'}` : null,
    c.occupation ? `Nghề nghiệp, chức vụ: ${e(c.occupation)}` : null,
    c.workplace ? `Nơi công tác: ${e(c.workplace)}` : null,
  ].filter(Boolean);
  const photo = c.hasPhoto
    ? `<img src="/anh/${e(c.id)}" alt="Ảnh ${e(c.fullName)}" width="72" height="96" loading="lazy">`
    : '';
  return `<article class="card candidate">${photo}<div><h4>${e(c.fullName)}${elected ? ' <span class="tag">Trúng cử</span>' : ''}</h4>
<p>${facts.join('<br>')}</p>${c.biography ? `<p>${e(c.biography)}</p>` : ''}${
    // programmeHtml is sanitised where the district's candidates are loaded (election-data.ts).
    c.programmeHtml
      ? `<details><summary>Chương trình hành động</summary>${c.programmeHtml}</details>`
      : ''
  }</div></article>`;
}

function candidatesOf(v: DistrictView, listDue: string | null): string {
  const head = `<h3>${e(v.district.name)} <span class="muted">(bầu ${v.district.seats} người)</span></h3>`;
  if (v.candidates === null)
    return `${head}<p class="muted">Danh sách chính thức người ứng cử chưa được công bố${listDue ? ` (dự kiến ${formatDateVi(listDue)})` : ''}.</p>`;
  if (v.candidates.length === 0) return `${head}<p class="muted">Chưa có người ứng cử.</p>`;
  const elected = new Set(v.result?.outcome?.elected ?? []);
  const count = v.candidates.length;
  return `${head}<p>${e(v.candidates.map((c) => c.fullName).join(', '))}</p>${fold(
    `Tiểu sử và chương trình hành động của ${count} người ứng cử`,
    v.candidates.map((c) => candidateCard(c, elected.has(c.id))).join(''),
  )}`;
}

function resultOf(district: District, r: DistrictResult, names: Map<string, string>): string {
  const t = r.total;
  if (!t || !r.outcome) return '';
  const rows = Object.entries(t.votes)
    .sort((a, b) => b[1] - a[1])
    .map(
      ([id, n]) =>
        `<tr><td>${e(names.get(id) ?? '')}${r.outcome?.elected.includes(id) ? ' <span class="tag">Trúng cử</span>' : ''}</td><td class="n">${num(n)}</td><td class="n">${pct(t.valid ? n / t.valid : 0)}</td></tr>`,
    )
    .join('');
  return `<h3>${e(district.name)}</h3>
<p>Cử tri trong danh sách: ${num(t.votersListed)} · Đã bỏ phiếu: ${num(t.ballotsIssued)} (<strong>${pct(r.outcome.turnout)}</strong>) · Phiếu hợp lệ: ${num(t.valid)} · Không hợp lệ: ${num(t.invalid)}</p>
<p>${e(r.outcome.explanation)}</p>
${fold(
  `Số phiếu của từng người ứng cử (${Object.keys(t.votes).length} người)`,
  `<div class="table-wrap" tabindex="0" role="region" aria-label="Số phiếu ${e(district.name)}"><table><caption class="skip">Số phiếu bầu ${e(district.name)}</caption><thead><tr><th scope="col">Người ứng cử</th><th scope="col" class="n">Số phiếu</th><th scope="col" class="n">Tỷ lệ / phiếu hợp lệ</th></tr></thead><tbody>${rows}</tbody></table></div>`,
)}`;
}

function newsSection(items: NewsItem[]): string {
  if (items.length === 0)
    return '<p class="muted">Chưa có tin tức hoặc thông tin đính chính nào được đăng cho địa phương này.</p>';
  const corrections = items.filter((n) => n.correction).length;
  const list = `<ul class="links">${items
    .map(
      (n) =>
        `<li>${n.correction && !opensWith(n.title, 'Đính chính') ? '<strong>Đính chính:</strong> ' : ''}<a href="${e(n.url)}">${e(n.title)}</a> <span class="muted">— ${e(n.unitName)}, ${formatDateVi(n.publishedOn)}</span></li>`,
    )
    .join('')}</ul>`;
  return fold(
    `${items.length} tin, bài${corrections ? `, trong đó ${corrections} đính chính` : ''}`,
    list,
  );
}

function jsonLd(d: ElectionPageData, scopeName: string): unknown {
  const area = d.areas[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: d.election.name,
    startDate: `${d.election.electionDay}T07:00:00+07:00`,
    endDate: `${d.election.electionDay}T19:00:00+07:00`,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: area?.name ?? d.place.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: area?.address ?? d.place.name,
        addressCountry: 'VN',
      },
    },
    organizer: { '@type': 'GovernmentOrganization', name: scopeName },
    description: `Nhiệm kỳ ${d.election.term}`,
  };
}

/**
 * The election page of a place. In view without opening anything: day and countdown, the next
 * step, where to vote, results once published, candidates' names. Folded: later steps, candidates'
 * biographies and programmes, vote tables, voter information, news and corrections.
 */
export function renderElectionPage(d: ElectionPageData, today: string): string {
  const { election } = d;
  const day = d.milestones.find((m) => m.code === ELECTION_DAY);
  const listDue = d.milestones.find((m) => m.code === 'candidate_list')?.dueOn ?? null;
  const names = new Map(
    d.districts.flatMap((v) => (v.candidates ?? []).map((c) => [c.id, c.fullName] as const)),
  );
  const published = d.districts.filter((v) => v.result);
  // Results come right after the polling place once published; before that, a line at the end.
  const results = `<section aria-labelledby="ket-qua"><h2 id="ket-qua">Kết quả bầu cử</h2>${
    published.length
      ? published.map((v) => (v.result ? resultOf(v.district, v.result, names) : '')).join('')
      : '<p class="muted">Kết quả sẽ được đăng tại đây sau khi được công bố chính thức.</p>'
  }</section>`;
  const scope = d.trail.find((p) => p.path === election.unitPath)?.name ?? d.trail[0]?.name ?? '';
  const body = `${crumbs(d.trail)}
<h1>${e(election.name)}<br><span class="muted">${e(d.place.name)}</span></h1>
<section aria-labelledby="ngay"><h2 id="ngay">Ngày bầu cử</h2>
<p><strong>${WEEKDAYS[weekday(election.electionDay)] ?? ''}, <time datetime="${election.electionDay}">${formatDateVi(election.electionDay)}</time></strong>${day?.time ? `, ${e(day.time)}` : ''} · Nhiệm kỳ ${e(election.term)}</p>
${countdown(election.electionDay, today)}</section>
<section aria-labelledby="buoc"><h2 id="buoc">Các bước sắp tới</h2>${stepsAhead(d, today)}</section>
<section aria-labelledby="noi-bau"><h2 id="noi-bau">Nơi bỏ phiếu</h2>${whereToVote(d)}</section>
${published.length ? results : ''}
<section aria-labelledby="ung-cu"><h2 id="ung-cu">Người ứng cử</h2>${
    d.districts.length
      ? d.districts.map((v) => candidatesOf(v, listDue)).join('')
      : '<p class="muted">Chưa có thông tin đơn vị bầu cử cho địa phương này.</p>'
  }</section>
${
  d.voterInfo.length
    ? `<section aria-labelledby="cu-tri"><h2 id="cu-tri">Thông tin cho cử tri</h2>${d.voterInfo.map((t) => fold(e(t.title), paragraphs(t.body), `vi-${t.key}`)).join('')}</section>`
    : ''
}
<section aria-labelledby="tin"><h2 id="tin">Tin tức và đính chính</h2>${newsSection(d.news)}</section>
${published.length ? '' : results}
<h2>Tìm địa phương khác</h2>${searchForm()}`;
  return renderPage({
    title: `${election.name} — ${d.place.name}`,
    description: `${election.name}: ngày bầu cử ${formatDateVi(election.electionDay)}, nơi bỏ phiếu, người ứng cử và kết quả tại ${d.place.name}.`,
    body,
    sample: election.sample,
    jsonLd: jsonLd(d, scope),
  });
}
