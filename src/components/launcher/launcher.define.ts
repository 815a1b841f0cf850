import { defineElement } from '../shared/define-element.js';
import { SignInLauncher } from './launcher.js';

defineElement('signin-launcher', SignInLauncher);

declare global {
  interface HTMLElementTagNameMap {
    'signin-launcher': SignInLauncher;
  }
}
