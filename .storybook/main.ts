import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar nor onboarding guide in the menu: this Storybook is the
  // elements' documentation and configurator, not a new Storybook project.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  docs: { defaultName: 'Docs' },
  // One Lit on the page. The web-components renderer imports `lit` and `lit/directive-helpers.js`;
  // the stories' own imports make Vite pre-bundle `lit`, but not that second entry point, which then
  // loaded lit-html a second time from node_modules ("Multiple versions of Lit loaded", `dev`
  // only: the build bundles a single copy). Pre-bundled together, they share one lit-html.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] } }),
};

export default config;
