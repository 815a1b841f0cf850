import { LitElement, type PropertyDeclaration, type PropertyDeclarations } from 'lit';

/** A control's constraint: valid (`undefined`), or the flags, the message and the element the browser points at. */
export interface FormValidity {
  readonly flags: ValidityStateFlags;
  readonly message: string;
  readonly anchor?: HTMLElement | undefined;
}

/**
 * The form-control layer of `<signin-bank-picker>` and `<signin-consents>` (after Material Web's
 * `labs/behaviors`, as one base class instead of a mixin chain): the form value, the validity and
 * the restore state follow every property change synchronously (inside `requestUpdate`, so they
 * are right before any event the element fires), a `<fieldset disabled>` disables the control,
 * and `form`, `validity`, `validationMessage`, `willValidate`, `checkValidity()` and
 * `reportValidity()` work as on native controls.
 *
 * A subclass says what its value is ({@link formValue}), when it is invalid ({@link formValidity}),
 * how it resets ({@link formReset}) and how it takes back a restored state ({@link formRestore}).
 * A change of internal state that is not a reactive property must call `requestUpdate()`.
 */
export abstract class FormControl extends LitElement {
  static formAssociated = true;
  static override get properties(): PropertyDeclarations {
    return {
      name: { reflect: true },
      disabled: { type: Boolean, reflect: true },
      formDisabled: { state: true },
    };
  }

  /** The form field name under which the value is submitted. */
  name = '';
  /** Disables the control (a `<fieldset disabled>` around it does too). */
  disabled = false;
  /** Disabled by a `<fieldset disabled>` around it. */
  protected formDisabled = false;

  /** The element's internals (its form value, validity, custom states). */
  protected readonly internals = this.attachInternals();
  /** Synced from the first connection on: a detached element is in no form, and its fields may not be set up yet. */
  #live = false;
  /** `checkValidity()` is running: its `invalid` event asks nothing to be shown. */
  #checking = false;

  constructor() {
    super();
    this.addEventListener('invalid', () => this.#checking || this.formInvalid());
    // After each render, once more: the anchor of the validation message may only exist now.
    this.addController({ hostUpdated: () => this.#sync() });
  }

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The validity of the value as a form field. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message the browser shows while the value is invalid ('' when it is valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the value takes part in constraint validation (not while disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the value is valid, without showing anything. */
  checkValidity(): boolean {
    this.#checking = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#checking = false;
    }
  }

  /** Whether the value is valid; if not, fires `invalid`, shows why and points the user at it. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#live = true;
    this.#sync();
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    // Lit's own constructor asks for the first update before this class's fields exist.
    if (#live in this && this.#live) this.#sync();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal */
  formResetCallback(): void {
    this.formReset();
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.formRestore(state);
  }

  /** Disabled by its own attribute or by a disabled fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The submitted value: null submits nothing. Also the state the browser restores. */
  protected abstract formValue(): string | null;
  /** Why the value is invalid, or undefined when it is valid. */
  protected abstract formValidity(): FormValidity | undefined;
  /** Back to the initial value (the form was reset). */
  protected abstract formReset(): void;
  /** Takes back a value {@link formValue} gave before (history navigation, autofill). */
  protected abstract formRestore(state: string): void;
  /** A form submission or `reportValidity()` found the value invalid: show it (default: nothing more than the browser does). */
  protected formInvalid(): void {}

  #sync(): void {
    const value = this.formValue();
    this.internals.setFormValue(value, value);
    const invalid = this.formValidity();
    if (invalid) this.internals.setValidity(invalid.flags, invalid.message, invalid.anchor);
    else this.internals.setValidity({});
  }
}
