/** @file Learning-rate schedules, evaluated on the host each step and fed to the compiled step as `opt/lr`. */

export type Schedule =
  | { readonly kind: 'constant' }
  /** Keras ExponentialDecay with staircase: lr · rate^floor(step / every). */
  | { readonly kind: 'step'; readonly every: number; readonly rate: number }
  /** Keras CosineDecay: lr · (α + (1−α)·½(1 + cos(π·min(step, decaySteps)/decaySteps))). */
  | { readonly kind: 'cosine'; readonly decaySteps: number; readonly alpha?: number; readonly warmupSteps?: number }
  /** Keras ExponentialDecay: lr · decayRate^(step / decaySteps), the exponent floored with `staircase`. */
  | { readonly kind: 'exponential'; readonly decaySteps: number; readonly decayRate: number; readonly staircase?: boolean }
  /** Keras PiecewiseConstantDecay: values[0] up to boundaries[0] (inclusive), values[1] up to boundaries[1], …; absolute rates. */
  | { readonly kind: 'piecewise'; readonly boundaries: readonly number[]; readonly values: readonly number[] };

/** The learning rate at 0-based optimizer step `step`. */
export function learningRateAt(base: number, s: Schedule, step: number): number {
  switch (s.kind) {
    case 'constant':
      return base;
    case 'step':
      return base * Math.pow(s.rate, Math.floor(step / s.every));
    case 'cosine': {
      const warm = s.warmupSteps ?? 0;
      if (step < warm) return (base * (step + 1)) / warm;
      const t = Math.min(step - warm, s.decaySteps) / s.decaySteps;
      const a = s.alpha ?? 0;
      return base * (a + (1 - a) * 0.5 * (1 + Math.cos(Math.PI * t)));
    }
    case 'exponential': {
      const p = step / s.decaySteps;
      return base * Math.pow(s.decayRate, s.staircase ? Math.floor(p) : p);
    }
    case 'piecewise': {
      const i = s.boundaries.findIndex((b) => step <= b);
      return s.values[i === -1 ? s.values.length - 1 : i] ?? base;
    }
  }
}
