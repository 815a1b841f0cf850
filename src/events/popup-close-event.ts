import type { Bank } from '../core/protocol/catalog.js';
import { SignInEvent } from './signin-event.js';

export interface PopupCloseDetail {
  readonly bank: Bank;
  /** `user`: the user closed it before the end; `done`: the flow ended (result, cancel, timeout) and the window was closed. */
  readonly reason: 'user' | 'done';
}

/** `signin-popup-close`: the bank window closed. */
export class SignInPopupCloseEvent extends SignInEvent<PopupCloseDetail> {
  static readonly eventName = 'signin-popup-close';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-popup-close': SignInPopupCloseEvent;
  }
}
