/**
 * `window.SignInFlow`: what a page that loads the classic script needs. A curated set (not all
 * of `index.ts`), so the classic script carries no code only npm users would call.
 */
export { VERSION } from './version.js';
export { embed } from './embed/embed.js';
export { handleReturn } from './embed/handle-return.js';
export { detectInAppBrowser } from './core/redirect/in-app-browser.js';
export { SIGNIN_EVENTS } from './events/event-names.js';
export { SignInWidget } from './components/widget/widget.js';
export { SignInLauncher } from './components/launcher/launcher.js';
export { SignInBankPicker } from './components/bank-picker/bank-picker.js';
export { SignInConsents } from './components/consents/consents.js';
export { widgetConfigSchema } from './config/widget-config.js';
export { parseConfig, ConfigError } from './config/parse-config.js';
export { LOCALES, loadLocale } from './i18n/index.js';
