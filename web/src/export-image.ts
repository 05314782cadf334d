/**
 * Exports the current view: a PNG composed from sigma's canvas layers, and an SVG redrawn from the
 * reduced display data (so filters, highlights and modes carry over).
 */
import type { PlacedLabel } from './label-placer.js';
import type Sigma from 'sigma';
import type { EcoGraph } from '../../src/model/types.js';
import { DASH_PATTERN } from './dashed-edge-program.js';

/** Draws every sigma layer on one canvas with a white background. Must run right after a render. */
export function composeCanvas(renderer: Sigma<any, any, any>): HTMLCanvasElement {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, out.width, out.height);
  renderer.refresh();
  // Layers in sigma's stacking order; WebGL buffers are still valid within this task.
  const canvases = renderer.getCanvases();
  for (const name of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
    const canvas = canvases[name];
    if (canvas) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

/** Starts a download of a blob under a file name. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The current view as a PNG blob. */
export async function exportPng(renderer: Sigma<any, any, any>): Promise<Blob> {
  const canvas = composeCanvas(renderer);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas could not be encoded'))), 'image/png'));
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  return el;
}

/**
 * The current view as an SVG document: visible edges (dashed where the view dashes them, arrow
 * heads on directed ones), visible nodes, and the labels the label placer drew in the last frame. Text is set with
 * `textContent`, so labels are escaped by the serializer.
 */
export function exportSvg(renderer: Sigma<any, any, any>, graph: EcoGraph, placed: readonly PlacedLabel[]): string {
  const { width, height } = renderer.getDimensions();
  const svg = svgElement('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  svg.append(svgElement('rect', { x: 0, y: 0, width, height, fill: '#FFFFFF' }));
  const defs = svgElement('defs', {});
  svg.append(defs);
  const markers = new Map<string, string>();
  const marker = (color: string) => {
    let id = markers.get(color);
    if (id) return id;
    id = `arrow${markers.size}`;
    markers.set(color, id);
    const m = svgElement('marker', { id, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
    m.append(svgElement('path', { d: 'M0,0 L10,5 L0,10 z', fill: color }));
    defs.append(m);
    return id;
  };
  const ratio = renderer.getCamera().ratio;
  const sizeScale = 1 / Math.sqrt(ratio);
  const edges = svgElement('g', { class: 'edges' });
  graph.forEachEdge((edge, _a, source, target) => {
    const d = renderer.getEdgeDisplayData(edge);
    const sd = renderer.getNodeDisplayData(source);
    const td = renderer.getNodeDisplayData(target);
    if (!d || d.hidden || !sd || !td || sd.hidden || td.hidden) return;
    const p = renderer.framedGraphToViewport(sd);
    const q = renderer.framedGraphToViewport(td);
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.hypot(dx, dy) || 1;
    const r = td.size * sizeScale;
    const attrs: Record<string, string | number> = {
      x1: p.x.toFixed(2),
      y1: p.y.toFixed(2),
      x2: (q.x - (dx / len) * r).toFixed(2),
      y2: (q.y - (dy / len) * r).toFixed(2),
      stroke: d.color,
      'stroke-width': Math.max(0.5, d.size).toFixed(2),
    };
    if (d.type.startsWith('dashed')) attrs['stroke-dasharray'] = `${DASH_PATTERN.dash} ${DASH_PATTERN.gap}`;
    if (d.type.endsWith('Arrow')) attrs['marker-end'] = `url(#${marker(d.color)})`;
    edges.append(svgElement('line', attrs));
  });
  svg.append(edges);
  const nodes = svgElement('g', { class: 'nodes' });
  const labels = svgElement('g', { class: 'labels', 'font-family': 'system-ui, sans-serif', 'font-size': 13, fill: '#1F1F1F', 'dominant-baseline': 'middle' });
  for (const l of placed) {
    const text = svgElement('text', { x: (l.x + 1).toFixed(2), y: (l.y + l.height / 2).toFixed(2), 'data-node': l.id });
    text.textContent = l.text;
    labels.append(text);
  }
  graph.forEachNode((node) => {
    const d = renderer.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    const r = d.size * sizeScale;
    nodes.append(svgElement('circle', { cx: p.x.toFixed(2), cy: p.y.toFixed(2), r: r.toFixed(2), fill: d.color, stroke: '#FFFFFF', 'stroke-width': 0.5 }));
  });
  svg.append(nodes, labels);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}
