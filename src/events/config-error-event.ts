import type { ConfigIssue } from '../config/parse-config.js';
import { SignInEvent } from './signin-event.js';

export interface ConfigErrorDetail {
  /** Every problem found: the field (dotted path, e.g. `consents.2.id`) and what was wrong. */
  readonly issues: readonly ConfigIssue[];
}

/** `signin-config-error`: an element was given a configuration that does not validate. */
export class SignInConfigErrorEvent extends SignInEvent<ConfigErrorDetail> {
  static readonly eventName = 'signin-config-error';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-config-error': SignInConfigErrorEvent;
  }
}
