import type { ConfigIssue } from '../config/parse-config.js';
import { SignInEvent } from './signin-event.js';

export interface ConfigErrorDetail {
  /** Every problem found: the field (dotted path, e.g. `consents.2.id`) and what was wrong. */
  readonly issues: readonly ConfigIssue[];
  /**
   * `error`: a value does not validate; the element shows the problems instead of itself (the
   * launcher uses its default instead). `warning`: every value validates, but one the user
   * needs is missing and the element does without it: `<signin-consents>` without `terms-url`
   * or `privacy-url` leaves out the consent to that document, which the user could not read.
   */
  readonly severity: 'error' | 'warning';
}

/** `signin-config-error`: an element was given a configuration that does not validate, or lacks something the user needs (`severity: 'warning'`). */
export class SignInConfigErrorEvent extends SignInEvent<ConfigErrorDetail> {
  static readonly eventName = 'signin-config-error';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-config-error': SignInConfigErrorEvent;
  }
}
