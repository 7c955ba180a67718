/** @file random_uniform: counter-based noise of a static shape, uniform in [0, 1) or standard normal, identical in the interpreter and on the GPU. */
import { CompileError, formatType } from '../ir/index.ts';
import { mapKernel } from './kernel.ts';
import type { OpDef } from './op-def.ts';
import { rngHash, WGSL_RNG } from './rng.ts';
import { shapeArb } from './testing.ts';

export interface RandomUniformAttrs {
  seed: number;
  shape: readonly number[];
  /** 'uniform': u(i) = hash(seed, step, i) / 2^32; 'normal': Box–Muller on u(2i), u(2i + 1). */
  distribution: string;
}

/** 2^−32: a u32 hash to [0, 1); both sides compute in f32-exact steps (the hash's top 24 bits). */
const INV_2_24 = 1 / 16777216;

function uniformAt(seed: number, step: number, i: number): number {
  return (rngHash(seed, step, i) >>> 8) * INV_2_24;
}

function normalAt(seed: number, step: number, i: number): number {
  const u1 = uniformAt(seed, step, 2 * i);
  const u2 = uniformAt(seed, step, 2 * i + 1);
  return Math.fround(Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2));
}

export const random_uniform: OpDef<RandomUniformAttrs> = {
  name: 'random_uniform',
  kind: 'random',
  summary: 'f32[shape] noise from hash(seed, step, i): uniform in [0, 1) (top 24 bits / 2^24), or standard normal by Box–Muller',
  arity: 1,
  attrs: {
    seed: { kind: 'int', doc: 'the stream’s seed (taken mod 2^32)' },
    shape: { kind: 'ints', doc: 'the output shape' },
    distribution: { kind: 'string', oneOf: ['uniform', 'normal'], doc: 'uniform in [0, 1) or standard normal' },
  },
  infer([step], { shape }) {
    if (step!.dtype !== 'u32' || step!.shape.length !== 0) throw new CompileError('E_DTYPE', `random_uniform: the step operand must be a u32 scalar, got ${formatType(step!)}`, { hint: 'feed the training step counter, so each step draws fresh noise' });
    if (shape.some((d) => !Number.isInteger(d) || d < 0)) throw new CompileError('E_IR_ATTR', `random_uniform: shape must be non-negative integers, got [${shape.join(', ')}]`);
    return { dtype: 'f32', shape: [...shape] };
  },
  evaluate([step], attrs, ctx) {
    const out = ctx.alloc(this.infer([step!.type], attrs));
    const s = step!.data[0]!;
    const draw = attrs.distribution === 'normal' ? normalAt : uniformAt;
    for (let i = 0; i < out.data.length; i++) out.data[i] = draw(attrs.seed, s, i);
    return out;
  },
  // Noise depends on no differentiable input.
  vjp: () => [null],
  wgsl: {
    kind: 'kernel',
    emit({ inputs: [step], output, attrs }) {
      const seed = `${attrs.seed >>> 0}u`;
      const helpers = `${WGSL_RNG}
fn dlc_uniform(step: u32, i: u32) -> f32 { return f32(dlc_rng_hash(${seed}, step, i) >> 8u) * ${INV_2_24}; }`;
      const body = attrs.distribution === 'normal'
        ? `let u1 = dlc_uniform(step[0], 2u * i);\n  let u2 = dlc_uniform(step[0], 2u * i + 1u);\n  out[i] = sqrt(-2.0 * log(1.0 - u1)) * cos(6.283185307179586 * u2);`
        : 'out[i] = dlc_uniform(step[0], i);';
      return mapKernel([{ name: 'step', type: step! }], output, body, helpers);
    },
  },
  testing: {
    cases: (fc) =>
      fc.tuple(shapeArb(fc, { minRank: 1 }), fc.constantFrom('uniform', 'normal'), fc.integer({ min: 0, max: 1 << 30 })).map(([shape, distribution, seed]) => ({
        inputs: [{ dtype: 'u32' as const, shape: [] }],
        attrs: { seed, shape, distribution },
        domains: [{ min: 0, max: 1000, integer: true }],
      })),
    // cos/log differ in the last bits between the host's f64 and the GPU's f32.
    gpuTolerance: 1e-3,
  },
};
