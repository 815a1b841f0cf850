import { expect } from '@open-wc/testing';
import { acceptedConsentsSchema } from '../../src/config/consents.js';
import { ConsentState, defaultConsents, isSafeHref, parseLabel, plainLabel, type ConsentDefinition } from '../../src/core/consents/index.js';
import { Localizer } from '../../src/i18n/localizer.js';

const definitions: ConsentDefinition[] = [
  { id: 'data-access', version: '1', required: true, label: 'Share my data' },
  { id: 'terms', version: '2025-01', required: true, label: 'Accept the [terms](https://bank.example/terms)' },
  { id: 'marketing', version: '1', required: false, label: 'Send me news' },
];

/** A clock that moves one second forward on every reading. */
function steppingClock(start = Date.UTC(2025, 0, 31, 12, 0, 0)) {
  let now = start;
  return () => {
    const date = new Date(now);
    now += 1000;
    return date;
  };
}

describe('ConsentState', () => {
  it('starts with nothing accepted and every required consent missing', () => {
    const state = new ConsentState(definitions);
    expect(state.value()).to.deep.equal([]);
    expect(state.missingRequired().map((d) => d.id)).to.deep.equal(['data-access', 'terms']);
    expect(state.allAccepted).to.equal(false);
    expect(state.someAccepted).to.equal(false);
  });

  it('records id, version and an ISO timestamp from the injected clock', () => {
    const state = new ConsentState(definitions, steppingClock());
    expect(state.set('terms', true)).to.equal(true);
    expect(state.set('data-access', true)).to.equal(true);
    expect(state.value()).to.deep.equal([
      { id: 'data-access', version: '1', acceptedAt: '2025-01-31T12:00:01.000Z' },
      { id: 'terms', version: '2025-01', acceptedAt: '2025-01-31T12:00:00.000Z' },
    ]);
    expect(acceptedConsentsSchema.safeParse(state.value()).success).to.equal(true);
    expect(state.missingRequired()).to.deep.equal([]);
    expect(state.someAccepted).to.equal(true);
  });

  it('withdraws, and ignores unknown ids', () => {
    const state = new ConsentState(definitions);
    state.set('terms', true);
    expect(state.set('terms', false)).to.equal(true);
    expect(state.isAccepted('terms')).to.equal(false);
    expect(state.set('nope', true)).to.equal(false);
    expect(state.set('terms', false)).to.equal(false);
    expect(state.value()).to.deep.equal([]);
  });

  it('accepts all, keeping the time of earlier acceptances, and clears', () => {
    const state = new ConsentState(definitions, steppingClock());
    state.set('marketing', true);
    state.acceptAll();
    const value = state.value();
    expect(value.map((v) => v.id)).to.deep.equal(['data-access', 'terms', 'marketing']);
    expect(value[2]!.acceptedAt).to.equal('2025-01-31T12:00:00.000Z');
    expect(state.allAccepted).to.equal(true);
    state.clear();
    expect(state.value()).to.deep.equal([]);
  });

  it('returns copies, so the value cannot be changed from outside', () => {
    const state = new ConsentState(definitions);
    state.set('terms', true);
    (state.value()[0] as { id: string }).id = 'forged';
    expect(state.value()[0]!.id).to.equal('terms');
  });

  it('keeps acceptances across new definitions only for the same version', () => {
    const state = new ConsentState(definitions);
    state.acceptAll();
    state.setDefinitions([{ ...definitions[0]! }, { ...definitions[1]!, version: '2025-06' }]);
    expect(state.value().map((v) => v.id)).to.deep.equal(['data-access']);
    expect(state.missingRequired().map((d) => d.id)).to.deep.equal(['terms']);
  });

  it('restores earlier acceptances with their own times, only for consents shown in the same version', () => {
    const state = new ConsentState(definitions, steppingClock());
    state.set('marketing', true);
    const earlier = '2024-05-06T07:08:09.000Z';
    const changed = state.restore([
      { id: 'data-access', version: '1', acceptedAt: earlier },
      { id: 'terms', version: '2024-01', acceptedAt: earlier },
      { id: 'unknown', version: '1', acceptedAt: earlier },
      { id: 'marketing', version: '1', acceptedAt: earlier },
    ]);
    expect(changed).to.equal(true);
    expect(state.value()).to.deep.equal([
      { id: 'data-access', version: '1', acceptedAt: earlier },
      { id: 'marketing', version: '1', acceptedAt: '2025-01-31T12:00:00.000Z' },
    ]);
    expect(state.restore([{ id: 'data-access', version: '1', acceptedAt: earlier }]), 'nothing new').to.equal(false);
  });
});

describe('consent label markup', () => {
  it('turns [text](https://url) into a link part', () => {
    expect(parseLabel('I accept the [terms](https://bank.example/terms) and [privacy](/privacy).')).to.deep.equal([
      { type: 'text', text: 'I accept the ' },
      { type: 'link', text: 'terms', href: 'https://bank.example/terms' },
      { type: 'text', text: ' and ' },
      { type: 'link', text: 'privacy', href: '/privacy' },
      { type: 'text', text: '.' },
    ]);
  });

  it('keeps unsafe URLs as plain text', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'http://bank.example', '//evil.example/x', '/\\evil.example', 'vbscript:x']) {
      expect(parseLabel(`Read the [terms](${href}) now`), href).to.deep.equal([{ type: 'text', text: 'Read the terms now' }]);
    }
  });

  it('keeps balanced parentheses inside a URL', () => {
    expect(parseLabel('See [it](https://x.example/a_(b)).')).to.deep.equal([
      { type: 'text', text: 'See ' },
      { type: 'link', text: 'it', href: 'https://x.example/a_(b)' },
      { type: 'text', text: '.' },
    ]);
  });

  it('accepts https and same-origin relative URLs only', () => {
    expect(isSafeHref('https://bank.example/a?b=c#d')).to.equal(true);
    expect(isSafeHref('./terms.html')).to.equal(true);
    expect(isSafeHref('terms.html#data')).to.equal(true);
    expect(isSafeHref('https:')).to.equal(false);
    expect(isSafeHref('')).to.equal(false);
    expect(isSafeHref('java\tscript:x')).to.equal(false);
  });

  it('treats HTML as text and leaves incomplete markup alone', () => {
    expect(parseLabel('<img src=x onerror=alert(1)> [a] (b) [c](')).to.deep.equal([{ type: 'text', text: '<img src=x onerror=alert(1)> [a] (b) [c](' }]);
    expect(plainLabel('See [terms](https://x.example).')).to.equal('See terms.');
  });
});

describe('default consents', () => {
  it('builds the AIS set from the localizer, linking the documents', () => {
    const linked = defaultConsents(new Localizer('en'), { termsUrl: 'https://x.example/t', privacyUrl: '/p' });
    expect(linked.map((d) => [d.id, d.version, d.required])).to.deep.equal([
      ['data-access', '1', true],
      ['terms', '1', true],
      ['privacy', '1', true],
    ]);
    expect(linked.every((d) => d.label.length > 0 && (d.details ?? '').length > 0)).to.equal(true);
    expect(parseLabel(linked[1]!.label).find((p) => p.type === 'link')).to.deep.equal({ type: 'link', text: 'terms of service', href: 'https://x.example/t' });
    expect(parseLabel(linked[2]!.label).find((p) => p.type === 'link')).to.deep.equal({ type: 'link', text: 'privacy notice', href: '/p' });
  });

  it('asks for no document without its URL: the user could not read it', () => {
    expect(defaultConsents(new Localizer('en')).map((d) => d.id)).to.deep.equal(['data-access']);
    expect(defaultConsents(new Localizer('en'), { privacyUrl: '/p' }).map((d) => d.id)).to.deep.equal(['data-access', 'privacy']);
    expect(defaultConsents(new Localizer('en'), { termsUrl: '/t' }).map((d) => d.label.includes('[terms of service](/t)'))).to.deep.equal([false, true]);
  });

  it('never lets a document URL end its link or add another one', () => {
    const hostile = 'https://x.example/a)[win a prize](https://phish.example';
    const [, terms] = defaultConsents(new Localizer('en'), { termsUrl: hostile });
    const links = parseLabel(terms!.label).filter((p) => p.type === 'link');
    expect(links).to.deep.equal([{ type: 'link', text: 'terms of service', href: 'https://x.example/a%29%5Bwin%20a%20prize%5D%28https://phish.example' }]);
    expect(plainLabel(terms!.label)).to.not.contain('prize');
  });
});
