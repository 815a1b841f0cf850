import { expect, fixture } from '@open-wc/testing';
import meta, * as stories from '../../stories/bank-picker.stories.js';
import { comboboxAxe } from '../helpers/axe.js';
import { namedStories, storyTemplate } from '../helpers/stories.js';

type Args = NonNullable<typeof meta.args>;

describe('bank picker stories', () => {
  const named = namedStories<Args>(stories);

  it('exports a story for each state', () => {
    expect(named.map(([name]) => name)).to.include.members(['List', 'Loading', 'LoadError', 'Empty', 'SearchResults', 'NoResults', 'UnavailableBank', 'Disabled', 'Dark']);
  });

  for (const [name, story] of named) {
    it(`${name} renders and passes axe`, async () => {
      const el = await fixture(storyTemplate(meta, story));
      await story.play?.({ canvasElement: el.parentElement! });
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot?.querySelector('input')).to.not.equal(null);
      await expect(el).to.be.accessible(comboboxAxe);
    });
  }

  it('shows each state it names', async () => {
    const shown = async (annotations: unknown, selector: string) => {
      const story = annotations as (typeof named)[number][1];
      const el = await fixture(storyTemplate(meta, story));
      await story.play?.({ canvasElement: el.parentElement! });
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      return el.shadowRoot!.querySelector(selector);
    };
    expect(await shown(stories.Loading, '[part~="skeleton"]')).to.not.equal(null);
    expect(await shown(stories.LoadError, '[part~="retry-button"]')).to.not.equal(null);
    expect((await shown(stories.NoResults, '[part~="empty"]'))?.textContent).to.contain('Nonexistent Bank');
    expect((await shown(stories.UnavailableBank, '[aria-disabled="true"]'))?.textContent).to.contain('Unavailable');
    expect(await shown(stories.SearchResults, 'mark')).to.not.equal(null);
    expect((await fixture(storyTemplate(meta, stories.Dark as never))).getAttribute('theme')).to.equal('dark');
  });
});
