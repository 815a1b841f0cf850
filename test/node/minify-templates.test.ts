// The CDN builds' template minifier (.ci/minify-templates.mjs): what it removes, and what it must keep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
import { minifyCss, minifyCssTemplate, minifyHtml, minifyHtmlTemplate, minifyTemplates } from '../../.ci/minify-templates.mjs';

test('minifyCss: comments and the space around { } ; , and after : go', () => {
  const css = `
    :host {
      display: block; /* a comment
      on two lines */
      --_x: var(--y, 2rem);
    }
    @media (min-width: 40rem) { a { color: red } }`;
  assert.equal(minifyCss(css), ' :host{display:block;--_x:var(--y,2rem)}@media (min-width:40rem){a{color:red}}');
});

test('minifyCss: keeps the space that means something', () => {
  // before a colon (descendant selector), combinators, calc() operators, multi-value declarations
  assert.equal(minifyCss('a :hover { width: calc(100% - 2px); }'), 'a :hover{width:calc(100% - 2px)}');
  assert.equal(minifyCss('[part="a b"] > b ~ c { font: 600 1rem/1.2 system-ui; }'), '[part="a b"] > b ~ c{font:600 1rem/1.2 system-ui}');
  assert.equal(minifyCss('x { outline: 3px solid var(--_ring) }'), 'x{outline:3px solid var(--_ring)}');
});

test('minifyHtml: a whitespace run becomes one space, never nothing (a quoted value is kept)', () => {
  assert.equal(minifyHtml('\n  <div class="a  b">\n    <b>Hi</b>  <i>there</i>\n  </div>'), ' <div class="a  b"> <b>Hi</b> <i>there</i> </div>');
});

test('minifyHtml: leaves templates with pre or textarea as written', () => {
  const text = '<textarea>\n  two spaces\n</textarea>';
  assert.equal(minifyHtml(text), text);
});

test('minifyCss: leaves quoted strings as written', () => {
  assert.equal(minifyCss(`a::before { content: "a  b"; font-family: "Segoe  UI" , sans-serif; }`), 'a::before{content:"a  b";font-family:"Segoe  UI",sans-serif}');
  assert.equal(minifyCss(`[title='x  y'] > b { quotes: '\u201C  ' "  \u201D" }`), `[title='x  y'] > b{quotes:'\u201C  ' "  \u201D"}`);
  // What looks like a comment or a rule's end inside a string is text.
  assert.equal(minifyCss(`a { content: "/* no */ ; }"; }`), 'a{content:"/* no */ ; }"}');
  // An escaped quote does not end the string (in the source `\\"` is the CSS escape `\"`); `\x22` is a quote.
  assert.equal(minifyCss(String.raw`a { content: "say \\"  hi\\"  "; b: \x22  \x22 }`), String.raw`a{content:"say \\"  hi\\"  ";b:\x22  \x22}`);
  // A quote inside a comment opens no string.
  assert.equal(minifyCss(`/* don't */ a { color: red } b { content: 'x  y' }`), ` a{color:red}b{content:'x  y'}`);
});

test('minifyCss: an attribute selector value that is an identifier loses its quotes, no other string', () => {
  assert.equal(minifyCss(`[part='option'], [part~="error"] .x, [a|='-b'] { color: red }`), '[part=option],[part~=error] .x,[a|=-b]{color:red}');
  // Not an identifier, a flag after the value, or a string that only looks like a selector: kept.
  assert.equal(minifyCss(`[a='b c'], [a='1b'], [a='--b'], [a='b' i] { content: "[a='b']" }`), `[a='b c'],[a='1b'],[a='--b'],[a='b' i]{content:"[a='b']"}`);
  // The value cut by an expression stays quoted.
  assert.deepEqual(minifyCssTemplate(["[part='", "'] a { color: red }"]), ["[part='", "'] a{color:red}"]);
});

test('minifyHtml: leaves quoted attribute values as written; an apostrophe in text is text', () => {
  assert.equal(minifyHtml(`<b title="two  spaces"  alt='a \n b'>Don't  go</b>  <i title="x  y">it's</i>`), `<b title="two  spaces" alt='a \n b'>Don't go</b> <i title="x  y">it's</i>`);
  assert.equal(minifyHtml(`<!-- don't -->  <b title="a  b">x</b>`), `<!-- don't --> <b title="a  b">x</b>`);
  assert.equal(minifyHtml(`<style>a { content: "a  b" }</style>`), `<style>a { content: "a  b" }</style>`);
});

test('minifyCssTemplate, minifyHtmlTemplate: a quoted string may hold an expression', () => {
  // The quasis of html`<b title="a  ${x}  b">  ${y}  </b>`: the value runs on across ${x}.
  assert.deepEqual(minifyHtmlTemplate(['<b title="a  ', '  b">  ', '  </b>']), ['<b title="a  ', '  b"> ', ' </b>']);
  assert.deepEqual(minifyCssTemplate(['a { content: "a  ', '  b";  color:  red }']), ['a{content:"a  ', '  b";color:red}']);
  // A comment cut by an expression stays (its end is in the next quasi).
  assert.deepEqual(minifyCssTemplate(['a { color: red } /* x ', ' */ b { color: blue }']), ['a{color:red}/* x ', ' */ b{color:blue}']);
  // pre, textarea or style anywhere in the template leaves all of it as written.
  assert.deepEqual(minifyHtmlTemplate(['<pre>', '  a  </pre>  ']), ['<pre>', '  a  </pre>  ']);
});

test('minifyTemplates: the plugin minifies each tagged template as a whole in the bundle', async () => {
  const source = 'const css = String.raw, html = String.raw, x = 1;\n'
    + 'export const style = css`\n  a { content: "a  ${x}  b";  color: red; }\n`;\n'
    + 'export const view = html`\n  <b title="a  ${x}  b">  ${x}  </b>\n`;\n'
    + 'export const plain = `  kept  "as  is"  `;\n'
    + 'const unsafeCSS = String;\nexport const raw = unsafeCSS(`\n  b { color: red; }  ${x}\n`);\n';
  const bundle = await rollup({
    input: 'entry',
    plugins: [{ name: 'entry', resolveId: (id) => (id === 'entry' ? '/src/entry.ts' : null), load: (id) => (id === '/src/entry.ts' ? source : null) }, minifyTemplates()],
  });
  const { output } = await bundle.generate({ format: 'esm' });
  const code = output[0].code;
  assert.ok(code.includes('css` a{content:"a  ${x}  b";color:red}`'), code);
  assert.ok(code.includes('html` <b title="a  ${x}  b"> ${x} </b> `'), code);
  assert.ok(code.includes('`  kept  "as  is"  `'), code);
  // The CSS of unsafeCSS(`…`) is minified as a css template.
  assert.ok(code.includes('unsafeCSS(` b{color:red}${x} `)'), code);
});
