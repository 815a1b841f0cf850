import { expect, waitUntil } from '@open-wc/testing';
import { ConfiguratorMessages, configuratorEn, configuratorLoaders } from '../../src/i18n/configurator/index.js';

/** A host that counts its update requests, and the language its LocaleController shows. */
function setup(lang: string) {
  const host = {
    updates: 0,
    requestUpdate() {
      this.updates++;
    },
  };
  const locale = { lang };
  return { host, locale, messages: new ConfiguratorMessages(host, locale) };
}

describe('ConfiguratorMessages', () => {
  it('shows English until the catalog of the language arrives, then asks the host to update once', async () => {
    const { host, locale, messages } = setup('sk');
    expect(messages.t('configurator.title')).to.equal(configuratorEn['configurator.title']);
    expect(messages.localizer.locale).to.equal('en');
    await waitUntil(() => host.updates > 0, 'no update after the catalog loaded');
    const slovak = (await configuratorLoaders['sk']!()).default;
    expect(messages.t('configurator.title')).to.equal(slovak['configurator.title']);
    expect(messages.t('configurator.pickColor', { name: 'colorPrimary' })).to.equal(slovak['configurator.pickColor'].replace('{name}', 'colorPrimary'));
    expect(messages.localizer.locale).to.equal('sk');
    expect(host.updates).to.equal(1);
    // The language changes back: English is there, no load and no update needed.
    locale.lang = 'en';
    expect(messages.t('configurator.title')).to.equal(configuratorEn['configurator.title']);
    expect(host.updates).to.equal(1);
  });

  it('keeps English for a language it has no catalog of', async () => {
    const { host, messages } = setup('xx');
    expect(messages.t('configurator.copy')).to.equal(configuratorEn['configurator.copy']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messages.localizer.locale).to.equal('en');
    expect(host.updates).to.equal(0);
  });
});
