/**
 * @file The host side of input attributions, shared by `dlc saliency` (src/explain) and bundles
 * (bundle-explain.ts), so both feed and read the compiled programs identically: the programs'
 * input/output names, SmoothGrad's seeded Gaussian noise, the top-class pick and the bilinear
 * upsampling of a Grad-CAM map. The runtime ships, so this file imports nothing of the compiler.
 */

/** Inputs and outputs of the explain programs (src/explain/graph.ts, gradcam.ts). */
export const EXPLAIN_IO = {
  x: 'explain/x',
  cls: 'explain/class',
  noise: 'explain/noise',
  baseline: 'explain/baseline',
  saliency: 'saliency',
  scores: 'scores',
  gradcam: 'gradcam',
  activation: 'activation',
} as const;

/**
 * Uniform [0, 1) by mulberry32 — the same generator (and so the same numbers for a seed) as the
 * dataset RNG of src/data/dataset.ts `seededRandom`; tests/e2e/explain-bundle.test.ts checks they agree.
 */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded N(0, σ²) by Box–Muller, so a run (and its interpreter check) is reproducible. */
export function gaussianNoise(n: number, sigma: number, seed: number): Float32Array {
  const r = mulberry32(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i += 2) {
    const u = 1 - r();
    const v = r();
    const m = sigma * Math.sqrt(-2 * Math.log(u));
    out[i] = m * Math.cos(2 * Math.PI * v);
    if (i + 1 < n) out[i + 1] = m * Math.sin(2 * Math.PI * v);
  }
  return out;
}

/** max − min of x (1 when x is constant): SmoothGrad's σ is a fraction of it. */
export function valueRange(x: ArrayLike<number>): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    lo = Math.min(lo, x[i]!);
    hi = Math.max(hi, x[i]!);
  }
  return hi > lo ? hi - lo : 1;
}

/** The index of the largest score (the first on ties). */
export function topIndex(scores: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  return best;
}

/** Bilinear resize of an [h, w] map to [H, W] with half-pixel centres (edges clamped), as tf.image.resize. */
export function resizeBilinear(m: ArrayLike<number>, h: number, w: number, H: number, W: number): Float32Array {
  const out = new Float32Array(H * W);
  const at = (y: number, x: number): number => m[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))]!;
  for (let Y = 0; Y < H; Y++) {
    const sy = Math.max(0, ((Y + 0.5) * h) / H - 0.5);
    const y0 = Math.floor(sy);
    const fy = sy - y0;
    for (let X = 0; X < W; X++) {
      const sx = Math.max(0, ((X + 0.5) * w) / W - 0.5);
      const x0 = Math.floor(sx);
      const fx = sx - x0;
      const top = at(y0, x0) * (1 - fx) + at(y0, x0 + 1) * fx;
      const bottom = at(y0 + 1, x0) * (1 - fx) + at(y0 + 1, x0 + 1) * fx;
      out[Y * W + X] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}
