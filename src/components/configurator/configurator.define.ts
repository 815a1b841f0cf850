import { defineElement } from '../shared/define-element.js';
import { SignInConfigurator } from './configurator.js';
import '../widget/widget.define.js';

defineElement('signin-configurator', SignInConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'signin-configurator': SignInConfigurator;
  }
}
