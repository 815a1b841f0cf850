import * as z from 'zod/mini';

/** Availability of a bank as the provider reports it. */
export const bankStatusSchema = z.enum(['up', 'degraded', 'down']);
export type BankStatus = z.infer<typeof bankStatusSchema>;

/** ISO 3166-1 alpha-2 country code, upper case (`PL`, `DE`, `GB`…). */
export const countryCodeSchema = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a two-letter upper-case country code such as "PL"'));

/** One bank of the provider's catalog (`GET /v1/catalog`). */
export const bankSchema = z.object({
  id: z.string().check(z.minLength(1, 'must not be empty')),
  name: z.string().check(z.minLength(1, 'must not be empty')),
  country: countryCodeSchema,
  bic: z.optional(z.string()),
  aliases: z._default(z.array(z.string()), []),
  logoUrl: z.optional(z.string()),
  status: z._default(bankStatusSchema, 'up'),
  /** Reason shown to the user when the bank is `down` or `degraded`. */
  statusMessage: z.optional(z.string()),
  popular: z.optional(z.boolean()),
});
export type Bank = z.output<typeof bankSchema>;
/** A bank as given by an integrator: `aliases` and `status` may be left out. */
export type BankInput = z.input<typeof bankSchema>;

/** The body of `GET /v1/catalog`. */
export const catalogResponseSchema = z.object({
  banks: z.array(bankSchema),
});
export type CatalogResponse = z.output<typeof catalogResponseSchema>;
