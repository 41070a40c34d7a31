// The allow-list for rich text voters read (candidates' action programmes), applied by the
// vetted `sanitize-html` (htmlparser2 underneath: one linear pass, no regular expressions over
// markup). What it keeps is re-serialised from parsed tokens, so nothing passes verbatim.
import sanitize from 'sanitize-html';

const ALLOWED = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'h3', 'h4'];
// Elements whose content is never text for a reader: dropped whole, content included.
const DROP_CONTENT = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'svg',
  'math',
  'textarea',
  'title',
  'xmp',
  'noembed',
  'noframes',
  'select',
];
const SAFE_URL = /^(https?:\/\/|mailto:)/i;
// Deeper nesting than any programme needs; beyond it tags are dropped (their text is kept), so
// a hostile pile of unclosed tags costs no more than its length.
const NESTING_LIMIT = 32;

/** Keeps a link's `href` only when it is absolute http(s) or mailto, and marks it nofollow. */
function safeLink(tagName: string, attribs: sanitize.Attributes): sanitize.Tag {
  const href = (attribs.href ?? '').replace(/[\p{Cc}\s]/gu, '');
  return SAFE_URL.test(href)
    ? { tagName, attribs: { href, rel: 'nofollow noopener' } }
    : { tagName, attribs: {} };
}

const OPTIONS: sanitize.IOptions = {
  allowedTags: [...ALLOWED, 'blockquote', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROP_CONTENT,
  nestingLimit: NESTING_LIMIT,
  transformTags: { a: safeLink },
};

/** Keeps only allow-listed tags (and a safe `href` on links), escapes all text, balances tags. */
export function sanitizeHtml(html: string): string {
  return sanitize(html, OPTIONS);
}
