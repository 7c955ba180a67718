/**
 * @file Deep Dream on the GPU (Mordvintsev et al.'s algorithm): octaves from small to the model's
 * input size, each a compiled step program (dream.ts) run S times. As in the classic code, the
 * details dreamt at one octave are carried to the next: detail = image − octave base, upscaled and
 * added to the next (larger) base. Each step rolls the image by a seeded random offset in
 * [−J, J]² (jitter, so the ascent does not lock onto the pixel grid), steps, and rolls it back.
 */
import type { CompileOptions } from '../compile.ts';
import { seededRandom } from '../data/dataset.ts';
import type { CompiledModel } from '../frontend/index.ts';
import { resizeWeights } from '../frontend/layers/image-preprocessing.ts';
import { CompileError } from '../ir/index.ts';
import { loadPlan } from '../runtime/index.ts';
import { DREAM, dreamGraph } from './dream.ts';
import { planGraph } from './program.ts';

export interface DreamOptions {
  readonly layer?: string;
  readonly channel?: number;
  /** Octaves (image scales), default 3; the last is the model's input size. */
  readonly octaves?: number;
  /** Size ratio between octaves, default 1.4. */
  readonly octaveScale?: number;
  /** Ascent steps per octave, default 10. */
  readonly steps?: number;
  /** η of the normalised step x + η · g / mean |g| (pixel-value units), default 0.01. */
  readonly stepSize?: number;
  /** Largest roll in pixels, default 2 (0: none). */
  readonly jitter?: number;
  /** The jitter's seed, default 0. */
  readonly seed?: number;
  /** Pixel values are clamped to this range after each step (e.g. the preprocessed [0, 1]). */
  readonly range?: readonly [number, number];
}

export interface DreamOctave {
  readonly index: number;
  /** [h, w] of this octave's image. */
  readonly size: readonly [number, number];
  /** The objective (mean activation) of the octave's image before its first step and after its last (no roll). */
  readonly start: number;
  readonly end: number;
  /** The objective at each step's (rolled) input. */
  readonly objective: readonly number[];
  /** The image after the octave, flat [h, w, C]. */
  readonly image: Float32Array;
}

export interface DreamResult {
  readonly layer: string;
  readonly channel: number | undefined;
  readonly octaves: readonly DreamOctave[];
}

/** Octave sizes from smallest to the input's [H, W]: [H, W] / scale^(n − 1 − i), rounded, at least 1. */
export function octaveSizes(H: number, W: number, octaves: number, scale: number): [number, number][] {
  return Array.from({ length: octaves }, (_, i) => {
    const f = scale ** (octaves - 1 - i);
    return [Math.max(1, Math.round(H / f)), Math.max(1, Math.round(W / f))];
  });
}

function check(o: DreamOptions): Required<Omit<DreamOptions, 'layer' | 'channel' | 'range'>> {
  const v = { octaves: o.octaves ?? 3, octaveScale: o.octaveScale ?? 1.4, steps: o.steps ?? 10, stepSize: o.stepSize ?? 0.01, jitter: o.jitter ?? 2, seed: o.seed ?? 0 };
  const bad = (what: string, got: number): never => {
    throw new CompileError('E_DREAM_OPTIONS', `${what}, got ${got}`);
  };
  if (!(Number.isInteger(v.octaves) && v.octaves >= 1)) bad('octaves must be a positive integer', v.octaves);
  if (!(v.octaveScale >= 1)) bad('the octave scale must be a number ≥ 1', v.octaveScale);
  if (!(Number.isInteger(v.steps) && v.steps >= 0)) bad('steps must be an integer ≥ 0', v.steps);
  if (!Number.isFinite(v.stepSize)) bad('the step size must be a finite number', v.stepSize);
  if (!(Number.isInteger(v.jitter) && v.jitter >= 0)) bad('jitter must be an integer ≥ 0', v.jitter);
  return v;
}

type Weights = Readonly<Record<string, ArrayLike<number>>>;

/** Runs every octave on `device`; `onOctave` sees each octave as it finishes (to write its picture). */
export async function deepDream(device: GPUDevice, model: CompiledModel, weights: Weights, x: ArrayLike<number>, opts: DreamOptions & CompileOptions = {}, onOctave?: (o: DreamOctave) => Promise<void> | void): Promise<DreamResult> {
  const v = check(opts);
  const first = dreamGraph(model, { ...pick(opts), size: undefined });
  const [H, W, C] = first.sample;
  if (x.length !== H * W * C) throw new CompileError('E_EXPLAIN_INPUT', `the input has ${x.length} values but the model takes [${H}, ${W}, ${C}] (${H * W * C})`);
  const base = Float32Array.from(x);
  const sizes = octaveSizes(H, W, v.octaves, v.octaveScale);
  const rand = seededRandom(v.seed);
  const octaves: DreamOctave[] = [];
  let detail: Float32Array = new Float32Array(sizes[0]![0] * sizes[0]![1] * C);
  let prev = sizes[0]!;
  for (const [index, size] of sizes.entries()) {
    const octaveBase = resizeImage(base, H, W, C, size[0], size[1]);
    const img = add(octaveBase, resizeImage(detail, prev[0], prev[1], C, size[0], size[1]));
    const g = size[0] === H && size[1] === W ? first : dreamGraph(model, { ...pick(opts), size });
    const exe = await loadPlan(device, planGraph(g.graph, opts));
    try {
      await exe.setParams(Object.fromEntries(exe.params.map((a) => [a.name, weights[a.name]!])));
      const run = async (im: Float32Array, eta: number) => {
        const out = await exe.run({ [DREAM.x]: im, [DREAM.step]: new Float32Array([eta]) });
        return { image: Float32Array.from(out[DREAM.image] as Float32Array), objective: (out[DREAM.objective] as Float32Array)[0]! };
      };
      const start = (await run(img, 0)).objective;
      const objective: number[] = [];
      let cur = img;
      for (let s = 0; s < v.steps; s++) {
        const dy = Math.floor(rand() * (2 * v.jitter + 1)) - v.jitter;
        const dx = Math.floor(rand() * (2 * v.jitter + 1)) - v.jitter;
        const r = await run(roll(cur, size[0], size[1], C, dy, dx), v.stepSize);
        objective.push(r.objective);
        cur = roll(r.image, size[0], size[1], C, -dy, -dx);
      }
      const end = (await run(cur, 0)).objective;
      const o: DreamOctave = { index, size, start, end, objective, image: cur };
      octaves.push(o);
      await onOctave?.(o);
      detail = sub(cur, octaveBase);
      prev = size;
    } finally {
      exe.destroy();
    }
  }
  return { layer: first.layer, channel: first.channel, octaves };
}

function pick(o: DreamOptions) {
  return { ...(o.layer !== undefined ? { layer: o.layer } : {}), ...(o.channel !== undefined ? { channel: o.channel } : {}), ...(o.range ? { range: o.range } : {}) };
}

const add = (a: Float32Array, b: Float32Array): Float32Array => a.map((v, i) => v + b[i]!);
const sub = (a: Float32Array, b: Float32Array): Float32Array => a.map((v, i) => v - b[i]!);

/** An [h, w, c] image resized to [oh, ow, c] with the same bilinear matrices the GPU graph uses. */
export function resizeImage(img: ArrayLike<number>, h: number, w: number, c: number, oh: number, ow: number): Float32Array {
  if (oh === h && ow === w) return Float32Array.from(img);
  const ry = resizeWeights(h, oh, 'bilinear');
  const rx = resizeWeights(w, ow, 'bilinear');
  const rows = new Float32Array(oh * w * c);
  for (let o = 0; o < oh; o++) for (let i = 0; i < h; i++) {
    const k = ry[o * h + i]!;
    if (k !== 0) for (let j = 0; j < w * c; j++) rows[o * w * c + j]! += k * img[i * w * c + j]!;
  }
  const out = new Float32Array(oh * ow * c);
  for (let y = 0; y < oh; y++) for (let o = 0; o < ow; o++) for (let i = 0; i < w; i++) {
    const k = rx[o * w + i]!;
    if (k !== 0) for (let ch = 0; ch < c; ch++) out[(y * ow + o) * c + ch]! += k * rows[(y * w + i) * c + ch]!;
  }
  return out;
}

/** np.roll of an [h, w, c] image by (dy, dx) pixels (wrapping around). */
export function roll(img: Float32Array, h: number, w: number, c: number, dy: number, dx: number): Float32Array {
  if (dy === 0 && dx === 0) return img;
  const out = new Float32Array(img.length);
  for (let y = 0; y < h; y++) {
    const ty = (((y + dy) % h) + h) % h;
    for (let x = 0; x < w; x++) {
      const tx = (((x + dx) % w) + w) % w;
      out.set(img.subarray((y * w + x) * c, (y * w + x + 1) * c), (ty * w + tx) * c);
    }
  }
  return out;
}
