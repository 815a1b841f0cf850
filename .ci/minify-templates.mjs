// Rollup plugin: shrinks the static text of our `css` and `html` tagged templates (comments,
// indentation, line breaks), with an exact source map (magic-string). Conservative on purpose:
// in HTML a run of whitespace becomes one space, never nothing (between inline elements a space
// shows); in CSS the whitespace around `{ } ; ,` and after `:` goes, never before `:` (`a :hover`
// is a descendant selector). Templates of elements that show text as written (pre, textarea) are
// left alone.
import MagicString from 'magic-string';

export function minifyCss(text) {
  return text
    .replace(/\/\*[^]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

export function minifyHtml(text) {
  return /<(pre|textarea)\b/i.test(text) ? text : text.replace(/\s+/g, ' ');
}

const MINIFIERS = { css: minifyCss, html: minifyHtml };

export function minifyTemplates({ include = /[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html)`/.test(code)) return null;
      const out = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        const minify = node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && MINIFIERS[node.tag.name];
        if (minify) {
          for (const { start, end } of node.quasi.quasis) {
            const text = minify(code.slice(start, end));
            if (text === code.slice(start, end)) continue;
            if (text) out.overwrite(start, end, text);
            else out.remove(start, end);
          }
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
