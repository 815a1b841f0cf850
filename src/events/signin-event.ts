/**
 * Base of every public event: a CustomEvent with a typed `detail` that bubbles and
 * crosses shadow roots, so a listener on any ancestor (or on `document`) hears it.
 */
export abstract class SignInEvent<Detail> extends CustomEvent<Detail> {
  /** Each subclass names its type in `static eventName` (and sets `static cancelable = true` if it is). */
  constructor(detail: Detail) {
    const { eventName, cancelable } = new.target as unknown as { eventName: string; cancelable?: boolean };
    super(eventName, { detail, bubbles: true, composed: true, cancelable: cancelable === true });
  }
}
