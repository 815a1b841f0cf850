import type { Plugin } from 'rollup';
/** The static text of a `css` template, minified. */
export function minifyCss(text: string): string;
/** The static text of an `html` template, minified (left as is when it holds pre or textarea). */
export function minifyHtml(text: string): string;
/** The rollup plugin: minifies the `css` and `html` templates of the modules `include` matches (default: src/**.ts). */
export function minifyTemplates(options?: { include?: RegExp }): Plugin;
