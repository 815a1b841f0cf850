import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { showTheme, type Theme } from '../styles/theme.js';

/** Keeps an element's theme states (theme.ts) in step with the theme it should show, checked before each render. */
export class ThemeController implements ReactiveController {
  #shown: Theme | undefined;
  readonly #internals: ElementInternals;
  readonly #theme: () => Theme | undefined;

  constructor(host: ReactiveControllerHost, internals: ElementInternals, theme: () => Theme | undefined) {
    this.#internals = internals;
    this.#theme = theme;
    host.addController(this);
  }

  hostUpdate(): void {
    const theme = this.#theme();
    if (theme === this.#shown) return;
    this.#shown = theme;
    showTheme(this.#internals, theme);
  }
}
