export { FlowMachine, FLOW_STEPS } from './flow-machine.js';
export type { FlowStep, FlowOutcome } from './flow-machine.js';
export { PopupSession } from './popup-session.js';
export type { CancelReason, PopupHost, PopupOutcome, PopupSessionOptions, PopupWindow } from './popup-session.js';
export { ProviderClient, ProviderError, sharedProviderClient } from './provider-client.js';
export type { ProviderClientLike } from './provider-client.js';
export { runCallbacks } from './callbacks.js';
export type { FlowCallbacks } from './callbacks.js';
