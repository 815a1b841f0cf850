import { signinResultMessageSchema, type BrowserAccess } from '../protocol/result.js';
import { TIMEOUT } from './error-codes.js';

/** Why a flow was cancelled: the user closed the bank window, pressed Cancel here, or at the bank. */
export type CancelReason = 'popup-closed' | 'user-cancel' | 'bank-cancel';

/** How a popup session ended; reported once. */
export type PopupOutcome =
  | { readonly status: 'success'; readonly sessionId: string; readonly sessionIdSignature: string; readonly access?: BrowserAccess | undefined }
  | { readonly status: 'failed'; readonly code: string; readonly message: string }
  | { readonly status: 'cancelled'; readonly reason: CancelReason }
  | { readonly status: 'blocked' };

/** The popup window, as far as a cross-origin opener may touch it. */
export interface PopupWindow {
  readonly closed: boolean;
  close(): void;
  focus(): void;
  readonly location: { replace(url: string): void };
}

/** What the session needs from the opener window; `window` itself, or a fake in tests. */
export interface PopupHost {
  open(url: string, target: string, features: string): PopupWindow | null;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  readonly screenX: number;
  readonly screenY: number;
  readonly outerWidth: number;
  readonly outerHeight: number;
}

export interface PopupSessionOptions {
  /** The page shown while the session is created (the provider's `/connecting`). */
  readonly connectingUrl: string;
  /** The provider's origin: only its messages are read. */
  readonly providerOrigin: string;
  /** Ends the flow with a `Timeout` error (default 10 minutes). */
  readonly timeoutMs?: number | undefined;
  /** How often `closed` is checked (default 500 ms). */
  readonly pollMs?: number;
  readonly width?: number;
  readonly height?: number;
  /** The opener: `window`, or a fake in tests. */
  readonly host: PopupHost;
  /** Called once, with how the session ended. */
  readonly onEnd: (outcome: PopupOutcome) => void;
}

/**
 * The bank window of one flow. {@link open} must run inside the user's click, before any
 * `await`, or browsers block it: it opens a "connecting" page at once, and {@link authorize}
 * sends it to the bank when the session exists. Only messages from the provider's origin,
 * from this very popup and with the session's `state` and `sessionId`, valid per the protocol, are read. The
 * session ends exactly once (result, closed window, cancel, timeout) and then cleans up.
 */
export class PopupSession {
  readonly #host: PopupHost;
  #popup: PopupWindow | null = null;
  #state: string | undefined;
  #sessionId: string | undefined;
  #ended = false;
  #timers: number[] = [];

  readonly #options: PopupSessionOptions;

  constructor(options: PopupSessionOptions) {
    this.#options = options;
    this.#host = options.host;
  }

  /** Whether the session is over. */
  get done(): boolean {
    return this.#ended;
  }

  /** Opens the popup, synchronously. False when it was blocked (the session then ended `blocked`). */
  open(): boolean {
    const host = this.#host;
    const options = this.#options;
    const width = options.width ?? 500;
    const height = options.height ?? 680;
    const left = Math.round(host.screenX + Math.max(0, (host.outerWidth - width) / 2));
    const top = Math.round(host.screenY + Math.max(0, (host.outerHeight - height) / 2));
    const popup = host.open(options.connectingUrl, 'signin-flow', `popup=yes,width=${width},height=${height},left=${left},top=${top}`);
    if (!popup || popup.closed) {
      this.#end({ status: 'blocked' });
      return false;
    }
    this.#popup = popup;
    host.addEventListener('message', this.#onMessage);
    let polls = 0;
    // Closed by the first check, still on the connecting page: a blocker closed it, not the user.
    const poll = () => popup.closed && this.#end(polls === 1 && this.#state === undefined ? { status: 'blocked' } : { status: 'cancelled', reason: 'popup-closed' });
    this.#timers.push(
      host.setInterval(() => (polls++, poll()), options.pollMs ?? 500),
      // A timer of 2^31 ms or more would fire at once: the longest a timer can wait is the cap.
      host.setTimeout(() => this.fail(TIMEOUT, 'The bank sign-in took too long.'), Math.min(options.timeoutMs ?? 600_000, 2 ** 31 - 1)),
    );
    return true;
  }

  /** Sends the popup to the bank; its result must carry this session's `state` and `sessionId`. */
  authorize(authorizationUrl: string, state: string, sessionId: string): void {
    if (this.#ended || !this.#popup) return;
    this.#state = state;
    this.#sessionId = sessionId;
    this.#popup.location.replace(authorizationUrl);
  }

  /** Brings the bank window to the front. */
  focus(): void {
    if (!this.#ended) this.#popup?.focus();
  }

  cancel(reason: CancelReason = 'user-cancel'): void {
    this.#end({ status: 'cancelled', reason });
  }

  fail(code: string, message: string): void {
    this.#end({ status: 'failed', code, message });
  }

  /** Ends without reporting: closes the popup, removes the listener and timers. */
  dispose(): void {
    this.#ended = true;
    this.#cleanUp();
  }

  readonly #onMessage = (event: MessageEvent): void => {
    if (event.origin !== this.#options.providerOrigin || event.source !== this.#popup || this.#state === undefined) return;
    const parsed = signinResultMessageSchema.safeParse(event.data);
    if (!parsed.success || parsed.data.state !== this.#state || parsed.data.sessionId !== this.#sessionId) return;
    const { status, sessionId, sessionIdSignature, error, access } = parsed.data;
    if (status === 'success' && sessionIdSignature) this.#end({ status, sessionId, sessionIdSignature, access });
    else if (status === 'failed') this.fail(error?.code ?? 'BankUnavailable', error?.message ?? '');
    else if (status === 'cancelled') this.cancel('bank-cancel');
  };

  #end(outcome: PopupOutcome): void {
    if (this.#ended) return;
    this.dispose();
    this.#options.onEnd(outcome);
  }

  #cleanUp(): void {
    const host = this.#host;
    const popup = this.#popup;
    for (const id of this.#timers) {
      host.clearTimeout(id);
      host.clearInterval(id);
    }
    this.#timers = [];
    host.removeEventListener('message', this.#onMessage);
    if (popup && !popup.closed) popup.close();
    this.#popup = null;
  }
}
