/** The longest one slice of idle work runs: a keystroke arriving meanwhile waits at most this. */
const SLICE_MS = 4;

/**
 * Runs `step` when the page is idle, a slice of a few milliseconds at a time, until it returns
 * true (done) or `wanted()` turns false. `step` is given the milliseconds left in its slice, to
 * poll. Without `requestIdleCallback` (Safari), a timeout stands in.
 */
export function whenIdle(step: (timeRemaining: () => number) => boolean, wanted: () => boolean): void {
  const run = (deadline?: IdleDeadline): void => {
    if (!wanted()) return;
    const end = performance.now() + Math.min(SLICE_MS, deadline?.timeRemaining() ?? SLICE_MS);
    if (!step(() => end - performance.now())) schedule();
  };
  const schedule = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run);
    else setTimeout(run, 20);
  };
  schedule();
}
