import type { TemplateResult } from 'lit';

type Play = (context: { canvasElement: HTMLElement }) => Promise<void>;
export interface StoryLike<A> {
  args?: Partial<A>;
  globals?: Record<string, unknown>;
  play?: Play;
  render?: (args: A) => TemplateResult;
}
export interface MetaLike<A> {
  args?: Partial<A>;
  render?: unknown;
}

/** The named stories of a stories module (its `default` is the meta). */
export function namedStories<A>(module: Record<string, unknown>): Array<[string, StoryLike<A>]> {
  return Object.entries(module).filter(([name]) => name !== 'default') as Array<[string, StoryLike<A>]>;
}

/** What Storybook would render for a story: its args over the meta's, its pinned globals (locale, theme) over both. */
export function storyTemplate<A>(meta: MetaLike<A>, story: StoryLike<A>): TemplateResult {
  const args = { ...meta.args, ...story.args, ...story.globals } as A;
  const render = story.render ?? (meta.render as (args: A) => TemplateResult);
  return render(args);
}
