export { ConsentState } from './consent-state.js';
export type { AcceptedConsent, Clock, ConsentDefinition } from './consent-state.js';
export { parseLabel, isSafeHref, plainLabel, unsafeLinks } from './label-markup.js';
export type { LabelPart } from './label-markup.js';
export { defaultConsents, DEFAULT_CONSENTS_VERSION } from './default-consents.js';
export type { DefaultConsentLinks } from './default-consents.js';

