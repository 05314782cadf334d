import { describe, expect, it } from 'vitest';
import { buildGraph, labelFromAttribute } from '../../src/model/build.js';
import type { RawEdge, RawGraph, RawNode } from '../../src/model/raw.js';

let line = 0;
const node = (id: unknown, attributes: Record<string, unknown> = {}): RawNode => ({ id, attributes, loc: { file: 'f', line: ++line } });
const edge = (source: unknown, target: unknown, attributes: Record<string, unknown> = {}, extra: Partial<RawEdge> = {}): RawEdge => ({
  source,
  target,
  attributes,
  loc: { file: 'f', line: ++line },
  ...extra,
});
const raw = (nodes: RawNode[], edges: RawEdge[] = []): RawGraph => ({ file: 'f', format: 'json', attributes: {}, nodes, edges, problems: [] });
const codes = (r: ReturnType<typeof buildGraph>) => r.problems.map((p) => `${p.severity}:${p.code}`);
const S = { sources: ['s'] };

describe('buildGraph', () => {
  it('coerces known attributes to their schema types and keeps extras as given', () => {
    const r = buildGraph(raw([node('a', { label: 'A', kind: ' Firm ', founded: '1990', listed: 'yes', sources: 'x | y', extra: '12' })]));
    expect(codes(r)).toEqual([]);
    expect(r.graph.getNodeAttributes('a')).toEqual({ label: 'A', kind: 'firm', founded: 1990, listed: true, sources: ['x', 'y'], extra: '12' });
  });

  it('uses the id as label when there is none, and numeric ids as strings', () => {
    const r = buildGraph(raw([node(7)]));
    expect(r.graph.nodes()).toEqual(['7']);
    expect(r.graph.getNodeAttribute('7', 'label')).toBe('7');
  });

  it('gives an edge its kind’s direction, and an untyped edge the stated one (else undirected)', () => {
    const r = buildGraph(
      raw(
        [node('u', { kind: 'university', ...S }), node('f', { kind: 'firm', ...S }), node('x'), node('y')],
        [edge('u', 'f', { kind: 'collaboration', ...S }), edge('u', 'f', { kind: 'spinoff', ...S }), edge('x', 'y', {}, { directed: true }), edge('x', 'y')],
      ),
    );
    expect(codes(r)).toEqual([]);
    expect(r.graph.mapEdges((_e, _a, _s, _t, _sa, _ta, undirected) => undirected)).toEqual([true, false, false, true]);
  });

  it('generates edge keys that avoid the keys the file gives', () => {
    const r = buildGraph(raw([node('a'), node('b')], [edge('a', 'b'), edge('a', 'b', {}, { key: 'e0' }), edge('b', 'a')]));
    expect(r.graph.edges().sort()).toEqual(['e0', 'e1', 'e2']);
    expect(r.graph.source('e0')).toBe('a');
    expect(r.graph.hasEdge('e0') && r.graph.extremities('e0')).toEqual(['a', 'b']);
  });

  it('maps --year-from to founded and year where they are not given, keeping the attribute', () => {
    const r = buildGraph(
      raw(
        [node('a', { date: '2001-04-01' }), node('b', { date: '1990', founded: 1985 }), node('c', { date: '' })],
        [edge('a', 'b', { date: '2010-09' }), edge('a', 'c', { date: 'someday' }), edge('b', 'c', { year: 2005, date: '2012' })],
      ),
      { yearFrom: 'date' },
    );
    expect(r.graph.getNodeAttribute('a', 'founded')).toBe(2001);
    expect(r.graph.getNodeAttribute('a', 'date')).toBe('2001-04-01');
    expect(r.graph.getNodeAttribute('b', 'founded')).toBe(1985); // the own date wins
    expect(r.graph.getNodeAttribute('c', 'founded')).toBeUndefined(); // an empty value is no date
    expect(r.graph.mapEdges((_e, a) => a.year)).toEqual([2010, undefined, 2005]); // the bad date is an error, the tie kept without it
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      expect.stringMatching(/year must be a year .* got "someday"/),
    ]);
  });

  it('maps --kind-from to the kind', () => {
    const r = buildGraph(raw([node('a', { type: 'Investor' })]), { kindFrom: 'type' });
    expect(r.graph.getNodeAttribute('a', 'kind')).toBe('investor');
  });

  it('warns about a child founded before its parent, missing sources and self-loops', () => {
    const r = buildGraph(
      raw(
        [node('p', { kind: 'anchor', founded: 2000, ...S }), node('c', { kind: 'firm', founded: 1990 })],
        [edge('p', 'c', { kind: 'spinoff', ...S }), edge('c', 'c')],
      ),
    );
    expect(codes(r).sort()).toEqual(['warning:child-before-parent', 'warning:missing-sources', 'warning:self-loop']);
  });

  it('checks affiliation roles and edge kinds between node kinds', () => {
    const r = buildGraph(
      raw(
        [node('p', { kind: 'person', ...S }), node('u', { kind: 'university', ...S })],
        [edge('p', 'u', { kind: 'affiliation', role: 'janitor', ...S }), edge('u', 'p', { kind: 'mentorship', ...S })],
      ),
    );
    expect(codes(r)).toEqual(['error:bad-value', 'error:edge-kind-not-allowed']);
  });

  it('checks a spin-off tie\'s type against the spin-off types (bad-value, naming the field); other kinds may carry any type', () => {
    const r = buildGraph(
      raw(
        [node('u', { kind: 'university', ...S }), node('f', { kind: 'firm', ...S }), node('g', { kind: 'firm', ...S })],
        [
          edge('u', 'f', { kind: 'spinoff', type: 'academic', ...S }),
          edge('u', 'g', { kind: 'spinoff', type: 'spinout', ...S }),
          edge('f', 'g', { kind: 'collaboration', type: 'licensing', ...S }),
        ],
      ),
    );
    expect(codes(r)).toEqual(['error:bad-value']);
    expect(r.problems[0]!.field).toBe('type');
    expect(r.problems[0]!.message).toContain('a spin-off\'s type must be one of employee, academic, carve-out, subsidiary, joint-venture, got "spinout"');
  });

  it('reports every problem and still builds the rest', () => {
    const r = buildGraph(raw([node(''), node('a', { founded: 'soon' }), node('a'), node('b', { label: ' ' })], [edge('a', 'zz'), edge('a', 'b', { weight: 'x' })]));
    expect(codes(r)).toEqual(['error:empty-id', 'error:bad-year', 'error:duplicate-id', 'error:empty-label', 'error:missing-node', 'error:bad-number']);
    expect(r.graph.order).toBe(2);
  });
});

describe('labelFrom', () => {
  it('takes labels from another attribute where a node has it; else label, else the id', () => {
    const r = buildGraph(
      raw([node('lit', { tooltip: 'Little Rock', label: 'LIT' }), node('msp', { label: 'MSP', tooltip: '  ' }), node('x', { tooltip: 42 }), node('y')]),
      { labelFrom: 'tooltip' },
    );
    expect(r.graph.nodes().map((n) => r.graph.getNodeAttribute(n, 'label'))).toEqual(['Little Rock', 'MSP', '42', 'y']);
    expect(r.graph.getNodeAttribute('lit', 'tooltip')).toBe('Little Rock');
    expect(labelFromAttribute({ name: 'A' }, undefined)).toBeUndefined();
    expect(labelFromAttribute({ name: ['A'] }, 'name')).toBeUndefined();
  });

  it('unknown kinds name the nearest kind and list the valid ones', () => {
    const r = buildGraph(raw([node('a', { kind: 'incubator' }), node('b', { kind: 'firm' })], [edge('a', 'b', { kind: 'spin-off' })]));
    const messages = r.problems.filter((p) => p.severity === 'error').map((p) => p.message);
    expect(messages).toContain('node "a": unknown node kind "incubator" (kinds: founder, person, firm, anchor, university, institute, investor, government)');
    expect(messages.find((m) => m.includes('"spin-off"'))).toMatch(/unknown edge kind "spin-off" \(did you mean "spinoff"\? kinds: spinoff, investment/);
  });
});
