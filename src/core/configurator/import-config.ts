import { parseConfig, type ConfigResult } from '../../config/parse-config.js';
import { widgetConfigSchema, type WidgetConfig } from '../../config/widget-config.js';

/**
 * Reads a pasted JSON config: `{ok, config}` when it parses and validates, else the problems as
 * `{field, message}` — `(JSON)` for text that is not JSON, the config's fields otherwise.
 */
export function importConfig(text: string): ConfigResult<WidgetConfig> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ field: '(JSON)', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, issues: [{ field: '(config)', message: 'must be a JSON object' }] };
  return parseConfig(widgetConfigSchema, value);
}
