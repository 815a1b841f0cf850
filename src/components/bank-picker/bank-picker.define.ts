import { defineElement } from '../shared/define-element.js';
import { SignInBankPicker } from './bank-picker.js';

defineElement('signin-bank-picker', SignInBankPicker);

declare global {
  interface HTMLElementTagNameMap {
    'signin-bank-picker': SignInBankPicker;
  }
}
