import type { ReturnResult } from '../core/redirect/redirect-return.js';
import { SignInCancelEvent } from './cancel-event.js';
import { SignInErrorEvent } from './error-event.js';
import type { SignInEvent } from './signin-event.js';
import { SignInSuccessEvent } from './success-event.js';

/** The final event of a redirection flow read on the return page. */
export function returnEvent(result: ReturnResult): SignInEvent<unknown> {
  const { bank } = result;
  if (result.status === 'success') {
    const { sessionId, sessionIdSignature, consents, access } = result;
    return new SignInSuccessEvent({ sessionId, sessionIdSignature, bank, consents, access: access ?? { mode: 'single' } });
  }
  if (result.status === 'failed') return new SignInErrorEvent({ code: result.code, message: result.message, bank });
  return new SignInCancelEvent({ reason: 'bank-cancel', bank });
}
