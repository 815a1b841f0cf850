import type { BrowserAccess } from '../core/protocol/result.js';
import type { AcceptedConsent } from '../core/consents/consent-state.js';
import { SignInEvent } from './signin-event.js';

export interface ConsentsAcceptDetail {
  /** Every accepted consent, in display order: `{id, version, acceptedAt}` (ISO 8601, UTC). */
  readonly consents: readonly AcceptedConsent[];
  /** The access granted: `{mode: 'single'}`, or `{mode: 'multiple', expiresAt}` (ISO 8601) for ongoing access (in `mixed`, the user's choice). */
  readonly access: BrowserAccess;
}

/** `signin-consents-accept`: every required consent is accepted and the user goes on. */
export class SignInConsentsAcceptEvent extends SignInEvent<ConsentsAcceptDetail> {
  static readonly eventName = 'signin-consents-accept';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-consents-accept': SignInConsentsAcceptEvent;
  }
}
