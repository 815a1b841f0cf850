/**
 * A sliding-window limit: at most `max` hits per key in any `windowMs`. Keeps the hit times of
 * at most `maxKeys` keys (the least recently hit key is forgotten first).
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts a hit at `now` if the key is under its limit; otherwise returns the milliseconds until one is allowed. */
  take(key: string, now: number): { ok: true } | { ok: false; retryAfterMs: number } {
    const since = now - this.windowMs;
    const times = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (times.length >= this.max) {
      this.hits.set(key, times);
      return { ok: false, retryAfterMs: Math.max(1, (times[0] ?? now) + this.windowMs - now) };
    }
    times.push(now);
    this.hits.delete(key);
    this.hits.set(key, times);
    while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string);
    return { ok: true };
  }
}
