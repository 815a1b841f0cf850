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

/**
 * The codes after which trying the same bank again can work: the bank or the provider was down
 * or slow, or the time ran out. After any other (the bank blocked the user, for a while or for
 * good; the integration is refused) only another bank, or leaving, can.
 */
const RETRYABLE: readonly string[] = ['BankUnavailable', 'bank_down', 'SessionExpired', TIMEOUT, NETWORK_ERROR, 'internal_error'];

/** Whether "Try again" can help after a flow failed with `code`. */
export const canRetry = (code: string): boolean => RETRYABLE.includes(code);
