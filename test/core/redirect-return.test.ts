import { expect } from '@open-wc/testing';
import { RedirectStore, hasReturnParams, readReturn, withoutReturnParams, type PendingRedirect } from '../../src/core/redirect/redirect-return.js';
import { fixtureBanks } from '../fixtures/banks.js';

/** A Storage in memory, so tests do not touch the page's sessionStorage. */
class MemoryStorage {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

const bank = fixtureBanks[3]!;
const consents = [{ id: 'terms', version: '1', acceptedAt: '2026-11-24T08:00:00.000Z' }];
const pending: PendingRedirect = { state: 'st_1', sessionId: 'ses_1', bank, consents, startedAt: 1_000 };
const returnUrl = (params: Record<string, string>) => new URL(`https://shop.example/return?order=7&${new URLSearchParams(params)}`);

describe('redirect return', () => {
  let now = 1_000;
  let store: RedirectStore;
  beforeEach(() => {
    now = 1_000;
    store = new RedirectStore(new MemoryStorage(), () => now);
    store.save(pending);
  });

  it('gives the success result once, then nothing (a reload does not emit it again)', () => {
    const url = returnUrl({ signin_state: 'st_1', signin_session_id: 'ses_1', signin_status: 'success', signin_signature: 'sig' });
    expect(hasReturnParams(url)).to.equal(true);
    expect(readReturn(url, store)).to.deep.equal({ status: 'success', sessionId: 'ses_1', sessionIdSignature: 'sig', bank, consents, access: undefined });
    expect(readReturn(url, store)).to.equal(undefined);
  });

  it('reads the access the provider granted: mode, end date, renewal', () => {
    const url = returnUrl({
      signin_state: 'st_1', signin_session_id: 'ses_1', signin_status: 'success', signin_signature: 'sig',
      signin_access_mode: 'multiple', signin_access_expires_at: '2026-06-01T00:00:00.000Z', signin_access_renewed: 'true',
    });
    expect(readReturn(url, store)).to.deep.include({ access: { mode: 'multiple', expiresAt: '2026-06-01T00:00:00.000Z', renewed: true } });
    store.save(pending);
    expect(readReturn(returnUrl({ signin_state: 'st_1', signin_session_id: 'ses_1', signin_status: 'success', signin_signature: 'sig', signin_access_mode: 'single' }), store)).to.deep.include({ access: { mode: 'single' } });
    store.save(pending);
    expect(readReturn(returnUrl({ signin_state: 'st_1', signin_session_id: 'ses_1', signin_status: 'success', signin_signature: 'sig', signin_access_mode: 'forever' }), store), 'a mode the protocol does not know: no result').to.equal(undefined);
    expect(withoutReturnParams(url), 'the access parameters go with the others').to.equal('https://shop.example/return?order=7');
  });

  it('reads failures with the provider code, and cancellations', () => {
    const failed = readReturn(returnUrl({ signin_state: 'st_1', signin_session_id: 'ses_1', signin_status: 'failed', signin_error: 'AccessBlocked', signin_error_description: 'Blocked' }), store);
    expect(failed).to.deep.equal({ status: 'failed', code: 'AccessBlocked', message: 'Blocked', bank });
    store.save(pending);
    expect(readReturn(returnUrl({ signin_state: 'st_1', signin_session_id: 'ses_1', signin_status: 'cancelled' }), store)).to.deep.equal({ status: 'cancelled', bank });
  });

  it('ignores a state this tab did not store, or a swapped session id', () => {
    expect(readReturn(returnUrl({ signin_state: 'other', signin_session_id: 'ses_1', signin_status: 'success', signin_signature: 's' }), store)).to.equal(undefined);
    expect(readReturn(returnUrl({ signin_state: 'st_1', signin_session_id: 'ses_evil', signin_status: 'success', signin_signature: 's' }), store)).to.equal(undefined);
  });

  it('does not turn a tampered status or unknown error code into something else', () => {
    expect(readReturn(returnUrl({ signin_state: 'st_1', signin_session_id: 'ses_1', signin_status: 'hacked' }), store)).to.equal(undefined);
    store.save(pending);
    const noSignature = readReturn(returnUrl({ signin_state: 'st_1', signin_session_id: 'ses_1', signin_status: 'success' }), store);
    expect(noSignature).to.include({ status: 'failed', code: 'InvalidReturn' });
    store.save(pending);
    const unknown = readReturn(returnUrl({ signin_state: 'st_1', signin_session_id: 'ses_1', signin_status: 'failed', signin_error: '<script>' }), store);
    expect(unknown).to.include({ status: 'failed', code: 'Unknown' });
  });

  it('forgets entries older than a day', () => {
    now = 1_000 + 24 * 60 * 60 * 1000;
    expect(readReturn(returnUrl({ signin_state: 'st_1', signin_session_id: 'ses_1', signin_status: 'cancelled' }), store)).to.equal(undefined);
  });

  it('cleans the URL of its result parameters only', () => {
    const url = returnUrl({ signin_state: 'st_1', signin_session_id: 'ses_1', signin_status: 'success', signin_signature: 'sig' });
    expect(withoutReturnParams(url)).to.equal('https://shop.example/return?order=7');
    expect(hasReturnParams(new URL('https://shop.example/return?order=7'))).to.equal(false);
  });
});
