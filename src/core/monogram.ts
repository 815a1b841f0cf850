/** Up to two initials of a bank's name, for a logo placeholder: "Bank Śląski" → "BŚ". */
export function monogram(name: string): string {
  const words = name.split(/[\s\-–—_./,()&]+/u).filter((w) => /\p{L}|\p{N}/u.test(w));
  const letters = words.slice(0, 2).map((w) => Array.from(w.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}

/** A stable hue (0–359) for a text, so each bank's monogram keeps its colour. */
export function hueOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash % 360;
}
