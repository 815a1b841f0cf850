// @custom-elements-manifest/analyzer: documents the elements from their JSDoc.
/** Events dispatched as `new SomeEvent()` are documented by `@event` tags; drop the nameless copies. */
const dropNamelessEvents = () => ({
  name: 'drop-nameless-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropNamelessEvents()],
};
