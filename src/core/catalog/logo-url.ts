/**
 * The logo URL to use, or undefined: only `https:` URLs, `data:image/…` URLs, URLs of the
 * page's own origin and of `trustedOrigins` (the provider the catalog came from) are used;
 * anything else (`http:` elsewhere, `javascript:`, malformed) falls back to the monogram.
 */
export function safeLogoUrl(logoUrl: string | undefined, baseUrl: string, trustedOrigins: readonly string[] = []): string | undefined {
  if (!logoUrl) return undefined;
  if (/^data:image\/(png|jpeg|gif|webp|svg\+xml|avif)[;,]/i.test(logoUrl)) return logoUrl;
  let url: URL;
  let base: URL;
  try {
    base = new URL(baseUrl);
    url = new URL(logoUrl, base);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:' || url.origin === base.origin || trustedOrigins.includes(url.origin)) return url.href;
  return undefined;
}
