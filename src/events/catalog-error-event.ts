import type { ConfigIssue } from '../config/parse-config.js';
import { SignInEvent } from './signin-event.js';

export interface CatalogErrorDetail {
  /** What went wrong, for your logs (the user sees "could not be loaded" and a retry button, or the banks that were valid). */
  readonly message: string;
  /** The provider's HTTP status, when it answered. */
  readonly status?: number;
  /** Banks left out of a list that loaded, each problem with its row (`banks.3.name`); empty when the whole list failed. */
  readonly skipped: readonly ConfigIssue[];
  /** Whether the list loaded at all (with `skipped` rows left out), or failed as a whole. */
  readonly loaded: boolean;
}

/** `signin-catalog-error`: the bank list failed to load, or some of its banks were not valid and were left out. */
export class SignInCatalogErrorEvent extends SignInEvent<CatalogErrorDetail> {
  static readonly eventName = 'signin-catalog-error';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signin-catalog-error': SignInCatalogErrorEvent;
  }
}
