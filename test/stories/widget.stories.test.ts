import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { SignInWidget } from '../../src/components/widget/widget.js';
import meta, * as stories from '../../stories/widget.stories.js';
import { comboboxAxe } from '../helpers/axe.js';
import { namedStories, storyTemplate } from '../helpers/stories.js';

type Args = NonNullable<typeof meta.args>;

describe('widget stories', () => {
  const named = namedStories<Args>(stories);

  it('exports a story for each step and state', () => {
    expect(named.map(([name]) => name)).to.include.members(['ChooseBank', 'Loading', 'CatalogError', 'NoBanks', 'Consents', 'ConsentsInvalid', 'SignInAtBank', 'ConfigError', 'Dark', 'AccessMixed', 'Renewal', 'RenewalExpired', 'SecondBank']);
  });

  for (const [name, story] of named) {
    it(`${name} renders (play included) and passes axe`, async () => {
      const el = await fixture<SignInWidget>(storyTemplate(meta, story));
      await story.play?.({ canvasElement: el.parentElement! });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="base"], .config-error')).to.not.equal(null);
      await expect(el).to.be.accessible(comboboxAxe);
    });
  }

  it('reaches the step each story names', async () => {
    const stepOf = async (annotations: unknown) => {
      const story = annotations as (typeof named)[number][1];
      const el = await fixture<SignInWidget>(storyTemplate(meta, story));
      await story.play?.({ canvasElement: el.parentElement! });
      return el;
    };
    expect((await stepOf(stories.SignInAtBank)).step).to.equal('authorize');
    const invalid = await stepOf(stories.ConsentsInvalid);
    const consents = invalid.shadowRoot!.querySelector('signin-consents')!;
    await waitUntil(() => consents.shadowRoot!.querySelector('[part="error"]'));
    expect((await stepOf(stories.BackToBanks)).step).to.equal('bank');
    expect((await stepOf(stories.ConfigError)).shadowRoot!.textContent).to.contain('clientId');
    const mixed = await stepOf(stories.AccessMixed);
    expect(mixed.step).to.equal('consents');
    await waitUntil(() => mixed.shadowRoot!.querySelector('signin-consents')!.shadowRoot!.querySelector('[part="access-choice"]'), 'no access choice');
    const renewal = await stepOf(stories.Renewal);
    expect([renewal.step, renewal.shadowRoot!.querySelector('[part="title"]')!.textContent]).to.deep.equal(['consents', 'Renew access to Demo Bank']);
    const expired = await stepOf(stories.RenewalExpired);
    expect([expired.step, expired.shadowRoot!.querySelector('[part="notice"]')!.textContent]).to.deep.equal(['bank', 'This renewal link has expired. Choose your bank below to connect it anew.']);
    const second = await stepOf(stories.SecondBank);
    expect(second.step).to.equal('bank');
    expect(second.connections.map((connection) => connection.bank.id)).to.deep.equal(['demo-bank-pl']);
  });
});
