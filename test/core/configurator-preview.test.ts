import { expect } from '@open-wc/testing';
import { widgetConfigSchema } from '../../src/config/widget-config.js';
import { sharedCatalogClient } from '../../src/core/catalog/catalog-client.js';
import { EXAMPLE_API_BASE, exampleCatalogClient } from '../../src/core/configurator/example-provider.js';
import { formTheme, problemsByControl, validStyles, valuesFromConfig } from '../../src/core/configurator/form-values.js';
import { previewClients, previewConfig, previewStateById } from '../../src/core/configurator/preview-states.js';
import { readView, viewOf } from '../../src/core/configurator/share.js';

const config = widgetConfigSchema.parse({ clientId: 'shop', ownerExternalId: 'user-1', apiBase: 'http://localhost:8787', country: 'PL', styles: { colorPrimary: '#0a7' } });

describe('the preview of each state', () => {
  it('talks to the real provider only for the bank list while it answers', () => {
    const banks = previewStateById('banks');
    expect(previewConfig(config, banks, true).apiBase).to.equal('http://localhost:8787');
    expect(previewConfig(config, banks, false).apiBase).to.equal(EXAMPLE_API_BASE);
    expect(previewConfig(config, previewStateById('consentsMixed'), true).apiBase).to.equal(EXAMPLE_API_BASE);
    expect(previewClients(banks, true, () => '').catalogClient).to.equal(sharedCatalogClient);
    expect(previewClients(banks, false, () => '').catalogClient).to.equal(exampleCatalogClient);
    expect(previewClients(previewStateById('empty'), true, () => '').catalogClient).not.to.equal(exampleCatalogClient);
  });

  it('applies the state: a bank, the mode, the access mode; styles always set', () => {
    const mixed = previewConfig(config, previewStateById('consentsMixed'), true);
    expect(mixed.accessMode).to.equal('mixed');
    expect(mixed.bank).to.be.a('string');
    const redirect = previewConfig(config, previewStateById('redirect'), true);
    expect([redirect.mode, redirect.accessMode]).to.deep.equal(['redirect', 'single']);
    const bare = widgetConfigSchema.parse({ clientId: 'shop', ownerExternalId: 'user-1', apiBase: 'http://localhost:8787' });
    expect(previewConfig(bare, previewStateById('banks'), true).styles).to.deep.equal({});
  });
});

describe('form values', () => {
  it('reads the theme and the valid styles of the form, and groups problems by control', () => {
    const values = valuesFromConfig(config);
    expect(formTheme({ ...values, process: { ...values.process, theme: 'dark' } })).to.equal('dark');
    expect(formTheme({ ...values, process: { ...values.process, theme: 'purple' } })).to.equal('');
    expect(validStyles({ ...values, styles: { ...values.styles, colorText: 'not a colour;' } })).to.deep.equal({ colorPrimary: '#0a7' });
    const problems = problemsByControl([
      { field: 'styles.colorPrimary', message: 'a' },
      { field: 'styles.colorPrimary', message: 'b' },
    ]);
    expect([...problems.values()]).to.deep.equal([['a', 'b']]);
  });
});

describe('the preview look in a shared link', () => {
  it('keeps only what differs from the default look, and reads back the same; unknown parts are the defaults', () => {
    expect(viewOf({ state: 'banks', width: 'desktop', theme: '' })).to.deep.equal({});
    const look = { state: 'error-timeout', width: 'phone', theme: 'dark' } as const;
    expect(viewOf(look)).to.deep.equal(look);
    expect(readView(viewOf(look))).to.deep.equal(look);
    expect(readView({ width: 'huge', theme: 'sepia' })).to.deep.equal({ state: 'banks', width: 'desktop', theme: '' });
  });
});
