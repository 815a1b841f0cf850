export { SignInBankSelectEvent } from './bank-select-event.js';
export type { BankSelectDetail } from './bank-select-event.js';
export { SignInBankMissingEvent } from './bank-missing-event.js';
export type { BankMissingDetail } from './bank-missing-event.js';
export { SignInConsentsAcceptEvent } from './consents-accept-event.js';
export type { ConsentsAcceptDetail } from './consents-accept-event.js';
export { SignInConfigErrorEvent } from './config-error-event.js';
export type { ConfigErrorDetail } from './config-error-event.js';
export { SignInEvent } from './signin-event.js';
