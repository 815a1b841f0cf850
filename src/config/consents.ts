import * as z from 'zod/mini';
import { DEFAULT_ACCESS_DAYS, accessDaysSchema, accessModeSchema, consentAcceptanceSchema, refine } from '../core/protocol/primitives.js';
import type { AcceptedConsent, ConsentDefinition } from '../core/consents/consent-state.js';
import { isSafeHref, unsafeLinks } from '../core/consents/label-markup.js';
import { parseConfig, type ConfigResult } from './parse-config.js';

const ID = /^[a-z0-9][a-z0-9-_.]*$/i;
/** zod's own e-mail pattern (`z.regexes.email`, written without its needless escapes), as a plain regex check: the same rule and message without zod's string-format schema. */
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

const trimmed = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

/** Identifier of a consent: `terms`, `data-access`, `marketing.email`… */
export const consentIdSchema = z
  .string()
  .check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(64, 'must be at most 64 characters'),
    z.regex(ID, 'must start with a letter or digit and hold only letters, digits, "-", "_" and "."'),
  );

/** Version of a consent text, e.g. `1` or `2025-01`. */
export const consentVersionSchema = trimmed(32);

/**
 * One consent definition: `{id, version, required, label, details?}`. `label` may hold
 * links written `[text](https://url)` (https or relative only); `required` defaults to true.
 */
export const consentDefinitionSchema = z.strictObject({
  id: consentIdSchema,
  version: consentVersionSchema,
  required: z._default(z.boolean(), true),
  label: trimmed(2000).check(
    refine((label) => unsafeLinks(label).length === 0, 'links must be written [text](https://…) or [text](/relative/path)'),
  ),
  details: z.optional(z.string().check(z.maxLength(20_000, 'must be at most 20000 characters'))),
});
export type ConsentDefinitionInput = z.input<typeof consentDefinitionSchema>;

/** The consents of a sign-in: 1–20 definitions with unique ids. */
export const consentDefinitionsSchema = z.array(consentDefinitionSchema).check(
  z.minLength(1, 'must list at least one consent'),
  z.maxLength(20, 'must list at most 20 consents'),
  // Runs even when some definitions are invalid, so a duplicate is named alongside other problems.
  // A plain check (not superRefine, whose `addIssue` it does not need): its issues are pushed whole.
  z.check<readonly unknown[]>(
    ({ value: definitions, issues }) => {
      const seen = new Map<string, number>();
      definitions.forEach((definition, index) => {
        const id = typeof definition === 'object' && definition !== null ? (definition as { id?: unknown }).id : undefined;
        if (typeof id !== 'string' || id === '') return;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, index);
        else issues.push({ code: 'custom', message: `duplicates "${id}" (consents.${first}.id)`, input: id, path: [index, 'id'] });
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  ),
);

/**
 * Where a consent's document is (the terms, the privacy notice): an https URL, or a path on this
 * site (`/terms`); the same rule the links of consent labels follow. Anything else (`http:`,
 * `javascript:`, `data:`) would leave the user a document to accept that they cannot open.
 */
export const documentUrlSchema = z.string().check(z.trim(), refine((url) => isSafeHref(url), 'must be an https URL such as "https://shop.example/terms", or a path on this site such as "/terms"'));

/** An e-mail address (for "my bank is not listed"). */
export const emailSchema = z.string().check(z.trim(), z.regex(EMAIL, 'must be an e-mail address such as "help@shop.example"'));

/** Where a user whose bank is not listed can tell you which bank: a page, an e-mail address, or neither ("we noted it"). */
export const missingBankSchema = z.object({ missingBankUrl: z.optional(documentUrlSchema), missingBankEmail: z.optional(emailSchema) });

const documentLinks = { termsUrl: z.optional(documentUrlSchema), privacyUrl: z.optional(documentUrlSchema) };

/** The documents the default consents link to. */
export const documentLinksSchema = z.object(documentLinks);

/** What `<signin-consents>` checks of its attributes: the documents, and the access the consents grant. */
export const consentsOptionsSchema = z.object({ ...documentLinks, accessMode: z._default(accessModeSchema, 'single'), accessDays: z._default(accessDaysSchema, DEFAULT_ACCESS_DAYS) });

/** What the user accepted: `{id, version, acceptedAt}` with an ISO 8601 date-time (the protocol's own schema). */
export const acceptedConsentSchema = consentAcceptanceSchema;

/** The value of `<signin-consents>`, sent with the session request. */
export const acceptedConsentsSchema = z.array(acceptedConsentSchema);

const wrapped = z.object({ consents: consentDefinitionsSchema });

/**
 * Validates consent definitions; each issue names its field as in a widget config
 * (`consents.2.id`, `consents.0.label`).
 */
export function parseConsentDefinitions(input: unknown): ConfigResult<ConsentDefinition[]> {
  const result = parseConfig(wrapped, { consents: input });
  return result.ok ? { ok: true, config: result.config.consents } : result;
}

// The schemas and the core types describe the same shapes.
const _checkDefinition: ConsentDefinition = {} as z.output<typeof consentDefinitionSchema>;
const _checkAccepted: AcceptedConsent = {} as z.output<typeof acceptedConsentSchema>;
void _checkDefinition;
void _checkAccepted;
