// Reactive properties are declared in `static get properties()`, apart from the fields they
// describe: every public field an element documents must be in that list (or setting it would
// not re-render; accessors aside), and every public entry of the list must be a documented field.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/define.js';
import '../../src/configurator.js';

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  members?: Member[];
}

describe('reactive properties', () => {
  it('every element lists exactly its public fields as reactive properties', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    expect(elements.length).to.be.at.least(5);
    for (const element of elements) {
      const tag = element.tagName!;
      const constructor = customElements.get(tag) as unknown as typeof ReactiveElement | undefined;
      expect(constructor, tag).to.not.equal(undefined);
      const declared = constructor!.elementProperties;
      const fields = (element.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && !m.static && !m.readonly && !m.name.startsWith('#')).map((m) => m.name);
      // Accessors the class writes itself (`get config()`/`set config()`) are not fields.
      const isAccessor = (name: string) => Object.getOwnPropertyDescriptor(constructor!.prototype, name)?.get !== undefined;
      const publicProperties = [...declared].filter(([, options]) => !options.state).map(([name]) => String(name));
      expect(fields.filter((name) => !declared.has(name) && !isAccessor(name)), `${tag}: fields that are not reactive`).to.deep.equal([]);
      expect(publicProperties.filter((name) => !fields.includes(name)), `${tag}: reactive properties without a documented field`).to.deep.equal([]);
    }
  });
});
