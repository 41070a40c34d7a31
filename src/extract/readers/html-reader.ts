import type { AnyNode, Element, ParentNode } from 'domhandler';
import { DomHandler, DomUtils, Parser } from 'htmlparser2';
import { ExtractError, MESSAGES } from '../errors';

// Page chrome that never carries the article: menus, banners, footers, widgets.
const DROP_TAGS = new Set(
  'script style noscript template svg nav footer aside form iframe button select'.split(' '),
);
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

/**
 * Reads the article of a web page as plain text, one block per line. htmlparser2 builds the tree
 * in one pass, and every walk below is a loop over an explicit stack, so neither the size nor the
 * nesting depth of the page can make this slower than linear or overflow the call stack.
 */
export function readHtml(html: string): string {
  const page = scan(parseHtml(html));
  const main = pickMain(page);
  const lines: string[] = [];
  const h1 = page.firstH1;
  // The headline often sits above the article element; keep it as the first line.
  if (h1 && main !== page.root && !hasH1Inside(main)) lines.push(textOf(h1));
  const published = publishedDate(page);
  if (published) lines.push(`Ngày đăng: ${published}`);
  lines.push(blockText(main));
  return lines.join('\n');
}

/** Deeper than any real page; htmlparser2 pays for each open tag in proportion to the depth. */
export const MAX_HTML_DEPTH = 1000;

/** A DOM builder that refuses pages nested deeper than MAX_HTML_DEPTH (too_complex). */
class BoundedDomHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.tagStack.length > MAX_HTML_DEPTH)
      throw new ExtractError('too_complex', MESSAGES.tooComplex);
  }
}

function parseHtml(html: string): ParentNode {
  const handler = new BoundedDomHandler();
  new Parser(handler).end(html);
  return handler.root;
}

interface Page {
  root: ParentNode;
  body: Element | null;
  firstH1: Element | null;
  /** Articles, then article bodies, then main elements, each in document order. */
  candidates: Element[];
  textLength: Map<AnyNode, number>;
  publishedMeta: string | undefined;
  timeDatetime: string | undefined;
}

/** Page chrome, dropped with everything inside it. */
function isChrome(el: Element): boolean {
  if (DROP_TAGS.has(el.name)) return true;
  const { class: cls, id, role } = el.attribs;
  if (role === 'navigation') return true;
  return (cls !== undefined || id !== undefined) && CHROME_CLASS.test(`${cls ?? ''} ${id ?? ''}`);
}

/** The kept nodes of the page in document order, skipping chrome subtrees. */
function keptNodes(root: ParentNode): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (DomUtils.isTag(node) && isChrome(node)) continue;
    out.push(node);
    if (DomUtils.hasChildren(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return out;
}

/** One pass over the page: what the reader needs, and the text length of every element. */
function scan(root: ParentNode): Page {
  const nodes = keptNodes(root);
  const articles: Element[] = [];
  const bodies: Element[] = [];
  const mains: Element[] = [];
  const page: Page = {
    root,
    body: null,
    firstH1: null,
    candidates: [],
    textLength: new Map(),
    publishedMeta: undefined,
    timeDatetime: undefined,
  };
  for (const node of nodes) {
    if (!DomUtils.isTag(node)) continue;
    const { name, attribs } = node;
    if (name === 'article') articles.push(node);
    if (attribs.itemprop === 'articleBody') bodies.push(node);
    if (name === 'main') mains.push(node);
    if (name === 'body') page.body ??= node;
    if (name === 'h1') page.firstH1 ??= node;
    if (
      name === 'meta' &&
      attribs.property === 'article:published_time' &&
      page.publishedMeta === undefined
    )
      page.publishedMeta = attribs.content ?? '';
    if (name === 'time' && attribs.datetime !== undefined) page.timeDatetime ??= attribs.datetime;
  }
  page.candidates = [...articles, ...bodies, ...mains];
  // Children come after their parent in document order, so walking backwards sums bottom-up.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as AnyNode;
    const own = DomUtils.isText(node) ? node.data.length : (page.textLength.get(node) ?? 0);
    if (node.parent)
      page.textLength.set(node.parent, (page.textLength.get(node.parent) ?? 0) + own);
  }
  return page;
}

function pickMain(page: Page): ParentNode {
  let best: Element | null = null;
  let bestLength = -1;
  for (const c of page.candidates) {
    const length = page.textLength.get(c) ?? 0;
    if (length > bestLength) {
      best = c;
      bestLength = length;
    }
  }
  return best ?? page.body ?? page.root;
}

function hasH1Inside(el: ParentNode): boolean {
  return keptNodes(el).some((n) => DomUtils.isTag(n) && n.name === 'h1');
}

function textOf(el: ParentNode): string {
  let out = '';
  for (const node of keptNodes(el)) if (DomUtils.isText(node)) out += node.data;
  return out;
}

function publishedDate(page: Page): string | null {
  // A meta tag without content falls back to <time datetime>, as an empty one does not.
  const meta = page.publishedMeta ?? page.timeDatetime;
  const m = meta?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : null;
}

/** Text with a line break around each block element and "- " before list items. */
function blockText(root: ParentNode): string {
  let out = '';
  // Strings on the stack are the line breaks that close a block once its children are written.
  const stack: Array<AnyNode | string> = [...root.children].reverse();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === 'string') out += item;
    else if (DomUtils.isText(item)) out += item.data;
    else if (DomUtils.isTag(item) && !isChrome(item)) {
      if (item.name === 'br') {
        out += '\n';
        continue;
      }
      if (BLOCK_TAGS.has(item.name)) {
        out += `\n${item.name === 'li' ? '- ' : ''}`;
        stack.push('\n');
      }
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i] as AnyNode);
    }
  }
  return out;
}
