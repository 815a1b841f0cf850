/**
 * Base of every public event: a CustomEvent with a typed `detail` that bubbles and
 * crosses shadow roots, so a listener on any ancestor (or on `document`) hears it.
 */
export abstract class SignInEvent<Detail> extends CustomEvent<Detail> {
  protected constructor(type: string, detail: Detail, cancelable = false) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}
