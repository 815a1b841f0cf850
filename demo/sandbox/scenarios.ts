import type { MessageKey } from './i18n.js';

/** A sandbox credential and what it does; `password` is literal, or a message key (`any password`). */
export interface Scenario {
  readonly username: string;
  readonly password: string | { readonly key: MessageKey };
  readonly outcome: MessageKey;
}

/**
 * The bank's scenarios by user name, as routes-bank.ts plays them: the login page's hint box and
 * the sandbox's root page list these (the Cancel button, on every bank page, ends in `cancelled`).
 */
export const SCENARIOS: readonly Scenario[] = [
  { username: 'demo', password: 'demo', outcome: 'hintDemo' },
  { username: 'demo', password: { key: 'wrongPassword' }, outcome: 'hintWrong' },
  { username: 'locked', password: { key: 'anyPassword' }, outcome: 'hintLocked' },
  { username: 'slow', password: 'demo', outcome: 'hintSlow' },
  { username: 'mfa', password: 'demo', outcome: 'hintMfa' },
  { username: 'bankdown', password: { key: 'anyPassword' }, outcome: 'hintBankdown' },
];
