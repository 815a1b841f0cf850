import { createHash } from 'node:crypto';
import { escapeHtml } from './html.js';

const SKIP = new Set(['bank', 'banka', 'bankas', 'banco', 'pank', 'caja', 'del', 'of', 'the', 'and', '&']);

/** Up to two upper-case initials of the name's distinctive words (`Bank Łąkowy` → `Ł`). */
export function monogram(name: string): string {
  const words = name.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const distinctive = words.filter((word) => !SKIP.has(word.toLowerCase()));
  const chosen = (distinctive.length > 0 ? distinctive : words).slice(0, 2);
  return chosen.map((word) => Array.from(word)[0]?.toLocaleUpperCase() ?? '').join('') || '?';
}

/** A 64×64 SVG monogram with a colour derived from the bank id. */
export function logoSvg(id: string, name: string): string {
  const hash = createHash('sha256').update(id).digest();
  const hue = ((hash[0] ?? 0) * 256 + (hash[1] ?? 0)) % 360;
  const text = escapeHtml(monogram(name));
  const label = escapeHtml(name);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" role="img" aria-label="${label}">`,
    `<rect width="64" height="64" rx="14" fill="hsl(${hue} 55% 36%)"/>`,
    `<text x="32" y="41.5" text-anchor="middle" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="${text.length > 1 ? 24 : 28}" font-weight="700" fill="#fff">${text}</text>`,
    '</svg>',
  ].join('');
}
