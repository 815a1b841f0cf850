import type { ReactiveControllerHost } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.js';
import { Localizer, type Catalogs, type MessageParams } from '../localizer.js';
import { en, type ConfiguratorCatalog, type ConfiguratorMessageKey } from './en.js';

export { en as configuratorEn } from './en.js';
export type { ConfiguratorCatalog, ConfiguratorMessageKey } from './en.js';

/**
 * One lazily loaded chunk per catalog of the configurator's own messages (inlined in
 * dist/cdn/signin-configurator.js). Only the configurator imports this module: the elements and
 * the CDN scripts never carry its messages.
 */
export const configuratorLoaders: Readonly<Record<string, () => Promise<{ default: ConfiguratorCatalog }>>> = {
  pl: () => import('./locales/pl.js'),
  cs: () => import('./locales/cs.js'),
  sk: () => import('./locales/sk.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  lt: () => import('./locales/lt.js'),
  lv: () => import('./locales/lv.js'),
  et: () => import('./locales/et.js'),
  ro: () => import('./locales/ro.js'),
};

const catalogs: Catalogs<ConfiguratorCatalog> = new Map([['en', en]]);

/** Loads and registers the configurator's catalog of `locale` (import() loads each chunk once); undefined when it has none. */
const loadCatalog = (locale: string): Promise<void> | undefined =>
  configuratorLoaders[locale]?.().then((module) => void catalogs.set(locale, module.default));

/**
 * The texts of `<signin-configurator>`, in the language its LocaleController shows (which
 * negotiates the language, follows `languagechange` and gives `lang`). The configurator's catalog
 * of that language loads when first needed and the host re-renders when it arrives; until then the
 * texts stay in the language shown before. A language without a configurator catalog shows English.
 */
export class ConfiguratorMessages {
  #current = new Localizer('en', catalogs);
  /** The language whose catalog is on its way (or failed to come). */
  #pending: string | undefined;
  readonly #host: Pick<ReactiveControllerHost, 'requestUpdate'>;
  readonly #locale: Pick<LocaleController, 'lang'>;

  constructor(host: Pick<ReactiveControllerHost, 'requestUpdate'>, locale: Pick<LocaleController, 'lang'>) {
    this.#host = host;
    this.#locale = locale;
  }

  /** The formatter of the texts shown now. */
  get localizer(): Localizer<ConfiguratorCatalog> {
    const lang = this.#locale.lang;
    if (catalogs.has(lang)) {
      if (this.#current.locale !== lang) this.#current = new Localizer(lang, catalogs);
    } else if (this.#pending !== lang) {
      this.#pending = lang;
      loadCatalog(lang)?.then(
        () => this.#host.requestUpdate(),
        () => undefined, // the catalog could not be loaded: the texts shown stay
      );
    }
    return this.#current;
  }

  /** The message `key` in the language shown now, `{params}` filled (Localizer.t). */
  t(key: ConfiguratorMessageKey, params?: MessageParams): string {
    return this.localizer.t(key, params);
  }
}
