import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { SignInConsents } from '../../src/components/consents/consents.js';
import type { SignInConfigErrorEvent, SignInConsentsAcceptEvent } from '../../src/events/index.js';

// The access the consents grant: single (the default set), multiple (the ongoing-access consent
// naming the end date in the user's language) and mixed (the user chooses first).

const NOW = new Date('2027-01-15T10:00:00.000Z');
const clock = () => NOW;
const DAY = 86_400_000;

async function consents(mode: string, extra: { locale?: string; days?: number } = {}): Promise<SignInConsents> {
  return fixture<SignInConsents>(
    html`<signin-consents
      terms-url="/terms"
      privacy-url="/privacy"
      locale=${extra.locale ?? 'en'}
      access-mode=${mode}
      access-days=${extra.days ?? 180}
      .clock=${clock}
    ></signin-consents>`,
  );
}

const $ = <T extends Element = HTMLElement>(el: SignInConsents, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const all = <T extends Element = HTMLElement>(el: SignInConsents, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const ids = (el: SignInConsents) => el.definitions.map((d) => d.id);
const continueButton = (el: SignInConsents) => $<HTMLButtonElement>(el, '[part="button"]')!;

async function acceptAll(el: SignInConsents) {
  for (const box of all<HTMLInputElement>(el, 'input[type="checkbox"]')) if (!box.checked) box.click();
  await el.updateComplete;
}

describe('<signin-consents> access modes', () => {
  it('single: the default consents only, and the event says single access', async () => {
    const el = await consents('single');
    expect(ids(el)).to.deep.equal(['data-access', 'terms', 'privacy']);
    expect($(el, '[part="access-choice"]')).to.equal(null);
    await acceptAll(el);
    const accepted = oneEvent(el, 'signin-consents-accept') as Promise<SignInConsentsAcceptEvent>;
    continueButton(el).click();
    expect((await accepted).detail.access).to.deep.equal({ mode: 'single' });
  });

  it('multiple: a required ongoing-access consent of its own names the end date; the event carries it', async () => {
    const el = await consents('multiple', { days: 90 });
    expect(ids(el)).to.deep.equal(['data-access', 'terms', 'privacy', 'ongoing-access']);
    const ongoing = el.definitions.at(-1)!;
    expect(ongoing).to.include({ version: '1', required: true });
    expect(ongoing.label).to.contain('April 15, 2027');
    await expect(el).to.be.accessible();
    await acceptAll(el);
    const accepted = oneEvent(el, 'signin-consents-accept') as Promise<SignInConsentsAcceptEvent>;
    continueButton(el).click();
    const { detail } = await accepted;
    expect(detail.access).to.deep.equal({ mode: 'multiple', expiresAt: new Date(NOW.getTime() + 90 * DAY).toISOString() });
    expect(detail.consents.map((c) => c.id)).to.include('ongoing-access');
  });

  it('names the end date in the user\'s language (Intl.DateTimeFormat): German and Polish', async () => {
    const label = (el: SignInConsents) => el.definitions.at(-1)!.label;
    const de = await consents('multiple', { locale: 'de', days: 90 });
    await waitUntil(() => label(de).startsWith('Ich bin einverstanden'), 'no German catalog');
    expect(label(de)).to.contain('15. April 2027');
    const pl = await consents('multiple', { locale: 'pl', days: 90 });
    await waitUntil(() => label(pl).startsWith('Zgadzam'), 'no Polish catalog');
    expect(label(pl)).to.contain('15 kwietnia 2027');
  });

  it('mixed: asks first in a radio group, nothing chosen; Continue waits and says why', async () => {
    const el = await consents('mixed', { days: 30 });
    const group = $(el, '[part="access-choice"]')!;
    expect(group.tagName).to.equal('FIELDSET');
    expect(group.querySelector('legend')!.textContent).to.equal('How long may this service read your data?');
    const radios = all<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios.map((radio) => radio.checked)).to.deep.equal([false, false]);
    expect(radios.map((radio) => radio.name)).to.deep.equal(['access', 'access']);
    expect(radios[1]!.closest('label')!.textContent).to.contain('February 14, 2027');
    expect(el.access).to.equal(undefined);
    expect(ids(el)).to.deep.equal(['data-access', 'terms', 'privacy']);
    // Continue is disabled for assistive technology, and described by the reason.
    const button = continueButton(el);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, `#${button.getAttribute('aria-describedby')}`)!.textContent).to.equal('Choose one-time or ongoing access to continue.');
    await expect(el).to.be.accessible();
    // Every consent accepted, still no choice: Continue says so out loud, moves the focus to the choice, and fires nothing.
    await acceptAll(el);
    let fired = false;
    el.addEventListener('signin-consents-accept', () => (fired = true));
    button.click();
    await el.updateComplete;
    expect(fired).to.equal(false);
    expect($(el, '[part="error"]')!.textContent).to.equal('Choose one-time or ongoing access to continue.');
    expect(el.shadowRoot!.activeElement).to.equal(radios[0]);
    expect($(el, `#${button.getAttribute('aria-describedby')}`)!.textContent, 'still described by the reason').to.equal('Choose one-time or ongoing access to continue.');
    expect(el.validate()).to.equal(false);
  });

  it('mixed: Continue with nothing chosen and nothing accepted names the choice, not the consents', async () => {
    const el = await consents('mixed');
    continueButton(el).click();
    await el.updateComplete;
    expect($(el, '[part="error"]')!.textContent).to.equal('Choose one-time or ongoing access to continue.');
    expect(all(el, '[part="consent"].missing')).to.have.length(0);
    all<HTMLInputElement>(el, 'input[type="radio"]')[0]!.click();
    await el.updateComplete;
    expect($(el, '[part="error"]')!.textContent).to.equal('Accept the 3 required consents to continue.');
    expect(all(el, '[part="consent"].missing')).to.have.length(3);
  });

  it('mixed: the consent list follows the choice, and the event says what was chosen', async () => {
    const el = await consents('mixed', { days: 30 });
    const [single, ongoing] = all<HTMLInputElement>(el, 'input[type="radio"]');
    ongoing!.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['data-access', 'terms', 'privacy', 'ongoing-access']);
    expect(continueButton(el).getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    single!.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['data-access', 'terms', 'privacy']);
    await acceptAll(el);
    const accepted = oneEvent(el, 'signin-consents-accept') as Promise<SignInConsentsAcceptEvent>;
    continueButton(el).click();
    const { detail } = await accepted;
    expect(detail.access).to.deep.equal({ mode: 'single' });
    expect(detail.consents.map((c) => c.id)).to.deep.equal(['data-access', 'terms', 'privacy']);
  });

  it('names a bad access-mode or access-days in signin-config-error', async () => {
    const seen: SignInConfigErrorEvent[] = [];
    const el = await fixture<SignInConsents>(
      html`<signin-consents terms-url="/terms" privacy-url="/privacy" access-mode="forever" access-days="500" @signin-config-error=${(e: SignInConfigErrorEvent) => seen.push(e)}></signin-consents>`,
    );
    await el.updateComplete;
    expect(seen[0]!.detail.severity).to.equal('error');
    expect(seen[0]!.detail.issues.map((issue) => issue.field)).to.deep.equal(['accessMode', 'accessDays']);
    expect($(el, '[part="error"]')!.textContent).to.contain('accessDays');
  });
});
