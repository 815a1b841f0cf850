/**
 * Registers a custom element once. A second registration of the same tag (the script loaded
 * twice, or the CDN build beside the npm build) is skipped instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): boolean {
  if (registry.get(tag)) return false;
  registry.define(tag, constructor);
  return true;
}
