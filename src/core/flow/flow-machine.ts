import type { AcceptedConsent } from '../consents/consent-state.js';
import type { Bank } from '../protocol/catalog.js';
import type { BrowserAccess } from '../protocol/result.js';

/** The steps of the SignIn Flow, in order. */
export const FLOW_STEPS = ['bank', 'consents', 'authorize', 'result'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

/** How the authorization ended, shown on the `result` step. */
export type FlowOutcome = 'success' | 'error';

/**
 * The steps of the widget: bank → consents → authorize → result, with back navigation.
 * A step is reached only with what it needs (consents need a bank, authorize needs both);
 * every move is reported to `onChange` with the step left.
 */
export class FlowMachine {
  step: FlowStep = 'bank';
  bank: Bank | undefined;
  consents: readonly AcceptedConsent[] | undefined;
  /** The access the consents granted. */
  access: BrowserAccess | undefined;
  outcome: FlowOutcome | undefined;
  /** The flow renews the access of a reconnect token: it starts at the consents of that bank, with no way back to another. */
  renewing = false;

  readonly #onChange: (step: FlowStep, previous: FlowStep) => void;

  constructor(onChange: (step: FlowStep, previous: FlowStep) => void = () => {}) {
    this.#onChange = onChange;
  }

  /** The position of the current step, from 1. */
  get position(): number {
    return FLOW_STEPS.indexOf(this.step) + 1;
  }

  /** Back is offered on the consents and authorize steps. */
  get canGoBack(): boolean {
    return (this.step === 'consents' && !this.renewing) || this.step === 'authorize';
  }

  selectBank(bank: Bank, renewing = false): void {
    this.bank = bank;
    this.renewing = renewing;
    this.consents = undefined;
    this.#go('consents');
  }

  acceptConsents(consents: readonly AcceptedConsent[], access?: BrowserAccess): boolean {
    if (!this.bank || this.step !== 'consents') return false;
    this.consents = consents;
    this.access = access;
    return this.#go('authorize');
  }

  /** Back from the bank in redirect mode: the authorize step, with what the flow had chosen. */
  resume(bank: Bank, consents: readonly AcceptedConsent[]): boolean {
    this.bank = bank;
    this.consents = consents;
    return this.#go('authorize');
  }

  /** The authorization ended: show the result. */
  finish(outcome: FlowOutcome): boolean {
    if (this.step !== 'authorize') return false;
    this.outcome = outcome;
    return this.#go('result');
  }

  /** Another attempt with the same bank and consents. */
  retry(): boolean {
    return this.step === 'result' && this.outcome === 'error' && this.#go('authorize');
  }

  back(): boolean {
    if (!this.canGoBack) return false;
    return this.#go(this.step === 'authorize' ? 'consents' : 'bank');
  }

  /** Back to the bank step, e.g. to choose another bank after an error. */
  restart(): boolean {
    this.renewing = false;
    this.bank = undefined;
    this.consents = undefined;
    return this.#go('bank');
  }

  #go(step: FlowStep): boolean {
    const previous = this.step;
    if (step !== 'result') this.outcome = undefined;
    if (step === previous) return false;
    this.step = step;
    this.#onChange(step, previous);
    return true;
  }
}
