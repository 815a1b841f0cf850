import type { PreviewState } from '../../core/configurator/preview-states.js';

export interface DriveOptions {
  /** False once a newer drive started (or the configurator left the page): this one stops. */
  readonly current: () => boolean;
  /** Told while the drive waits for the page's user activation to end (so the browser blocks the bank window). */
  readonly waitingForBlocker: (waiting: boolean) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Drives the preview's `<signin-widget>` (in `root`) to a state past the first step, as a user
 * would: ticks every consent and continues (`authorize`), then presses the launcher's button
 * (`start`). The focus stays where it was (the state control), though the widget moves it to
 * each new step.
 */
export async function driveToState(root: DocumentFragment | HTMLElement, state: PreviewState, { current, waitingForBlocker }: DriveOptions): Promise<void> {
  if (!state.drive) return;
  const focused = ((root as ShadowRoot).activeElement ?? null) as HTMLElement | null;
  const until = async <T>(find: () => T | null | undefined): Promise<T | undefined> => {
    for (let i = 0; i < 100; i++) {
      if (!current()) return undefined;
      const found = find();
      if (found) return found;
      await sleep(30);
    }
    return undefined;
  };
  const widget = () => root.querySelector('signin-widget');
  const consents = await until(() => widget()?.shadowRoot?.querySelector('signin-consents')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="button"]') && widget()!.shadowRoot!.querySelector('signin-consents'));
  if (!consents) return;
  for (const box of consents.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) if (!box.checked) box.click();
  consents.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
  if (state.drive === 'start') {
    const button = await until(() => widget()?.shadowRoot?.querySelector('signin-launcher')?.shadowRoot?.querySelector<HTMLButtonElement>('button'));
    // The popup blocker acts only without user activation (the click on the state control gave some, for about 5 s).
    if (state.withoutActivation) {
      waitingForBlocker(true);
      while (navigator.userActivation?.isActive && current()) await sleep(200);
      waitingForBlocker(false);
    }
    if (current()) button?.click();
  }
  await sleep(50);
  if (current()) focused?.focus();
}
