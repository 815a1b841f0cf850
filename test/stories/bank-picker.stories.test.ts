import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../stories/bank-picker.stories.js';
import { comboboxAxe } from '../helpers/axe.js';

type Args = NonNullable<typeof meta.args>;

describe('bank picker stories', () => {
  const named = Object.entries(stories).filter(([name]) => name !== 'default') as Array<[string, { args?: Partial<Args> }]>;

  it('exports stories', () => {
    expect(named.length).to.be.greaterThan(2);
  });

  for (const [name, story] of named) {
    it(`${name} renders and passes axe`, async () => {
      const args = { ...meta.args, ...story.args } as Args;
      const render = meta.render as (args: Args) => TemplateResult;
      const el = await fixture(render(args));
      expect(el.shadowRoot?.querySelector('input')).to.not.equal(null);
      await expect(el).to.be.accessible(comboboxAxe);
    });
  }
});
