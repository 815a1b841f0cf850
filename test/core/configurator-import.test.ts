import { expect } from '@open-wc/testing';
import { widgetConfigSchema, type WidgetConfig } from '../../src/config/widget-config.js';
import {
  STARTER_CONFIG,
  SNIPPET_NAMES,
  decodeSetup,
  encodeSetup,
  exportSnippets,
  importSetup,
  readObjectLiteral,
  valuesFromConfig,
  warningComment,
} from '../../src/core/configurator/index.js';

/** A config that uses every kind of field: attributes, property-only fields, styles, text to escape. */
const FULL: WidgetConfig = widgetConfigSchema.parse({
  clientId: 'acme-budget',
  apiBase: 'https://provider.example',
  ownerExternalId: `customer "42" <b>&'`,
  country: 'CZ',
  locale: 'de',
  mode: 'redirect',
  returnUrl: 'https://acme.example/return?from=bank&x=1',
  accessMode: 'mixed',
  accessDays: 30,
  multiBank: true,
  theme: 'dark',
  consents: [
    { id: 'data-access', version: '2025-01', label: "I agree. </script><script>alert('1')</script>" },
    { id: 'marketing', version: '1', required: false, label: 'Tips, `monthly`.', details: 'At most once a month.\nReally.' },
  ],
  termsUrl: 'https://acme.example/terms',
  popupTimeoutMs: 120000,
  styles: { colorPrimary: '#00754a', fontFamily: "'Nunito', sans-serif", shadow: '0 1px 2px rgb(0 0 0 / 0.2)' },
});

describe('configurator: import of every export', () => {
  for (const name of SNIPPET_NAMES.filter((n) => n !== 'css')) {
    it(`reads the ${name} export back into the same config`, () => {
      const snippets = exportSnippets(FULL, { warnings: ['button text on brand colour: 1.8:1, needs 4.5:1'] });
      // The HTML tab's three blocks: the page, the script beside it, the stylesheet.
      const text = name === 'html' ? `${snippets.html}\n${snippets.htmlScript}\n${snippets.css}` : snippets[name];
      const result = importSetup(text);
      expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
      expect(result.ok && result.config).to.deep.equal(FULL);
    });
  }

  it('reads a minimal HTML snippet (attributes only), and a boolean attribute with a value', () => {
    const result = importSetup(`<signin-widget client-id="a" api-base="https://p.example" owner-external-id="u" access-days="9" multi-bank=""></signin-widget>`);
    expect(result.ok && result.config).to.include({ clientId: 'a', accessDays: 9, multiBank: true });
  });

  it('names what it cannot read', () => {
    const unknown = importSetup('<signin-widget client-id="a" api-base="https://p.example" owner-external-id="u" colour="red"></signin-widget>');
    expect(!unknown.ok && unknown.issues).to.deep.equal([{ field: 'colour', message: 'is not an attribute of <signin-widget>' }]);
    const token = importSetup('<signin-widget client-id="a" api-base="https://p.example" owner-external-id="u"></signin-widget><style>signin-widget { --signin-colour: red; }</style>');
    expect(!token.ok && token.issues[0]!.field).to.equal('--signin-colour');
    const bad = importSetup(`SignInFlow.embed('#x', { clientId: 'a', apiBase: 'nope', ownerExternalId: 'u' })`);
    expect(!bad.ok && bad.issues.map((i) => i.field)).to.deep.equal(['apiBase']);
    const broken = importSetup(`SignInFlow.embed('#x', { clientId: 'a`);
    expect(!broken.ok && broken.issues[0]!.field).to.equal('(code)');
    const hello = importSetup('hello');
    expect(!hello.ok && hello.issues[0]!.field).to.equal('(import)');
    const empty = importSetup('');
    expect(!empty.ok && empty.issues[0]!.field).to.equal('(import)');
    const css = importSetup('signin-widget { --signin-color-primary: #000; }');
    expect(!css.ok && css.issues[0]!.message).to.contain('only CSS custom properties');
    const notJson = importSetup('{"clientId": ');
    expect(!notJson.ok && notJson.issues[0]!.field).to.equal('(JSON)');
  });

  it('reads object literals without running them', () => {
    const text = `({ a: 1, 'b': "two", c: [true, null, -3.5e1,], d: { e: \`x\` }, /* note */ f: () => alert(1), g(x) { return x; }, h: someVariable, ...rest, i: 'it\\'s \\u00e9', })`;
    expect(readObjectLiteral(text, 1)).to.deep.equal({ a: 1, b: 'two', c: [true, null, -35], d: { e: 'x' }, i: "it's é" });
    expect(() => readObjectLiteral('{ a: `${x}` }', 0)).to.throw(/template string/);
    expect(() => readObjectLiteral('{ a: 1 b: 2 }', 0)).to.throw(/expected "," or "}"/);
  });

  it('writes the warning comment in each language without a way out of it', () => {
    expect(warningComment([], 'js')).to.equal('');
    expect(warningComment(['a'], 'js')).to.match(/^\/\/ Contrast below WCAG 2\.2 AA[^\n]*\n\/\/ - a\n$/);
    expect(warningComment(['a --> b */ c'], 'html')).to.not.match(/-->[^]*-->/);
    expect(warningComment(['a */ b'], 'css').match(/\*\//g)!.length).to.equal(1);
    const snippets = exportSnippets(FULL, { warnings: ['links on surface: 1.1:1, needs 4.5:1'] });
    for (const name of ['html', 'npm', 'embed', 'react', 'vue', 'angular', 'css'] as const) expect(snippets[name], name).to.contain('links on surface: 1.1:1, needs 4.5:1');
    expect(snippets.json).to.not.contain('needs');
    expect(exportSnippets(FULL).html).to.not.contain('Contrast');
  });
});

describe('configurator: a setup in the address', () => {
  it('round-trips every control and the view, invalid text included', () => {
    const values = valuesFromConfig(FULL);
    const typed = { ...values, process: { ...values.process, country: 'cz' } };
    const hash = encodeSetup(typed, { state: 'consents-mixed', width: 'phone' });
    expect(hash).to.match(/^#setup=[\w-]+$/);
    const back = decodeSetup(hash);
    expect(back).to.deep.equal({ ok: true, setup: { values: typed, view: { state: 'consents-mixed', width: 'phone' } } });
    // The hash survives the URL parser (no character it changes).
    expect(new URL(`https://x.example/c${hash}`).hash).to.equal(hash);
  });

  it('gives nothing for a hash without a setup, and names a broken one', () => {
    expect(decodeSetup('')).to.equal(undefined);
    expect(decodeSetup('#other=1')).to.equal(undefined);
    const cut = decodeSetup(encodeSetup(valuesFromConfig(widgetConfigSchema.parse(STARTER_CONFIG))).slice(0, -6));
    expect(cut && !cut.ok && cut.issues[0]!.field).to.equal('#setup');
    const forged = decodeSetup(`#setup=${btoa(JSON.stringify({ p: { clientId: 1, nope: 'x' }, s: { colour: 'red' } }))}`);
    expect(forged && !forged.ok && forged.issues.map((i) => i.field)).to.deep.equal(['process.clientId', 'process.nope', 'styles.colour']);
  });
});
