import { defineElement } from '../shared/define-element.js';
import { SignInWidget } from './widget.js';
import '../bank-picker/bank-picker.define.js';
import '../consents/consents.define.js';
import '../launcher/launcher.define.js';

defineElement('signin-widget', SignInWidget);

declare global {
  interface HTMLElementTagNameMap {
    'signin-widget': SignInWidget;
  }
}
