import type { Styles } from '../../config/styles.js';
import { TOKENS, type StyleKey } from '../../styles/token-names.js';

/**
 * The tokens most people change first, shown up front in the configurator (Stripe's appearance
 * variables: colorPrimary, colorBackground, colorText, fontFamily, borderRadius, spacingUnit);
 * every other token is under "More".
 */
export const PRIMARY_STYLE_KEYS = ['colorPrimary', 'colorText', 'colorSurface', 'colorBackground', 'fontFamily', 'borderRadius', 'spacingUnit'] as const satisfies readonly StyleKey[];

/** The tokens under "More": every token not in {@link PRIMARY_STYLE_KEYS}, in catalogue order. */
export const MORE_STYLE_KEYS = (Object.keys(TOKENS) as StyleKey[]).filter((key) => !(PRIMARY_STYLE_KEYS as readonly StyleKey[]).includes(key));

export type PresetName = 'default' | 'neutral' | 'friendly' | 'midnight';

/** A named look: a theme for the widget, and every token it sets (the default sets none: the built-in light and dark themes). */
export interface Preset {
  readonly name: PresetName;
  readonly theme?: 'light' | 'dark';
  readonly styles: Styles;
}

/**
 * Four starting looks, each passing WCAG 2.2 AA in every pair the contrast audit measures (a test
 * checks it). Each but the default sets every colour, so the look is the same in any page theme.
 */
export const PRESETS: readonly Preset[] = [
  { name: 'default', styles: {} },
  {
    name: 'neutral',
    theme: 'light',
    styles: {
      colorBackground: '#f5f6f7',
      colorSurface: '#ffffff',
      colorSurfaceMuted: '#eceef1',
      colorInputBackground: '#ffffff',
      colorHover: '#e6eaef',
      colorPrimary: '#0b3a5b',
      colorOnPrimary: '#ffffff',
      colorLink: '#0b4f7c',
      colorText: '#1b1f24',
      colorTextMuted: '#4a525c',
      colorHeading: '#0b2235',
      colorBorder: '#767f8a',
      colorDanger: '#a4161a',
      colorWarning: '#8a4b00',
      colorSuccess: '#1e6b34',
      colorHighlight: '#fde68a',
      colorFocusRing: '#0b62a4',
      fontFamily: "'Helvetica Neue', Arial, sans-serif",
      borderRadius: '2px',
      spacingUnit: '0.5rem',
      shadow: '0 2px 8px rgb(0 0 0 / 0.12)',
    },
  },
  {
    name: 'friendly',
    theme: 'light',
    styles: {
      colorBackground: '#fff8f1',
      colorSurface: '#ffffff',
      colorSurfaceMuted: '#fdf0e4',
      colorInputBackground: '#ffffff',
      colorHover: '#fbe7d6',
      colorPrimary: '#7c3aed',
      colorOnPrimary: '#ffffff',
      colorLink: '#6d28d9',
      colorText: '#2a1f33',
      colorTextMuted: '#5b4e66',
      colorHeading: '#2a1f33',
      colorBorder: '#8a7d94',
      colorDanger: '#b42318',
      colorWarning: '#8f4a00',
      colorSuccess: '#137333',
      colorHighlight: '#fde68a',
      colorFocusRing: '#7c3aed',
      fontFamily: "'Nunito', 'Segoe UI', system-ui, sans-serif",
      borderRadius: '16px',
      spacingUnit: '0.625rem',
      shadow: '0 8px 24px rgb(76 29 149 / 0.16)',
    },
  },
  {
    name: 'midnight',
    theme: 'dark',
    styles: {
      colorBackground: '#0b1120',
      colorSurface: '#111a2e',
      colorSurfaceMuted: '#1c2740',
      colorInputBackground: '#0f172a',
      colorHover: '#22304d',
      colorPrimary: '#5eead4',
      colorOnPrimary: '#042f2e',
      colorLink: '#5eead4',
      colorText: '#e5edf7',
      colorTextMuted: '#a9b6c8',
      colorHeading: '#f8fafc',
      colorBorder: '#7b8aa3',
      colorDanger: '#fca5a5',
      colorWarning: '#fcd34d',
      colorSuccess: '#86efac',
      colorHighlight: '#854d0e',
      colorFocusRing: '#5eead4',
      fontFamily: "Inter, system-ui, -apple-system, 'Segoe UI', sans-serif",
      borderRadius: '10px',
      spacingUnit: '0.5rem',
      shadow: '0 8px 24px rgb(0 0 0 / 0.6)',
    },
  },
];

/** The preset of a name, if there is one. */
export const presetByName = (name: string): Preset | undefined => PRESETS.find((preset) => preset.name === name);

/** The preset whose tokens `styles` holds exactly (empty values ignored), if any. */
export function matchingPreset(styles: Styles): Preset | undefined {
  const set = Object.entries(styles).filter(([, value]) => value?.trim());
  return PRESETS.find((preset) => {
    const own = Object.entries(preset.styles);
    return own.length === set.length && own.every(([key, value]) => styles[key as StyleKey]?.trim() === value);
  });
}
