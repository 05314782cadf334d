/**
 * A sigma WebGL edge program that draws dashed straight edges, for illustrative and inferred ties.
 * Each edge is a quad (two triangles) like sigma's rectangle edges; the vertex shader also passes
 * the distance along the edge in screen pixels, and the fragment shader drops the gaps.
 * Picking (hover, click) uses the full, undashed quad so dashed ties are as easy to hit.
 */
import { EdgeProgram, createEdgeCompoundProgram, EdgeArrowHeadProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform vec2 u_resolution;

varying vec4 v_color;
varying float v_along;

void main() {
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = mix(a_positionStart, a_positionEnd, a_positionCoef);
  float halfWidth = length(normal);
  vec2 direction = halfWidth > 0.0 ? normal / halfWidth : vec2(0.0);
  // At least the minimum thickness on screen, converted to the graph's clip-space units.
  float pixels = max(halfWidth, u_minEdgeThickness * u_sizeRatio);
  float offset = pixels * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(position + direction * offset, 1.0)).xy, 0.0, 1.0);

  // Length of the edge on screen, in CSS pixels: clip space spans 2 units over the viewport.
  vec2 start = (u_matrix * vec3(a_positionStart, 1.0)).xy;
  vec2 end = (u_matrix * vec3(a_positionEnd, 1.0)).xy;
  v_along = a_positionCoef * length((end - start) * 0.5 * u_resolution);

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= 255.0 / 254.0;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying float v_along;

uniform vec2 u_dash;

void main() {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (mod(v_along, u_dash.x + u_dash.y) > u_dash.x) discard;
  gl_FragColor = v_color;
  #endif
}
`;

const UNIFORMS = ['u_matrix', 'u_sizeRatio', 'u_correctionRatio', 'u_minEdgeThickness', 'u_resolution', 'u_dash'] as const;

/** Dash and gap lengths (CSS pixels) used by every dashed edge program; the app sets them from its settings. */
export const DASH_PATTERN = { dash: 8, gap: 5 };

/** Dashed straight edges. */
export class EdgeDashedProgram extends EdgeProgram<(typeof UNIFORMS)[number]> {
  getDefinition() {
    const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_positionStart', size: 2, type: FLOAT },
        { name: 'a_positionEnd', size: 2, type: FLOAT },
        { name: 'a_normal', size: 2, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [
        { name: 'a_positionCoef', size: 1, type: FLOAT },
        { name: 'a_normalCoef', size: 1, type: FLOAT },
      ],
      // Two triangles: (start, +n) (start, −n) (end, +n) and (end, +n) (start, −n) (end, −n).
      CONSTANT_DATA: [
        [0, 1],
        [0, -1],
        [1, 1],
        [1, 1],
        [0, -1],
        [1, -1],
      ],
    };
  }

  processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void {
    const thickness = data.size || 1;
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const length = Math.hypot(dx, dy);
    const nx = length > 0 ? (-dy / length) * thickness : 0;
    const ny = length > 0 ? (dx / length) * thickness : 0;
    const array = this.array;
    let i = startIndex;
    array[i++] = source.x;
    array[i++] = source.y;
    array[i++] = target.x;
    array[i++] = target.y;
    array[i++] = nx;
    array[i++] = ny;
    array[i++] = floatColor(data.color);
    array[i++] = edgeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix!, false, params.matrix);
    gl.uniform1f(uniformLocations.u_sizeRatio!, params.sizeRatio);
    gl.uniform1f(uniformLocations.u_correctionRatio!, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_minEdgeThickness!, params.minEdgeThickness);
    gl.uniform2f(uniformLocations.u_resolution!, params.width, params.height);
    gl.uniform2f(uniformLocations.u_dash!, DASH_PATTERN.dash, DASH_PATTERN.gap);
  }
}

/** Dashed directed edges: a dashed body with sigma's arrow head. */
export const EdgeDashedArrowProgram = createEdgeCompoundProgram([EdgeDashedProgram, EdgeArrowHeadProgram]);
