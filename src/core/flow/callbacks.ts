import type { CancelDetail } from '../../events/cancel-event.js';
import type { ErrorDetail } from '../../events/error-event.js';
import type { SuccessDetail } from '../../events/success-event.js';

/** Callbacks an integrator may set instead of listening to events (handy for script-tag users). */
export interface FlowCallbacks {
  /** Called with the detail of `signin-success`. */
  onSuccess?: ((detail: SuccessDetail) => void) | undefined;
  /** Called with the detail of `signin-error`. */
  onError?: ((detail: ErrorDetail) => void) | undefined;
  /** Called with the detail of `signin-cancel`. */
  onCancel?: ((detail: CancelDetail) => void) | undefined;
  /** Called for every event of the flow with its type and detail (as Plaid's `onEvent`). */
  onEvent?: ((type: string, detail: unknown) => void) | undefined;
}

const NAMED: Record<string, 'onSuccess' | 'onError' | 'onCancel'> = { 'signin-success': 'onSuccess', 'signin-error': 'onError', 'signin-cancel': 'onCancel' };

type Callback = (...args: never[]) => void;

/**
 * Calls the callbacks matching an event. Elements call it at the one place where each event
 * is dispatched (or first heard), so a callback runs exactly as often as its event: once per
 * flow. A callback that throws is reported (`reportError`) without breaking the flow.
 */
export function runCallbacks(target: FlowCallbacks, event: CustomEvent): void {
  const named = NAMED[event.type];
  call(named && target[named], event.detail);
  call(target.onEvent, event.type, event.detail);
}

function call(callback: Callback | undefined, ...args: unknown[]): void {
  try {
    (callback as ((...a: unknown[]) => void) | undefined)?.(...args);
  } catch (error) {
    reportError(error);
  }
}
