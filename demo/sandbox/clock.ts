/**
 * The sandbox's time: the real clock (or a test's) plus an offset that only moves forward
 * (`POST /v1/sandbox/clock`), the way Stripe's test clocks let integrators test renewals.
 * Expiries, TTLs and import limits read `now()`; webhook signatures keep the real time, so a
 * receiver's timestamp tolerance still holds.
 */
export class SandboxClock {
  private offset = 0;

  constructor(private readonly base: () => number) {}

  now(): number {
    return this.base() + this.offset;
  }

  /** The clock without the offset. */
  real(): number {
    return this.base();
  }

  get offsetMs(): number {
    return this.offset;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The sandbox clock only moves forward');
    this.offset += ms;
  }
}
