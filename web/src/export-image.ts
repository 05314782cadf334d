/**
 * Exports the current view: a PNG composed from sigma's canvas layers, and an SVG redrawn from the
 * reduced display data (so filters, highlights and modes carry over), both framed with a title,
 * a legend and the sources line (see `export-frame.ts`).
 */
import type { PlacedLabel } from './label-placer.js';
import { layoutFrame, type FrameContent, type FrameLayout } from './export-frame.js';
import type Sigma from 'sigma';
import type { EcoGraph } from '../../src/model/types.js';
import { DASH_PATTERN } from './dashed-edge-program.js';

const FRAME_FONT = 'system-ui, "Noto Sans JP", sans-serif';

/** Text width in px at a size, measured with a canvas in the frame's font. */
function canvasMeasure(): (text: string, size: number) => number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, size) => {
    ctx.font = `${size}px ${FRAME_FONT}`;
    return ctx.measureText(text).width;
  };
}

/** The frame around the current view. */
export function frameFor(renderer: Sigma<any, any, any>, content: FrameContent): FrameLayout {
  const { width, height } = renderer.getDimensions();
  return layoutFrame(content, width, height, canvasMeasure());
}

/**
 * Draws every sigma layer on one canvas with a white background, inside the frame (title above,
 * legend and sources below). Must run right after a render.
 */
export function composeCanvas(renderer: Sigma<any, any, any>, content: FrameContent): HTMLCanvasElement {
  const frame = frameFor(renderer, content);
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(frame.width * ratio);
  out.height = Math.round(frame.height * ratio);
  const ctx = out.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, frame.width, frame.height);
  renderer.refresh();
  // Layers in sigma's stacking order; WebGL buffers are still valid within this task.
  const canvases = renderer.getCanvases();
  for (const name of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
    const canvas = canvases[name];
    if (canvas) ctx.drawImage(canvas, frame.view.x, frame.view.y, frame.view.width, frame.view.height);
  }
  ctx.fillStyle = '#1F1F1F';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 ${frame.title.size}px ${FRAME_FONT}`;
  ctx.fillText(frame.title.text, frame.title.x, frame.title.y);
  for (const e of frame.legend) {
    ctx.beginPath();
    ctx.arc(e.swatch.cx, e.swatch.cy, e.swatch.r, 0, Math.PI * 2);
    ctx.fillStyle = e.swatch.color;
    ctx.fill();
    ctx.fillStyle = '#1F1F1F';
    ctx.font = `${e.text.size}px ${FRAME_FONT}`;
    ctx.fillText(e.text.text, e.text.x, e.text.y);
  }
  ctx.fillStyle = '#555555';
  for (const l of frame.sources) {
    ctx.font = `${l.size}px ${FRAME_FONT}`;
    ctx.fillText(l.text, l.x, l.y);
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
export async function exportPng(renderer: Sigma<any, any, any>, content: FrameContent): Promise<Blob> {
  const canvas = composeCanvas(renderer, content);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas could not be encoded'))), 'image/png'));
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  return el;
}

/** Arrowhead length in px for a tie drawn `strokeWidth` wide: a few px, growing gently with the width. */
export function arrowheadLength(strokeWidth: number): number {
  return 5 + 1.5 * strokeWidth;
}

/**
 * The current view as an SVG document: the title, the visible edges (dashed where the view dashes
 * them, arrowheads on directed ones sized by {@link arrowheadLength}), visible nodes, the labels
 * the label placer drew in the last frame, then the legend and the sources line. Text is set with
 * `textContent`, so labels are escaped by the serializer.
 */
export function exportSvg(renderer: Sigma<any, any, any>, graph: EcoGraph, placed: readonly PlacedLabel[], content: FrameContent): string {
  const frame = frameFor(renderer, content);
  const { width, height } = frame;
  const svg = svgElement('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  svg.append(svgElement('rect', { x: 0, y: 0, width, height, fill: '#FFFFFF' }));
  const defs = svgElement('defs', {});
  svg.append(defs);
  const title = svgElement('text', { x: frame.title.x, y: frame.title.y, 'font-family': FRAME_FONT, 'font-size': frame.title.size, 'font-weight': 600, fill: '#1F1F1F', class: 'title' });
  title.textContent = frame.title.text;
  svg.append(title);
  const view = svgElement('g', { class: 'view', transform: `translate(${frame.view.x} ${frame.view.y})` });
  svg.append(view);
  const markers = new Map<string, string>();
  // One marker per colour and length, in user units (px): its size no longer multiplies with the stroke width.
  const marker = (color: string, length: number) => {
    const key = `${color} ${length.toFixed(1)}`;
    let id = markers.get(key);
    if (id) return id;
    id = `arrow${markers.size}`;
    markers.set(key, id);
    const m = svgElement('marker', { id, viewBox: '0 0 10 10', refX: 10, refY: 5, markerUnits: 'userSpaceOnUse', markerWidth: length.toFixed(2), markerHeight: length.toFixed(2), orient: 'auto-start-reverse' });
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
    const strokeWidth = Math.max(0.5, d.size);
    const attrs: Record<string, string | number> = {
      x1: p.x.toFixed(2),
      y1: p.y.toFixed(2),
      x2: (q.x - (dx / len) * r).toFixed(2),
      y2: (q.y - (dy / len) * r).toFixed(2),
      stroke: d.color,
      'stroke-width': strokeWidth.toFixed(2),
    };
    if (d.type.startsWith('dashed')) attrs['stroke-dasharray'] = `${DASH_PATTERN.dash} ${DASH_PATTERN.gap}`;
    if (d.type.endsWith('Arrow')) attrs['marker-end'] = `url(#${marker(d.color, arrowheadLength(strokeWidth))})`;
    edges.append(svgElement('line', attrs));
  });
  view.append(edges);
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
  view.append(nodes, labels);
  const legend = svgElement('g', { class: 'legend', 'font-family': FRAME_FONT, fill: '#1F1F1F' });
  for (const e of frame.legend) {
    legend.append(svgElement('circle', { cx: e.swatch.cx.toFixed(2), cy: e.swatch.cy.toFixed(2), r: e.swatch.r, fill: e.swatch.color }));
    const t = svgElement('text', { x: e.text.x.toFixed(2), y: e.text.y.toFixed(2), 'font-size': e.text.size });
    t.textContent = e.text.text;
    legend.append(t);
  }
  const sources = svgElement('g', { class: 'sources', 'font-family': FRAME_FONT, fill: '#555555' });
  for (const l of frame.sources) {
    const t = svgElement('text', { x: l.x, y: l.y.toFixed(2), 'font-size': l.size });
    t.textContent = l.text;
    sources.append(t);
  }
  svg.append(legend, sources);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}
