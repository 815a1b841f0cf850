/** One piece of a consent label: plain text, or a link the element renders safely. */
export type LabelPart = { readonly type: 'text'; readonly text: string } | { readonly type: 'link'; readonly text: string; readonly href: string };

/** `[text](url)`: the only markup a consent label may hold (the URL may hold balanced parentheses). */
const LINK = /\[([^\][]+)\]\(((?:[^()\s]|\([^()\s]*\))*)\)/g;

/**
 * Whether `href` may become a link: an absolute `https:` URL, or a relative path that
 * stays on the page's origin (`/terms`, `./privacy.html`, `terms#data`). Any other scheme
 * (`javascript:`, `data:`, `http:`…), protocol-relative `//host` and backslashes are refused.
 */
export function isSafeHref(href: string): boolean {
  if (href === '' || href.includes('\\') || /[\p{Cc}\s]/u.test(href)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  if (scheme) {
    if (scheme[1]!.toLowerCase() !== 'https') return false;
    try {
      return new URL(href).host !== '';
    } catch {
      return false;
    }
  }
  return !href.startsWith('//');
}

/**
 * Splits a consent label into text and link parts. `[text](url)` becomes a link when
 * {@link isSafeHref} allows its URL; otherwise only its text is kept, as plain text.
 * Nothing in a label is ever treated as HTML.
 */
export function parseLabel(label: string): LabelPart[] {
  const parts: LabelPart[] = [];
  const push = (text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.type === 'text') parts[parts.length - 1] = { type: 'text', text: last.text + text };
    else parts.push({ type: 'text', text });
  };
  let index = 0;
  for (const match of label.matchAll(LINK)) {
    const [whole, text = '', href = ''] = match;
    push(label.slice(index, match.index));
    if (isSafeHref(href)) parts.push({ type: 'link', text, href });
    else push(text);
    index = match.index + whole.length;
  }
  push(label.slice(index));
  return parts;
}

/**
 * `url` made safe to stand inside `[text](url)`: brackets, parentheses and whitespace are
 * percent-encoded, so it can neither end its link early nor open another one.
 */
export function markupHref(url: string): string {
  return url.replace(/[()[\]\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The URLs of every `[text](url)` in a label that {@link isSafeHref} refuses. */
export function unsafeLinks(label: string): string[] {
  return [...label.matchAll(LINK)].map((m) => m[2] ?? '').filter((href) => !isSafeHref(href));
}

/** The label as plain text (links reduced to their text): for messages and logs. */
export function plainLabel(label: string): string {
  return parseLabel(label)
    .map((part) => part.text)
    .join('');
}
