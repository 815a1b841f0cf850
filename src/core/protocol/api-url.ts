/**
 * The URL of `path` (`v1/catalog`, no leading slash) at the provider whose base URL is `apiBase`
 * (`https://p.example` or `https://p.example/api/`: a missing trailing slash is added, so a base
 * path is kept), with `params` left out when undefined or empty. Throws a TypeError when
 * `apiBase` is not an absolute URL.
 */
export function apiUrl(apiBase: string, path: string, params: Readonly<Record<string, string | undefined>> = {}): URL {
  const url = new URL(path, apiBase.endsWith('/') ? apiBase : `${apiBase}/`);
  for (const [name, value] of Object.entries(params)) if (value) url.searchParams.set(name, value);
  return url;
}
