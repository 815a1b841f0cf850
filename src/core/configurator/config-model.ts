import type { WidgetConfig, WidgetConfigInput } from '../../config/widget-config.js';
import type { Styles } from '../../config/styles.js';

/**
 * The fields of a widget config in the order the configurator shows and exports them. Not
 * `reconnectToken`: it is per user and per renewal (your backend asks the provider for one,
 * `POST /v1/accesses/:id/reconnect-tokens`, and the page sets it at run time), never a static parameter.
 */
export const CONFIG_FIELDS = [
  'clientId',
  'apiBase',
  'ownerExternalId',
  'country',
  'locale',
  'mode',
  'bank',
  'returnUrl',
  'accessMode',
  'accessDays',
  'multiBank',
  'theme',
  'consents',
  'termsUrl',
  'privacyUrl',
  'missingBankUrl',
  'missingBankEmail',
  'popupTimeoutMs',
  'styles',
] as const satisfies readonly (keyof WidgetConfig)[];
export type ConfigField = (typeof CONFIG_FIELDS)[number];

/** Fields the `<signin-widget>` element takes as attributes (the others need the `config` property); `multiBank` is a boolean attribute. */
export const ATTRIBUTES = {
  clientId: 'client-id',
  apiBase: 'api-base',
  ownerExternalId: 'owner-external-id',
  country: 'country',
  locale: 'locale',
  mode: 'mode',
  bank: 'bank',
  returnUrl: 'return-url',
  accessMode: 'access-mode',
  accessDays: 'access-days',
  multiBank: 'multi-bank',
  theme: 'theme',
} as const satisfies Partial<Record<ConfigField, string>>;
export type AttributeField = keyof typeof ATTRIBUTES;

/** What the configurator starts with: the sandbox provider of `npm start` and its client. */
export const STARTER_CONFIG: WidgetConfigInput = {
  clientId: 'sandbox-client',
  apiBase: 'http://localhost:8787',
  ownerExternalId: 'user-42',
  country: 'PL',
};

/** What the schema adds by itself: a field holding it is left out of the export. */
const DEFAULTS: Partial<Record<ConfigField, unknown>> = { mode: 'auto', accessMode: 'single', accessDays: 180, multiBank: false };

/**
 * A validated config without what the schema would add by itself (`mode: 'auto'`, `accessMode:
 * 'single'`, `accessDays: 180`, `multiBank: false`, a consent's `required: true`, empty `styles`)
 * and without `reconnectToken` (per user: see {@link CONFIG_FIELDS}), its fields in {@link CONFIG_FIELDS} order.
 * Parsing the result with `widgetConfigSchema` gives `config` back (less a `reconnectToken`).
 */
export function compactConfig(config: WidgetConfig): WidgetConfigInput {
  const out: Record<string, unknown> = {};
  for (const field of CONFIG_FIELDS) {
    const value = config[field];
    if (value === undefined) continue;
    if (field in DEFAULTS && value === DEFAULTS[field]) continue;
    if (field === 'styles') {
      const styles = compactStyles(value as Styles);
      if (Object.keys(styles).length > 0) out[field] = styles;
      continue;
    }
    if (field === 'consents') {
      out[field] = (value as NonNullable<WidgetConfig['consents']>).map(({ id, version, required, label, details }) => ({
        id,
        version,
        ...(required ? {} : { required }),
        label,
        ...(details === undefined ? {} : { details }),
      }));
      continue;
    }
    out[field] = value;
  }
  return out as WidgetConfigInput;
}

function compactStyles(styles: Styles): Styles {
  return Object.fromEntries(Object.entries(styles).filter(([, value]) => value !== undefined && value !== ''));
}

/** The fields of `config` that `<signin-widget>` takes only through its `config` property. */
export function propertyOnlyFields(config: WidgetConfigInput): Partial<WidgetConfigInput> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(config)) if (!(field in ATTRIBUTES) && field !== 'styles') out[field] = value;
  return out as Partial<WidgetConfigInput>;
}
