import { expect } from '@open-wc/testing';
import { loadClassicScript } from '../helpers/classic-script.js';

describe('classic CDN script', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('registers the elements and exposes window.SignInFlow', async () => {
    await loadClassicScript();
    expect(customElements.get('signin-bank-picker')).to.be.a('function');
    expect(window.SignInFlow?.VERSION).to.match(/^\d+\.\d+\.\d+/);
    expect(window.SignInFlow?.embed).to.be.a('function');
    expect(window.SignInFlow?.handleReturn).to.be.a('function');
    expect(errors).to.deep.equal([]);
  });

  it('can be loaded twice without errors and keeps the first copy', async () => {
    const first = window.SignInFlow;
    const pickerClass = customElements.get('signin-bank-picker');
    await loadClassicScript();
    expect(window.SignInFlow).to.equal(first);
    expect(customElements.get('signin-bank-picker')).to.equal(pickerClass);
    expect(errors).to.deep.equal([]);
  });

  it('warns once when another version is already on the page, and keeps it', async () => {
    const first = window.SignInFlow;
    const other = { ...first!, VERSION: '0.0.1-other' } as unknown as typeof first;
    window.SignInFlow = other;
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await loadClassicScript();
      await loadClassicScript();
    } finally {
      console.warn = warn;
      window.SignInFlow = first;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.match(/was loaded beside 0\.0\.1-other; keeping 0\.0\.1-other/);
    expect(errors).to.deep.equal([]);
  });
});
