import { parseColor, type Rgba } from '../../core/configurator/color.js';

let canvas: CanvasRenderingContext2D | null | undefined;
const resolved = new Map<string, Rgba | undefined>();
/** Any CSS colour as sRGB, as the browser paints it (named colours, hsl(), color-mix()…): the contrast audit's reader. */
export function resolveColor(text: string): Rgba | undefined {
  const direct = parseColor(text);
  if (direct) return direct;
  if (resolved.has(text)) return resolved.get(text);
  let color: Rgba | undefined;
  if (typeof CSS !== 'undefined' && CSS.supports('color', text) && !/currentcolor|var\(/i.test(text)) {
    canvas ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (canvas) {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = text;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
      color = { r: r!, g: g!, b: b!, a: a! / 255 };
    }
  }
  resolved.set(text, color);
  return color;
}
