import { SIGNIN_EVENTS } from '../../src/events/event-names.js';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';

/** The sandbox provider started for this run by test/sandbox-plugin.mjs. */
export async function sandbox(): Promise<{ sandboxUrl: string; secret: string }> {
  return (await fetch('/test-config.json')).json() as Promise<{ sandboxUrl: string; secret: string }>;
}

/** The integrator's backend calling the sandbox's API with the secret key (from the test runner's side). */
export async function backend<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return (await executeServerCommand('sandbox-api', { method, path, body })) as { status: number; body: T };
}

/** A real mouse click (a user gesture: the popup blocker lets window.open through). */
export async function realClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

/** Acts in the bank popup this page opened (see test/sandbox-plugin.mjs). */
export const popup = {
  login: (username: string, password: string, extra: { code?: string; attempts?: number } = {}) => executeServerCommand('popup-login', { username, password, ...extra }),
  cancel: () => executeServerCommand('popup-cancel'),
  close: () => executeServerCommand('popup-close'),
  post: (message: unknown) => executeServerCommand('popup-post', { message }),
  count: async () => (await executeServerCommand<unknown, number>('popup-count')) as number,
};

/** Waits until this page has no popup left (closing one takes a moment). */
export async function popupsClosed(): Promise<number> {
  let count = await popup.count();
  for (let i = 0; i < 40 && count > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    count = await popup.count();
  }
  return count;
}

/** Collects the events of the given types fired on (or through) `target`. */
export function recordEvents(target: EventTarget, types: readonly string[]): { type: string; detail: unknown }[] {
  const seen: { type: string; detail: unknown }[] = [];
  for (const type of types) target.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail }));
  return seen;
}

export const FLOW_EVENTS = SIGNIN_EVENTS.filter((type) => type !== 'signin-bank-missing');

export const nextFrame = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
