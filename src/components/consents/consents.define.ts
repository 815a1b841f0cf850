import { defineElement } from '../shared/define-element.js';
import { SignInConsents } from './consents.js';

defineElement('signin-consents', SignInConsents);

declare global {
  interface HTMLElementTagNameMap {
    'signin-consents': SignInConsents;
  }
}
