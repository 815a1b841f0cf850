import { parseConfig, type ConfigIssue, type ConfigResult } from '../../config/parse-config.js';
import { widgetConfigSchema, type WidgetConfig } from '../../config/widget-config.js';
import { isTokenValue, type Styles } from '../../config/styles.js';
import { TOKENS, type StyleKey } from '../../styles/token-names.js';
import { CONFIG_FIELDS, compactConfig, type ConfigField } from './config-model.js';

/** The process fields of the configurator's form, in its order (every field of the config but `styles`). */
export const PROCESS_FIELDS = CONFIG_FIELDS.filter((field): field is Exclude<ConfigField, 'styles'> => field !== 'styles');
export type ProcessField = Exclude<ConfigField, 'styles'>;

export const STYLE_KEYS = Object.keys(TOKENS) as StyleKey[];

/** What the form's controls hold: text, as typed (`'true'` for a ticked checkbox). An empty string leaves the field out. */
export interface FormValues {
  readonly process: Readonly<Record<ProcessField, string>>;
  readonly styles: Readonly<Record<StyleKey, string>>;
}

const blank = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>;

/** The form's text for a validated config (for instance one just imported). */
export function valuesFromConfig(config: WidgetConfig): FormValues {
  const compact = compactConfig(config);
  const process = blank(PROCESS_FIELDS);
  for (const field of PROCESS_FIELDS) {
    const value = compact[field];
    if (value === undefined) continue;
    process[field] = typeof value === 'string' ? value : field === 'consents' ? JSON.stringify(value, null, 2) : String(value);
  }
  return { process, styles: { ...blank(STYLE_KEYS), ...(compact.styles as Record<StyleKey, string> | undefined) } };
}

/**
 * The config the form describes, before validation. Text that should be JSON (consents) but is
 * not comes back as an issue instead; numbers (popupTimeoutMs, accessDays) are numbers when they
 * look like one, and the schema names the field otherwise.
 */
export function inputFromValues(values: FormValues): { input: Record<string, unknown>; issues: ConfigIssue[] } {
  const input: Record<string, unknown> = {};
  const issues: ConfigIssue[] = [];
  for (const field of PROCESS_FIELDS) {
    const text = values.process[field].trim();
    if (!text) continue;
    if (field === 'consents') {
      try {
        input[field] = JSON.parse(text);
      } catch (error) {
        issues.push({ field, message: `is not valid JSON: ${(error as Error).message}` });
      }
    } else if (field === 'popupTimeoutMs' || field === 'accessDays') {
      input[field] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    } else if (field === 'multiBank') {
      // A checkbox: 'true' when ticked ('' leaves the field out: false).
      input[field] = text === 'true' ? true : text === 'false' ? false : text;
    } else input[field] = text;
  }
  const styles = Object.fromEntries(STYLE_KEYS.filter((key) => values.styles[key].trim()).map((key) => [key, values.styles[key].trim()]));
  if (Object.keys(styles).length > 0) input['styles'] = styles;
  return { input, issues };
}

/** The form's config, validated by `widgetConfigSchema` (the JSON and number problems first). */
export function configFromValues(values: FormValues): ConfigResult<WidgetConfig> {
  const { input, issues } = inputFromValues(values);
  const result = parseConfig(widgetConfigSchema, input);
  if (issues.length === 0) return result;
  return { ok: false, issues: [...issues, ...(result.ok ? [] : result.issues)] };
}

/** The control an issue belongs to: `consents.0.label` → `consents`, `styles.colorPrimary` → `colorPrimary`. */
export function issueControl(issue: ConfigIssue): string {
  const [first, second] = issue.field.split('.');
  return first === 'styles' && second ? second : (first ?? '');
}

/** The theme the form sets ('' when none or invalid). */
export function formTheme(values: FormValues): string {
  const theme = values.process.theme.trim();
  return theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : '';
}

/** The form's styles that are valid (an invalid one is named on its control, and not audited). */
export function validStyles(values: FormValues): Styles {
  const styles: Styles = {};
  for (const key of STYLE_KEYS) {
    const value = values.styles[key].trim();
    if (value && isTokenValue(TOKENS[key][1], value)) styles[key] = value;
  }
  return styles;
}

/** The messages of the config's problems, by the control that shows them. */
export function problemsByControl(issues: readonly ConfigIssue[]): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  for (const issue of issues) problems.set(issueControl(issue), [...(problems.get(issueControl(issue)) ?? []), `${issue.message}`]);
  return problems;
}
