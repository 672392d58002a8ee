/**
 * HTML mail to the plain text a person wrote. Mail clients mark quoted history in the markup, which is more
 * reliable than guessing from the text, so the quoted parts are dropped here while the structure is still known:
 * Gmail's `gmail_quote`, Apple Mail's and Thunderbird's `<blockquote type="cite">`, Outlook's `divRplyFwdMsg`,
 * `appendonsend` and the bordered "From: / Sent:" header box (everything after those is history).
 */

/**
 * One token per match. No alternative can scan past the next `<` (or, for comments, the end), so hostile markup
 * ("<a<a<a…", unclosed quotes) is read in linear time.
 */
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^<>]*>?|<\?[^<>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>|[^<]+|</g;

/** Text beyond this is a pasted document or inline images; what the customer wrote is before it. */
const MAX_HTML_LENGTH = 2 * 1024 * 1024;

const SKIPPED = new Set(['head', 'style', 'script', 'title', 'template', 'noscript', 'svg', 'object']);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source']);
const BLOCK = new Set([
  'div', 'p', 'tr', 'table', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header',
  'footer', 'address', 'center', 'pre', 'dl', 'dt', 'dd', 'form', 'fieldset', 'main', 'nav', 'aside', 'figure',
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'pre']);

/** Containers of quoted history: skipped with everything inside them. */
const QUOTE_CONTAINER = /\bclass\s*=\s*["']?[^"'>]*\b(gmail_quote|gmail_attr|moz-cite-prefix|yahoo_quoted|protonmail_quote|zmail_extra)\b/i;
/** Markers after which the rest of the document is the quoted message. */
const HISTORY_STARTS =
  /\bid\s*=\s*["']?(divRplyFwdMsg|appendonsend|mail-editor-reference-message-container|OLK_SRC_BODY_SECTION|stopSpelling)\b|\bclass\s*=\s*["']?[^"'>]*\bOutlookMessageHeader\b|border-top\s*:\s*solid\s+#(E1E1E1|B5C4DF)/i;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '',
  zwnj: '', zwj: '', lrm: '', rlm: '', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚',
  ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', bull: '•', middot: '·', euro: '€', pound: '£',
  yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', deg: '°', times: '×', divide: '÷', sect: '§', para: '¶',
  iexcl: '¡', iquest: '¿', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', eacute: 'é', Eacute: 'É',
  egrave: 'è', Egrave: 'È', ecirc: 'ê', euml: 'ë', agrave: 'à', Agrave: 'À', aacute: 'á', Aacute: 'Á',
  acirc: 'â', atilde: 'ã', ccedil: 'ç', Ccedil: 'Ç', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', Ntilde: 'Ñ', oacute: 'ó', ograve: 'ò', ocirc: 'ô', otilde: 'õ', uacute: 'ú', ugrave: 'ù',
  ucirc: 'û', yacute: 'ý', yuml: 'ÿ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[name] ?? entity;
  });
}

/** Converts an HTML body to text. `keepQuotes` keeps quoted history (for tests and audit). */
export function htmlToText(html: string, options: { keepQuotes?: boolean } = {}): string {
  const out: string[] = [];
  let skipTag: string | null = null;
  let skipDepth = 0;
  let preDepth = 0;
  for (const match of html.slice(0, MAX_HTML_LENGTH).matchAll(TOKEN)) {
    const [token, closing, rawName, attributes = ''] = match;
    if (!rawName) {
      if (skipTag || token.startsWith('<!') || token.startsWith('<?')) continue;
      const text = decodeEntities(token === '<' ? '<' : token);
      out.push(preDepth > 0 ? text : text.replace(/\s+/g, ' '));
      continue;
    }
    const name = rawName.toLowerCase();
    if (skipTag) {
      if (name === skipTag && !VOID.has(name)) skipDepth += closing ? -1 : attributes.trimEnd().endsWith('/') ? 0 : 1;
      if (skipDepth <= 0) skipTag = null;
      continue;
    }
    if (closing) {
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      // A list item's line break comes with the next item.
      if ((BLOCK.has(name) || name === 'blockquote') && name !== 'li') out.push(PARAGRAPH.has(name) ? '\n\n' : '\n');
      continue;
    }
    if (!options.keepQuotes && HISTORY_STARTS.test(attributes)) break;
    const quote = !options.keepQuotes && (name === 'blockquote' || QUOTE_CONTAINER.test(attributes));
    if ((SKIPPED.has(name) || quote) && !VOID.has(name) && !attributes.trimEnd().endsWith('/')) {
      skipTag = name;
      skipDepth = 1;
      continue;
    }
    if (name === 'br') out.push('\n');
    else if (name === 'hr') out.push('\n\n');
    else if (name === 'li') out.push('\n- ');
    else if (name === 'td' || name === 'th') out.push(' ');
    else if (BLOCK.has(name) || name === 'blockquote') out.push(PARAGRAPH.has(name) ? '\n\n' : '\n');
    if (name === 'pre') preDepth += 1;
  }
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]{2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
