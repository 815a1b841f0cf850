// Rollup plugin: shrinks the static text of our `css` and `html` tagged templates (comments and
// indentation). Conservative on purpose: a run of whitespace becomes one space (or the same number
// of newlines, so the lines of the module and its source map stay put); in CSS the whitespace
// around `{ } ; ,` and after `:` goes too, never before `:` (`a :hover` is a descendant selector).
// Templates of elements that show text as written (pre, textarea) are left alone.

const CSS_COMMENT = /\/\*[^]*?\*\//g;
const keepLines = (space) => '\n'.repeat((space.match(/\n/g) ?? []).length);
const collapse = (text) => text.replace(/\s+/g, (space) => (space.includes('\n') ? keepLines(space) : ' '));

export function minifyCss(text) {
  return collapse(text.replace(CSS_COMMENT, (comment) => keepLines(comment)))
    .replace(/\s*([{};,])\s*/g, (match, mark) => mark + keepLines(match))
    .replace(/:\s+/g, (match) => `:${keepLines(match)}`)
    .replace(/;(\n*)}/g, '$1}');
}

export function minifyHtml(text) {
  return /<(pre|textarea)\b/i.test(text) ? text : collapse(text);
}

const MINIFIERS = { css: minifyCss, html: minifyHtml };

export function minifyTemplates({ include = /[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html)`/.test(code)) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && MINIFIERS[node.tag.name]) {
          const minify = MINIFIERS[node.tag.name];
          for (const quasi of node.quasi.quasis) edits.push({ start: quasi.start, end: quasi.end, text: minify(code.slice(quasi.start, quasi.end)) });
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (edits.length === 0) return null;
      let out = '';
      let at = 0;
      for (const edit of edits.sort((a, b) => a.start - b.start)) {
        out += code.slice(at, edit.start) + edit.text;
        at = edit.end;
      }
      // Lines are kept, so the source map of the module still holds (columns inside templates aside).
      return { code: out + code.slice(at), map: null };
    },
  };
}
