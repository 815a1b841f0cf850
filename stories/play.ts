/** Small helpers for the stories' `play` functions (they also run in test/stories). */

/** The first element matching `selector` in `root` or in any shadow root below it. */
export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  const found = root.querySelector<T>(selector);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    const inner = el.shadowRoot ? deepQuery<T>(el.shadowRoot, selector) : null;
    if (inner) return inner;
  }
  return null;
}

/** Waits until `find` returns something (polling each frame), up to `timeout` ms. */
export async function waitFor<T>(find: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = find();
    if (value) return value;
    if (Date.now() > end) throw new Error('waitFor: timed out');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Types `text` into the input matching `selector` (as the user would: value, then an input event). */
export async function typeInto(root: ParentNode, selector: string, text: string): Promise<void> {
  const input = await waitFor(() => deepQuery<HTMLInputElement>(root, selector));
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
}

/** Clicks the element matching `selector` once it exists. */
export async function clickOn(root: ParentNode, selector: string): Promise<void> {
  (await waitFor(() => deepQuery<HTMLElement>(root, selector))).click();
}
