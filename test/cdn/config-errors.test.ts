import { expect, fixture, html } from '@open-wc/testing';
import { loadClassicScript } from '../helpers/classic-script.js';
// The npm build's embed(); it only validates here (it registers no element).
import { embed } from '../../src/embed/embed.js';

const config = { clientId: 'sandbox-client', apiBase: 'http://localhost:8787', ownerExternalId: 'user-1' };
const definition = { id: 'terms', version: '1', label: 'I accept the [terms](https://bank.example/terms).' };

/** Bad configs, each with more than one problem where the schemas allow it. */
const BAD: unknown[] = [
  null,
  'sandbox-client',
  {},
  { ...config, apiBase: 'nope', clientId: ' ', mode: 'iframe', colour: 'red' },
  { ...config, country: 'pl', locale: 'polish!', theme: 'sepia', popupTimeoutMs: 10.5, returnUrl: 'javascript:alert(1)' },
  { ...config, consents: [definition, { ...definition, version: '2' }, { id: '-x', label: 'Read [this](javascript:alert(1))', requird: true }] },
  { ...config, consents: [] },
  { ...config, styles: { colourPrimary: '#000', borderRadius: 'auto', colorText: 'red; x: y' } },
  { ...config, onSuccess: 'alert' },
];

const thrown = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'nothing thrown';
};

describe('classic CDN script: config errors', () => {
  it('SignInFlow.embed() names a bad config in the words of the npm build', async () => {
    await loadClassicScript();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const classic = window.SignInFlow!.embed as (target: Element, config: unknown) => unknown;
    for (const input of BAD) {
      const expected = thrown(() => embed(host, input as Parameters<typeof embed>[1]));
      expect(expected, JSON.stringify(input)).to.match(/^ConfigError: Invalid SignIn Flow config: /);
      expect(thrown(() => classic(host, input)), JSON.stringify(input)).to.equal(expected);
    }
    expect(host.children).to.have.length(0);
  });
});
