import type { Bank } from '../core/protocol/catalog.js';
import { SignInEvent } from './signin-event.js';

export interface BankSelectDetail {
  /** The bank the user chose. */
  readonly bank: Bank;
}

/** `signin-bank-select`: the user chose a bank. */
export class SignInBankSelectEvent extends SignInEvent<BankSelectDetail> {
  static readonly eventName = 'signin-bank-select';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-bank-select': SignInBankSelectEvent;
  }
}
