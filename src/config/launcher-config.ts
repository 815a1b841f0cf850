import * as z from 'zod/mini';
import { modeSchema, popupTimeoutMsSchema } from './choices.js';
import { parseConfig, type ConfigIssue } from './parse-config.js';

/** What `<signin-launcher>` validates of its own attributes (the widget validates its whole config). */
export const launcherOptionsSchema = z.object({
  mode: modeSchema,
  popupTimeoutMs: z.optional(popupTimeoutMsSchema),
});
export type LauncherOptions = z.output<typeof launcherOptionsSchema>;

/** The launcher's options: each valid field as given, each invalid one at its default, and the problems. */
export function resolveLauncherOptions(input: { mode: unknown; popupTimeoutMs: unknown }): { options: LauncherOptions; issues: readonly ConfigIssue[] } {
  const result = parseConfig(launcherOptionsSchema, input);
  if (result.ok) return { options: result.config, issues: [] };
  const mode = modeSchema.safeParse(input.mode);
  const timeout = popupTimeoutMsSchema.safeParse(input.popupTimeoutMs);
  return { options: { mode: mode.success ? mode.data : 'auto', popupTimeoutMs: timeout.success ? timeout.data : undefined }, issues: result.issues };
}
