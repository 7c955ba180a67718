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

/** What `--schedule` accepts, for help text and errors. */
export const SCHEDULE_FLAG_HELP = 'step:<every>:<rate>, cosine[:<decaySteps>], exponential:<decaySteps>:<rate>[:staircase] or piecewise:<b1>,<b2>,…:<v1>,<v2>,<v3>,…';

/** A `--schedule` value as a Schedule, or the message saying what is wrong with it. */
export function scheduleFromFlag(s: string): Schedule | string {
  const [kind, a, b, c, ...rest] = s.split(':');
  const pos = (v: string | undefined): boolean => v !== undefined && v.trim() !== '' && Number(v) > 0;
  const bad = `--schedule expects ${SCHEDULE_FLAG_HELP}, got '${s}'`;
  if (kind === 'step' && pos(a) && pos(b) && c === undefined) return { kind: 'step', every: Number(a), rate: Number(b) };
  if (kind === 'cosine' && b === undefined) {
    if (a !== undefined && !pos(a)) return bad;
    return { kind: 'cosine', decaySteps: a === undefined ? 1e12 : Number(a) };
  }
  if (kind === 'exponential' && pos(a) && pos(b) && (c === undefined || c === 'staircase') && rest.length === 0) return { kind: 'exponential', decaySteps: Number(a), decayRate: Number(b), ...(c ? { staircase: true } : {}) };
  if (kind === 'piecewise' && a && b && c === undefined) {
    const bounds = a.split(',').map(Number);
    const values = b.split(',').map(Number);
    if (bounds.some((x) => !Number.isInteger(x) || x < 0) || values.some((x) => !(x > 0))) return `${bad}: boundaries are step counts, values positive rates`;
    if (bounds.some((x, i) => i > 0 && x <= bounds[i - 1]!)) return `${bad}: boundaries must increase`;
    if (values.length !== bounds.length + 1) return `${bad}: piecewise needs one more value than boundaries (${bounds.length} boundaries, ${values.length} values)`;
    return { kind: 'piecewise', boundaries: bounds, values };
  }
  return bad;
}
