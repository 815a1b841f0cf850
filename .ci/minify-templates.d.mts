import type { Plugin } from 'rollup';
/** The static text of a `css` template without expressions, minified (quoted strings kept as written). */
export function minifyCss(text: string): string;
/** The static text of an `html` template without expressions, minified (left as is when it holds pre, textarea or style). */
export function minifyHtml(text: string): string;
/** The quasis of a `css` template, minified; a quoted string may run across an expression. */
export function minifyCssTemplate(quasis: readonly string[]): string[];
/** The quasis of an `html` template, minified; a quoted attribute value may run across an expression. */
export function minifyHtmlTemplate(quasis: readonly string[]): string[];
/** The rollup plugin: minifies the `css` and `html` templates of the modules `include` matches (default: src/**.ts). */
export function minifyTemplates(options?: { include?: RegExp }): Plugin;
