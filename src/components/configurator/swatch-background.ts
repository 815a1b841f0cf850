import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * `<span ${swatchBackground(colour)}>`: sets the element's background through the CSSOM
 * (`style.setProperty`), which a `style-src 'self'` policy allows, where a `style` attribute
 * (styleMap's first render writes one) is refused.
 */
class SwatchBackground extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('swatchBackground() goes on an element: <span ${swatchBackground(colour)}>');
  }

  render(_colour: string) {
    return noChange;
  }

  override update(part: ElementPart, [colour]: [string]) {
    (part.element as HTMLElement).style.setProperty('background', colour);
    return noChange;
  }
}

export const swatchBackground = directive(SwatchBackground);
