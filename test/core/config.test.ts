import { expect } from '@open-wc/testing';
import { ConfigError, parseConfig, parseConfigOrThrow, widgetConfigSchema } from '../../src/config/index.js';

const valid = { clientId: 'sandbox-client', apiBase: 'http://localhost:8787', ownerExternalId: 'user-1' };

describe('widget config', () => {
  it('accepts a minimal config and fills defaults', () => {
    const result = parseConfig(widgetConfigSchema, valid);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.config.mode).to.equal('auto');
  });

  it('names every missing field', () => {
    const result = parseConfig(widgetConfigSchema, {});
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.field)).to.have.members(['clientId', 'apiBase', 'ownerExternalId']);
      expect(result.issues.every((i) => i.message === 'is required')).to.equal(true);
    }
  });

  it('explains bad values and unknown options', () => {
    const result = parseConfig(widgetConfigSchema, { ...valid, apiBase: 'ftp://x', country: 'pl', mode: 'iframe', colour: 'red', clientId: '  ' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.issues.map((i) => [i.field, i.message]));
    expect(byField['apiBase']).to.contain('absolute http(s) URL');
    expect(byField['country']).to.contain('two-letter upper-case country code');
    expect(byField['mode']).to.equal('must be one of "auto", "popup", "redirect"');
    expect(byField['colour']).to.equal('is not a known option');
    expect(byField['clientId']).to.equal('must not be empty');
  });

  it('holds the fields the session request carries to the protocol\'s own limits, so a user never learns of them after choosing a bank', () => {
    const result = parseConfig(widgetConfigSchema, { ...valid, clientId: 'c'.repeat(65), ownerExternalId: 'u'.repeat(129), bank: 'b'.repeat(129), returnUrl: `https://shop.example/${'r'.repeat(2048)}` });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.issues.map((i) => [i.field, i.message]))).to.deep.equal({
      clientId: 'must be at most 64 characters',
      ownerExternalId: 'must be at most 128 characters',
      bank: 'must be at most 128 characters',
      returnUrl: 'must be at most 2048 characters',
    });
    const control = parseConfig(widgetConfigSchema, { ...valid, ownerExternalId: 'user\n42' });
    expect(control.ok ? [] : control.issues).to.deep.equal([{ field: 'ownerExternalId', message: 'must not contain control characters' }]);
    const trimmed = parseConfig(widgetConfigSchema, { ...valid, clientId: ' sandbox-client ', ownerExternalId: ' user-1 ' });
    expect(trimmed.ok && [trimmed.config.clientId, trimmed.config.ownerExternalId]).to.deep.equal(['sandbox-client', 'user-1']);
  });

  it('takes document URLs that can be opened only, and a popup timeout a timer can hold', () => {
    const bad = parseConfig(widgetConfigSchema, { ...valid, termsUrl: 'javascript:alert(1)', privacyUrl: 'http://shop.example/privacy', popupTimeoutMs: 2 ** 31 });
    expect(bad.ok).to.equal(false);
    if (bad.ok) return;
    const byField = Object.fromEntries(bad.issues.map((i) => [i.field, i.message]));
    expect(byField['termsUrl']).to.contain('must be an https URL');
    expect(byField['privacyUrl']).to.contain('must be an https URL');
    expect(byField['popupTimeoutMs']).to.equal('must be a whole number of milliseconds from 1000 to 3600000 (1 hour)');
    for (const url of ['data:text/html,x', '//evil.example/t', 'https://x.example/a b']) {
      expect(parseConfig(widgetConfigSchema, { ...valid, termsUrl: url }).ok, url).to.equal(false);
    }
    expect(parseConfig(widgetConfigSchema, { ...valid, termsUrl: 'https://shop.example/terms', privacyUrl: '/privacy', popupTimeoutMs: 3_600_000 }).ok).to.equal(true);
  });

  it('rejects a config that is not an object', () => {
    const result = parseConfig(widgetConfigSchema, 'client');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[0]).to.deep.equal({ field: '(config)', message: 'must be an object' });
  });

  it('throws a ConfigError whose message names the field', () => {
    expect(() => parseConfigOrThrow(widgetConfigSchema, { ...valid, locale: 'polish!' }))
      .to.throw(ConfigError, /locale: must be a language tag/);
  });
});
