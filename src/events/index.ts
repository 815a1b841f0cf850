export { SignInBankSelectEvent } from './bank-select-event.js';
export type { BankSelectDetail } from './bank-select-event.js';
export { SignInBankMissingEvent } from './bank-missing-event.js';
export type { BankMissingDetail } from './bank-missing-event.js';
export { SignInEvent } from './signin-event.js';
