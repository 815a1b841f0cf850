import * as z from 'zod/mini';
import { refine } from './primitives.js';

/*
 * The integrator's brand on the provider's hosted page (`brand` of a link request). A module of its
 * own, without the server-side style check of link.ts: the configurator (a browser) validates a
 * brand with it before it exports a link request.
 */

/** The longest brand name, in characters after trimming. */
export const MAX_BRAND_NAME_LENGTH = 80;
// What looks like markup: `<` followed by a letter, `/`, `!` or `?` (a tag, comment or declaration).
// `Tom & Jerry`, `A < B` or `"Quotes"` are names (shown as text, always escaped).
const MARKUP = /<[a-z/!?]/i;
// Control characters, and the bidirectional controls that could reorder the page's text around the name.
const CONTROLS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** The integrator's name on the hosted page: 1–80 characters after trimming, plain text. */
export const brandNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'must not be empty'),
  z.maxLength(MAX_BRAND_NAME_LENGTH, `must be at most ${MAX_BRAND_NAME_LENGTH} characters`),
  refine((name: string) => !CONTROLS.test(name), 'must not contain control characters'),
  refine((name: string) => !MARKUP.test(name), 'must be plain text, not markup (no "<" before a letter, "/", "!" or "?")'),
);

/** The integrator's logo: an absolute https URL (no credentials in it), at most 2048 characters. */
export const logoUrlSchema = z.string().check(
  z.maxLength(2048, 'must be at most 2048 characters'),
  refine((value: string) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && !!url.hostname && !url.username && !url.password && !/\s/.test(value);
    } catch {
      return false;
    }
  }, 'must be an absolute https URL such as "https://shop.example/logo.svg"'),
);

/** Who asks for access, on the hosted page: "<name> asks for access to your account data", with the logo when given. */
export const brandSchema = z.strictObject({
  /** Shown as text (escaped): the page's header and "<name> asks for access…", "Back to <name>". */
  name: brandNameSchema,
  /** Shown in the page's header with the name as its text alternative; the name alone when it fails to load. */
  logoUrl: z.optional(logoUrlSchema),
});
export type Brand = z.infer<typeof brandSchema>;
