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
