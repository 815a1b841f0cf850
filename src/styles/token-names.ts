/**
 * The catalogue of public design tokens: the single source of truth for the `--signin-*`
 * custom properties, their defaults in the light and dark themes, and the keys of the
 * `styles` config (`colorPrimary` → `--signin-color-primary`). `tokens.ts` builds the host
 * styles from it, `config/styles.ts` the validation, `src/styles/README.md` documents it.
 *
 * Each entry: `[custom property without "--signin-", kind, light default, dark default?, private name?]`.
 * With a private name the element maps the public token to `--_<private>` (tokens.ts);
 * without, the component that reads the token declares its own private copy. A default of
 * `var(--_x)` follows another token (and so its theme). The comments are the descriptions.
 */
export type TokenKind = 'color' | 'length' | 'font' | 'shadow';
export type TokenEntry = readonly [name: string, kind: TokenKind, light: string, dark?: string, privateName?: string];

export const TOKENS = {
  /** Page-like background painted behind the element (transparent in the light theme). */
  colorBackground: ['color-background', 'color', 'transparent', '#111827', 'background'],
  /** Background of inputs, lists, consents and panels. */
  colorSurface: ['color-surface', 'color', '#ffffff', '#1f2937', 'surface'],
  /** Background of skeletons, expanded details and quiet areas. */
  colorSurfaceMuted: ['color-surface-muted', 'color', '#f3f4f6', '#374151', 'surface-muted'],
  /** Background of the search input (follows colorSurface). */
  colorInputBackground: ['color-input-background', 'color', 'var(--_surface)', undefined, 'input-background'],
  /** Background of a hovered or active option (follows colorSurfaceMuted). */
  colorHover: ['color-hover', 'color', 'var(--_surface-muted)', undefined, 'hover'],
  /** Brand colour: buttons, checkboxes, the chosen-bank mark. */
  colorPrimary: ['color-primary', 'color', '#1d4ed8', '#93c5fd', 'primary'],
  /** Text and icons on the brand colour (`auto`: white or near-black, whichever reads on colorPrimary). */
  colorOnPrimary: ['color-on-primary', 'color', 'auto', undefined, 'on-primary'],
  /** Links and "more about" toggles (follows colorPrimary). */
  colorLink: ['color-link', 'color', 'var(--_primary)', undefined, 'link'],
  /** Body text. */
  colorText: ['color-text', 'color', '#111827', '#f9fafb', 'text'],
  /** Secondary text: hints, tags, placeholders, unavailable banks. */
  colorTextMuted: ['color-text-muted', 'color', '#4b5563', '#d1d5db', 'text-muted'],
  /** Headings and legends (follows colorText). */
  colorHeading: ['color-heading', 'color', 'var(--_text)', undefined, 'heading'],
  /** Borders of inputs and lists (3:1 against the surface). */
  colorBorder: ['color-border', 'color', '#6b7280', '#9ca3af', 'border'],
  /** Errors and unavailable banks. */
  colorDanger: ['color-error', 'color', '#b91c1c', '#fca5a5', 'error'],
  /** Warnings such as "may be slow". */
  colorWarning: ['color-warning', 'color', '#92400e', '#fcd34d', 'warning'],
  /** Success messages. */
  colorSuccess: ['color-success', 'color', '#15803d', '#86efac', 'success'],
  /** Background of the text that matched the search. */
  colorHighlight: ['color-highlight', 'color', '#fef08a', '#854d0e', 'highlight'],
  /** Focus outline (3:1 against the surface and the background). */
  colorFocusRing: ['color-focus-ring', 'color', '#2563eb', '#93c5fd', 'focus-ring'],
  /** Font family list. */
  fontFamily: ['font-family', 'font', "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", undefined, 'font-family'],
  /** Base font size. */
  fontSizeBase: ['font-size', 'length', '1rem', undefined, 'font-size'],
  /** Font size of secondary text. */
  fontSizeSmall: ['font-size-small', 'length', '0.875rem', undefined, 'font-size-small'],
  /** Font size of headings and legends. */
  fontSizeHeading: ['font-size-heading', 'length', '1.125rem', undefined, 'font-size-heading'],
  /** Base spacing unit; gaps and paddings are multiples of it. */
  spacingUnit: ['spacing', 'length', '0.5rem', undefined, 'spacing'],
  /** Corner radius of inputs, lists, buttons and consents. */
  borderRadius: ['radius', 'length', '8px', undefined, 'radius'],
  /** Shadow of popups (the combobox list). */
  shadow: ['shadow', 'shadow', '0 4px 16px rgb(0 0 0 / 0.12)', '0 4px 16px rgb(0 0 0 / 0.6)', 'shadow'],
  /** Size of bank logos. */
  logoSize: ['logo-size', 'length', '2rem', undefined, 'logo-size'],
  /** Greatest height of the bank list (signin-bank-picker); a list of few banks is as tall as its rows. */
  bankListHeight: ['bank-list-height', 'length', '20rem'],
  /** Height from which the consents list scrolls (signin-consents). */
  consentsMaxHeight: ['consents-max-height', 'length', '32rem'],
  /** Size of the consent checkboxes (signin-consents). */
  checkboxSize: ['checkbox-size', 'length', '1.25rem'],
} as const satisfies Record<string, TokenEntry>;

export type StyleKey = keyof typeof TOKENS;

/** The custom property of a `styles` key: `colorPrimary` → `--signin-color-primary`. */
export const tokenProperty = (key: StyleKey): string => `--signin-${TOKENS[key][0]}`;
