import { formatDateVi } from '../domain/shared/dates';
import { escapeHtml } from './html';
import { renderPage } from './layout';
import { NA_HISTORY, type NaElection } from './na-history';

const NOTES: Record<string, string> = {
  '333 elected and 70 seated without election':
    '333 đại biểu được bầu và 70 đại biểu không qua bầu cử',
  '362 elected and 91 Southern deputies carried over':
    '362 đại biểu được bầu và 91 đại biểu miền Nam được lưu nhiệm',
  '455 with 89 carried over': '455 đại biểu, trong đó 89 đại biểu lưu nhiệm',
  '4 seats unfilled': '4 ghế chưa bầu đủ',
  '500 elected, one not confirmed': '500 người trúng cử, 1 người không được xác nhận tư cách',
  'preliminary turnout': 'tỷ lệ cử tri đi bầu sơ bộ',
};

/** Turnout of each term as an SVG bar chart, drawn on the server; the table beside it carries the same figures. */
export function turnoutChart(rows: NaElection[]): string {
  const w = 640;
  const h = 260;
  const left = 40;
  const bottom = 30;
  const min = 85;
  const bar = (w - left - 10) / rows.length;
  const y = (p: number) => 10 + (h - bottom - 10) * (1 - (p - min) / (100 - min));
  const grid = [85, 90, 95, 100]
    .map(
      (p) =>
        `<line x1="${left}" x2="${w - 5}" y1="${y(p)}" y2="${y(p)}" stroke="#dde1e6"/><text x="${left - 6}" y="${y(p) + 4}" font-size="11" text-anchor="end">${p}%</text>`,
    )
    .join('');
  const bars = rows
    .map((r, i) => {
      const x = left + i * bar + 3;
      return `<rect x="${x.toFixed(1)}" y="${y(r.turnoutPercent).toFixed(1)}" width="${(bar - 6).toFixed(1)}" height="${(h - bottom - y(r.turnoutPercent)).toFixed(1)}" fill="#a3171b"><title>Khóa ${r.term}: ${r.turnoutPercent}%</title></rect><text x="${(x + (bar - 6) / 2).toFixed(1)}" y="${h - bottom + 14}" font-size="10" text-anchor="middle">${r.term}</text>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">Tỷ lệ cử tri đi bầu các khóa Quốc hội, từ khóa I đến khóa XVI (trục dọc từ 85%)</title>${grid}${bars}</svg>`;
}

/** National Assembly elections from term I to XVI: a chart, and the table folded under it. */
export function renderHistoryPage(): string {
  const rows = NA_HISTORY.map(
    (r) =>
      `<tr><th scope="row">${r.term}</th><td>${formatDateVi(r.date)}</td><td class="n">${r.deputies}</td><td class="n">${r.turnoutPercent.toLocaleString('vi-VN')}%</td><td class="n">${r.votersListed?.toLocaleString('vi-VN') ?? '—'}</td><td class="n">${r.votersVoted?.toLocaleString('vi-VN') ?? '—'}</td><td>${escapeHtml(NOTES[r.note] ?? r.note)}</td></tr>`,
  ).join('');
  const body = `<h1>Các cuộc bầu cử Quốc hội, khóa I đến khóa XVI</h1>
<figure>${turnoutChart(NA_HISTORY)}<figcaption class="muted">Tỷ lệ cử tri đi bầu (%) theo khóa.</figcaption></figure>
<details class="fold" id="bang"><summary>Bảng số liệu ${NA_HISTORY.length} khóa: ngày bầu, số đại biểu, cử tri</summary>
<div class="table-wrap" tabindex="0" role="region" aria-label="Bảng các khóa Quốc hội"><table><caption>Ngày bầu cử, số đại biểu và tỷ lệ cử tri đi bầu</caption>
<thead><tr><th scope="col">Khóa</th><th scope="col">Ngày bầu cử</th><th scope="col" class="n">Số đại biểu</th><th scope="col" class="n">Tỷ lệ đi bầu</th><th scope="col" class="n">Cử tri trong danh sách</th><th scope="col" class="n">Cử tri đã bỏ phiếu</th><th scope="col">Ghi chú</th></tr></thead>
<tbody>${rows}</tbody></table></div></details>`;
  return renderPage({
    title: 'Lịch sử bầu cử Quốc hội',
    body,
    sample: false,
    description: 'Các cuộc bầu cử Quốc hội Việt Nam từ khóa I (1946) đến khóa XVI (2026).',
  });
}
