import { escapeHtml } from './html';

const CSS = `*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1f2328;background:#f6f7f9;line-height:1.55;font-size:1rem}
a{color:#0b4f9c}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem}
header.site{background:#a3171b;color:#fff;padding:.75rem 1rem}
header.site a{color:#fff;text-decoration:none;font-weight:700;font-size:1.2rem}
header.site nav a{font-weight:400;font-size:.95rem;margin-right:1rem;text-decoration:underline}
main{max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:2px solid #e3e6ea;padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1rem 0 .25rem}
.notice{background:#fff4d6;border:1px solid #c99a2e;padding:.5rem .75rem;border-radius:4px}
.card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:.75rem 1rem;margin:.5rem 0}
.countdown{font-size:1.25rem;font-weight:700;color:#a3171b}
.muted{color:#59636e}
ol.crumbs{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.25rem;font-size:.9rem}
ol.crumbs li+li::before{content:"›";margin-right:.25rem;color:#59636e}
ul.links{padding-left:1.2rem}ul.links li{margin:.3rem 0}
form.search{display:flex;gap:.5rem;margin:.5rem 0 1rem}
form.search input{flex:1;min-width:0;padding:.55rem;border:1px solid #8c959f;border-radius:4px;font-size:1rem}
form.search button,.button{background:#a3171b;color:#fff;border:0;border-radius:4px;padding:.55rem 1rem;font-size:1rem;text-decoration:none;display:inline-block}
table{border-collapse:collapse;width:100%;font-size:.95rem;background:#fff}
th,td{border:1px solid #dde1e6;padding:.35rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.table-wrap{overflow-x:auto}
.candidate{display:flex;gap:.75rem}
.candidate img{width:72px;height:96px;object-fit:cover;border-radius:4px;background:#e3e6ea;flex:none}
.tag{display:inline-block;font-size:.8rem;padding:0 .4rem;border-radius:3px;background:#e7f3ec;color:#14532d;border:1px solid #8fc9a6}
summary{cursor:pointer;color:#0b4f9c;min-height:44px;display:flex;align-items:center;gap:.5rem;padding:.5rem .75rem;list-style:none}
summary::-webkit-details-marker{display:none}
summary::before{content:"▸";flex:none}details[open]>summary::before{content:"▾"}
summary:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
details.fold{background:#fff;border:1px solid #dde1e6;border-radius:6px;margin:.5rem 0}
details.fold>summary{font-weight:600}
details.fold[open]>summary{border-bottom:1px solid #dde1e6}
details.fold>:not(summary){margin-left:.75rem;margin-right:.75rem}
footer{max-width:46rem;margin:2rem auto;padding:0 1rem;font-size:.85rem;color:#59636e}
svg text{font-family:inherit}`;

export interface PageOptions {
  title: string;
  body: string;
  /** Built on sample data: a visible notice says so. */
  sample: boolean;
  description?: string;
  jsonLd?: unknown;
}

/** Escapes JSON for an inline `application/ld+json` block, so no `</script>` can close it early. */
const inlineJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

export const SAMPLE_NOTICE =
  '<p class="notice" role="note"><strong>Dữ liệu mẫu:</strong> trang này dùng dữ liệu mẫu để trình diễn; số liệu, tên người và địa chỉ không phải thông tin chính thức.</p>';

/** The one page shell of the portal: semantic, no script, styles inline (one request per page). */
export function renderPage(o: PageOptions): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)} — Loa</title>
${o.description ? `<meta name="description" content="${escapeHtml(o.description)}">` : ''}
<style>${CSS}</style>
${o.jsonLd ? `<script type="application/ld+json">${inlineJson(o.jsonLd)}</script>` : ''}
</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua đến nội dung chính</a>
<header class="site"><a href="/">Loa — Thông tin bầu cử</a>
<nav aria-label="Liên kết chính"><a href="/tim-kiem">Tìm địa phương</a><a href="/lich-su-bau-cu">Lịch sử bầu cử Quốc hội</a></nav></header>
<main id="noi-dung">
${o.sample ? SAMPLE_NOTICE : ''}
${o.body}
</main>
<footer><p>Loa — nền tảng thông tin bầu cử. Cán bộ: <a href="/app/">đăng nhập hệ thống quản lý</a>.</p></footer>
</body>
</html>`;
}

/** The search form every page can carry. */
export const searchForm = (q = ''): string =>
  `<form class="search" action="/tim-kiem" method="get" role="search">
<label class="skip" for="q">Tên tỉnh, xã, phường, thôn, khu phố</label>
<input id="q" name="q" type="search" value="${escapeHtml(q)}" placeholder="Ví dụ: ka long, cam binh" autocomplete="off">
<button type="submit">Tìm</button></form>`;

/** A breadcrumb of places. */
export const crumbs = (trail: Array<{ id: string; name: string }>): string =>
  `<nav aria-label="Vị trí"><ol class="crumbs"><li><a href="/">Trang chủ</a></li>${trail
    .map((u) => `<li><a href="/dia-phuong/${escapeHtml(u.id)}">${escapeHtml(u.name)}</a></li>`)
    .join('')}</ol></nav>`;

/** Paragraphs of plain text (blank lines separate them), escaped. */
export const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
