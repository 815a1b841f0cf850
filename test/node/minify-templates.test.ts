// The CDN builds' template minifier (.ci/minify-templates.mjs): what it removes, and what it must keep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyHtml } from '../../.ci/minify-templates.mjs';

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
  assert.equal(minifyCss('[part="a"] > b ~ c { font: 600 1rem/1.2 system-ui; }'), '[part="a"] > b ~ c{font:600 1rem/1.2 system-ui}');
  assert.equal(minifyCss('x { outline: 3px solid var(--_ring) }'), 'x{outline:3px solid var(--_ring)}');
});

test('minifyHtml: a whitespace run becomes one space, never nothing', () => {
  assert.equal(minifyHtml('\n  <div class="a  b">\n    <b>Hi</b>  <i>there</i>\n  </div>'), ' <div class="a b"> <b>Hi</b> <i>there</i> </div>');
});

test('minifyHtml: leaves templates with pre or textarea as written', () => {
  const text = '<textarea>\n  two spaces\n</textarea>';
  assert.equal(minifyHtml(text), text);
});
