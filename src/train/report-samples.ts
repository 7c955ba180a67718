/**
 * @file What report.html and `dlc evaluate` show of individual test samples: for classifiers the
 * first samples and the most confident mistakes (with pixels when the input is an image), for
 * regression predicted-vs-true pairs, for autoencoders input/reconstruction pairs. Pure data, so
 * the report embeds it as JSON and draws it in the page.
 */
import type { LossKind } from '../frontend/index.ts';
import { readSamples, sampleSize, type Split } from '../data/dataset.ts';

/** An image-like view of one sample's features: height, width, channels (1 or 3). */
export interface ImageShape {
  readonly h: number;
  readonly w: number;
  readonly c: number;
}

export interface ClassSample {
  readonly index: number;
  readonly truth: number;
  readonly guess: number;
  /** Probability the model gave its guess, and the true class. */
  readonly pGuess: number;
  readonly pTruth: number;
  /** Pixels scaled to 0..255 (h·w·c bytes), when the input is an image. */
  readonly pixels?: readonly number[];
  /** Where the sample came from (an image's path under its folder), when the data says. */
  readonly file?: string;
}

/** A GAN's generator output for the same latent vectors after each epoch. */
export interface GeneratedEpoch {
  readonly epoch: number;
  /** Image pixels (0..255) per sample when the output is an image, else the raw output vectors. */
  readonly samples: readonly (readonly number[])[];
}

export interface SampleView {
  readonly kind: 'classification' | 'regression' | 'autoencoder' | 'generated';
  /** Generated samples per epoch (multi-step programs); `real` holds a few real vectors for non-image outputs. */
  readonly generated?: readonly GeneratedEpoch[];
  readonly real?: readonly (readonly number[])[];
  readonly image?: ImageShape;
  readonly classNames?: readonly string[];
  /** Classification: the first samples, and the wrong ones the model was surest of. */
  readonly first?: readonly ClassSample[];
  readonly mistakes?: readonly ClassSample[];
  /** Regression: (true, predicted) per sample (first output only), at most 500. */
  readonly pairs?: readonly (readonly [number, number])[];
  /** Autoencoder: input and reconstruction pixels (0..255), at most 8 pairs. */
  readonly reconstructions?: readonly { readonly input: readonly number[]; readonly output: readonly number[] }[];
}

/** [H, W, C] with C in {1, 3}, [H, W], or a flat square (784 → 28×28). */
export function imageShapeOf(xShape: readonly number[]): ImageShape | undefined {
  if (xShape.length === 3 && (xShape[2] === 1 || xShape[2] === 3) && xShape[0]! >= 4 && xShape[1]! >= 4) return { h: xShape[0]!, w: xShape[1]!, c: xShape[2]! };
  if (xShape.length === 2 && xShape[0]! >= 4 && xShape[1]! >= 4) return { h: xShape[0]!, w: xShape[1]!, c: 1 };
  const n = sampleSize(xShape);
  const side = Math.round(Math.sqrt(n));
  if (xShape.length === 1 && side * side === n && side >= 8) return { h: side, w: side, c: 1 };
  return undefined;
}

/** Values scaled to bytes by the sample's own range (inputs may be standardised, not 0..1). */
export function toBytes(v: Float32Array): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of v) {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  const span = hi > lo ? hi - lo : 1;
  return Array.from(v, (x) => Math.round(((x - lo) / span) * 255));
}

/** Builds the view from a split and the model's predictions on it (row-major, one row per sample). */
export function sampleView(split: Split, xShape: readonly number[], pred: Float32Array, loss: LossKind, classNames?: readonly string[], counts = { first: 16, mistakes: 8 }): SampleView {
  const xs = sampleSize(xShape);
  const per = pred.length / Math.max(split.n, 1);
  const ys = split.y.length / Math.max(split.n, 1);
  const image = imageShapeOf(xShape);
  const pixels = (i: number): number[] | undefined => (image ? toBytes(readSamples(split, [i], xs)) : undefined);
  if (loss === 'mse' || loss === 'mae') {
    if (per === xs && ys === xs && image) {
      const reconstructions = Array.from({ length: Math.min(8, split.n) }, (_, i) => ({ input: pixels(i)!, output: toBytes(pred.subarray(i * per, (i + 1) * per)) }));
      return { kind: 'autoencoder', image, reconstructions };
    }
    const pairs = Array.from({ length: Math.min(500, split.n) }, (_, i) => [split.y[i * ys]!, pred[i * per]!] as const);
    return { kind: 'regression', pairs };
  }
  const all: ClassSample[] = [];
  for (let i = 0; i < split.n; i++) {
    const row = pred.subarray(i * per, (i + 1) * per);
    const binary = per === 1;
    const probs = binary ? [1 - row[0]!, row[0]!] : Array.from(row);
    const truth = split.y instanceof Int32Array && ys === 1 ? split.y[i]! : binary ? Number(split.y[i]! > 0.5) : argmax(split.y.subarray(i * ys, (i + 1) * ys));
    const guess = argmax(probs);
    const file = split.names?.[i];
    all.push({ index: i, truth, guess, pGuess: probs[guess]!, pTruth: probs[truth] ?? 0, ...(file !== undefined ? { file } : {}) });
  }
  const withPixels = (s: ClassSample): ClassSample => {
    const p = pixels(s.index);
    return p ? { ...s, pixels: p } : s;
  };
  const mistakes = all.filter((s) => s.guess !== s.truth).sort((a, b) => b.pGuess - a.pGuess).slice(0, counts.mistakes);
  return {
    kind: 'classification', ...(image ? { image } : {}), ...(classNames ? { classNames } : {}),
    first: all.slice(0, counts.first).map(withPixels), mistakes: mistakes.map(withPixels),
  };
}

function argmax(v: ArrayLike<number>): number {
  let k = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[k]!) k = i;
  return k;
}
