/** The options of `runConformance`, checked with a schema: a bad one is refused naming its field. */
import * as z from 'zod/mini';
import { isWebhookSecret } from '../webhooks.js';
import { describeIssue } from './expect.js';
import type { WebhookReceiver } from './types.js';

const httpUrl = (what: string) => z.string().check(z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, `must be an absolute http(s) URL such as "${what}"`));
const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const timeout = z.number().check(z.refine((ms) => Number.isInteger(ms) && ms >= 100 && ms <= 600_000, 'must be a whole number of milliseconds from 100 to 600000'));

/** The options as data (what the CLI's flags give); `receiver` and `fetch` are checked apart. */
export const conformanceOptionsSchema = z.object({
  /** The provider's API base URL (`https://provider.example`, or with a base path). */
  apiBase: httpUrl('https://provider.example'),
  /** Your client id at the provider. */
  clientId: nonEmpty,
  /** Your secret key (the integrator backend's `Authorization: Bearer`). */
  secret: nonEmpty,
  /** An allowed origin of the client (`https://shop.example`): the CORS, session and link checks need it. */
  origin: z.optional(
    z.string().check(
      z.refine((value) => {
        try {
          return /^https?:$/.test(new URL(value).protocol) && new URL(value).origin === value;
        } catch {
          return false;
        }
      }, 'must be a bare origin such as "https://shop.example" (scheme, host and port, no path)'),
    ),
  ),
  /** The provider's webhook signing secret, `whsec_…` (Standard Webhooks). */
  webhookSecret: z.optional(z.string().check(z.refine(isWebhookSecret, 'must be "whsec_" followed by the base64 of at least 16 bytes (a Standard Webhooks secret)'))),
  /** Per-check time limit (default 10000 ms). */
  timeoutMs: z.optional(timeout),
  /** How long the webhook check waits for its delivery (default 10000 ms). */
  webhookTimeoutMs: z.optional(timeout),
});

export interface ConformanceOptions extends z.infer<typeof conformanceOptionsSchema> {
  /** Receives the webhook check's delivery; without one that check is skipped. */
  receiver?: WebhookReceiver;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
  /** Runs only the checks of these ids (default all). */
  only?: readonly string[];
}

/** A bad option: `field` is the option's name (`apiBase`). */
export class ConformanceOptionsError extends Error {
  override readonly name = 'ConformanceOptionsError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The options, checked and completed with the defaults; throws ConformanceOptionsError naming the first bad one. */
export function parseConformanceOptions(options: ConformanceOptions): Required<Omit<ConformanceOptions, 'origin' | 'webhookSecret' | 'receiver' | 'only'>> &
  Pick<ConformanceOptions, 'origin' | 'webhookSecret' | 'receiver' | 'only'> {
  const { receiver, fetch: fetchFn, only, ...data } = options;
  const parsed = conformanceOptionsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'options';
    throw new ConformanceOptionsError(field, issue ? describeIssue(issue, data) : `${field}: is not valid`);
  }
  if (receiver !== undefined && (typeof receiver.url !== 'string' || typeof receiver.next !== 'function')) {
    throw new ConformanceOptionsError('receiver', 'receiver: must be {url, next(timeoutMs)} (listenForWebhooks() gives one)');
  }
  if (fetchFn !== undefined && typeof fetchFn !== 'function') throw new ConformanceOptionsError('fetch', 'fetch: must be a function');
  const fallback = globalThis.fetch as typeof fetch | undefined;
  if (!fetchFn && !fallback) throw new ConformanceOptionsError('fetch', 'fetch: this runtime has no global fetch; pass one');
  return {
    ...parsed.data,
    timeoutMs: parsed.data.timeoutMs ?? 10_000,
    webhookTimeoutMs: parsed.data.webhookTimeoutMs ?? 10_000,
    fetch: fetchFn ?? ((input, init) => (fallback as typeof fetch)(input, init)),
    ...(receiver ? { receiver } : {}),
    ...(only ? { only } : {}),
  };
}
