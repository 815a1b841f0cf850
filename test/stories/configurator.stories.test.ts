import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { SignInConfigurator } from '../../src/components/configurator/configurator.js';
import meta, * as stories from '../../stories/configurator.stories.js';
import { comboboxAxe } from '../helpers/axe.js';
import { namedStories, storyTemplate } from '../helpers/stories.js';

type Args = NonNullable<typeof meta.args>;

describe('configurator stories', () => {
  const named = namedStories<Args>(stories);

  for (const [name, story] of named) {
    it(`${name} renders (play included) and passes axe`, async () => {
      const el = await fixture<SignInConfigurator>(storyTemplate(meta, { ...story, args: { ...story.args, apiBase: 'http://127.0.0.1:9' } }));
      await story.play?.({ canvasElement: el.parentElement! });
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('signin-widget'), 'no preview', { timeout: 5000 });
      await expect(el).to.be.accessible(comboboxAxe);
    });
  }

  it('Loaded loads its config; ImportError lists the problems', async () => {
    const loaded = await fixture<SignInConfigurator>(storyTemplate(meta, stories.Loaded as never));
    await stories.Loaded.play!({ canvasElement: loaded.parentElement! } as never);
    expect(loaded.config?.clientId).to.equal('acme-budget');
    const bad = await fixture<SignInConfigurator>(storyTemplate(meta, stories.ImportError as never));
    await stories.ImportError.play!({ canvasElement: bad.parentElement! } as never);
    await bad.updateComplete;
    const alert = bad.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('clientId').and.to.contain('colorPrimary').and.to.contain('mode');
  });

  it('LongLivedAccess exports the access parameters, not the reconnect token', async () => {
    const el = await fixture<SignInConfigurator>(storyTemplate(meta, stories.LongLivedAccess as never));
    await stories.LongLivedAccess.play!({ canvasElement: el.parentElement! } as never);
    await el.updateComplete;
    expect(el.config).to.include({ accessMode: 'mixed', accessDays: 90, multiBank: true });
    expect(el.config).to.not.have.property('reconnectToken');
    expect(el.snippets!.html).to.contain('access-mode="mixed"').and.to.contain('access-days="90"').and.to.contain('multi-bank').and.not.to.contain('reconnect');
    expect(el.shadowRoot!.querySelector('.import-note')!.textContent).to.contain('reconnectToken');
  });
});
