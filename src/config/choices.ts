import * as z from 'zod/mini';
import { signinModeSchema } from '../core/protocol/session.js';

/** How the user reaches the bank: chosen automatically, or one of the protocol's session modes (a popup window, a same-window redirect). */
export const modeSchema = z.enum(['auto', ...signinModeSchema.options]);
export type Mode = z.infer<typeof modeSchema>;

/** The colour theme: `light`, `dark`, or `auto` (follows the system's `prefers-color-scheme`). */
export const themeSchema = z.enum(['light', 'dark', 'auto']);
export type Theme = z.infer<typeof themeSchema>;
