/// <reference types="node" />
/**
 * The `signin-flow` command (package.json `bin`, Node 20+):
 * `signin-flow conformance --api-base URL --client-id ID --secret KEY [--origin URL] [--webhook-secret whsec_…]`
 * checks a provider against the protocol and prints a table (or `--json`); exit code 0 when no
 * check failed, 1 when one did, 2 for a bad command line.
 */
import { realpathSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { listenForWebhooks, type WebhookListener } from './conformance/listener.js';
import { ConformanceOptionsError, parseConformanceOptions, type ConformanceOptions } from './conformance/options.js';
import { runConformance } from './conformance/runner.js';
import { CHECKS } from './conformance/checks.js';
import { formatJson, formatTable } from './conformance/table.js';

/** The text of `signin-flow --help`. */
export const HELP = `Usage: signin-flow conformance --api-base URL --client-id ID --secret KEY [options]

Checks a provider against the signin-flow protocol wherever no bank login is needed: the
catalog and its CORS, session creation and its errors, links and their status, the Default
Import's signature check, signed webhooks (Standard Webhooks) and the access endpoints when
offered. Prints one row per check: PASS, FAIL with the reason, or SKIP with why.

Options:
  --api-base URL          the provider's API base URL (https://provider.example)
  --client-id ID          your client id at the provider
  --secret KEY            your secret key (or the SIGNIN_FLOW_SECRET environment variable)
  --origin URL            an allowed origin of your client (https://shop.example): the CORS,
                          session and link checks need it
  --webhook-secret KEY    the provider's webhook signing secret, whsec_… (or the
                          SIGNIN_FLOW_WEBHOOK_SECRET environment variable): the webhook check needs it
  --webhook-port N        the port the webhook listener binds on 127.0.0.1 (default: a free one)
  --webhook-url URL       the URL the provider must POST webhooks to, when it cannot reach
                          127.0.0.1 (a tunnel to the listener); default http://127.0.0.1:<port>/webhooks
  --timeout MS            time limit of each check (default 10000)
  --webhook-timeout MS    how long to wait for the webhook (default 10000)
  --only IDS              run only these checks (comma-separated ids)
  --list                  list the checks and exit
  --json                  print the results as JSON
  -h, --help              show this help

Exit code: 0 when no check failed (skips allowed), 1 when one failed, 2 for a bad command line.
`;

/** The command-line flag of each option, for error messages. */
const FLAG: Record<string, string> = {
  apiBase: '--api-base',
  clientId: '--client-id',
  secret: '--secret',
  origin: '--origin',
  webhookSecret: '--webhook-secret',
  timeoutMs: '--timeout',
  webhookTimeoutMs: '--webhook-timeout',
  only: '--only',
};

/** A bad command line: the message names the flag. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'list' }
  | {
      readonly kind: 'conformance';
      readonly options: ConformanceOptions;
      readonly json: boolean;
      readonly webhookPort: number;
      readonly webhookUrl: string | undefined;
    };

const integer = (flag: string, raw: string | undefined, min: number, max: number): number | undefined => {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return Number(raw);
};

/** Parses the arguments after `signin-flow` (and the environment's secrets); throws UsageError naming the flag. */
export function parseCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'api-base': { type: 'string' },
        'client-id': { type: 'string' },
        secret: { type: 'string' },
        origin: { type: 'string' },
        'webhook-secret': { type: 'string' },
        'webhook-port': { type: 'string' },
        'webhook-url': { type: 'string' },
        timeout: { type: 'string' },
        'webhook-timeout': { type: 'string' },
        only: { type: 'string' },
        list: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs says "Unknown option '--x'…" or "Option '--x <value>' argument missing".
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0 || positionals[0] === 'help') return { kind: 'help' };
  const [command, ...extra] = positionals;
  if (command !== 'conformance') throw new UsageError(`Unknown command "${command}": the command is "conformance" (signin-flow --help)`);
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}" (options start with --; signin-flow --help)`);
  if (values.list) return { kind: 'list' };

  const secret = values.secret ?? env.SIGNIN_FLOW_SECRET;
  const webhookSecret = values['webhook-secret'] ?? env.SIGNIN_FLOW_WEBHOOK_SECRET;
  const required: [string, string | undefined][] = [
    ['--api-base', values['api-base']],
    ['--client-id', values['client-id']],
    ['--secret', secret],
  ];
  const missing = required.filter(([, value]) => value === undefined).map(([flag]) => flag);
  if (missing.length > 0) throw new UsageError(`Missing ${missing.join(', ')} (signin-flow --help)`);
  const webhookUrl = values['webhook-url'];
  if (webhookUrl !== undefined && !/^https?:\/\/\S+$/i.test(webhookUrl)) throw new UsageError(`--webhook-url must be an http(s) URL, got "${webhookUrl}"`);
  const timeoutMs = integer('--timeout', values.timeout, 100, 600_000);
  const webhookTimeoutMs = integer('--webhook-timeout', values['webhook-timeout'], 100, 600_000);
  const only = values.only
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);

  const options: ConformanceOptions = {
    apiBase: values['api-base'] as string,
    clientId: values['client-id'] as string,
    secret: secret as string,
    ...(values.origin !== undefined ? { origin: values.origin } : {}),
    ...(webhookSecret !== undefined ? { webhookSecret } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(webhookTimeoutMs !== undefined ? { webhookTimeoutMs } : {}),
    ...(only ? { only } : {}),
  };
  try {
    parseConformanceOptions(options);
  } catch (error) {
    if (error instanceof ConformanceOptionsError) {
      const flag = FLAG[error.field.split('.')[0] ?? ''] ?? error.field;
      throw new UsageError(`${flag}${error.message.slice(error.field.length)}`);
    }
    throw error;
  }
  if (only) {
    const unknown = only.filter((id) => !CHECKS.some((check) => check.id === id));
    if (unknown.length > 0) throw new UsageError(`--only: no check "${unknown.join('", "')}" (signin-flow conformance --list)`);
  }
  return { kind: 'conformance', options, json: values.json ?? false, webhookPort: integer('--webhook-port', values['webhook-port'], 0, 65_535) ?? 0, webhookUrl };
}

export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`signin-flow: ${error.message}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (command.kind === 'list') {
    const width = Math.max(...CHECKS.map((check) => check.id.length));
    io.stdout.write(`${CHECKS.map((check) => `${check.id.padEnd(width)}  ${check.title}`).join('\n')}\n`);
    return 0;
  }
  let listener: WebhookListener | undefined;
  try {
    listener = await listenForWebhooks({ port: command.webhookPort, ...(command.webhookUrl ? { publicUrl: command.webhookUrl } : {}) });
  } catch (error) {
    io.stderr.write(`signin-flow: the webhook listener cannot bind 127.0.0.1:${command.webhookPort} (${error instanceof Error ? error.message : String(error)}); try another --webhook-port\n`);
    return 2;
  }
  try {
    const report = await runConformance({ ...command.options, receiver: listener });
    const color = io.stdout.isTTY === true && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
    io.stdout.write(`${command.json ? formatJson(report) : formatTable(report, { color, width: io.stdout.columns ?? 120 })}\n`);
    return report.ok ? 0 : 1;
  } finally {
    await listener.close();
  }
}

/** Run as a program, also through npm's `node_modules/.bin/signin-flow` symlink (argv[1] is the link). */
function isMain(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}
if (isMain()) {
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
}
