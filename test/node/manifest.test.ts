// Every public attribute, property, method, event, part and CSS custom property of every
// element is documented: custom-elements.json (made by `cem analyze`, which npm test runs
// first) is what Storybook's docs and editors show integrators.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

interface Documented {
  name: string;
  description?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  description?: string;
  members?: Documented[];
  attributes?: Documented[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}

const path = new URL('../../custom-elements.json', import.meta.url);

test('every element documents its whole public API', { skip: !existsSync(path) && 'run "npm run manifest" first' }, () => {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { modules: Array<{ declarations?: Declaration[] }> };
  // Abstract bases (FormControl) have no tag: their members are checked where elements inherit them.
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  assert.ok(elements.length >= 5, `elements in the manifest: ${elements.map((e) => e.tagName).join(', ')}`);
  const missing: string[] = [];
  const check = (tag: string, kind: string, items: Documented[] = []) => {
    for (const item of items) {
      if (item.privacy === 'private' || item.privacy === 'protected' || item.static) continue;
      if (!item.description?.trim()) missing.push(`<${tag}> ${kind} ${item.name}`);
    }
  };
  for (const element of elements) {
    const tag = element.tagName ?? '?';
    if (!element.summary?.trim() && !element.description?.trim()) missing.push(`<${tag}> summary`);
    check(tag, 'member', element.members);
    check(tag, 'attribute', element.attributes);
    check(tag, 'event', element.events);
    check(tag, 'part', element.cssParts);
    check(tag, 'CSS property', element.cssProperties);
    assert.ok((element.cssParts ?? []).length > 0, `<${tag}> has parts`);
  }
  assert.deepEqual(missing, []);
});
