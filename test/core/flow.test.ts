import { expect } from '@open-wc/testing';
import { FlowMachine, type FlowStep } from '../../src/core/flow/flow-machine.js';
import { ProviderClient, ProviderError } from '../../src/core/flow/provider-client.js';
import { runCallbacks } from '../../src/core/flow/callbacks.js';
import { findRenewal } from '../../src/core/flow/renewal.js';
import { resolveWidgetConfig } from '../../src/config/resolve-widget-config.js';
import type { Bank } from '../../src/core/protocol/catalog.js';

const bank: Bank = { id: 'demo-bank-pl', name: 'Demo Bank', country: 'PL', aliases: [], status: 'up' };
const consents = [{ id: 'terms', version: '1', acceptedAt: '2025-01-31T12:00:00.000Z' }];

describe('FlowMachine', () => {
  it('goes bank → consents → authorize → result, reporting each move', () => {
    const moves: [FlowStep, FlowStep][] = [];
    const flow = new FlowMachine((step, previous) => moves.push([step, previous]));
    expect(flow.acceptConsents(consents)).to.equal(false);
    expect(flow.finish('success')).to.equal(false);
    flow.selectBank(bank);
    flow.acceptConsents(consents);
    expect(flow.position).to.equal(3);
    flow.finish('error');
    expect(flow.outcome).to.equal('error');
    expect(moves).to.deep.equal([
      ['consents', 'bank'],
      ['authorize', 'consents'],
      ['result', 'authorize'],
    ]);
  });

  it('goes back one step, retries after an error and restarts', () => {
    const flow = new FlowMachine();
    expect(flow.back()).to.equal(false);
    flow.selectBank(bank);
    flow.acceptConsents(consents);
    expect(flow.back()).to.equal(true);
    expect(flow.step).to.equal('consents');
    flow.acceptConsents(consents);
    flow.finish('error');
    expect(flow.canGoBack).to.equal(false);
    expect(flow.retry()).to.equal(true);
    expect([flow.step, flow.outcome]).to.deep.equal(['authorize', undefined]);
    flow.finish('success');
    expect(flow.retry()).to.equal(false);
    flow.restart();
    expect([flow.step, flow.bank, flow.consents]).to.deep.equal(['bank', undefined, undefined]);
  });

  it('a renewal starts at the consents of its bank with no way back to another; the access accepted is kept; a restart ends it', () => {
    const flow = new FlowMachine();
    flow.selectBank(bank, true);
    expect([flow.step, flow.renewing, flow.canGoBack]).to.deep.equal(['consents', true, false]);
    expect(flow.back()).to.equal(false);
    flow.acceptConsents(consents, { mode: 'multiple', expiresAt: '2027-01-01T00:00:00.000Z' });
    expect(flow.access).to.deep.equal({ mode: 'multiple', expiresAt: '2027-01-01T00:00:00.000Z' });
    expect(flow.canGoBack).to.equal(true);
    flow.finish('success');
    flow.restart();
    expect([flow.step, flow.renewing]).to.deep.equal(['bank', false]);
  });
});

describe('ProviderClient', () => {
  const request = { clientId: 'c', ownerExternalId: 'u', bankId: 'b', consents, mode: 'popup' as const, origin: 'http://localhost:1' };
  const answer = (status: number, body: unknown) => () => Promise.resolve(new Response(JSON.stringify(body), { status }));

  it('posts the session request and returns the session', async () => {
    let sent: { url: string; init?: RequestInit } | undefined;
    const created = { sessionId: 's', authorizationUrl: 'http://p.example/bank/t', state: 'st', expiresAt: 'x' };
    const client = new ProviderClient((url, init) => {
      sent = { url, init };
      return answer(201, created)();
    });
    expect(await client.createSession('http://p.example', request)).to.deep.equal(created);
    expect(sent!.url).to.equal('http://p.example/v1/signin-sessions');
    await client.createSession('https://p.example/api', request);
    expect(sent!.url, 'a base path is kept').to.equal('https://p.example/api/v1/signin-sessions');
    expect(sent!.init!.method).to.equal('POST');
    expect(JSON.parse(sent!.init!.body as string)).to.deep.equal(request);
  });

  it('maps the provider’s errors and silence to ProviderError', async () => {
    const failing = new ProviderClient(answer(422, { error: { code: 'bank_down', message: 'bankId: down', field: 'bankId' } }));
    const error = await failing.createSession('http://p.example/', request).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ProviderError);
    expect(error).to.include({ code: 'bank_down', message: 'bankId: down', field: 'bankId', status: 422 });
    const silent = new ProviderClient(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await silent.createSession('http://p.example', request).catch((e: ProviderError) => e.code)).to.equal('network_error');
    const odd = new ProviderClient(answer(201, { authorizationUrl: 'javascript:alert(1)', state: 's' }));
    expect(await silent.createSession('not a url', request).catch((e: ProviderError) => e.code), 'an apiBase that is no URL').to.equal('network_error');
    expect(await odd.createSession('http://p.example', request).catch((e: ProviderError) => e.code)).to.equal('internal_error');
  });

  it('reads a reconnect token: GET /v1/reconnect-tokens/:token?clientId=, its bank and days; the provider\'s code when it does not work', async () => {
    let url = '';
    const client = new ProviderClient((to) => {
      url = to;
      return answer(200, { clientId: 'c', bankId: 'demo-bank-pl', ownerExternalId: 'u', accessMode: 'multiple', accessDays: 90, accessExpiresAt: 'x', expiresAt: 'y' })();
    });
    expect(await client.reconnectInfo('http://p.example', 'rct/1 2', 'sandbox-client')).to.deep.equal({ bankId: 'demo-bank-pl', accessDays: 90 });
    expect(url).to.equal('http://p.example/v1/reconnect-tokens/rct%2F1%202?clientId=sandbox-client');
    const used = new ProviderClient(answer(410, { error: { code: 'reconnect_token_used', message: 'used', field: 'reconnectToken' } }));
    expect(await used.reconnectInfo('http://p.example', 't', 'c').catch((e: ProviderError) => [e.code, e.status])).to.deep.equal(['reconnect_token_used', 410]);
    const odd = new ProviderClient(answer(200, { bankId: 1 }));
    expect(await odd.reconnectInfo('http://p.example', 't', 'c').catch((e: ProviderError) => e.code)).to.equal('internal_error');
  });
});

describe('findRenewal', () => {
  const catalogClient = { load: () => Promise.resolve({ banks: [bank], skipped: 0 } as never) };
  const request = { apiBase: 'http://p.example', token: 'rct_0123456789abcdef', clientId: 'c', country: 'PL', locale: 'en', accessDays: 180 };
  const provider = (reconnectInfo: () => Promise<{ bankId: string; accessDays: number }>) => ({ createSession: () => Promise.reject(new Error('unused')), reconnectInfo });

  it('gives the token\'s bank from the catalog and its days, at most the days the flow may ask for', async () => {
    const providerClient = provider(() => Promise.resolve({ bankId: 'demo-bank-pl', accessDays: 90 }));
    expect(await findRenewal({ providerClient, catalogClient }, request)).to.deep.equal({ bank, days: 90 });
    expect((await findRenewal({ providerClient, catalogClient }, { ...request, accessDays: 30 })).days).to.equal(30);
  });

  it('fails with the provider\'s code, not_found for a bank not in the catalog, network_error for anything else', async () => {
    const code = (reconnectInfo: () => Promise<{ bankId: string; accessDays: number }>) =>
      findRenewal({ providerClient: provider(reconnectInfo), catalogClient }, request).then(
        () => 'resolved',
        (error: ProviderError) => (error instanceof ProviderError ? error.code : 'not a ProviderError'),
      );
    expect(await code(() => Promise.reject(new ProviderError('reconnect_token_used', 'used')))).to.equal('reconnect_token_used');
    expect(await code(() => Promise.resolve({ bankId: 'gone-bank', accessDays: 90 }))).to.equal('not_found');
    expect(await code(() => Promise.reject(new TypeError('boom')))).to.equal('network_error');
  });
});

describe('runCallbacks', () => {
  it('calls the matching callback and onEvent, and survives a throwing callback', () => {
    const calls: unknown[] = [];
    const errors: unknown[] = [];
    const original = window.reportError;
    window.reportError = (error: unknown) => errors.push(error);
    const target = {
      onSuccess: (detail: unknown) => calls.push(['success', detail]),
      onCancel: () => {
        throw new Error('boom');
      },
      onEvent: (type: string) => calls.push(['event', type]),
    };
    runCallbacks(target, new CustomEvent('signin-success', { detail: 1 }));
    runCallbacks(target, new CustomEvent('signin-cancel', { detail: 2 }));
    runCallbacks(target, new CustomEvent('signin-step-change', { detail: 3 }));
    window.reportError = original;
    expect(calls).to.deep.equal([['success', 1], ['event', 'signin-success'], ['event', 'signin-cancel'], ['event', 'signin-step-change']]);
    expect(errors.map(String)).to.deep.equal(['Error: boom']);
  });
});

describe('resolveWidgetConfig', () => {
  it('merges attributes and the config object, which wins', () => {
    const result = resolveWidgetConfig({ clientId: 'a', apiBase: 'http://p.example', ownerExternalId: '', country: 'PL' }, { ownerExternalId: 'u-1', country: 'CZ', popupTimeoutMs: 5000 });
    expect(result).to.deep.equal({ ok: true, config: { clientId: 'a', apiBase: 'http://p.example', ownerExternalId: 'u-1', country: 'CZ', mode: 'auto', popupTimeoutMs: 5000, accessMode: 'single', accessDays: 180, multiBank: false } });
  });

  it('names the bad fields', () => {
    const result = resolveWidgetConfig({ clientId: 'a', apiBase: 'nope' }, { popupTimeoutMs: 10 } as never);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).to.have.members(['apiBase', 'ownerExternalId', 'popupTimeoutMs']);
    expect(resolveWidgetConfig({}, 'x' as never)).to.deep.equal({ ok: false, issues: [{ field: 'config', message: 'must be an object' }] });
  });
});
