export { widgetConfigSchema, modeSchema } from './widget-config.js';
export type { WidgetConfig, WidgetConfigInput, Mode } from './widget-config.js';
export { parseConfig, parseConfigOrThrow, ConfigError } from './parse-config.js';
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
