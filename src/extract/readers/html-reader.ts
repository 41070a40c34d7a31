import { HTMLElement, TextNode, parse, type Node } from 'node-html-parser';

// Page chrome that never carries the article: menus, banners, footers, widgets.
const DROP_TAGS =
  'script, style, noscript, template, svg, nav, footer, aside, form, iframe, button, select';
const CHROME_CLASS =
  /(^|[\s_-])(menu|navbar|nav|breadcrumbs?|sidebar|footer|topbar|top-bar|banner|share|social|related|advert|ads|cookie|comments?|weather|counter|login|search)($|[\s_-])/i;
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'td',
  'th',
  'table',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dd',
  'dt',
  'figcaption',
  'time',
]);

/** Reads the article of a web page as plain text, one block per line. */
export function readHtml(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { pre: true } });
  for (const el of root.querySelectorAll(DROP_TAGS)) el.remove();
  for (const el of root.querySelectorAll('[class], [id], [role]')) {
    const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (el.getAttribute('role') === 'navigation' || CHROME_CLASS.test(marks)) el.remove();
  }
  const main = pickMain(root);
  const lines: string[] = [];
  const h1 = root.querySelector('h1');
  // The headline often sits above the article element; keep it as the first line.
  if (h1 && !main.querySelector('h1') && main !== root) lines.push(h1.text);
  const published = publishedDate(root);
  if (published) lines.push(`Ngày đăng: ${published}`);
  lines.push(blockText(main));
  return lines.join('\n');
}

function pickMain(root: HTMLElement): HTMLElement {
  const candidates = [
    ...root.querySelectorAll('article'),
    ...root.querySelectorAll('[itemprop=articleBody]'),
    ...root.querySelectorAll('main'),
  ];
  let best: HTMLElement | null = null;
  for (const c of candidates) if (!best || c.text.length > best.text.length) best = c;
  return best ?? root.querySelector('body') ?? root;
}

function publishedDate(root: HTMLElement): string | null {
  const meta =
    root.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    root.querySelector('time[datetime]')?.getAttribute('datetime');
  const m = meta?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : null;
}

function blockText(node: Node): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child instanceof TextNode) {
      out += child.text;
      continue;
    }
    if (!(child instanceof HTMLElement)) continue;
    const el = child;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (tag === 'br') out += '\n';
    else if (BLOCK_TAGS.has(tag)) out += `\n${tag === 'li' ? '- ' : ''}${blockText(el)}\n`;
    else out += blockText(el);
  }
  return out;
}
