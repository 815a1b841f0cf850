import { expect } from '@open-wc/testing';
import { PopupSession, type PopupHost, type PopupOutcome, type PopupWindow } from '../../src/core/flow/popup-session.js';

const PROVIDER = 'https://provider.example';

class FakePopup implements PopupWindow {
  closed = false;
  focused = 0;
  urls: string[] = [];
  readonly location = { replace: (url: string) => void this.urls.push(url) };
  close() {
    this.closed = true;
  }
  focus() {
    this.focused++;
  }
}

/** A window with a fake clock: `tick(ms)` runs the timers due. */
class FakeHost implements PopupHost {
  screenX = 100;
  screenY = 50;
  outerWidth = 1300;
  outerHeight = 900;
  opened: { url: string; target: string; features: string }[] = [];
  popup: FakePopup | null = new FakePopup();
  listeners = new Set<(event: MessageEvent) => void>();
  private timers = new Map<number, { at: number; every?: number; run: () => void }>();
  private now = 0;
  private nextId = 1;
  open(url: string, target: string, features: string) {
    this.opened.push({ url, target, features });
    return this.popup;
  }
  addEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
    this.listeners.delete(listener);
  }
  setTimeout(run: () => void, ms: number) {
    // As browsers do: a delay past the 32-bit limit overflows, and the timer fires at once.
    this.timers.set(this.nextId, { at: this.now + (ms > 2 ** 31 - 1 ? 1 : ms), run });
    return this.nextId++;
  }
  setInterval(run: () => void, ms: number) {
    this.timers.set(this.nextId, { at: this.now + ms, every: ms, run });
    return this.nextId++;
  }
  clearTimeout(id: number) {
    this.timers.delete(id);
  }
  clearInterval(id: number) {
    this.timers.delete(id);
  }
  get timerCount() {
    return this.timers.size;
  }
  tick(ms: number) {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.now = timer.at;
      if (timer.every) timer.at += timer.every;
      else this.timers.delete(id);
      timer.run();
    }
    this.now = end;
  }
  post(data: unknown, origin = PROVIDER, source: unknown = this.popup) {
    const event = new MessageEvent('message', { data, origin });
    Object.defineProperty(event, 'source', { value: source });
    for (const listener of [...this.listeners]) listener(event);
  }
}

function session(host: FakeHost, timeoutMs?: number) {
  const outcomes: PopupOutcome[] = [];
  const popup = new PopupSession({ connectingUrl: `${PROVIDER}/connecting?locale=en`, providerOrigin: PROVIDER, host, timeoutMs, onEnd: (o) => outcomes.push(o) });
  return { popup, outcomes };
}

const result = (extra: object = {}) => ({ type: 'signin-flow/result', state: 'st-1', sessionId: 'ses_1', status: 'success', sessionIdSignature: 'sig', ...extra });

describe('PopupSession', () => {
  it('opens a sized, centered popup on the connecting page, then sends it to the bank', () => {
    const host = new FakeHost();
    const { popup } = session(host);
    expect(popup.open()).to.equal(true);
    expect(host.opened).to.deep.equal([{ url: `${PROVIDER}/connecting?locale=en`, target: 'signin-flow', features: 'popup=yes,width=500,height=680,left=500,top=160' }]);
    popup.authorize(`${PROVIDER}/bank/tok`, 'st-1', 'ses_1');
    expect(host.popup!.urls).to.deep.equal([`${PROVIDER}/bank/tok`]);
    popup.focus();
    expect(host.popup!.focused).to.equal(1);
  });

  it('reads only the provider’s messages from its popup with its state, validated', () => {
    const host = new FakeHost();
    const { popup, outcomes } = session(host);
    popup.open();
    host.post(result()); // before the session exists: no state yet
    popup.authorize(`${PROVIDER}/bank/tok`, 'st-1', 'ses_1');
    host.post(result(), 'https://evil.example');
    host.post(result(), PROVIDER, window);
    host.post(result({ state: 'other' }));
    host.post(result({ sessionId: 'ses_another' })); // the right state, another session: not this flow's result
    host.post(result({ status: 'weird' }));
    host.post(result({ sessionIdSignature: undefined }));
    host.post('signin-flow/result');
    host.post(null);
    expect(outcomes).to.deep.equal([]);
    host.post(result());
    host.post(result());
    host.post(result({ status: 'failed', error: { code: 'AccessBlocked', message: 'x' } }));
    expect(outcomes).to.deep.equal([{ status: 'success', sessionId: 'ses_1', sessionIdSignature: 'sig', access: undefined }]);
    expect(host.popup!.closed).to.equal(true);
    expect(host.listeners.size).to.equal(0);
    expect(host.timerCount).to.equal(0);
  });

  it('reports failures with the provider’s code and the bank’s cancel', () => {
    const host = new FakeHost();
    const first = session(host);
    first.popup.open();
    first.popup.authorize('https://provider.example/bank/a', 'st-1', 'ses_1');
    host.post(result({ status: 'failed', sessionIdSignature: undefined, error: { code: 'AccessBlocked', message: 'Blocked' } }));
    expect(first.outcomes).to.deep.equal([{ status: 'failed', code: 'AccessBlocked', message: 'Blocked' }]);
    host.popup = new FakePopup();
    const second = session(host);
    second.popup.open();
    second.popup.authorize('https://provider.example/bank/b', 'st-1', 'ses_1');
    host.post(result({ status: 'cancelled', sessionIdSignature: undefined }));
    expect(second.outcomes).to.deep.equal([{ status: 'cancelled', reason: 'bank-cancel' }]);
  });

  it('is blocked when window.open returns null or a window closed at once', () => {
    const host = new FakeHost();
    host.popup = null;
    const nulled = session(host);
    expect(nulled.popup.open()).to.equal(false);
    expect(nulled.outcomes).to.deep.equal([{ status: 'blocked' }]);
    host.popup = new FakePopup();
    host.popup.closed = true;
    const closed = session(host);
    expect(closed.popup.open()).to.equal(false);
    expect(closed.outcomes).to.deep.equal([{ status: 'blocked' }]);
    host.popup = new FakePopup();
    const later = session(host);
    later.popup.open();
    host.popup.close(); // closed by a blocker before the first check
    host.tick(500);
    expect(later.outcomes).to.deep.equal([{ status: 'blocked' }]);
  });

  it('reports a popup closed by the user as a cancel', () => {
    const host = new FakeHost();
    const { popup, outcomes } = session(host);
    popup.open();
    host.tick(1500);
    host.popup!.close();
    host.tick(500);
    host.tick(5000);
    expect(outcomes).to.deep.equal([{ status: 'cancelled', reason: 'popup-closed' }]);
    expect(host.timerCount).to.equal(0);
  });

  it('ends with Timeout after the configured time, and closes the popup', () => {
    const host = new FakeHost();
    const { popup, outcomes } = session(host, 60_000);
    popup.open();
    host.tick(59_999);
    expect(outcomes).to.deep.equal([]);
    host.tick(1);
    expect(outcomes).to.deep.equal([{ status: 'failed', code: 'Timeout', message: 'The bank sign-in took too long.' }]);
    expect(host.popup!.closed).to.equal(true);
  });

  it('never lets a huge timeout overflow the timer and fail the flow at once', () => {
    const host = new FakeHost();
    const { popup, outcomes } = session(host, 2 ** 31);
    popup.open();
    host.tick(60_000);
    expect(outcomes).to.deep.equal([]);
  });

  it('cancels once, and dispose() ends silently', () => {
    const host = new FakeHost();
    const first = session(host);
    first.popup.open();
    first.popup.cancel();
    first.popup.cancel();
    first.popup.fail('x', 'y');
    expect(first.outcomes).to.deep.equal([{ status: 'cancelled', reason: 'user-cancel' }]);
    host.popup = new FakePopup();
    const second = session(host);
    second.popup.open();
    second.popup.dispose();
    host.tick(700_000);
    expect(second.outcomes).to.deep.equal([]);
    expect(host.popup.closed).to.equal(true);
    expect(host.listeners.size + host.timerCount).to.equal(0);
    expect(second.popup.done).to.equal(true);
  });
});
