import * as z from 'zod/mini';
import { signinModeSchema, refine } from '../core/protocol/primitives.js';

/** How the user reaches the bank: chosen automatically, or one of the protocol's session modes (a popup window, a same-window redirect). */
export const modeSchema = z.enum(['auto', ...signinModeSchema.options]);
export type Mode = z.infer<typeof modeSchema>;

/** The longest `popupTimeoutMs`: 1 hour (a timer of 2^31 ms or more would fire at once). */
export const MAX_POPUP_TIMEOUT_MS = 3_600_000;

/** How long the bank window may stay open before the flow ends with `Timeout`. */
export const popupTimeoutMsSchema = z.number().check(
  refine((ms) => Number.isInteger(ms) && ms >= 1000 && ms <= MAX_POPUP_TIMEOUT_MS, `must be a whole number of milliseconds from 1000 to ${MAX_POPUP_TIMEOUT_MS} (1 hour)`),
);

/** The colour theme: `light`, `dark`, or `auto` (follows the system's `prefers-color-scheme`). */
export const themeSchema = z.enum(['light', 'dark', 'auto']);
export type Theme = z.infer<typeof themeSchema>;
