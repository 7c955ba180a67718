/** @file Shared by the registry-driven property tests: one-op graphs and reproducible random data. */
import type { Graph, TensorType } from '../../src/ir/index.ts';
import { numel } from '../../src/ir/index.ts';
import { hostTensor } from '../../src/ops/host.ts';
import type { Domain, HostTensor, OpCase, OpDef, Precision } from '../../src/ops/op-def.ts';
import { newGraph } from '../../src/ops/registry.ts';
import { seededRandom } from '../../src/data/dataset.ts';

/** The project's seeded PRNG, so a fast-check counterexample replays with the same data. */
export const rng = seededRandom;

export function defaultDomain(t: TensorType): Domain {
  return t.dtype === 'f32' ? { min: -2, max: 2 } : t.dtype === 'bool' ? { min: 0, max: 1, integer: true } : { min: 0, max: 4, integer: true };
}

/** A value in the domain, at least `margin` away from every kink. */
function sample(r: () => number, d: Domain, margin: number): number {
  if (d.integer) return Math.floor(d.min + r() * (d.max - d.min + 1));
  for (;;) {
    const x = d.min + r() * (d.max - d.min);
    if (!(d.kinks ?? []).some((k) => Math.abs(x - k) < margin)) return x;
  }
}

export function randomInputs(c: OpCase<unknown>, seed: number, precision: Precision, override?: Domain): HostTensor[] {
  const r = rng(seed);
  return c.inputs.map((t, i) => {
    const d = t.dtype === 'f32' && override ? override : (c.domains?.[i] ?? defaultDomain(t));
    const vals = Array.from({ length: numel(t.shape) }, () => sample(r, d, 0.05));
    return hostTensor(t, vals, precision);
  });
}

/** `graph <op>(%x0, %x1, …) { %0 = <op> … }`: the op alone, for the interpreter and the GPU. */
export function singleOpGraph(def: OpDef<unknown>, c: OpCase<unknown>): Graph {
  const b = newGraph(`case_${def.name}`);
  const args = c.inputs.map((t, i) => b.input(`x${i}`, t));
  b.output('y', b.op(def.name, args, c.attrs as never));
  return b.build();
}

/** Max |a-b| / (|b| + floor) over all elements, with inf == inf and NaN never equal. */
export function maxRelError(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return Infinity;
    worst = Math.max(worst, Math.abs(x - y) / (Math.abs(y) + floor));
  }
  return worst;
}
