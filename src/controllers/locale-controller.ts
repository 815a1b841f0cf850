import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageKey } from '../i18n/en.js';
import { loadLocale, pickLocale, preferredLocales } from '../i18n/load-locale.js';
import { Localizer, hasCatalog, type MessageParams } from '../i18n/localizer.js';

/**
 * The language of an element. Reads the element's requested locale (its `locale` property;
 * empty = navigator.languages), loads that catalog and re-renders the element when it arrives.
 * Until then the text stays in the language shown before (English at first, which is always
 * bundled), so nothing jumps. Use `t()` for messages, `locale` for Intl, `langAttribute` for `lang`.
 *
 * ```ts
 * private readonly i18n = new LocaleController(this, () => this.locale);
 * render() { return html`<div part="base" lang=${this.i18n.langAttribute ?? nothing}>${this.i18n.t('widget.back')}</div>`; }
 * ```
 */
/** The `lang` of the nearest element around `element` (itself included) that has a non-empty one, across shadow roots. */
export function nearestLang(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const found = node.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

export class LocaleController implements ReactiveController {
  #current = new Localizer('en');
  #key: string | undefined;
  #target = 'en';
  #tag = 'en';

  /** The `lang` of the nearest element around the host that has one (read when it connects and before each render). */
  #nearestLang = '';

  readonly #host: ReactiveControllerHost & Element;
  readonly #requested: () => string | undefined;

  constructor(
    host: ReactiveControllerHost & Element,
    requested: () => string | undefined,
  ) {
    this.#host = host;
    this.#requested = requested;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('languagechange', this.#onLanguageChange);
    this.#nearestLang = nearestLang(this.#host);
  }

  hostUpdate(): void {
    this.#nearestLang = nearestLang(this.#host);
  }

  hostDisconnected(): void {
    window.removeEventListener('languagechange', this.#onLanguageChange);
  }

  /** The message `key` in the current language, `{params}` filled (Localizer.t). */
  t(key: MessageKey, params?: MessageParams): string {
    return this.localizer.t(key, params);
  }

  /** The formatter of the language shown now (for templates that take a Localizer). */
  get localizer(): Localizer {
    this.#sync();
    return this.#current;
  }

  /** The BCP 47 tag wanted, for Intl (`pl-PL`, `de`): already the new one while its catalog loads. */
  get locale(): string {
    this.#sync();
    return this.#tag;
  }

  /** The language of the text shown now (`pl`). */
  get lang(): string {
    return this.localizer.locale;
  }

  /** `lang` for the element's base part when it differs from the page's, else undefined. */
  get langAttribute(): string | undefined {
    const page = document.documentElement.lang.toLowerCase().split('-')[0];
    return page === this.lang ? undefined : this.lang;
  }

  readonly #onLanguageChange = (): void => {
    this.#key = undefined;
    this.#host.requestUpdate();
  };

  #sync(): void {
    // The element's own locale, else the page's language where it stands (`<html lang>`), else the browser's.
    const preferred = preferredLocales(this.#requested() || this.#nearestLang);
    const key = preferred.join();
    if (key === this.#key) return;
    this.#key = key;
    const target = pickLocale(preferred);
    this.#target = target;
    this.#tag = preferred.find((tag) => [tag.toLowerCase(), tag.toLowerCase().split('-')[0]].includes(target)) ?? target;
    if (hasCatalog(target)) {
      this.#use(target);
      return;
    }
    loadLocale(target).then(
      (locale) => {
        if (this.#target !== locale) return;
        this.#use(locale);
        this.#host.requestUpdate();
      },
      () => undefined, // the catalog could not be loaded: English stays
    );
  }

  #use(locale: string): void {
    if (this.#current.locale !== locale) this.#current = new Localizer(locale);
  }
}
