import { RedirectStore, hasReturnParams, peekReturn, readReturn, withoutReturnParams, type PendingRedirect, type ReturnResult } from '../core/redirect/redirect-return.js';

/** This tab's store of pending redirects. */
export const redirectStore = (): RedirectStore => new RedirectStore(sessionStorage);

/** The pending flow the current page's URL returns from, if any (nothing is consumed). */
export function pendingReturn(): PendingRedirect | undefined {
  try {
    return peekReturn(new URL(location.href), redirectStore());
  } catch {
    return undefined; // no sessionStorage (blocked cookies, sandboxed frame)
  }
}

/**
 * Reads the result of a redirection flow from the current URL, once: the entry is consumed
 * and the result parameters are removed from the address bar (`history.replaceState`), so a
 * reload or the back button does not report it again. Undefined when the URL carries no
 * result of a flow started in this tab.
 */
export function takeReturn(): ReturnResult | undefined {
  const url = new URL(location.href);
  if (!hasReturnParams(url)) return undefined;
  let result: ReturnResult | undefined;
  try {
    result = readReturn(url, redirectStore());
  } catch {
    return undefined;
  }
  history.replaceState(history.state, '', withoutReturnParams(url));
  return result;
}
