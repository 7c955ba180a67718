/**
 * @file Keras image preprocessing layers inside the compiled step: `rescaling`, `resizing` (bilinear
 * or nearest, half-pixel centres as `tf.image.resize`), `centerCrop`, and the training-time
 * `randomCrop` and `randomBrightness`. Resizing is two matmuls with constant interpolation matrices
 * (rows, then columns), so it needs no op of its own and runs (and fuses) on the GPU like the rest.
 */
import type { Value } from '../../ir/index.ts';
import { defineLayer, type ApplySite, type LayerInput, type Lowerer } from './layer-def.ts';
import { transform, uniformColumn } from './augment.ts';
import { checkElements, expectRank, fmt } from './shape.ts';

type Interpolation = 'bilinear' | 'nearest';

function image(at: ApplySite, x: LayerInput | undefined): readonly [number, number, number] {
  expectRank(at, x!.shape, 3, 'an image [batch, height, width, channels]', 'apply it to the image input, before any flatten');
  return x!.shape as unknown as readonly [number, number, number];
}

/** The [out, in] interpolation matrix of one axis (tf.image.resize, half-pixel centres, no antialiasing). */
export function resizeWeights(size: number, out: number, mode: Interpolation): number[] {
  const w = new Array<number>(out * size).fill(0);
  const scale = size / out;
  for (let o = 0; o < out; o++) {
    if (mode === 'nearest') {
      w[o * size + Math.min(size - 1, Math.floor((o + 0.5) * scale))] = 1;
      continue;
    }
    const src = (o + 0.5) * scale - 0.5;
    const lo = Math.floor(src);
    const frac = src - lo;
    const clamp = (i: number): number => Math.min(size - 1, Math.max(0, i));
    w[o * size + clamp(lo)]! += 1 - frac;
    w[o * size + clamp(lo + 1)]! += frac;
  }
  return w;
}

/** Keras's crop_to_aspect_ratio window: the largest centred [h, w] box with the target's aspect ratio. */
function aspectWindow(h: number, w: number, th: number, tw: number): { top: number; left: number; height: number; width: number } {
  const height = Math.min(h, Math.floor((w * th) / tw));
  const width = Math.min(w, Math.floor((h * tw) / th));
  return { top: Math.floor((h - height) / 2), left: Math.floor((w - width) / 2), height, width };
}

/** x [n, h, w, c] → [n, oh, ow, c]. */
export function resizeImages(l: Lowerer, x: Value, oh: number, ow: number, mode: Interpolation): Value {
  const [n, h, w, c] = x.type.shape as [number, number, number, number];
  let y = x;
  if (oh !== h) {
    const ry = l.op('constant', [], { value: resizeWeights(h, oh, mode), dtype: 'f32', shape: [oh, h] }, [oh, h]);
    const rows = l.op('matmul', [ry, l.op('reshape', [y], { shape: [n, h, w * c] }, [n, h, w * c])], { transposeA: false, transposeB: false }, [n, oh, w * c]);
    y = l.op('reshape', [rows], { shape: [n, oh, w, c] }, [n, oh, w, c]);
  }
  if (ow !== w) {
    const rx = l.op('constant', [], { value: resizeWeights(w, ow, mode), dtype: 'f32', shape: [ow, w] }, [ow, w]);
    const cols = l.op('matmul', [rx, l.op('reshape', [y], { shape: [n * oh, w, c] }, [n * oh, w, c])], { transposeA: false, transposeB: false }, [n * oh, ow, c]);
    y = l.op('reshape', [cols], { shape: [n, oh, ow, c] }, [n, oh, ow, c]);
  }
  return y;
}

function crop(l: Lowerer, x: Value, top: number, left: number, h: number, w: number): Value {
  const [n, ih, iw, c] = x.type.shape as [number, number, number, number];
  if (top === 0 && left === 0 && h === ih && w === iw) return x;
  return l.op('slice', [x], { begin: [0, top, left, 0], size: [n, h, w, c] }, [n, h, w, c]);
}

/** Keras `Rescaling(scale, offset)`: x·scale + offset (e.g. 1/255 to map pixels to [0, 1]). */
export const rescaling = defineLayer<{ scale: number; offset: number }>({
  dslName: 'rescaling', kerasType: 'Rescaling', baseName: 'rescaling', arity: 1,
  parse(a) {
    const scale = a.required(0, 'the scale', 'number') as number;
    const o = a.options(1, { offset: 'number', name: 'string', trainable: 'bool' });
    a.atMost(2);
    return { scale, offset: (o.offset as number | undefined) ?? 0 };
  },
  build: (_c, [x]) => ({ output: x!.shape, params: [] }),
  lower(l, c, [x], _p, out) {
    const full = [l.batch, ...out];
    const y = l.op('mul', [x!, l.fill(c.scale, [])], {}, full);
    return c.offset === 0 ? y : l.op('add', [y, l.fill(c.offset, [])], {}, full);
  },
});

interface ResizeConfig {
  height: number;
  width: number;
  interpolation: Interpolation;
  cropToAspectRatio: boolean;
}

/** Keras `Resizing(height, width)`: bilinear (default) or nearest, optionally cropping to the target aspect ratio first. */
export const resizing = defineLayer<ResizeConfig>({
  dslName: 'resizing', kerasType: 'Resizing', baseName: 'resizing', arity: 1,
  parse(a) {
    const height = a.required(0, 'the output height', 'size') as number;
    const width = a.required(1, 'the output width', 'size') as number;
    const o = a.options(2, { interpolation: { oneOf: ['bilinear', 'nearest'] }, cropToAspectRatio: 'bool', name: 'string', trainable: 'bool' });
    a.atMost(3);
    return { height, width, interpolation: (o.interpolation as Interpolation | undefined) ?? 'bilinear', cropToAspectRatio: (o.cropToAspectRatio as boolean | undefined) ?? false };
  },
  build(c, [x], at) {
    const [, , ch] = image(at, x);
    return { output: checkElements(at, [c.height, c.width, ch], 'output'), params: [] };
  },
  lower(l, c, [x]) {
    const [, h, w] = x!.type.shape as [number, number, number, number];
    const win = c.cropToAspectRatio ? aspectWindow(h, w, c.height, c.width) : { top: 0, left: 0, height: h, width: w };
    return resizeImages(l, crop(l, x!, win.top, win.left, win.height, win.width), c.height, c.width, c.interpolation);
  },
});

interface CropConfig {
  height: number;
  width: number;
  seed: number;
}

function parseCrop(a: import('../args.ts').ArgReader, random: boolean): CropConfig {
  const height = a.required(0, 'the crop height', 'size') as number;
  const width = a.required(1, 'the crop width', 'size') as number;
  const o = a.options(2, random ? { seed: 'int', name: 'string', trainable: 'bool' } : { name: 'string', trainable: 'bool' });
  a.atMost(3);
  return { height, width, seed: (o.seed as number | undefined) ?? 0 };
}

function cropBuild(c: CropConfig, x: LayerInput | undefined, at: ApplySite): { output: readonly number[]; params: [] } {
  const [h, w, ch] = image(at, x);
  if (h < c.height || w < c.width) {
    throw at.error('E_SHAPE_TOO_SMALL', `${at.layerName}: images ${fmt(x!.shape)} are smaller than the ${c.height}×${c.width} crop`, `resize first: resizing(${c.height}, ${c.width})`);
  }
  return { output: [c.height, c.width, ch], params: [] };
}

/** Keras `CenterCrop(height, width)`: the centred window (top = ⌊(H − height)/2⌋, as Keras); the input must be at least that large. */
export const centerCrop = defineLayer<CropConfig>({
  dslName: 'centerCrop', kerasType: 'CenterCrop', baseName: 'center_crop', arity: 1,
  parse: (a) => parseCrop(a, false),
  build: (c, [x], at) => cropBuild(c, x, at),
  lower(l, c, [x]) {
    const [, h, w] = x!.type.shape as [number, number, number, number];
    return crop(l, x!, Math.floor((h - c.height) / 2), Math.floor((w - c.width) / 2), c.height, c.width);
  },
});

/**
 * Keras `RandomCrop(height, width)`: while training, a window at a random integer offset per image;
 * at inference, as Keras 3, the largest centred window of the target aspect ratio, resized (bilinear).
 */
export const randomCrop = defineLayer<CropConfig>({
  dslName: 'randomCrop', kerasType: 'RandomCrop', baseName: 'random_crop', arity: 1,
  parse: (a) => parseCrop(a, true),
  build: (c, [x], at) => cropBuild(c, x, at),
  lower(l, c, [x]) {
    const [n, h, w] = x!.type.shape as [number, number, number, number];
    if (!l.training) {
      const win = aspectWindow(h, w, c.height, c.width);
      return resizeImages(l, crop(l, x!, win.top, win.left, win.height, win.width), c.height, c.width, 'bilinear');
    }
    // Offsets dy ∈ {0, …, H − height} (likewise dx) by truncating u·(H − height + 1); image_transform
    // shifts each image by an integer (exact resampling), then the fixed centred window is cut out.
    const [sy, sx] = [Math.floor((h - c.height) / 2), Math.floor((w - c.width) / 2)];
    const offset = (col: number, range: number, centre: number): Value => {
      const u = l.op('mul', [uniformColumn(l, c.seed, col), l.fill(range + 1, [])], {}, [n, 1]);
      const whole = l.op('cast', [l.op('cast', [u], { to: 'i32' }, [n, 1], 'i32')], { to: 'f32' }, [n, 1]);
      return l.op('sub', [l.fill(centre, []), l.op('minimum', [whole, l.fill(range, [])], {}, [n, 1])], {}, [n, 1]);
    };
    const shifted = transform(l, x!, { ty: offset(0, h - c.height, sy), tx: offset(1, w - c.width, sx) });
    return crop(l, shifted, sy, sx, c.height, c.width);
  },
});

interface BrightnessConfig {
  lower: number;
  upper: number;
  range: readonly [number, number];
  seed: number;
}

/**
 * Keras `RandomBrightness(factor, valueRange)`: while training, adds δ·(max − min) per image with
 * δ ~ U(−factor, factor) (or U(lo, hi) for factor [lo, hi]), then clips to valueRange (default [0, 255]).
 */
export const randomBrightness = defineLayer<BrightnessConfig>({
  dslName: 'randomBrightness', kerasType: 'RandomBrightness', baseName: 'random_brightness', arity: 1,
  parse(a) {
    const isPair = Array.isArray(a.args[0]?.value);
    const factor = a.required(0, 'the factor', isPair ? 'numberPair' : 'number') as number | [number, number];
    const o = a.options(1, { valueRange: 'numberPair', seed: 'int', name: 'string', trainable: 'bool' });
    a.atMost(2);
    const [lower, upper] = typeof factor === 'number' ? [-factor, factor] : factor;
    return { lower, upper, range: (o.valueRange as [number, number] | undefined) ?? [0, 255], seed: (o.seed as number | undefined) ?? 0 };
  },
  build(_c, [x], at) {
    image(at, x);
    return { output: x!.shape, params: [] };
  },
  lower(l, c, [x], _p, out) {
    if (!l.training) return x!;
    const full = [l.batch, ...out];
    const per = [l.batch, 1, 1, 1];
    const u = l.op('reshape', [uniformColumn(l, c.seed, 0)], { shape: per }, per);
    const span = c.range[1] - c.range[0];
    const delta = l.op('add', [l.op('mul', [u, l.fill((c.upper - c.lower) * span, [])], {}, per), l.fill(c.lower * span, [])], {}, per);
    const y = l.op('add', [x!, delta], {}, full);
    return l.op('minimum', [l.op('maximum', [y, l.fill(c.range[0], [])], {}, full), l.fill(c.range[1], [])], {}, full);
  },
});
