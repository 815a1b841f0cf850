import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync } from 'node:fs';
import { mergeConfig } from 'vite';

// The classic CDN script of this checkout (npm run build), served beside the stories: the configurator
// exports its address, which works before the package is published (the public one is named beside it).
const cdn = new URL('../dist/cdn/', import.meta.url);
const localCdn = existsSync(new URL('signin-flow.min.js', cdn));

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar nor onboarding guide in the menu: this Storybook is the
  // elements' documentation and configurator, not a new Storybook project.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  docs: { defaultName: 'Docs' },
  staticDirs: localCdn ? [{ from: '../dist/cdn', to: '/dist/cdn' }] : [],
  // One Lit on the page. The web-components renderer imports `lit` and `lit/directive-helpers.js`;
  // the stories' own imports make Vite pre-bundle `lit`, but not that second entry point, which then
  // loaded lit-html a second time from node_modules ("Multiple versions of Lit loaded", `dev`
  // only: the build bundles a single copy). Pre-bundled together, they share one lit-html.
  // `__SIGNIN_LOCAL_CDN__`: whether that script is served (stories/configurator.stories.ts reads it).
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, { optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] }, define: { __SIGNIN_LOCAL_CDN__: JSON.stringify(localCdn) } }),
};

export default config;
