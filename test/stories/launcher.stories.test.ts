import { expect, fixture } from '@open-wc/testing';
import meta, * as stories from '../../stories/launcher.stories.js';
import { ERROR_CODES } from '../../stories/args.js';
import { namedStories, storyTemplate } from '../helpers/stories.js';

type Args = NonNullable<typeof meta.args>;

describe('launcher stories', () => {
  const named = namedStories<Args>(stories);

  it('exports a story for each state and each error code', () => {
    const names = named.map(([name]) => name);
    expect(names).to.include.members(['Live', 'Idle', 'Waiting', 'PopupBlocked', 'Redirecting', 'Success', 'PopupClosed', 'Cancelled', 'Dark']);
    const codes = named.map(([, story]) => story.args?.errorCode).filter(Boolean);
    expect(codes).to.have.members([...ERROR_CODES]);
  });

  for (const [name, story] of named) {
    it(`${name} renders and passes axe`, async () => {
      const el = await fixture(storyTemplate(meta, story));
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      // Each state shows something: a button to go on, a status, or (after a final error) the alert alone.
      expect(el.shadowRoot?.querySelector('[part="base"] :is(button, [role="status"], [role="alert"])')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the message of each error code', async () => {
    const texts = new Set<string>();
    for (const [, story] of named.filter(([, s]) => s.args?.errorCode)) {
      const el = await fixture(storyTemplate(meta, story));
      texts.add(el.shadowRoot!.querySelector('[part~="error"]')!.textContent!.trim());
    }
    // Five known codes have their own text; InvalidCredentials and network_error share the generic one.
    expect(texts.size).to.equal(6);
  });
});
