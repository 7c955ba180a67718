/** @file The fuse pass on tiny IR text: which nodes share a kernel, the storage-buffer split, and the reasons recorded for fusions not made. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, printNames, type Graph } from '../../src/ir/index.ts';
import { bindingCount, members, type FusedGraph } from '../../src/passes/fuse-groups.ts';
import { fuseGraph } from '../../src/passes/fuse.ts';
import { randomGraphArb } from '../property/random-graph.ts';

/** Each group as `op+op+op` in graph order, e.g. `matmul+add+relu`. */
function shape(f: FusedGraph): string[] {
  const defs = new Map(f.graph.nodes.map((n) => [n.id, n]));
  const pos = new Map(f.graph.nodes.map((n, i) => [n.id, i]));
  return f.groups.map((g) => members(g).sort((a, b) => pos.get(a)! - pos.get(b)!).map((id) => defs.get(id)!.op).join('+'));
}

function groups(text: string, maxStorageBuffers = 8): { f: FusedGraph; kernels: string[] } {
  const f = fuseGraph(parse(text), { maxStorageBuffers });
  return { f, kernels: shape(f) };
}

describe('fuse: groups', () => {
  it('dense + bias + relu is one kernel; the softmax head joins the next dense layer', () => {
    const { kernels } = groups(`graph g(%x: f32[2,8], param %w1: f32[8,16], param %b1: f32[16], param %w2: f32[16,4], param %b2: f32[4]) {
      %0 = matmul %x, %w1 {transposeA=false, transposeB=false} : f32[2,16]
      %1 = add %0, %b1 : f32[2,16]
      %2 = relu %1 : f32[2,16]
      %3 = matmul %2, %w2 {transposeA=false, transposeB=false} : f32[2,4]
      %4 = add %3, %b2 : f32[2,4]
      %5 = softmax %4 {axis=-1} : f32[2,4]
      return %5
    }`);
    expect(kernels).toEqual(['matmul+add+relu', 'matmul+add+softmax']);
  });

  it('conv + bias + residual add + relu is one kernel, and a max pool after an epilogue joins it', () => {
    const conv = '{dilations=[1,1], padding="same", strides=[1,1]}';
    const { kernels } = groups(`graph g(%x: f32[1,4,4,2], param %w: f32[3,3,2,2], param %b: f32[2]) {
      %0 = conv2d %x, %w ${conv} : f32[1,4,4,2]
      %1 = add %0, %b : f32[1,4,4,2]
      %2 = add %1, %x : f32[1,4,4,2]
      %3 = relu %2 : f32[1,4,4,2]
      %4 = max_pool2d %3 {padding="valid", poolSize=[2,2], strides=[2,2]} : f32[1,2,2,2]
      return %4
    }`);
    expect(kernels).toEqual(['conv2d+add+add+relu+max_pool2d']);
  });

  it('an SGD-momentum update (weight decay, velocity, new weight) is one two-output kernel in the filter gradient’s epilogue', () => {
    const geo = '{dilations=[1,1], filterShape=[3,3,2,4], padding="same", strides=[1,1]}';
    const { f, kernels } = groups(`graph g(%x: f32[2,5,5,2], %dy: f32[2,5,5,4], param %w: f32[3,3,2,4], state %m: f32[3,3,2,4], %lr: f32[]) {
      %0 = conv2d_backprop_filter %x, %dy ${geo} : f32[3,3,2,4]
      %1 = constant {dtype="f32", shape=[], value=0.9} : f32[]
      %2 = mul %lr, %1 : f32[]
      %3 = mul %2, %w : f32[3,3,2,4]
      %4 = sub %w, %3 : f32[3,3,2,4]
      %5 = mul %lr, %0 : f32[3,3,2,4]
      %6 = mul %1, %m : f32[3,3,2,4]
      %7 = sub %6, %5 : f32[3,3,2,4]
      %8 = add %4, %7 : f32[3,3,2,4]
      return m=%7, w=%8
    }`);
    expect(kernels).toEqual(['mul', 'conv2d_backprop_filter+mul+sub+mul+mul+sub+add']);
    expect(f.groups[1]!.outputs.length).toBe(2);
  });

  it('independent elementwise chains in one index space that meet merge into one kernel, unless the buffer limit says no', () => {
    const text = `graph g(%a: f32[8], %b: f32[8], %c: f32[8]) {
      %0 = exp %a : f32[8]
      %1 = tanh %b : f32[8]
      %2 = sigmoid %c : f32[8]
      %3 = add %0, %1 : f32[8]
      %4 = mul %3, %2 : f32[8]
      return y=%4, e=%0
    }`;
    expect(groups(text).kernels).toEqual(['exp+tanh+sigmoid+add+mul']);
    for (const g of groups(text, 4).f.groups) expect(bindingCount(g)).toBeLessThanOrEqual(4);
  });

  it('an elementwise chain with broadcasting and a splat constant is one kernel; the constant is baked in', () => {
    const { f, kernels } = groups(`graph g(%x: f32[3,4], %y: f32[4]) {
      %0 = constant {dtype="f32", shape=[], value=2} : f32[]
      %1 = mul %x, %0 : f32[3,4]
      %2 = add %1, %y : f32[3,4]
      %3 = tanh %2 : f32[3,4]
      return %3
    }`);
    expect(kernels).toEqual(['mul+add+tanh']);
    expect(f.inlined.size).toBe(1);
    expect(f.groups[0]!.inputs.length).toBe(2);
  });

  it('a reduction takes the chain producing its input as a prologue; a reshape needs no kernel', () => {
    const { f, kernels } = groups(`graph g(%x: f32[3,4]) {
      %0 = exp %x : f32[3,4]
      %1 = reduce_sum %0 {axes=[1], keepDims=false} : f32[3]
      %2 = reshape %1 {shape=[1,3]} : f32[1,3]
      %3 = neg %2 : f32[1,3]
      return %3
    }`);
    expect(kernels).toEqual(['exp+reduce_sum', 'neg']);
    expect(f.aliases.size).toBe(1);
  });

  it('a value read elsewhere is stored, and a pool refuses to swallow it (with the reason)', () => {
    const conv = '{dilations=[1,1], padding="valid", strides=[1,1]}';
    const { f, kernels } = groups(`graph g(%x: f32[1,4,4,1], param %w: f32[1,1,1,1]) {
      %0 = conv2d %x, %w ${conv} : f32[1,4,4,1]
      %1 = relu %0 : f32[1,4,4,1]
      %2 = max_pool2d %1 {padding="valid", poolSize=[2,2], strides=[2,2]} : f32[1,2,2,1]
      return %2, %1
    }`);
    expect(kernels).toEqual(['conv2d+relu', 'max_pool2d']);
    expect(f.rejected.map((r) => r.reason).join('\n')).toMatch(/also read elsewhere/);
  });
});

describe('fuse: the storage-buffer limit', () => {
  const wide = `graph g(%a: f32[4], %b: f32[4], %c: f32[4], %d: f32[4], %e: f32[4]) {
    %0 = add %a, %b : f32[4]
    %1 = add %0, %c : f32[4]
    %2 = add %1, %d : f32[4]
    %3 = add %2, %e : f32[4]
    return %3
  }`;

  it('a chain reading five inputs is one kernel under the default limit of 8 …', () => {
    expect(groups(wide).kernels).toEqual(['add+add+add+add']);
  });

  it('… and splits where it would exceed a limit of 4, saying why', () => {
    const { f, kernels } = groups(wide, 4);
    expect(kernels.length).toBeGreaterThan(1);
    for (const g of f.groups) expect(bindingCount(g)).toBeLessThanOrEqual(4);
    const names = printNames(f.graph);
    expect(f.rejected.some((r) => /more than the limit of 4/.test(r.reason) && names.has(r.node))).toBe(true);
  });

  it('never exceeds the limit on random graphs, and covers every node not aliased or inlined exactly once', () => {
    fc.assert(
      fc.property(randomGraphArb(fc), fc.integer({ min: 3, max: 8 }), ({ graph }, limit) => {
        const f = fuseGraph(graph, { maxStorageBuffers: limit });
        for (const g of f.groups) expect(bindingCount(g)).toBeLessThanOrEqual(Math.max(limit, singleNeed(graph, g.anchor)));
        const covered = f.groups.flatMap(members);
        expect(new Set(covered).size).toBe(covered.length);
        const expected = graph.nodes.filter((n) => !f.aliases.has(n.id) && !(f.inlined.has(n.id) && !covered.includes(n.id)));
        expect(covered.length).toBe(expected.length);
        expectDependencyOrder(graph, f);
      }),
      { numRuns: 300 },
    );
  });
});

/** A lone op needs its operands plus its result whatever the limit (fusion cannot shrink that). */
function singleNeed(g: Graph, anchor: number | undefined): number {
  const n = g.nodes.find((x) => x.id === anchor);
  return n ? new Set(n.inputs).size + 1 : 0;
}

/** Every group comes after the groups that compute the values it reads. */
function expectDependencyOrder(graph: Graph, f: FusedGraph): void {
  const at = new Map<number, number>();
  f.groups.forEach((g, i) => members(g).forEach((m) => at.set(m, i)));
  f.groups.forEach((g, i) => {
    for (const v of g.inputs) {
      const src = at.get(f.aliases.get(v) ?? v);
      if (src !== undefined) expect(src).toBeLessThan(i);
    }
  });
  expect(f.graph).toBe(graph);
}
