import { formatDateVi } from '../../domain/shared/dates';
import { weekLabel } from '../../domain/shared/week-label';
import { escapeHtml as e } from '../../portal/html';
import type { DashboardView } from './dashboard-view';
import { FIRST_VIEW_CSS } from './first-view-css';
import { complianceWeekSvg } from './week-chart';

const num = new Intl.NumberFormat('vi-VN');
const pct = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** The workspace's sections a first view links to: plain links, each opening the SPA there. */
const NAV: ReadonlyArray<[string, string]> = [
  ['/app/today', 'Việc cần làm'],
  ['/app/dashboard', 'Tổng quan'],
  ['/app/obligations', 'Theo dõi nhiệm vụ'],
  ['/app/activities', 'Hoạt động'],
  ['/app/reports', 'Báo cáo'],
];

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

function kpiCard(testId: string, title: string, value: string, note?: string): string {
  return `<div class="kpi"><div class="kpi-title">${e(title)}</div><div class="kpi-value" data-testid="${testId}">${e(value)}</div>${note ? `<div class="muted small">${e(note)}</div>` : ''}</div>`;
}

function kpis(v: DashboardView): string {
  const k = v.kpi;
  return `<section class="kpis" data-testid="kpi-cards" aria-label="Số liệu chính">${[
    kpiCard(
      'kpi-rate',
      'Tỷ lệ hoàn thành nhiệm vụ',
      k.rate === null ? '—' : `${pct.format(k.rate)}%`,
      k.rate === null ? 'Chưa có nhiệm vụ đến hạn' : undefined,
    ),
    kpiCard(
      'kpi-met',
      'Lượt nhiệm vụ đạt / đến hạn',
      `${num.format(k.met)} / ${num.format(k.due)}`,
    ),
    kpiCard('kpi-acts', 'Hoạt động đã ghi nhận', num.format(k.activities)),
    kpiCard('kpi-late', 'Báo cáo tuần trễ hoặc chưa nộp', num.format(k.lateReports)),
  ].join('')}</section>`;
}

function weekChart(v: DashboardView): string {
  const title = 'Hoàn thành nhiệm vụ theo tuần';
  const help =
    'Mỗi nhiệm vụ định kỳ được tính theo từng tuần (hoặc tháng); nhiệm vụ một lần tính vào tuần có hạn chót.';
  if (v.weeks.length === 0)
    return `<section class="card" data-testid="chart-compliance-week"><h2>${title}</h2><p class="empty">Chưa có nhiệm vụ nào đến hạn trong 12 tuần gần nhất. Để xem khoảng thời gian khác, bấm “Mở bảng điều khiển đầy đủ”; nhiệm vụ được giao trong kế hoạch (mục <a href="/app/plans">Kế hoạch</a>).</p></section>`;
  // Drawn twice, for a wide screen and for a phone, so the axes stay legible on both; the
  // page's styles show one (the server cannot know the screen).
  const words = { due: 'Đến hạn', met: 'Đạt', rate: 'Tỷ lệ đạt (%)' };
  const svg =
    `<div class="wide">${complianceWeekSvg(v.weeks, words, { width: 640, height: 280 })}</div>` +
    `<div class="narrow">${complianceWeekSvg(v.weeks, words, { width: 340, height: 260 })}</div>`;
  const rows = v.weeks
    .map(
      (w) =>
        `<tr><td>${e(weekLabel(w.week))}</td><td class="n">${num.format(w.due)}</td><td class="n">${num.format(w.met)}</td><td class="n">${w.rate === null ? '—' : pct.format(w.rate)}</td></tr>`,
    )
    .join('');
  return `<section class="card" data-testid="chart-compliance-week"><h2>${title}</h2><p class="muted small">${help}</p><figure role="img" aria-label="${e(`${title}: số lượt đến hạn, đạt và tỷ lệ đạt mỗi tuần; số liệu ở bảng ngay dưới`)}">${svg}</figure><details><summary>Xem số liệu dạng bảng</summary><div class="table-wrap"><table><thead><tr><th>Tuần</th><th class="n">Đến hạn</th><th class="n">Đạt</th><th class="n">Tỷ lệ đạt (%)</th></tr></thead><tbody>${rows}</tbody></table></div></details></section>`;
}

function lateReports(v: DashboardView): string {
  const grid = '/app/reports?tab=grid';
  const items = v.late
    .map(
      (r) =>
        `<li><span class="grow">${e(r.unitName)}</span> <span class="muted">${e(weekLabel(r.week))}${r.dueOn ? ` · hạn ${e(formatDateVi(r.dueOn))}` : ''}</span> <span class="tag ${r.state}">${r.state === 'late' ? 'Trễ hạn' : 'Chưa nộp'}</span></li>`,
    )
    .join('');
  const more =
    v.kpi.lateReports > v.late.length
      ? `<p class="muted small">Và ${num.format(v.kpi.lateReports - v.late.length)} báo cáo khác trong bảng theo dõi.</p>`
      : '';
  return `<section class="card" data-testid="late-reports"><h2>Báo cáo tuần trễ hạn, chưa nộp</h2>${
    items
      ? `<ul class="rows">${items}</ul>${more}`
      : '<p class="empty">Không có báo cáo trễ hạn hoặc chưa nộp trong khoảng thời gian này.</p>'
  }<p><a href="${e(grid)}">Xem bảng theo dõi</a></p></section>`;
}

function upcomingDeadlines(v: DashboardView): string {
  const items = v.upcoming
    .map(
      (o) =>
        `<li><span class="grow">${e(o.taskTitle)} <span class="muted">· ${e(o.assigneeName)}</span></span> <span class="muted">hạn ${e(formatDateVi(o.to))}</span></li>`,
    )
    .join('');
  return `<section class="card" data-testid="upcoming"><h2>Hạn sắp tới</h2>${
    items
      ? `<ul class="rows">${items}</ul>`
      : '<p class="empty">Không có nhiệm vụ nào đến hạn trong 4 tuần tới.</p>'
  }</section>`;
}

function children(v: DashboardView): string {
  if (v.children.length === 0) return '';
  const rows = v.children
    .map((c) => {
      // The unit's own row ("(trực tiếp)") opens its task windows, as in the SPA's chart. No
      // period in the link: like the SPA's default view, it names none, so the menu carries none
      // to the lists (which show everything when the address names no period).
      const page = c.unitId === v.unitId ? '/app/obligations' : '/app/dashboard';
      const href = `${page}?${query({ unit: c.unitId })}`;
      return `<tr><td><a href="${e(href)}">${e(c.unitName)}</a></td><td class="n">${num.format(c.met)} / ${num.format(c.due)}</td><td class="n">${c.rate === null ? '—' : `${pct.format(c.rate)}%`}</td><td class="n">${num.format(c.overdue)}</td></tr>`;
    })
    .join('');
  return `<section class="card" data-testid="children"><h2>Đơn vị trực thuộc: nhiệm vụ theo kỳ</h2><p class="muted small">Đơn vị tỷ lệ thấp nhất ở trên cùng. Bấm tên một đơn vị để xem chi tiết của đơn vị đó.</p><div class="table-wrap"><table><thead><tr><th>Đơn vị</th><th class="n">Đạt / đến hạn</th><th class="n">Tỷ lệ</th><th class="n">Quá hạn chưa đạt</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

/**
 * The dashboard's first view: the headline figures, the week chart and what is late or due,
 * as one self-contained page with no script, so it can be read as soon as it arrives.
 */
export function dashboardHtml(v: DashboardView): string {
  // `full` is no view parameter: the SPA's dashboard opens on its default period, the same 12
  // weeks, and names none in the address.
  const full = '/app/dashboard?full=1';
  const nav = NAV.map(
    ([href, label]) =>
      `<a href="${href}"${href === '/app/dashboard' ? ' aria-current="page"' : ''}>${label}</a>`,
  ).join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="theme-color" content="#b3261e"><title>Tổng quan — Loa</title><style>${FIRST_VIEW_CSS}</style></head>
<body><a class="skip" href="#main">Bỏ qua menu</a><header class="bar"><a class="brand" href="/app/today">Loa</a><span class="who">${e(v.displayName)} · ${e(v.unitName)}</span><nav aria-label="Menu chính">${nav}</nav></header>
<main id="main"><div class="head"><h1>Tổng quan</h1><a class="button" data-testid="open-full" href="${e(full)}">Mở bảng điều khiển đầy đủ</a></div>
<p class="muted">${e(v.unitName)} · từ ${e(formatDateVi(v.range.from))} đến ${e(formatDateVi(v.range.to))} (12 tuần gần nhất)</p>
<p class="note">Bản xem nhanh, mở được ngay cả trên máy chậm. Để đổi khoảng thời gian, xem biểu đồ hoạt động hoặc tải số liệu, bấm “Mở bảng điều khiển đầy đủ”.</p>
${kpis(v)}<div class="cols">${weekChart(v)}<div>${lateReports(v)}${upcomingDeadlines(v)}</div></div>${children(v)}</main></body></html>`;
}
