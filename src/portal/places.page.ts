import type { Election } from '../domain/elections/election';
import { daysBetween } from '../domain/shared/calendar';
import { formatDateVi } from '../domain/shared/dates';
import { escapeHtml } from './html';
import { crumbs, renderPage, searchForm } from './layout';
import type { Place } from './place-index';

const e = escapeHtml;
const KIND: Record<string, string> = {
  province: 'tỉnh, thành phố',
  district: 'huyện, thành phố',
  commune: 'xã, phường',
  village: 'thôn, khu phố',
};

const electionItem = (el: Election, placeId: string, today: string): string => {
  const left = daysBetween(today, el.electionDay);
  const when = left > 0 ? `còn ${left} ngày` : left === 0 ? 'hôm nay' : 'đã diễn ra';
  return `<li><a href="/bau-cu/${e(el.slug)}/${e(placeId)}">${e(el.name)}</a> — <time datetime="${el.electionDay}">${formatDateVi(el.electionDay)}</time> (${when})${el.sample ? ' <span class="muted">[dữ liệu mẫu]</span>' : ''}</li>`;
};

/** The home page: current and upcoming elections, search, and the provinces to pick from. */
export function renderHomePage(o: {
  elections: Election[];
  provinces: Place[];
  today: string;
  demo: boolean;
}): string {
  const current = o.elections.filter((el) => daysBetween(o.today, el.electionDay) >= -30);
  const past = o.elections.filter((el) => daysBetween(o.today, el.electionDay) < -30).slice(0, 5);
  const list = (items: Election[]) =>
    `<ul class="links">${items.map((el) => electionItem(el, el.unitId, o.today)).join('')}</ul>`;
  const body = `<h1>Thông tin bầu cử cho cử tri</h1>
<p>Chọn nơi bạn cư trú để xem ngày bầu cử, nơi bỏ phiếu, người ứng cử và kết quả.</p>
${searchForm()}
<section aria-labelledby="sap-toi"><h2 id="sap-toi">Cuộc bầu cử đang và sắp diễn ra</h2>${current.length ? list(current) : '<p class="muted">Hiện chưa có cuộc bầu cử nào sắp diễn ra.</p>'}</section>
${past.length ? `<section aria-labelledby="da-qua"><h2 id="da-qua">Cuộc bầu cử đã diễn ra</h2>${list(past)}</section>` : ''}
<section aria-labelledby="tinh"><h2 id="tinh">Chọn tỉnh, thành phố</h2><ul class="links">${o.provinces.map((p) => `<li><a href="/dia-phuong/${e(p.id)}">${e(p.name)}</a></li>`).join('')}</ul></section>
<p><a href="/lich-su-bau-cu">Lịch sử các cuộc bầu cử Quốc hội</a></p>`;
  return renderPage({
    title: 'Thông tin bầu cử',
    body,
    sample: o.demo || o.elections.some((el) => el.sample),
    description:
      'Ngày bầu cử, nơi bỏ phiếu, người ứng cử và kết quả bầu cử tại địa phương của bạn.',
  });
}

/** A place: where it sits, the elections that concern it, and the places below it to pick. */
export function renderPlacePage(o: {
  trail: Place[];
  children: Place[];
  elections: Election[];
  today: string;
}): string {
  const place = o.trail[o.trail.length - 1];
  if (!place) return '';
  const kind = o.children[0] ? (KIND[o.children[0].kind] ?? 'địa phương') : '';
  const body = `${crumbs(o.trail)}<h1>${e(place.name)}</h1>
<section aria-labelledby="bau-cu"><h2 id="bau-cu">Các cuộc bầu cử</h2>${
    o.elections.length
      ? `<ul class="links">${o.elections.map((el) => electionItem(el, place.id, o.today)).join('')}</ul>`
      : '<p class="muted">Chưa có cuộc bầu cử nào tại địa phương này.</p>'
  }</section>
${o.children.length ? `<section aria-labelledby="chon"><h2 id="chon">Chọn ${kind}</h2><ul class="links">${o.children.map((c) => `<li><a href="/dia-phuong/${e(c.id)}">${e(c.name)}</a></li>`).join('')}</ul></section>` : ''}
${searchForm()}`;
  return renderPage({ title: place.name, body, sample: o.elections.some((el) => el.sample) });
}

/** Search results: places whose name matches, each with where it sits. */
export function renderSearchPage(o: {
  q: string;
  hits: Array<{ place: Place; trail: Place[] }>;
  sample: boolean;
}): string {
  const results = o.q.trim()
    ? o.hits.length
      ? `<p>${o.hits.length} kết quả cho “${e(o.q)}”:</p><ul class="links">${o.hits
          .map(
            ({ place, trail }) =>
              `<li><a href="/dia-phuong/${e(place.id)}">${e(place.name)}</a> <span class="muted">${e(
                trail
                  .slice(1, -1)
                  .map((t) => t.name)
                  .reverse()
                  .join(', '),
              )}</span></li>`,
          )
          .join('')}</ul>`
      : `<p>Không tìm thấy địa phương nào khớp với “${e(o.q)}”. Hãy thử tên ngắn hơn, có thể gõ không dấu.</p>`
    : '<p>Gõ tên tỉnh, xã, phường, thôn hoặc khu phố; có thể gõ không dấu.</p>';
  return renderPage({
    title: o.q ? `Tìm “${o.q}”` : 'Tìm địa phương',
    body: `<h1>Tìm địa phương</h1>${searchForm(o.q)}${results}`,
    sample: o.sample,
  });
}

/** The friendly 404: what was not found, and a search to find it. */
export function renderNotFoundPage(what: string): string {
  return renderPage({
    title: 'Không tìm thấy trang',
    body: `<h1>Không tìm thấy ${e(what)}</h1><p>Địa chỉ này không có hoặc đã thay đổi. Hãy tìm địa phương của bạn:</p>${searchForm()}<p><a href="/">Về trang chủ</a></p>`,
    sample: false,
  });
}
