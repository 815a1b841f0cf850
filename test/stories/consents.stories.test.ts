import { expect, fixture } from '@open-wc/testing';
import type { SignInConsents } from '../../src/components/consents/consents.js';
import meta, * as stories from '../../stories/consents.stories.js';
import { namedStories, storyTemplate } from '../helpers/stories.js';

type Args = NonNullable<typeof meta.args>;

describe('consents stories', () => {
  const named = namedStories<Args>(stories);

  it('exports stories', () => {
    expect(named.map(([name]) => name)).to.include.members(['Default', 'AcceptAll', 'InvalidAfterContinue', 'CustomWithLinks', 'BadConfig', 'Dark']);
  });

  for (const [name, story] of named) {
    it(`${name} renders and passes axe`, async () => {
      const args = { ...meta.args, ...story.args } as Args;
      const el = await fixture<SignInConsents>(storyTemplate(meta, story));
      await story.play?.({ canvasElement: el.parentElement! });
      await el.updateComplete;
      const shown = args.set === 'bad' ? '.config-error' : '[part~="checkbox"]';
      expect(el.shadowRoot?.querySelector(shown)).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('InvalidAfterContinue shows the error', async () => {
    const el = await fixture<SignInConsents>(storyTemplate(meta, stories.InvalidAfterContinue as never));
    await stories.InvalidAfterContinue.play!({ canvasElement: el.parentElement! } as never);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('required consents');
  });
});
