import { runCallbacks, type FlowCallbacks } from '../core/flow/callbacks.js';
import { takeReturn } from './page-return.js';
import type { ReturnResult } from '../core/redirect/redirect-return.js';
import { returnEvent } from '../events/return-event.js';

export interface HandleReturnOptions extends FlowCallbacks {
  /** Where the final event is dispatched (default: `document`). */
  readonly target?: EventTarget;
}

/**
 * For a return page without `<signin-widget>`: reads the result of a redirection flow started
 * in this tab from the URL, once, removes it from the address bar, dispatches
 * `signin-success`, `signin-error` or `signin-cancel` on `target`, calls the matching callback,
 * and returns the result. Returns undefined when the URL carries no result of this tab's flow
 * (or it was already handled: a reload reports nothing).
 *
 * The status read here is what the browser was told: your backend must confirm it with
 * `GET /v1/signin-sessions/:id` before it runs the Default Import.
 */
export function handleReturn(options: HandleReturnOptions = {}): ReturnResult | undefined {
  const result = takeReturn();
  if (!result) return undefined;
  const event = returnEvent(result);
  (options.target ?? document).dispatchEvent(event);
  runCallbacks(options, event);
  return result;
}
