import { signinErrorCodeSchema } from '../protocol/result.js';

/** The bank window stayed open longer than `popupTimeoutMs`. */
export const TIMEOUT = 'Timeout';
/** The provider did not answer (or sent no JSON). */
export const NETWORK_ERROR = 'network_error';

/**
 * The codes a flow can end with in `signin-error` besides the provider's API codes (`bank_down`,
 * `origin_not_allowed`…): the bank's, from the protocol, and the widget's own two.
 */
export const FLOW_ERROR_CODES = [...signinErrorCodeSchema.options, TIMEOUT, NETWORK_ERROR] as const;
export type FlowErrorCode = (typeof FLOW_ERROR_CODES)[number];
