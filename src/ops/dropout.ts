/** @file dropout: inverted dropout with a counter-based mask (hash of seed, step and element index), identical in the interpreter and on the GPU. */
import { CompileError, formatType } from '../ir/index.ts';
import { f32Literal } from '../codegen/wgsl.ts';
import { emitter } from './emit.ts';
import { mapKernel } from './kernel.ts';
import type { OpDef } from './op-def.ts';
import { probabilityThreshold, rngHash, WGSL_RNG } from './rng.ts';
import { shapeArb } from './testing.ts';

export interface DropoutAttrs {
  rate: number;
  seed: number;
}

/** keep(i) ⇔ hash(seed, step, i) < round((1 − rate)·2^32); kept values are scaled by 1/(1 − rate). */
function mask(rate: number): { threshold: number | null; scale: number } {
  return { threshold: probabilityThreshold(1 - rate), scale: 1 / (1 - rate) };
}

export const dropout: OpDef<DropoutAttrs> = {
  name: 'dropout',
  kind: 'random',
  summary: 'y = x · keep / (1 − rate), keep = hash(seed, step, i) < (1 − rate)·2^32 (u32 step: the training step)',
  arity: 2,
  attrs: {
    rate: { kind: 'float', doc: 'probability of dropping an element, in [0, 1)' },
    seed: { kind: 'int', doc: 'the layer’s seed (taken mod 2^32)' },
  },
  infer([x, step], { rate }) {
    if (x!.dtype !== 'f32') throw new CompileError('E_DTYPE', `dropout: the input must be f32, got ${formatType(x!)}`);
    if (step!.dtype !== 'u32' || step!.shape.length !== 0) {
      throw new CompileError('E_DTYPE', `dropout: the step operand must be a u32 scalar (u32[]), got ${formatType(step!)}`, {
        hint: 'feed the training step counter, so each step draws a fresh mask',
      });
    }
    if (!(rate >= 0 && rate < 1)) throw new CompileError('E_IR_ATTR', `dropout: rate must be in [0, 1), got ${rate}`);
    return { dtype: 'f32', shape: [...x!.shape] };
  },
  evaluate([x, step], attrs, ctx) {
    const out = ctx.alloc(this.infer([x!.type, step!.type], attrs));
    const { threshold, scale } = mask(attrs.rate);
    const s = step!.data[0]!;
    for (let i = 0; i < out.data.length; i++) {
      const keep = threshold === null || rngHash(attrs.seed, s, i) < threshold;
      out.data[i] = keep ? x!.data[i]! * scale : 0;
    }
    return out;
  },
  // Linear in x with the same mask: dx = g·mask/(1 − rate), which is dropout of g itself.
  vjp: ({ b, inputs: [, step], grad, attrs }) => [emitter(b).op('dropout', [grad, step!], { rate: attrs.rate, seed: attrs.seed }), null],
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [x, step], output, attrs }) {
      const { threshold, scale } = mask(attrs.rate);
      const keep = threshold === null ? 'true' : `dlc_rng_hash(${attrs.seed >>> 0}u, step[0], i) < ${threshold}u`;
      const body = `out[i] = select(0.0, x[i] * ${f32Literal(scale)}, ${keep});`;
      return mapKernel([{ name: 'x', type: x! }, { name: 'step', type: step! }], output, body, WGSL_RNG);
    },
  },
  testing: {
    cases: (fc) =>
      fc.tuple(shapeArb(fc, { minRank: 1 }), fc.constantFrom(0, 0.1, 0.5, 0.9), fc.integer({ min: -5, max: 1 << 30 })).map(([shape, rate, seed]) => ({
        inputs: [{ dtype: 'f32' as const, shape }, { dtype: 'u32' as const, shape: [] }],
        attrs: { rate, seed },
        domains: [undefined, { min: 0, max: 1000, integer: true }],
      })),
  },
};
