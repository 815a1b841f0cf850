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

/** `static get properties() { return {x: {state: true}} }` declares internal reactive state: no attribute, as Lit does. */
const statesHaveNoAttribute = () => ({
  name: 'states-have-no-attribute',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isClassDeclaration(node)) return;
    const declaration = moduleDoc.declarations?.find((d) => d.name === node.name?.getText());
    const member = node.members.find((m) => m.name?.getText() === 'properties' && ts.isGetAccessor(m));
    const properties = member?.body?.statements.find(ts.isReturnStatement)?.expression;
    if (!declaration || !properties || !ts.isObjectLiteralExpression(properties)) return;
    for (const property of properties.properties) {
      const isState = ts.isPropertyAssignment(property) && /\bstate:\s*true\b/.test(property.initializer.getText());
      if (!isState) continue;
      const name = property.name.getText();
      declaration.attributes = declaration.attributes?.filter((attribute) => attribute.fieldName !== name);
      const field = declaration.members?.find((m) => m.name === name);
      if (field) delete field.attribute;
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [statesHaveNoAttribute(), dropNamelessEvents()],
};
