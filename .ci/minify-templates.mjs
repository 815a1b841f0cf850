// Rollup plugin: shrinks the static text of our `css` and `html` tagged templates (comments,
// indentation, line breaks), with an exact source map (magic-string). Conservative on purpose:
// in HTML a run of whitespace becomes one space, never nothing (between inline elements a space
// shows); in CSS the whitespace around `{ } ; ,` and after `:` goes, never before `:` (`a :hover`
// is a descendant selector). Quoted strings ('…' and "…": CSS strings, HTML attribute values) are
// left as written, also when an expression sits inside them, but for the value of a CSS attribute
// selector that is a plain identifier (`[part='a']` → `[part=a]`); so are templates of elements
// that show text as written (pre, textarea) or hold CSS (style). The CSS of `unsafeCSS(`…`)` with
// a template literal is minified as a `css` template.
import MagicString from 'magic-string';

const ESCAPES = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/**
 * The characters of a template's source text as the tag function receives them (JS escapes such
 * as `\\` or `\x22` resolved), each with its offset in the source: `[cooked, offset]`.
 */
function cooked(raw) {
  const out = [];
  for (const { 0: token, index } of raw.matchAll(/\\(?:x[\da-f]{2}|u[\da-f]{4}|u\{[\da-f]+\}|\r\n|[^])|[^]/gi)) {
    if (token[0] !== '\\') out.push([token, index]);
    else if (/^\\[xu]./.test(token)) out.push([String.fromCodePoint(parseInt(token.slice(2).replace(/[{}]/g, ''), 16)), index]);
    else if (!/^\\(\r\n|[\n\r\u2028\u2029])$/.test(token)) out.push([ESCAPES[token[1]] ?? token[1], index]);
  }
  return out;
}

/**
 * Splits each quasi of a template into pieces `{code, text}`: code to minify (`true`), text to keep
 * as written (`false`) or a comment (`'comment'`), as a scanner `step(char, next, after)` says per
 * character. Its state runs on across the quasis, as a quoted string may hold an expression.
 */
function splitTemplate(quasis, step) {
  return quasis.map((raw) => {
    const chars = cooked(raw);
    const pieces = [];
    chars.forEach(([char, offset], i) => {
      const code = step(char, chars[i + 1]?.[0] ?? '', chars[i + 2]?.[0] ?? '');
      const end = chars[i + 1]?.[1] ?? raw.length;
      const last = pieces.at(-1);
      if (last && last.code === code) last.end = end;
      else pieces.push({ code, start: last ? offset : 0, end });
    });
    return pieces.map((piece) => ({ ...piece, text: raw.slice(piece.start, piece.end) }));
  });
}

const cssCode = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');

/** A scanner of CSS: strings (with their `\` escapes) are kept; comments are marked to go. */
function cssScanner() {
  let quote = '';
  let escaped = false;
  let comment = 0; // 0 outside, 1 in a comment, 2 on the `/` that closes it
  return (char, next) => {
    if (comment) {
      if (comment === 2) comment = 0;
      else if (char === '*' && next === '/') comment = 2;
      return 'comment';
    }
    if (quote) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === quote) quote = '';
      return false;
    }
    if (char === '"' || char === "'") {
      quote = char;
      return false;
    }
    if (char === '/' && next === '*') {
      comment = 1;
      return 'comment';
    }
    return true;
  };
}

/**
 * An attribute selector's value without its quotes when it is a plain CSS identifier
 * (`[part='option']` → `[part=option]`, the same selector); else undefined. Only right after
 * `[name=` (or `~=`, `|=`, `^=`, `$=`, `*=`) and right before `]`, so never in a CSS string.
 */
function unquotedSelectorValue(before, quoted, next) {
  const value = /^(['"])(-?[A-Za-z_][\w-]*)\1$/.exec(quoted)?.[2];
  return value !== undefined && /\[\s*[\w-]+\s*[~|^$*]?=\s*$/.test(before) && next?.code === true && /^\s*\]/.test(next.text) ? value : undefined;
}

/** The static text of a `css` template (its quasis), minified. */
export function minifyCssTemplate(quasis) {
  return splitTemplate(quasis, cssScanner()).map((pieces) => {
    // A comment goes (as a space) when it is whole in this quasi; one cut by an expression stays.
    const parts = pieces.map((piece) => (piece.code === 'comment' ? { code: /^\/\*[^]*\*\/$/.test(piece.text), text: ' ', kept: piece.text } : piece));
    let out = '';
    let code = '';
    parts.forEach((part, i) => {
      if (part.code) code += part.text;
      else {
        out += cssCode(code) + (part.kept ?? unquotedSelectorValue(code, part.text, parts[i + 1]) ?? part.text);
        code = '';
      }
    });
    return out + cssCode(code);
  });
}

/** A scanner of HTML: attribute values in quotes are kept; text, tags and comments are code. */
function htmlScanner() {
  let where = 'text'; // text, tag, a quoted value, or comment
  let quote = '';
  let tail = '';
  return (char, next, after) => {
    if (where === 'value') {
      if (char === quote) where = 'tag';
      return false;
    }
    if (where === 'comment') {
      tail = (tail + char).slice(-3);
      if (tail === '-->') where = 'text';
    } else if (where === 'tag') {
      if (char === '"' || char === "'") {
        [where, quote] = ['value', char];
        return false;
      }
      if (char === '>') where = 'text';
    } else if (char === '<') {
      if (next === '!' && after === '-') [where, tail] = ['comment', ''];
      else if (/[a-z/!?]/i.test(next) || next === '') where = 'tag';
    }
    return true;
  };
}

const VERBATIM = /<(pre|textarea|style)\b/i;

/** The static text of an `html` template (its quasis), minified; left as is when it holds pre, textarea or style. */
export function minifyHtmlTemplate(quasis) {
  if (quasis.some((text) => VERBATIM.test(text))) return [...quasis];
  return splitTemplate(quasis, htmlScanner()).map((pieces) => pieces.map((piece) => (piece.code ? piece.text.replace(/\s+/g, ' ') : piece.text)).join(''));
}

/** The static text of a `css` template without expressions, minified. */
export const minifyCss = (text) => minifyCssTemplate([text])[0];

/** The static text of an `html` template without expressions, minified. */
export const minifyHtml = (text) => minifyHtmlTemplate([text])[0];

const MINIFIERS = { css: minifyCssTemplate, html: minifyHtmlTemplate };

export function minifyTemplates({ include = /[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html)`|\bunsafeCSS\(`/.test(code)) return null;
      const out = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        // A tagged template, or the CSS of `unsafeCSS(`…`)` written as a template literal.
        const [minify, template] =
          node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && MINIFIERS[node.tag.name]
            ? [MINIFIERS[node.tag.name], node.quasi]
            : node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'unsafeCSS' && node.arguments.length === 1 && node.arguments[0].type === 'TemplateLiteral'
              ? [minifyCssTemplate, node.arguments[0]]
              : [];
        if (minify) {
          const quasis = template.quasis;
          const texts = minify(quasis.map(({ start, end }) => code.slice(start, end)));
          quasis.forEach(({ start, end }, i) => {
            if (texts[i] === code.slice(start, end)) return;
            if (texts[i]) out.overwrite(start, end, texts[i]);
            else out.remove(start, end);
          });
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
