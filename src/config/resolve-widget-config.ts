import { parseConfig, type ConfigResult } from './parse-config.js';
import { widgetConfigSchema, type WidgetConfig, type WidgetConfigInput } from './widget-config.js';

/**
 * The widget's config from its attributes and its `config` property: attributes left empty
 * or unset are left out, the `config` object wins over them, and the whole goes through the schema.
 */
export function resolveWidgetConfig(attributes: Readonly<Record<string, unknown>>, config: Partial<WidgetConfigInput> | undefined): ConfigResult<WidgetConfig> {
  const fromAttributes = Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== '' && value != null));
  if (config !== undefined && (typeof config !== 'object' || config === null || Array.isArray(config))) {
    return { ok: false, issues: [{ field: 'config', message: 'must be an object' }] };
  }
  return parseConfig(widgetConfigSchema, { ...fromAttributes, ...config });
}
