// The strict grammar of token values a provider checks without a browser (css-values.ts): the
// subset it accepts, what it refuses, and that nothing refused by its guards gets through.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCssColour, isCssFontFamily, isCssLength, isCssShadow, isStrictTokenValue } from '../../src/core/protocol/css-values.js';
import type { TokenKind } from '../../src/styles/token-names.js';
import { ACCEPTED, REFUSED } from '../fixtures/css-values.js';

for (const kind of Object.keys(ACCEPTED) as TokenKind[]) {
  test(`${kind}: the accepted values pass, the refused ones do not`, () => {
    for (const value of ACCEPTED[kind]) assert.equal(isStrictTokenValue(kind, value), true, `accepts ${JSON.stringify(value)}`);
    for (const value of REFUSED[kind]) assert.equal(isStrictTokenValue(kind, value), false, `refuses ${JSON.stringify(value)}`);
  });
}

test('a value of one kind is not a value of another', () => {
  assert.equal(isCssColour('8px'), false);
  assert.equal(isCssLength('#fff'), false);
  assert.equal(isCssShadow('Inter'), false);
  assert.equal(isCssFontFamily('0 1px red'), false);
  assert.equal(isStrictTokenValue('length', '0 1px'), false);
});

test('the guards: no declaration break-out, no url(), no !important, at most 200 characters', () => {
  for (const kind of Object.keys(ACCEPTED) as TokenKind[]) {
    for (const value of ACCEPTED[kind]) {
      for (const tail of ['; color: red', '}', ' !important', ' /* x */', '\\', '<']) assert.equal(isStrictTokenValue(kind, value + tail), false, `${kind}: ${value + tail}`);
    }
  }
  assert.equal(isStrictTokenValue('font', `'${'a'.repeat(197)}'`), true);
  assert.equal(isStrictTokenValue('font', `'${'a'.repeat(199)}'`), false);
});
