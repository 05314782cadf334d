/** Marker shapes of figures: the kinds of actor in black-and-white print, drawn as SVG paths. */
import { svgNumber } from './svg-writer.js';

/** Marker shapes for kinds of actor in `bw` print. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'hexagon' | 'star' | 'cross';

function polygon(points: [number, number][]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${svgNumber(x)} ${svgNumber(y)}`).join(' ') + ' Z';
}

/**
 * The SVG path of a marker of radius `r` centred on (cx, cy); every shape lies within the square
 * of side 2r around the centre, so the node's box is the same whatever its shape.
 */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  const ring = (n: number, start: number, radius: (k: number) => number) =>
    Array.from({ length: n }, (_, k): [number, number] => {
      const a = start + (k * 2 * Math.PI) / n;
      return [cx + radius(k) * Math.cos(a), cy + radius(k) * Math.sin(a)];
    });
  switch (shape) {
    case 'circle':
      return `M${svgNumber(cx - r)} ${svgNumber(cy)} A${svgNumber(r)} ${svgNumber(r)} 0 1 0 ${svgNumber(cx + r)} ${svgNumber(cy)} A${svgNumber(r)} ${svgNumber(r)} 0 1 0 ${svgNumber(cx - r)} ${svgNumber(cy)} Z`;
    case 'square': {
      const h = r * 0.82;
      return polygon([[cx - h, cy - h], [cx + h, cy - h], [cx + h, cy + h], [cx - h, cy + h]]);
    }
    case 'diamond':
      return polygon(ring(4, -Math.PI / 2, () => r));
    case 'triangle':
      return polygon(ring(3, -Math.PI / 2, () => r));
    case 'triangle-down':
      return polygon(ring(3, Math.PI / 2, () => r));
    case 'hexagon':
      return polygon(ring(6, 0, () => r));
    case 'star':
      return polygon(ring(10, -Math.PI / 2, (k) => (k % 2 ? r * 0.45 : r)));
    case 'cross': {
      const a = r * 0.34;
      const b = r * 0.94;
      return polygon([[cx - a, cy - b], [cx + a, cy - b], [cx + a, cy - a], [cx + b, cy - a], [cx + b, cy + a], [cx + a, cy + a], [cx + a, cy + b], [cx - a, cy + b], [cx - a, cy + a], [cx - b, cy + a], [cx - b, cy - a], [cx - a, cy - a]]);
    }
  }
}

