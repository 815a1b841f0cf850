import type { Bank } from '../core/protocol/catalog.js';
import type { BrowserAccess } from '../core/protocol/result.js';
import type { AcceptedConsent } from '../core/consents/consent-state.js';
import { SignInEvent } from './signin-event.js';

export interface SuccessDetail {
  /** Pass it with `sessionIdSignature` to your backend, which runs the Default Import. */
  readonly sessionId: string;
  /** The provider's signature of `sessionId` (checked by `POST /v1/default-import`). */
  readonly sessionIdSignature: string;
  readonly bank: Bank;
  /** The consents the user accepted: `[{id, version, acceptedAt}]`. */
  readonly consents: readonly AcceptedConsent[];
  /**
   * The access granted: `{mode: 'single'}`, or `{mode: 'multiple', expiresAt}` (ISO 8601) for
   * ongoing access, with `renewed: true` when a reconnect renewed an existing access. Never an
   * access id: your backend reads it with the Default Import.
   */
  readonly access: BrowserAccess;
}

/** `signin-success`: the user authorized at the bank. Fired once per flow. */
export class SignInSuccessEvent extends SignInEvent<SuccessDetail> {
  static readonly eventName = 'signin-success';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-success': SignInSuccessEvent;
  }
}
