import type { Bank } from '../core/protocol/catalog.js';
import type { CancelReason } from '../core/flow/popup-session.js';
import { SignInEvent } from './signin-event.js';

export interface CancelDetail {
  /** `popup-closed`: the user closed the bank window; `user-cancel`: Cancel in the widget; `bank-cancel`: Cancel at the bank. */
  readonly reason: CancelReason;
  readonly bank: Bank;
}

/** `signin-cancel`: the user stopped the flow before the end. Fired once per flow. */
export class SignInCancelEvent extends SignInEvent<CancelDetail> {
  static readonly eventName = 'signin-cancel';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-cancel': SignInCancelEvent;
  }
}
