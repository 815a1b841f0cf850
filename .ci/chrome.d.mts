/** The Chromium to use: CHROME_PATH, else Debian's, else one on PATH; undefined if none. */
export function findChrome(): string | undefined;
/** Like findChrome, but throws a clear error when there is none. */
export function chromePath(): string;
/** Flags for this machine: no sandbox as root, and no background traffic to a closed network. */
export const chromeArgs: string[];
