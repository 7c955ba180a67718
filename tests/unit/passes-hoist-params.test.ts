/** @file hoist-params on tiny IR text: the prepare/main split, names, what stays in main, and the fold-bn → hoist-params pipeline. */
import { describe, expect, it } from 'vitest';
import { parse, print, verify } from '../../src/ir/index.ts';
import { getOp, inferType } from '../../src/ops/registry.ts';
import { foldBn } from '../../src/passes/fold-bn.ts';
import { hoistParams, splitPrepare } from '../../src/passes/hoist-params.ts';
import { runPipeline } from '../../src/passes/pass.ts';
import { simplify } from '../../src/passes/simplify.ts';

/** Graphs that still hold a batch_norm verify only once the op is implemented. */
const hasBatchNorm = getOp('batch_norm').summary !== 'not implemented';

const norm = (text: string): string => print(parse(text));

function split(input: string): { main: string; prepare: string | null; stats: Record<string, number> } {
  const r = splitPrepare(parse(input));
  verify(r.main, inferType);
  if (r.prepare) verify(r.prepare, inferType);
  return { main: print(r.main), prepare: r.prepare && print(r.prepare), stats: r.stats };
}

describe('hoist-params', () => {
  it('moves a param-only subgraph into prepare; main reads it as a param named after its source', () => {
    const r = split(`graph g(%x: f32[2,3], param %w: f32[3], param %s: f32[3], state %v: f32[3]) {
      %0 = rsqrt %v : f32[3]
      %1 = mul %s, %0 : f32[3]
      %2 = mul %w, %1 : f32[3]
      %3 = mul %x, %2 : f32[2,3]
      return %3
    }`);
    expect(r.main).toBe(
      norm(`graph g(%x: f32[2,3], param %w.mul: f32[3]) {
        %0 = mul %x, %w.mul : f32[2,3]
        return %0
      }`),
    );
    expect(r.prepare).toBe(
      norm(`graph g_prepare(param %w: f32[3], param %s: f32[3], state %v: f32[3]) {
        %0 = rsqrt %v : f32[3]
        %1 = mul %s, %0 : f32[3]
        %2 = mul %w, %1 : f32[3]
        return w.mul=%2
      }`),
    );
    expect(r.stats).toMatchObject({ nodesBefore: 4, nodesAfter: 1, hoisted: 1, prepareNodes: 3, argsDropped: 3 });
  });

  it('keeps in main: input-dependent work, constants, args main still reads, and values larger than their source', () => {
    const input = `graph g(%x: f32[2,3], param %b: f32[3]) {
      %0 = constant {dtype="f32", shape=[], value=2} : f32[]
      %1 = broadcast_to %b {shape=[2,3]} : f32[2,3]
      %2 = add %x, %1 : f32[2,3]
      %3 = mul %2, %0 : f32[2,3]
      %4 = add %3, %b : f32[2,3]
      return %4
    }`;
    const r = split(input);
    expect(r.prepare).toBeNull();
    expect(r.main).toBe(norm(input));
    expect(r.stats).toMatchObject({ hoisted: 0, argsDropped: 0 });
  });

  it('does not hoist constant-only work (that is simplify’s to fold)', () => {
    const input = `graph g(%x: f32[3]) {
      %0 = constant {dtype="f32", shape=[3], value=[1,2,3]} : f32[3]
      %1 = exp %0 : f32[3]
      %2 = add %x, %1 : f32[3]
      return %2
    }`;
    expect(split(input).prepare).toBeNull();
  });

  it('copies the constants prepare needs and keeps a param that both graphs read', () => {
    const r = split(`graph g(%x: f32[3], param %p: f32[3]) {
      %0 = constant {dtype="f32", shape=[], value=1} : f32[]
      %1 = add %p, %0 : f32[3]
      %2 = sqrt %1 : f32[3]
      %3 = mul %x, %2 : f32[3]
      %4 = add %3, %p : f32[3]
      return %4
    }`);
    expect(r.main).toBe(
      norm(`graph g(%x: f32[3], param %p: f32[3], param %p.sqrt: f32[3]) {
        %0 = mul %x, %p.sqrt : f32[3]
        %1 = add %0, %p : f32[3]
        return %1
      }`),
    );
    expect(r.prepare).toContain('%0 = constant {dtype="f32", shape=[], value=1}');
    expect(r.prepare).toContain('return p.sqrt=%2');
  });

  it('gives every hoisted value a unique name, and hoists a param-only output', () => {
    const r = split(`graph g(%x: f32[3], param %w: f32[3]) {
      %0 = exp %w : f32[3]
      %1 = tanh %w : f32[3]
      %2 = exp %1 : f32[3]
      %3 = add %x, %0 : f32[3]
      %4 = add %3, %2 : f32[3]
      return y=%4, w_exp=%0
    }`);
    expect(r.main).toContain('graph g(%x: f32[3], param %w.exp: f32[3], param %w.exp_2: f32[3])');
    expect(r.main).toContain('return y=%1, w_exp=%w.exp');
  });

  it('fold-bn then hoist-params turns conv + bias + BN into a conv with prepared weights', () => {
    const g = parse(`graph net(%x: f32[1,4,4,2], param %k: f32[3,3,2,3], param %b: f32[3], param %gamma: f32[3], param %beta: f32[3], state %mean: f32[3], state %var: f32[3]) {
      %0 = conv2d %x, %k {dilations=[1,1], padding="same", strides=[1,1]} : f32[1,4,4,3]
      %1 = add %0, %b : f32[1,4,4,3]
      %2 = batch_norm %1, %gamma, %beta, %mean, %var {epsilon=0.001, training=false} : f32[1,4,4,3]
      %3 = relu %2 : f32[1,4,4,3]
      return %3
    }`);
    const r = runPipeline(g, [simplify, foldBn, simplify, hoistParams], { verify: hasBatchNorm });
    expect(print(r.graph)).toBe(
      norm(`graph net(%x: f32[1,4,4,2], param %k.mul: f32[3,3,2,3], param %b.add: f32[3]) {
        %0 = conv2d %x, %k.mul {dilations=[1,1], padding="same", strides=[1,1]} : f32[1,4,4,3]
        %1 = add %0, %b.add : f32[1,4,4,3]
        %2 = relu %1 : f32[1,4,4,3]
        return %2
      }`),
    );
    const prepare = r.side.prepare!;
    expect(prepare.args.map((a) => a.name)).toEqual(['k', 'b', 'gamma', 'beta', 'mean', 'var']);
    expect(prepare.outputs.map((o) => o.name)).toEqual(['k.mul', 'b.add']);
    expect(r.steps.map((s) => s.name)).toEqual(['simplify', 'fold-bn', 'simplify', 'hoist-params']);
    expect(r.steps[1]!.stats.conv2d).toBe(1);
  });
});
