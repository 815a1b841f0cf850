import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { fixtureBanks } from '../fixtures/banks.js';

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

const CONTROLS = 'input, select, button, a[href], summary';

describe('at 280 px wide', () => {
  before(() => setViewport({ width: 280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const dir of ['ltr', 'rtl']) {
    it(`every control of the picker and the consents is inside the viewport and reached by Tab (${dir})`, async () => {
      const page = await fixture<HTMLElement>(html`<main dir=${dir}>
        <signin-bank-picker layout="list" countries="PL,CZ,LT" country="PL" .banks=${fixtureBanks}></signin-bank-picker>
        <signin-bank-picker layout="list" .banks=${[]}></signin-bank-picker>
        <signin-consents accept-all terms-url="/terms" privacy-url="/privacy"></signin-consents>
      </main>`);
      await nextFrame();
      const controls = [...page.querySelectorAll('signin-bank-picker, signin-consents')].flatMap((el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)]);
      expect(controls.length).to.be.greaterThan(10);
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        const name = control.outerHTML.slice(0, 60);
        expect(box.width, name).to.be.greaterThan(0);
        expect(box.left, name).to.be.at.least(0);
        expect(box.right, name).to.be.at.most(280);
      }
      expect(document.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(280);

      const reached = new Set<Element>();
      (document.activeElement as HTMLElement | null)?.blur();
      for (let i = 0; i < controls.length + 5; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (active) reached.add(active);
      }
      const missed = controls.filter((c) => !reached.has(c)).map((c) => c.outerHTML.slice(0, 60));
      expect(missed).to.deep.equal([]);
    });
  }
});

describe('the bank search placeholder at 320 px wide', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const locale of ['en', 'cs', 'de', 'es', 'et', 'lt', 'lv', 'pl', 'ro', 'sk']) {
    it(`fits whole in its input (${locale}): a cut placeholder hides what to type`, async () => {
      // The widget's picker at a phone's width: the page's 16 px margin on each side.
      const page = await fixture<HTMLElement>(html`<main style="margin: 0 16px"><signin-bank-picker layout="list" locale=${locale} .banks=${fixtureBanks}></signin-bank-picker></main>`);
      const picker = page.querySelector('signin-bank-picker')!;
      const placeholder = () => picker.shadowRoot!.querySelector('input')!.placeholder;
      if (locale !== 'en') await waitUntil(() => placeholder() !== 'Search by name or BIC', 'no catalog', { timeout: 5000 });
      const input = picker.shadowRoot!.querySelector('input')!;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      expect(context.measureText(placeholder()).width, placeholder()).to.be.at.most(room);
    });
  }
});
