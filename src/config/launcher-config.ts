import * as z from 'zod/mini';
import { accessDaysSchema } from '../core/protocol/primitives.js';
import { grantedAccessModeSchema } from '../core/protocol/result.js';
import { modeSchema, popupTimeoutMsSchema } from './choices.js';
import { parseConfig, type ConfigIssue } from './parse-config.js';

/** What `<signin-launcher>` validates of its own attributes (the widget validates its whole config). */
export const launcherOptionsSchema = z.object({
  mode: z._default(modeSchema, 'auto'),
  popupTimeoutMs: z.optional(popupTimeoutMsSchema),
  /** The access the session asks for: `single` or `multiple` (the consents resolve `mixed`). */
  accessMode: z._default(grantedAccessModeSchema, 'single'),
  accessDays: z.optional(accessDaysSchema),
});
export type LauncherOptions = z.output<typeof launcherOptionsSchema>;

/** The launcher's options: each valid field as given, each invalid one at its default, and the problems. */
export function resolveLauncherOptions(input: Readonly<Record<keyof LauncherOptions, unknown>>): { options: LauncherOptions; issues: readonly ConfigIssue[] } {
  const result = parseConfig(launcherOptionsSchema, input);
  if (result.ok) return { options: result.config, issues: [] };
  // The valid fields again, the bad ones left out: the schema's defaults fill them.
  const bad = new Set(result.issues.map((issue) => issue.field));
  const valid = Object.fromEntries(Object.entries(input).filter(([field]) => !bad.has(field)));
  return { options: launcherOptionsSchema.parse(valid), issues: result.issues };
}
