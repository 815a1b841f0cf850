import type { Bank } from '../core/protocol/catalog.js';
import { SignInEvent } from './signin-event.js';

export interface ErrorDetail {
  /**
   * The provider's code (`AccessBlocked`, `AccessTemporarilyBlocked`, `BankUnavailable`, `SessionExpired`),
   * `Timeout`, or an API error code when the session could not be created (`bank_down`,
   * `origin_not_allowed`, `network_error`…).
   */
  readonly code: string;
  /** What happened, in English, for logs (the element shows the user its own text). */
  readonly message: string;
  /** The bank of the flow; not set when a `reconnect-token` failed before any bank was known. */
  readonly bank?: Bank;
}

/** `signin-error`: the flow failed. Fired once per flow. */
export class SignInErrorEvent extends SignInEvent<ErrorDetail> {
  static readonly eventName = 'signin-error';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-error': SignInErrorEvent;
  }
}
