import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import '../src/define.js';
import manifest from '../custom-elements.json';
import { withActions } from 'storybook/actions/decorator';
import { LOCALE_NAMES, THEMES, globalArgs } from '../stories/args.js';
import '../stories/preview.css';

// Autodocs read attributes, properties, events, parts and CSS properties from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
  // Language and theme for every story, from the toolbar. A story may pin one (`globals: {theme: 'dark'}`).
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: { title: 'Language', icon: 'globe', dynamicTitle: true, items: Object.entries(LOCALE_NAMES).map(([value, title]) => ({ value, title })) },
    },
    theme: {
      description: 'Theme of the elements',
      toolbar: { title: 'Theme', icon: 'contrast', dynamicTitle: true, items: THEMES.map((value) => ({ value, title: value })) },
    },
  },
  initialGlobals: { ...globalArgs },
  decorators: [
    // The toolbar's language and theme become the story's `locale` and `theme` args, which its render passes to the element.
    (story, { args, globals, viewMode }) => {
      const theme = globals['theme'] ?? args['theme'];
      // The canvas around the element follows in the story view (stories/preview.css); docs pages keep theirs.
      if (viewMode === 'story') document.documentElement.dataset['storyTheme'] = theme;
      return story({ args: { ...args, locale: globals['locale'] ?? args['locale'], theme } });
    },
    // `parameters.actions.handles`: every listed event of a story shows in the Actions panel.
    withActions,
  ],
};

export default preview;
