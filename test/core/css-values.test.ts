// The strict grammar a provider uses without a browser (css-values.ts) accepts only valid CSS:
// every value it accepts, the browser accepts too (CSS.supports), and so do the widget's styles.
import { expect } from '@open-wc/testing';
import { isStrictTokenValue } from '../../src/core/protocol/css-values.js';
import { isTokenValue } from '../../src/config/styles.js';
import { TOKENS, type TokenKind } from '../../src/styles/token-names.js';
import { ACCEPTED, REFUSED } from '../fixtures/css-values.js';

const PROPERTY: Record<TokenKind, string> = { color: 'color', length: 'width', font: 'font-family', shadow: 'box-shadow' };

describe('css-values: the strict grammar against the browser', () => {
  for (const kind of Object.keys(ACCEPTED) as TokenKind[]) {
    it(`every ${kind} it accepts is valid CSS and a valid widget style`, () => {
      for (const value of ACCEPTED[kind]) {
        expect(isStrictTokenValue(kind, value), value).to.equal(true);
        expect(CSS.supports(PROPERTY[kind], value), `CSS.supports(${PROPERTY[kind]}, ${value})`).to.equal(true);
        expect(isTokenValue(kind, value), `isTokenValue(${kind}, ${value})`).to.equal(true);
      }
    });
    it(`the ${kind} values it refuses`, () => {
      for (const value of REFUSED[kind]) expect(isStrictTokenValue(kind, value), value).to.equal(false);
    });
  }

  it('accepts the defaults of the token catalogue that are plain values', () => {
    for (const [, kind, light, dark] of Object.values(TOKENS)) {
      for (const value of [light, dark]) {
        if (value === undefined || value.startsWith('var(') || value === 'auto') continue;
        expect(isStrictTokenValue(kind, value), value).to.equal(true);
      }
    }
  });
});
