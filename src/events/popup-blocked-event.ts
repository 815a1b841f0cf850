import type { Bank } from '../core/protocol/catalog.js';
import { SignInEvent } from './signin-event.js';

export interface PopupBlockedDetail {
  /** The bank the user wanted to sign in at. */
  readonly bank: Bank;
}

/** `signin-popup-blocked`: the browser blocked the bank window; the user is offered to try again or to continue in this window. */
export class SignInPopupBlockedEvent extends SignInEvent<PopupBlockedDetail> {
  static readonly eventName = 'signin-popup-blocked';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-popup-blocked': SignInPopupBlockedEvent;
  }
}
