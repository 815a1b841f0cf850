export { widgetConfigSchema } from './widget-config.js';
export type { WidgetConfig, WidgetConfigInput } from './widget-config.js';
export { modeSchema, themeSchema } from './choices.js';
export type { Mode, Theme } from './choices.js';
export { parseConfig, parseConfigOrThrow, ConfigError } from './parse-config.js';
export { resolveWidgetConfig } from './resolve-widget-config.js';
export type { ConfigIssue, ConfigResult } from './parse-config.js';
export {
  consentDefinitionSchema,
  consentDefinitionsSchema,
  consentIdSchema,
  consentVersionSchema,
  acceptedConsentSchema,
  acceptedConsentsSchema,
  parseConsentDefinitions,
} from './consents.js';
export type { ConsentDefinitionInput } from './consents.js';
export { stylesSchema, parseStyles, stylesToCssText, applyStyles, isTokenValue, suggestStyle } from './styles.js';
export type { Styles } from './styles.js';
