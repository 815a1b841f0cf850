import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SignInConsents } from '../../src/components/consents/consents.js';
import meta, * as stories from '../../stories/consents.stories.js';

type Args = NonNullable<typeof meta.args>;
type Play = (context: { canvasElement: HTMLElement }) => Promise<void>;

describe('consents stories', () => {
  const named = Object.entries(stories).filter(([name]) => name !== 'default') as Array<[string, { args?: Partial<Args>; play?: Play }]>;

  it('exports stories', () => {
    expect(named.map(([name]) => name)).to.include.members(['Default', 'AcceptAll', 'InvalidAfterContinue', 'CustomWithLinks', 'BadConfig']);
  });

  for (const [name, story] of named) {
    it(`${name} renders and passes axe`, async () => {
      const args = { ...meta.args, ...story.args } as Args;
      const render = meta.render as (args: Args) => TemplateResult;
      const el = await fixture<SignInConsents>(render(args));
      await story.play?.({ canvasElement: el.parentElement! });
      await el.updateComplete;
      const shown = args.set === 'bad' ? '.config-error' : '[part~="checkbox"]';
      expect(el.shadowRoot?.querySelector(shown)).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('InvalidAfterContinue shows the error', async () => {
    const el = await fixture<SignInConsents>((meta.render as (args: Args) => TemplateResult)(meta.args as Args));
    await stories.InvalidAfterContinue.play!({ canvasElement: el.parentElement! } as never);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('required consents');
  });
});
