/**
 * `signin-flow/configurator.js`: registers `<signin-configurator>` (and the elements of its
 * preview) and exports the configurator's pure functions. A developer tool, kept out of
 * `define.js` and of the CDN script.
 */
import './define.js';
import './components/configurator/configurator.define.js';

export { SignInConfigurator } from './components/configurator/configurator.js';
export * from './core/configurator/index.js';
