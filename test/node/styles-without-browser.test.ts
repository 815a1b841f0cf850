// Without a browser (no CSS.supports), a token value is refused only when it could break out of
// its declaration, or when a length has no number; the browser checks the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTokenValue, parseStyles } from '../../src/config/styles.js';

test('isTokenValue without CSS.supports', () => {
  assert.equal(typeof (globalThis as { CSS?: unknown }).CSS, 'undefined');
  for (const value of ['red; background: url(x)', '#fff}', 'a/* b', '<b>', '\\61', '', '  ']) assert.equal(isTokenValue('color', value), false, value);
  assert.equal(isTokenValue('length', 'auto'), false);
  assert.equal(isTokenValue('length', '8px'), true);
  assert.equal(isTokenValue('length', 'calc(1rem + 2px)'), true);
  assert.equal(isTokenValue('color', 'rgb(29 78 216)'), true);
});

test('parseStyles without CSS.supports still names unknown keys and unsafe values', () => {
  assert.deepEqual(parseStyles({ colourPrimary: '#000', colorText: 'red; x: y' }), {
    ok: false,
    issues: [
      { field: 'colorText', message: 'must be a CSS colour such as #1d4ed8 or rgb(29 78 216)' },
      { field: 'colourPrimary', message: 'is not a known style (did you mean "colorPrimary"?)' },
    ],
  });
});
