import { SignInEvent } from './signin-event.js';

export interface BankMissingDetail {
  /** What the user had typed when they said their bank is not listed. */
  readonly query: string;
}

/** `signin-bank-missing`: the user said their bank is not in the list. */
export class SignInBankMissingEvent extends SignInEvent<BankMissingDetail> {
  static readonly eventName = 'signin-bank-missing';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-bank-missing': SignInBankMissingEvent;
  }
}
