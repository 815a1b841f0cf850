import type { Bank } from '../core/protocol/catalog.js';
import { SignInEvent } from './signin-event.js';

export interface PopupOpenDetail {
  /** The bank the user signs in at. */
  readonly bank: Bank;
}

/** `signin-popup-open`: the bank window opened (the flow started at the bank). */
export class SignInPopupOpenEvent extends SignInEvent<PopupOpenDetail> {
  static readonly eventName = 'signin-popup-open';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-popup-open': SignInPopupOpenEvent;
  }
}
