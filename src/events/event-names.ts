/** The name of every public event, in the order a flow usually fires them. */
export const SIGNIN_EVENTS = [
  'signin-step-change',
  'signin-catalog-error',
  'signin-bank-select',
  'signin-bank-missing',
  'signin-consents-accept',
  'signin-popup-open',
  'signin-popup-blocked',
  'signin-popup-close',
  'signin-redirect',
  'signin-success',
  'signin-error',
  'signin-cancel',
  'signin-config-error',
] as const;
export type SignInEventName = (typeof SIGNIN_EVENTS)[number];
