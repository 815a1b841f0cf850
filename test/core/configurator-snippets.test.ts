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
  accessMode: 'mixed',
  accessDays: '30',
  multiBank: 'true',
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

/** The value the form gives the schema for `text` (numbers as numbers, a checkbox as a boolean). */
const inputOf = (field: ProcessField, text: string): unknown => (field === 'accessDays' && /^\d+(\.\d+)?$/.test(text) ? Number(text) : text);
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

  it('exports the access mode, its days and multi-bank as attributes, and imports them back', () => {
    let values = starter();
    for (const field of ['accessMode', 'accessDays', 'multiBank'] as const) values = withProcess(values, field, SAMPLES[field]);
    const config = valid(values);
    expect(config).to.include({ accessMode: 'mixed', accessDays: 30, multiBank: true });
    const { html, htmlScript, npm, embed, json } = exportSnippets(config);
    expect(html).to.contain('  access-mode="mixed"\n  access-days="30"\n  multi-bank\n');
    expect(htmlScript, 'no script: they all are attributes').to.equal('');
    const widget = new DOMParser().parseFromString(html, 'text/html').querySelector('signin-widget')!;
    expect([widget.getAttribute('access-mode'), widget.getAttribute('access-days'), widget.hasAttribute('multi-bank')]).to.deep.equal(['mixed', '30', true]);
    for (const code of [npm, embed, json]) expect(code).to.match(/accessMode: "mixed"|"accessMode": "mixed"/).and.to.match(/"?accessDays"?: 30/).and.to.match(/"?multiBank"?: true/);
    const back = importConfig(json);
    expect(back.ok && back.config).to.deep.equal(config);
    expect(back.ok && valid(valuesFromConfig(back.config))).to.deep.equal(config);
  });

  it('leaves the access defaults out: single, 180 days, one bank', () => {
    let values = starter();
    for (const [field, value] of [['accessMode', 'single'], ['accessDays', '180'], ['multiBank', '']] as const) values = withProcess(values, field, value);
    const config = valid(values);
    expect(config).to.include({ accessMode: 'single', accessDays: 180, multiBank: false });
    expect(JSON.parse(jsonSnippet(config))).to.deep.equal(STARTER_CONFIG);
    expect(htmlSnippet(config).html).to.not.match(/access-|multi-bank/);
  });

  it('never exports a reconnect token (it is per user), even from an imported config', () => {
    const imported = importConfig(JSON.stringify({ ...STARTER_CONFIG, accessMode: 'multiple', reconnectToken: 'rct_0123456789abcdef0123' }));
    expect(imported.ok && imported.config.reconnectToken).to.equal('rct_0123456789abcdef0123');
    if (!imported.ok) return;
    const snippets = exportSnippets(imported.config);
    for (const [name, code] of Object.entries(snippets)) expect(code, name).to.not.match(/reconnect|rct_/i);
    expect(PROCESS_FIELDS).to.not.include('reconnectToken' as ProcessField);
    const rest: Partial<WidgetConfig> = { ...imported.config };
    delete rest.reconnectToken;
    expect(valid(valuesFromConfig(imported.config))).to.deep.equal(rest);
  });

  it('validates the access fields with the widget’s own messages', () => {
    const cases = [
      ['accessMode', 'always', 'accessMode'],
      ['accessDays', '0', 'accessDays'],
      ['accessDays', '181', 'accessDays'],
      ['accessDays', '2.5', 'accessDays'],
      ['accessDays', 'ten', 'accessDays'],
      ['multiBank', 'yes', 'multiBank'],
    ] as const;
    for (const [field, text] of cases) {
      const result = configFromValues(withProcess(starter(), field, text));
      const widget = parseConfig(widgetConfigSchema, { ...STARTER_CONFIG, [field]: inputOf(field, text) });
      expect(result.ok, `${field}=${text}`).to.equal(false);
      expect(!result.ok && result.issues, `${field}=${text}`).to.deep.equal(!widget.ok && widget.issues);
    }
    const days = configFromValues(withProcess(starter(), 'accessDays', '0'));
    expect(!days.ok && days.issues[0]).to.deep.equal({ field: 'accessDays', message: 'must be a whole number of days from 1 to 180' });
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
