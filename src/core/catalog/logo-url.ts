const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml|avif)[;,]/i;

/**
 * The logo URL to use, or undefined: only `https:` URLs, `data:image/…` URLs, URLs of the
 * page's own origin and of `trustedOrigins` (the provider the catalog came from) are used;
 * anything else (`http:` elsewhere, `javascript:`, malformed) falls back to the monogram.
 */
export function safeLogoUrl(logoUrl: string | undefined, baseUrl: string, trustedOrigins: readonly string[] = []): string | undefined {
  return logoUrlRule(baseUrl, trustedOrigins)(logoUrl);
}

/**
 * {@link safeLogoUrl} for one page and provider: the page's URL is parsed here, once, and each
 * logo URL once per call (a list of logos parses one URL a row, not two).
 */
export function logoUrlRule(baseUrl: string, trustedOrigins: readonly string[] = []): (logoUrl: string | undefined) => string | undefined {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return () => undefined;
  }
  return (logoUrl) => {
    if (!logoUrl) return undefined;
    if (DATA_IMAGE.test(logoUrl)) return logoUrl;
    let url: URL;
    try {
      url = new URL(logoUrl, base);
    } catch {
      return undefined;
    }
    return url.protocol === 'https:' || url.origin === base.origin || trustedOrigins.includes(url.origin) ? url.href : undefined;
  };
}
