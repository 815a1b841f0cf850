import type { FlowStep } from '../core/flow/flow-machine.js';
import { SignInEvent } from './signin-event.js';

export interface StepChangeDetail {
  /** The step shown now: `bank`, `consents`, `authorize` or `result`. */
  readonly step: FlowStep;
  /** The step left. */
  readonly previousStep: FlowStep;
}

/** `signin-step-change`: the widget moved to another step (forward, back, or to the result). */
export class SignInStepChangeEvent extends SignInEvent<StepChangeDetail> {
  static readonly eventName = 'signin-step-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-step-change': SignInStepChangeEvent;
  }
}
