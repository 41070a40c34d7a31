import type { NewsItem } from '../domain/content/content.port';
import { civilDate, formatDateVi } from '../domain/shared/dates';
import { opensWith } from '../domain/shared/phrases';
import { escapeHtml } from './html';

/** The portal's address of one article. */
export const newsUrl = (id: string): string => `/tin-tuc/${encodeURIComponent(id)}`;

const CORRECTION_TAG = '<span class="tag">Đính chính</span> ';

/**
 * A list of news and corrections for any portal page (use with `publishedNews`): title link,
 * date, unit and summary, every value escaped; an empty list says so.
 */
export function renderNewsList(
  items: NewsItem[],
  opts: { heading?: string; headingLevel?: 2 | 3; empty?: string } = {},
): string {
  const h = opts.headingLevel ?? 2;
  const heading = opts.heading ?? 'Tin tức và đính chính';
  if (items.length === 0)
    return `<section class="news"><h${h}>${escapeHtml(heading)}</h${h}><p class="muted">${escapeHtml(opts.empty ?? 'Chưa có tin, bài nào.')}</p></section>`;
  const li = items
    .map(
      (
        n,
      ) => `<li>${n.claimId && !opensWith(n.title, 'Đính chính') ? CORRECTION_TAG : ''}<a href="${newsUrl(n.id)}">${escapeHtml(n.title)}</a>
<br><span class="muted">${formatDateVi(civilDate(n.publishedAt))} · ${escapeHtml(n.unitName)}</span>${n.summary ? `<br>${escapeHtml(n.summary)}` : ''}</li>`,
    )
    .join('\n');
  return `<section class="news"><h${h}>${escapeHtml(heading)}</h${h}><ul class="links">\n${li}\n</ul></section>`;
}

/** An article's body: paragraphs at blank lines, line breaks kept, all text escaped. */
export function renderArticleBody(body: string): string {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
