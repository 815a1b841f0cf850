/** The report as an aligned plain-text table for a terminal, and as JSON for machines. */
import type { CheckResult, CheckStatus, ConformanceReport } from './types.js';

export interface TableOptions {
  /** ANSI colours for the results (default false: the CLI turns them on for a TTY without NO_COLOR). */
  readonly color?: boolean;
  /** Wraps the text column to fit lines of this many characters (default 120; at least 60). */
  readonly width?: number;
}

const LABEL: Record<CheckStatus, string> = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' };
const COLOR: Record<CheckStatus, string> = { pass: '\u001b[32m', fail: '\u001b[31m', skip: '\u001b[33m' };
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';

/** Splits `text` into lines of at most `width` characters, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line);
      line = '';
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * ```
 * RESULT  CHECK               WHAT IS CHECKED / WHY NOT
 * PASS    catalog.shape       GET /v1/catalog answers 200 JSON of the catalog schema…
 *                             ↳ 14 banks in 9 countries
 * FAIL    session.missing…    a session request without bankId is 400 invalid_request…
 *                             ↳ POST /v1/signin-sessions answered 500, expected 400: …
 * ```
 * then a summary line: `23 passed, 1 failed, 2 skipped`.
 */
export function formatTable(report: ConformanceReport, options: TableOptions = {}): string {
  const { color = false } = options;
  const idWidth = Math.max('CHECK'.length, ...report.results.map((result) => result.id.length));
  const left = 6 + 2 + idWidth + 2;
  const textWidth = Math.max(60, options.width ?? 120) - left;
  const pad = ' '.repeat(left);
  const paint = (status: CheckStatus, text: string) => (color ? `${COLOR[status]}${text}${RESET}` : text);
  const dim = (text: string) => (color ? `${DIM}${text}${RESET}` : text);

  const row = (result: CheckResult): string[] => {
    const [first = '', ...more] = wrap(result.title, textWidth);
    const lines = [`${paint(result.status, LABEL[result.status].padEnd(6))}  ${result.id.padEnd(idWidth)}  ${first}`, ...more.map((line) => pad + line)];
    if (result.reason) {
      const reason = wrap(`↳ ${result.reason}`, textWidth).map((line, index) => pad + (index === 0 ? line : `  ${line}`));
      lines.push(...(result.status === 'pass' ? reason.map(dim) : reason.map((line) => paint(result.status, line))));
    }
    return lines;
  };

  const summary = [`${report.passed} passed`, `${report.failed} failed`, `${report.skipped} skipped`].join(', ');
  return [
    `signin-flow conformance: ${report.apiBase}`,
    '',
    `${'RESULT'.padEnd(6)}  ${'CHECK'.padEnd(idWidth)}  WHAT IS CHECKED`,
    ...report.results.flatMap(row),
    '',
    report.ok
      ? report.passed > 0
        ? paint('pass', `${summary}: the provider conforms`)
        : paint('skip', `${summary}: nothing was checked (give the options the skips name)`)
      : paint('fail', `${summary}: the provider does not conform`),
  ].join('\n');
}

/** The report as JSON (`--json`): `{apiBase, ok, passed, failed, skipped, results: [{id, title, status, reason?, durationMs}]}`. */
export function formatJson(report: ConformanceReport): string {
  return JSON.stringify(report, null, 2);
}
