/**
 * @file Keras's random augmentation layers (randomFlip, randomTranslation, randomRotation, randomZoom,
 * randomContrast, gaussianNoise): identity in inference graphs; in training graphs they draw
 * per-sample parameters from the counter-based RNG (seed, step), so runs are reproducible and the
 * interpreter replays them exactly, and resample on the GPU inside the compiled step.
 */
import type { Value } from '../../ir/index.ts';
import { defineLayer, type ApplySite, type LayerInput, type Lowerer } from './layer-def.ts';
import { fmt } from './shape.ts';

const COMMON = { seed: 'int', name: 'string', trainable: 'bool' } as const;

/** Geometric layers work on one image per sample: [H, W, C]. */
function imageOnly(x: LayerInput, at: ApplySite): { output: readonly number[]; params: [] } {
  if (x.shape.length !== 3) throw at.error('E_SHAPE_RANK', `${at.layerName} transforms images [height, width, channels], got ${fmt(x.shape)}`, 'apply it to the image input, before any flatten');
  return { output: x.shape, params: [] };
}

/** One fresh uniform [B, 1] column per (layer application, column, step). */
export function uniformColumn(l: Lowerer, seed: number, column: number): Value {
  const t = l.training!;
  return l.op('random_uniform', [t.step()], { seed: (t.seed(seed) + column * 0x9e3779b9) >>> 0, shape: [l.batch, 1], distribution: 'uniform' }, [l.batch, 1]);
}

/** lo + (hi − lo)·u, elementwise. */
function scaled(l: Lowerer, u: Value, lo: number, hi: number): Value {
  return l.op('add', [l.op('mul', [u, l.fill(hi - lo, [])], {}, u.type.shape), l.fill(lo, [])], {}, u.type.shape);
}

/**
 * The image_transform params [B, 6] (angle, zoom, ty, tx, flipV, flipH): the identity row plus, for
 * each drawn column, (value − identity)·e_k. Built by broadcasting rather than concatenating columns,
 * which keeps constant operands out of the kernel's bindings.
 */
export function transform(l: Lowerer, x: Value, cols: Partial<Record<'angle' | 'zoom' | 'ty' | 'tx' | 'flipV' | 'flipH', Value>>): Value {
  const identity = { angle: 0, zoom: 1, ty: 0, tx: 0, flipV: 0, flipH: 0 };
  const keys = Object.keys(identity) as (keyof typeof identity)[];
  const row = [l.batch, 6];
  let params = l.op('broadcast_to', [l.op('constant', [], { value: keys.map((k) => identity[k]), dtype: 'f32', shape: [6] }, [6])], { shape: row }, row);
  keys.forEach((k, j) => {
    const v = cols[k];
    if (!v) return;
    const unit = l.op('constant', [], { value: keys.map((_, i) => (i === j ? 1 : 0)), dtype: 'f32', shape: [6] }, [6]);
    const delta = identity[k] === 0 ? v : l.op('sub', [v, l.fill(identity[k], [])], {}, v.type.shape);
    params = l.op('add', [params, l.op('mul', [delta, unit], {}, row)], {}, row);
  });
  return l.op('image_transform', [x, params], {}, x.type.shape);
}

/** Keras RandomFlip: 'horizontal', 'vertical' or 'horizontal_and_vertical' (default), each flip with probability ½. */
export const randomFlip = defineLayer<{ mode: string; seed: number }>({
  dslName: 'randomFlip', kerasType: 'RandomFlip', baseName: 'random_flip', arity: 1,
  parse(a) {
    const mode = (a.optional(0, 'the flip mode', { oneOf: ['horizontal', 'vertical', 'horizontal_and_vertical'] }) as string | undefined) ?? 'horizontal_and_vertical';
    const o = a.options(1, COMMON);
    a.atMost(2);
    return { mode, seed: (o.seed as number | undefined) ?? 0 };
  },
  build: (_c, [x], at) => imageOnly(x!, at),
  lower(l, c, [x]) {
    if (!l.training) return x!;
    // A flag column above ½ flips that axis (image_transform's convention): probability ½ each.
    return transform(l, x!, {
      ...(c.mode !== 'vertical' ? { flipH: uniformColumn(l, c.seed, 0) } : {}),
      ...(c.mode !== 'horizontal' ? { flipV: uniformColumn(l, c.seed, 1) } : {}),
    });
  },
});

/** Keras RandomTranslation(heightFactor, widthFactor): shifts up to that fraction of the image, zeros filled in. */
export const randomTranslation = defineLayer<{ hf: number; wf: number; seed: number }>({
  dslName: 'randomTranslation', kerasType: 'RandomTranslation', baseName: 'random_translation', arity: 1,
  parse(a) {
    const hf = a.required(0, 'the height factor (a fraction of the height)', 'rate') as number;
    const wf = a.required(1, 'the width factor (a fraction of the width)', 'rate') as number;
    const o = a.options(2, COMMON);
    a.atMost(3);
    return { hf, wf, seed: (o.seed as number | undefined) ?? 0 };
  },
  build: (_c, [x], at) => imageOnly(x!, at),
  lower(l, c, [x], _p, out) {
    if (!l.training) return x!;
    const [h, w] = out as [number, number, number];
    return transform(l, x!, { ty: scaled(l, uniformColumn(l, c.seed, 0), -c.hf * h, c.hf * h), tx: scaled(l, uniformColumn(l, c.seed, 1), -c.wf * w, c.wf * w) });
  },
});

/** Keras RandomRotation(factor): rotates by up to factor·2π either way, about the centre. */
export const randomRotation = defineLayer<{ factor: number; seed: number }>({
  dslName: 'randomRotation', kerasType: 'RandomRotation', baseName: 'random_rotation', arity: 1,
  parse(a) {
    const factor = a.required(0, 'the rotation factor (a fraction of a full turn)', 'rate') as number;
    const o = a.options(1, COMMON);
    a.atMost(2);
    return { factor, seed: (o.seed as number | undefined) ?? 0 };
  },
  build: (_c, [x], at) => imageOnly(x!, at),
  lower(l, c, [x]) {
    if (!l.training) return x!;
    const turn = 2 * Math.PI * c.factor;
    return transform(l, x!, { angle: scaled(l, uniformColumn(l, c.seed, 0), -turn, turn) });
  },
});

/** Keras RandomZoom(heightFactor) with the width following the height: zoom by 1 ± factor (positive zooms out). */
export const randomZoom = defineLayer<{ factor: number; seed: number }>({
  dslName: 'randomZoom', kerasType: 'RandomZoom', baseName: 'random_zoom', arity: 1,
  parse(a) {
    const factor = a.required(0, 'the zoom factor (a fraction)', 'rate') as number;
    const o = a.options(1, COMMON);
    a.atMost(2);
    return { factor, seed: (o.seed as number | undefined) ?? 0 };
  },
  build: (_c, [x], at) => imageOnly(x!, at),
  lower(l, c, [x]) {
    if (!l.training) return x!;
    return transform(l, x!, { zoom: scaled(l, uniformColumn(l, c.seed, 0), 1 - c.factor, 1 + c.factor) });
  },
});

/** Keras RandomContrast(factor): per sample and channel, (x − mean)·c + mean with c in [1 − factor, 1 + factor]. */
export const randomContrast = defineLayer<{ factor: number; seed: number }>({
  dslName: 'randomContrast', kerasType: 'RandomContrast', baseName: 'random_contrast', arity: 1,
  parse(a) {
    const factor = a.required(0, 'the contrast factor', 'rate') as number;
    const o = a.options(1, COMMON);
    a.atMost(2);
    return { factor, seed: (o.seed as number | undefined) ?? 0 };
  },
  build: (_c, [x], at) => imageOnly(x!, at),
  lower(l, c, [x], _p, out) {
    if (!l.training) return x!;
    const full = [l.batch, ...out];
    const [, , ch] = out as [number, number, number];
    const u = l.op('reshape', [uniformColumn(l, c.seed, 0)], { shape: [l.batch, 1, 1, 1] }, [l.batch, 1, 1, 1]);
    const k = scaled(l, u, 1 - c.factor, 1 + c.factor);
    const mean = l.op('reduce_mean', [x!], { axes: [1, 2], keepDims: true }, [l.batch, 1, 1, ch]);
    return l.op('add', [l.op('mul', [l.op('sub', [x!, mean], {}, full), k], {}, full), mean], {}, full);
  },
});

/** Keras GaussianNoise(stddev): adds N(0, stddev²) noise to every element while training. */
export const gaussianNoise = defineLayer<{ stddev: number; seed: number }>({
  dslName: 'gaussianNoise', kerasType: 'GaussianNoise', baseName: 'gaussian_noise', arity: 1,
  parse(a) {
    const stddev = a.required(0, 'the noise standard deviation', 'positive') as number;
    const o = a.options(1, COMMON);
    a.atMost(2);
    return { stddev, seed: (o.seed as number | undefined) ?? 0 };
  },
  build: (_c, [x]) => ({ output: x!.shape, params: [] }),
  lower(l, c, [x], _p, out) {
    if (!l.training) return x!;
    const full = [l.batch, ...out];
    const n = l.op('random_uniform', [l.training.step()], { seed: l.training.seed(c.seed), shape: full, distribution: 'normal' }, full);
    return l.op('add', [x!, l.op('mul', [n, l.fill(c.stddev, [])], {}, full)], {}, full);
  },
});
