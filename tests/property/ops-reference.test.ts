/** @file Over the whole registry: shape rules agree with reference semantics, and VJPs with finite differences. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numel, sameType, type Graph } from '../../src/ir/index.ts';
import { evalCtx, hostTensor } from '../../src/ops/host.ts';
import type { AnyOpDef, HostTensor, OpCase, OpDef } from '../../src/ops/op-def.ts';
import { OPS, newGraph } from '../../src/ops/registry.ts';
import { autodiff, gradName } from '../../src/passes/autodiff.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { randomInputs, rng } from './harness.ts';

const only = process.env.DLC_OPS?.split(',');
const evalF32 = evalCtx('f32');
const defs = Object.values(OPS as Record<string, AnyOpDef>).filter((d) => !only || only.includes(d.name));

describe.each(defs.map((d) => [d.name, d] as const))('%s', (_name, def) => {
  it('infer agrees with evaluate', () => {
    fc.assert(
      fc.property(def.testing.cases(fc), fc.integer(), (c, seed) => {
        const type = def.infer(c.inputs, c.attrs);
        const out = def.evaluate(randomInputs(c, seed, 'f32'), c.attrs, evalF32);
        expect(sameType(out.type, type)).toBe(true);
        expect(out.data.length).toBe(numel(type.shape));
      }),
      { numRuns: 25 },
    );
  });

  // Ops without a backward rule (comparisons, argmax, …) have no gradient to check: no test, not a skip.
  if (def.vjp) it('vjp agrees with central finite differences (float64)', () => {
    fc.assert(
      fc.property(def.testing.cases(fc), fc.integer(), (c, seed) => {
        checkGradient(def, c, seed);
      }),
      { numRuns: 12 },
    );
  });
});


/** loss = sum(op(x…) · c) for a random cotangent c, so every output element's gradient is tested. */
function lossGraph(def: OpDef<unknown>, c: OpCase<unknown>): { g: Graph; wrt: string[] } | null {
  const b = newGraph(`grad_${def.name}`);
  const wrt: string[] = [];
  const args = c.inputs.map((t, i) => {
    const differentiable = t.dtype === 'f32' && !c.domains?.[i]?.integer;
    if (differentiable) wrt.push(`x${i}`);
    return differentiable ? b.param(`x${i}`, t) : b.input(`x${i}`, t);
  });
  const y = b.op(def.name, args, c.attrs as never);
  if (y.type.dtype !== 'f32' || wrt.length === 0) return null;
  const cot = b.input('cot', y.type);
  const all = y.type.shape.map((_, i) => i);
  b.output('loss', b.op('reduce_sum', [b.op('mul', [y, cot])], { axes: all, keepDims: false }));
  return { g: b.build(), wrt };
}

function checkGradient(def: OpDef<unknown>, c: OpCase<unknown>, seed: number): void {
  const built = lossGraph(def, c);
  if (!built) return;
  const { g: fwd, wrt } = built;
  const g = autodiff(fwd, { loss: 'loss', wrt });
  const xs = randomInputs(c, seed, 'f64');
  const yType = fwd.args.find((a) => a.name === 'cot')!.type;
  const r = rng(seed ^ 0x5bd1e995);
  const cot = hostTensor(yType, Array.from({ length: numel(yType.shape) }, () => r() * 2 - 1), 'f64');
  const feeds: Record<string, HostTensor> = { cot };
  xs.forEach((x, i) => (feeds[`x${i}`] = x));
  const analytic = interpret(g, feeds, { precision: 'f64' });
  const lossAt = (f: Record<string, HostTensor>): number => interpret(fwd, f, { precision: 'f64' }).loss!.data[0]!;
  for (const name of wrt) {
    const x = feeds[name]!;
    const ad = analytic[gradName(name)]!.data;
    // Probe up to 16 elements (all of them for small tensors): enough to catch a wrong rule.
    const idx = Array.from({ length: Math.min(16, x.data.length) }, (_, k) => Math.floor((k * x.data.length) / Math.min(16, x.data.length)));
    for (const i of idx) {
      const h = 1e-5 * Math.max(1, Math.abs(x.data[i]!));
      const plus = Float64Array.from(x.data);
      const minus = Float64Array.from(x.data);
      plus[i]! += h;
      minus[i]! -= h;
      const fd = (lossAt({ ...feeds, [name]: { type: x.type, data: plus } }) - lossAt({ ...feeds, [name]: { type: x.type, data: minus } })) / (2 * h);
      const err = Math.abs(fd - ad[i]!) / Math.max(1, Math.abs(fd), Math.abs(ad[i]!));
      if (!(err < 1e-4)) {
        throw new Error(`${def.name}: d loss / d ${name}[${i}] is ${ad[i]} by VJP but ${fd} by finite differences (case ${JSON.stringify(c)})`);
      }
    }
  }
}
