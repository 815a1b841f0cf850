import type { Bank } from '../core/protocol/catalog.js';
import { SignInEvent } from './signin-event.js';

/** Why the flow continues in this window. */
export type RedirectReason = 'user' | 'mode' | 'in-app-browser' | 'popup-blocked';

export interface RedirectDetail {
  /** The bank's sign-in page this window is about to open. */
  readonly url: string;
  readonly bank: Bank;
  /** `user`: the user chose it after a blocked popup; `mode`: `mode="redirect"`; `in-app-browser` and
   * `popup-blocked`: `mode="auto"` chose it. */
  readonly reason: RedirectReason;
  /** The in-app browser detected, when `reason` is `in-app-browser` (e.g. `Instagram`). */
  readonly browser?: string;
}

/** `signin-redirect`: this window is about to go to the bank (see `reason`). Cancelable: `preventDefault()` keeps the page and lets you navigate yourself. */
export class SignInRedirectEvent extends SignInEvent<RedirectDetail> {
  static readonly eventName = 'signin-redirect';
  static readonly cancelable = true;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-redirect': SignInRedirectEvent;
  }
}
