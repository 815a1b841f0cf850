import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/config/parse-config.js';
import { widgetConfigSchema, type WidgetConfig } from '../../src/config/widget-config.js';
import {
  PROCESS_FIELDS,
  STYLE_KEYS,
  STARTER_CONFIG,
  configFromValues,
  cssSnippet,
  embedSnippet,
  escapeHtml,
  exportSnippets,
  htmlSnippet,
  importConfig,
  jsonSnippet,
  npmSnippet,
  valuesFromConfig,
  type FormValues,
  type ProcessField,
} from '../../src/core/configurator/index.js';
import { TOKENS, tokenProperty } from '../../src/styles/token-names.js';

/** A value each control could hold (text, as typed). */
const SAMPLES: Record<ProcessField, string> = {
  clientId: 'acme-budget',
  apiBase: 'https://provider.example',
  ownerExternalId: 'customer "42" <b>&',
  country: 'CZ',
  locale: 'de',
  mode: 'redirect',
  bank: 'demo-bank-pl',
  returnUrl: 'https://acme.example/return?from=bank&x=1',
  theme: 'dark',
  consents: JSON.stringify([
    { id: 'data-access', version: '2025-01', label: 'I agree. </script><script>alert(1)</script>' },
    { id: 'marketing', version: '1', required: false, label: 'Tips, [monthly](https://acme.example/tips).', details: 'At most once a month.' },
  ]),
  termsUrl: 'https://acme.example/terms',
  privacyUrl: 'https://acme.example/privacy',
  missingBankUrl: 'https://acme.example/banks?from=signin',
  missingBankEmail: 'banks@acme.example',
  popupTimeoutMs: '120000',
};
const STYLE_SAMPLES = { color: '#00754a', length: '3px', font: 'Georgia, serif', shadow: '0 1px 2px rgb(0 0 0 / 0.2)' } as const;

const starter = () => valuesFromConfig(widgetConfigSchema.parse(STARTER_CONFIG));
const withProcess = (values: FormValues, field: ProcessField, value: string): FormValues => ({ ...values, process: { ...values.process, [field]: value } });

function valid(values: FormValues): WidgetConfig {
  const result = configFromValues(values);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.field}: ${i.message}`).join('; '));
  return result.config;
}

/** Export (d) → JSON.parse → the same schema → the configurator's config. */
function expectRoundTrip(config: WidgetConfig) {
  const parsed = parseConfig(widgetConfigSchema, JSON.parse(jsonSnippet(config)));
  expect(parsed.ok).to.equal(true);
  expect(parsed.ok && parsed.config).to.deep.equal(config);
  // …and loading it back into the controls gives the same config again.
  expect(valid(valuesFromConfig(config))).to.deep.equal(config);
}

describe('configurator: config ⇄ snippets', () => {
  for (const field of PROCESS_FIELDS) {
    it(`round-trips the ${field} control`, () => {
      const config = valid(withProcess(starter(), field, SAMPLES[field]));
      expect(config[field], field).to.not.equal(undefined);
      expectRoundTrip(config);
    });
  }

  for (const key of STYLE_KEYS) {
    it(`round-trips the ${key} style`, () => {
      const values = starter();
      const config = valid({ ...values, styles: { ...values.styles, [key]: STYLE_SAMPLES[TOKENS[key][1]] } });
      expect(config.styles?.[key]).to.equal(STYLE_SAMPLES[TOKENS[key][1]]);
      expectRoundTrip(config);
      expect(cssSnippet(config.styles)).to.contain(`${tokenProperty(key)}: ${STYLE_SAMPLES[TOKENS[key][1]]};`);
    });
  }

  it('round-trips every control at once, and leaves defaults out of the JSON', () => {
    let values = starter();
    for (const field of PROCESS_FIELDS) values = withProcess(values, field, SAMPLES[field]);
    values = { ...values, styles: Object.fromEntries(STYLE_KEYS.map((key) => [key, STYLE_SAMPLES[TOKENS[key][1]]])) as FormValues['styles'] };
    const config = valid(values);
    expectRoundTrip(config);
    const json = JSON.parse(jsonSnippet(valid(withProcess(starter(), 'mode', 'auto'))));
    expect(json).to.deep.equal(STARTER_CONFIG);
  });

  it('names the control of a value that does not validate', () => {
    const result = configFromValues(withProcess(withProcess(starter(), 'consents', '[{"id": "x"'), 'country', 'pl'));
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues.map((i) => i.field)).to.include.members(['consents', 'country']);
  });

  it('escapes attribute values in the HTML', () => {
    const { html } = htmlSnippet(valid(withProcess(withProcess(starter(), 'ownerExternalId', SAMPLES.ownerExternalId), 'returnUrl', SAMPLES.returnUrl)));
    expect(html).to.contain('owner-external-id="customer &quot;42&quot; &lt;b&gt;&amp;"');
    expect(html).to.contain('return-url="https://acme.example/return?from=bank&amp;x=1"');
    expect(escapeHtml(`'`)).to.equal('&#39;');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('signin-widget')!.getAttribute('owner-external-id')).to.equal(SAMPLES.ownerExternalId);
  });

  it('puts the fields without attributes in an external script, and no inline style anywhere', () => {
    const values = withProcess(starter(), 'consents', SAMPLES.consents);
    const config = valid({ ...values, styles: { ...values.styles, colorPrimary: '#00754a' } });
    const { html, htmlScript, css } = exportSnippets(config, { version: '9.9.9' });
    expect(html).to.contain('https://cdn.jsdelivr.net/npm/signin-flow@9.9.9/dist/cdn/signin-flow.min.js');
    expect(html).to.contain('<link rel="stylesheet" href="signin-widget.css" />');
    expect(html).to.contain('<script src="signin-widget-config.js"></script>');
    expect(html).to.not.match(/style=|<style/);
    expect(htmlScript).to.not.contain('</script>');
    const element = { config: undefined as unknown };
    new Function('document', htmlScript)({ getElementById: () => element });
    expect(element.config).to.deep.equal({ consents: JSON.parse(jsonSnippet(config)).consents });
    expect(css).to.equal('signin-widget {\n  --signin-color-primary: #00754a;\n}\n');
  });

  it('writes an embed() call that holds the whole config', () => {
    let values = starter();
    for (const field of PROCESS_FIELDS) values = withProcess(values, field, SAMPLES[field]);
    const config = valid({ ...values, styles: { ...values.styles, colorPrimary: '#00754a' } });
    let received: Record<string, unknown> = {};
    new Function('SignInFlow', embedSnippet(config))({ embed: (_: string, options: Record<string, unknown>) => (received = options) });
    expect(typeof received['onSuccess']).to.equal('function');
    const rest = Object.fromEntries(Object.entries(received).filter(([key]) => !key.startsWith('on')));
    expect(parseConfig(widgetConfigSchema, rest)).to.deep.equal({ ok: true, config });
  });

  it('writes an npm snippet that imports the elements and sets the config', () => {
    const config = valid(withProcess(starter(), 'theme', 'dark'));
    const code = npmSnippet(config);
    expect(code).to.contain("import 'signin-flow/define.js';");
    const literal = /widget\.config = ([^]*?\n\});/.exec(code)![1]!.replace(/;$/, '');
    expect(new Function(`return ${literal}`)()).to.deep.equal(JSON.parse(jsonSnippet(config)));
  });

  it('import: names JSON errors, non-objects and schema problems', () => {
    const notJson = importConfig('{clientId: 1');
    expect(!notJson.ok && notJson.issues[0]!.field).to.equal('(JSON)');
    const array = importConfig('[]');
    expect(!array.ok && array.issues[0]).to.deep.equal({ field: '(config)', message: 'must be a JSON object' });
    const bad = importConfig('{"clientId": "x", "apiBase": "nope", "ownerExternalId": "u", "styles": {"colourPrimary": "#000"}}');
    expect(!bad.ok && bad.issues.map((i) => i.field)).to.include.members(['apiBase', 'styles.colourPrimary']);
    expect(importConfig(jsonSnippet(valid(starter()))).ok).to.equal(true);
  });
});
