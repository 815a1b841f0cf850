/** One consent the user is asked for. */
export interface ConsentDefinition {
  /** Stable identifier, e.g. `terms`; letters, digits, `-`, `_`, `.`. */
  readonly id: string;
  /** Version of the text; change it whenever the label or details change. */
  readonly version: string;
  /** When true, the user cannot go on without accepting it. */
  readonly required: boolean;
  /** The text next to the checkbox; may hold `[text](https://url)` links. */
  readonly label: string;
  /** A longer text the user can expand. */
  readonly details?: string | undefined;
}

/** Proof of one acceptance: which consent, in which version, and when (ISO 8601, UTC). */
export interface AcceptedConsent {
  readonly id: string;
  readonly version: string;
  readonly acceptedAt: string;
}

/** Gives the current time; injected so tests (and servers) control timestamps. */
export type Clock = () => Date;

/**
 * The consents of one sign-in and which of them the user accepted, with the time of each
 * acceptance. Knows nothing of the DOM; `<signin-consents>` renders it.
 */
export class ConsentState {
  #defs: readonly ConsentDefinition[];
  readonly #accepted = new Map<string, AcceptedConsent>();
  readonly #clock: Clock;

  constructor(definitions: readonly ConsentDefinition[] = [], clock: Clock = () => new Date()) {
    this.#defs = definitions;
    this.#clock = clock;
  }

  /** The consents, in the order they are shown. */
  get definitions(): readonly ConsentDefinition[] {
    return this.#defs;
  }

  /**
   * Replaces the consents. An acceptance is kept only when its consent is still there in
   * the same version: a new text must be accepted again.
   */
  setDefinitions(definitions: readonly ConsentDefinition[]): void {
    this.#defs = definitions;
    for (const [id, acceptance] of this.#accepted) {
      if (!definitions.some((d) => d.id === id && d.version === acceptance.version)) this.#accepted.delete(id);
    }
  }

  isAccepted(id: string): boolean {
    return this.#accepted.has(id);
  }

  /** Accepts or withdraws one consent; returns whether anything changed. */
  set(id: string, accepted: boolean): boolean {
    const definition = this.#defs.find((d) => d.id === id);
    if (!definition || accepted === this.#accepted.has(id)) return false;
    if (accepted) this.#accepted.set(id, { id, version: definition.version, acceptedAt: this.#clock().toISOString() });
    else this.#accepted.delete(id);
    return true;
  }

  /** Accepts every consent not accepted yet (earlier acceptances keep their time). */
  acceptAll(): void {
    for (const { id } of this.#defs) this.set(id, true);
  }

  /**
   * Takes back acceptances given before (a form's restored state), each with its own time; only
   * those of a consent still shown in the same version count. Returns whether anything changed.
   */
  restore(accepted: readonly AcceptedConsent[]): boolean {
    let changed = false;
    for (const acceptance of accepted) {
      if (this.#accepted.has(acceptance.id) || !this.#defs.some((d) => d.id === acceptance.id && d.version === acceptance.version)) continue;
      this.#accepted.set(acceptance.id, { id: acceptance.id, version: acceptance.version, acceptedAt: acceptance.acceptedAt });
      changed = true;
    }
    return changed;
  }

  /** Withdraws every acceptance. */
  clear(): void {
    this.#accepted.clear();
  }

  /** Whether every consent, required or optional, is accepted. */
  get allAccepted(): boolean {
    return this.#defs.length > 0 && this.#defs.every((d) => this.#accepted.has(d.id));
  }

  /** Whether some, but not all, consents are accepted. */
  get someAccepted(): boolean {
    return this.#accepted.size > 0 && !this.allAccepted;
  }

  /** The required consents not accepted yet, in display order. */
  missingRequired(): ConsentDefinition[] {
    return this.#defs.filter((d) => d.required && !this.#accepted.has(d.id));
  }

  /** The accepted consents, in display order: what is sent with the session request. */
  value(): AcceptedConsent[] {
    return this.#defs.flatMap((d) => {
      const acceptance = this.#accepted.get(d.id);
      return acceptance ? [{ ...acceptance }] : [];
    });
  }
}
