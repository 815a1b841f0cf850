/** Keys understood by {@link ListNavigation.keyToIndex}. */
export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

const NAVIGATION_KEYS = new Set<string>(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

export function isNavigationKey(key: string): key is NavigationKey {
  return NAVIGATION_KEYS.has(key);
}

/**
 * The active option of a listbox moved by the keyboard, skipping disabled options.
 * No DOM: the element tells it how many options there are and which are disabled.
 */
export class ListNavigation {
  /** Index of the active option, or -1 when none is active. */
  active = -1;

  #count: number;
  #isDisabled: (index: number) => boolean;

  constructor(
    count: number,
    isDisabled: (index: number) => boolean = () => false,
    /** How many options PageUp/PageDown move by. */
    readonly pageSize = 10,
  ) {
    this.#count = count;
    this.#isDisabled = isDisabled;
  }

  /** Replaces the options: keeps the active index when it still exists and is enabled. */
  reset(count: number, isDisabled: (index: number) => boolean = () => false): void {
    this.#count = count;
    this.#isDisabled = isDisabled;
    if (this.active >= count || (this.active >= 0 && isDisabled(this.active))) this.active = -1;
  }

  /** Moves by a key and returns the new active index (unchanged when nothing is enabled that way). */
  move(key: NavigationKey): number {
    const next = this.#keyToIndex(key);
    if (next !== -1) this.active = next;
    return this.active;
  }

  #keyToIndex(key: NavigationKey): number {
    const last = this.#count - 1;
    const from = this.active;
    switch (key) {
      case 'ArrowDown':
        return from === -1 ? this.#firstEnabled(0, 1) : this.#firstEnabled(from + 1, 1);
      case 'ArrowUp':
        return from === -1 ? this.#firstEnabled(last, -1) : this.#firstEnabled(from - 1, -1);
      case 'Home':
        return this.#firstEnabled(0, 1);
      case 'End':
        return this.#firstEnabled(last, -1);
      case 'PageDown':
        return this.#firstEnabled(Math.min(Math.max(from, 0) + this.pageSize, last), -1, Math.max(from, 0));
      case 'PageUp':
        return this.#firstEnabled(Math.max(from - this.pageSize, 0), 1, from === -1 ? last : from);
    }
  }

  /** The first enabled index from `start` in `step` direction, not passing `limit`; -1 if none. */
  #firstEnabled(start: number, step: 1 | -1, limit = step === 1 ? this.#count - 1 : 0): number {
    for (let i = start; step === 1 ? i <= limit : i >= limit; i += step) {
      if (i >= 0 && i < this.#count && !this.#isDisabled(i)) return i;
    }
    return -1;
  }
}
