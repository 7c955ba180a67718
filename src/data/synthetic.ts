/** @file Seeded synthetic datasets (`synthetic({ kind })`): regression lines, separable points, sine windows, blobs, two-target blobs, token tasks, template images. */
import { seededRandom, type Dataset, type Split } from './dataset.ts';

type Options = Readonly<Record<string, number | string | boolean | readonly number[]>>;
type Rand = () => number;

function gauss(r: Rand): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

/** One generated sample: features and target, flattened. */
type Sample = { x: number[]; y: number[] };

interface Kind {
  readonly xShape: (o: Options) => number[];
  readonly yShape: (o: Options) => number[];
  readonly yDtype: (o: Options) => 'i32' | 'f32';
  readonly classes?: (o: Options) => number;
  /** `world` is drawn once per dataset (templates, projection matrices), then each sample. */
  world?(o: Options, r: Rand): unknown;
  sample(o: Options, r: Rand, world: unknown): Sample | undefined;
}

const num = (o: Options, k: string): number => o[k] as number;
const ints = (o: Options, k: string): number[] => [...(o[k] as readonly number[])];
const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
const oneHot = (k: number, n: number): number[] => Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));
const tokens = (o: Options, r: Rand): number[] => Array.from({ length: num(o, 'length') }, () => Math.floor(r() * num(o, 'vocab')));
const seqTask = (f: (t: number[]) => number[]): Kind => ({
  xShape: (o) => [num(o, 'length')], yShape: (o) => [num(o, 'length')], yDtype: () => 'i32', classes: (o) => num(o, 'vocab'),
  sample: (o, r) => {
    const t = tokens(o, r);
    return { x: t, y: f([...t]) };
  },
});

const KINDS: Readonly<Record<string, Kind>> = {
  linear: {
    xShape: () => [1], yShape: () => [1], yDtype: () => 'f32',
    sample: (o, r) => {
      const x = 2 * r() - 1;
      return { x: [x], y: [num(o, 'slope') * x + num(o, 'intercept') + num(o, 'noise') * gauss(r)] };
    },
  },
  separable2d: {
    xShape: () => [2], yShape: () => [1], yDtype: () => 'f32',
    world: (_o, r) => {
      const a = 2 * Math.PI * r();
      return [Math.cos(a), Math.sin(a)];
    },
    sample: (o, r, w) => {
      const [a, b] = w as number[];
      const x = [2 * r() - 1, 2 * r() - 1];
      const d = a! * x[0]! + b! * x[1]!;
      return Math.abs(d) < num(o, 'margin') ? undefined : { x, y: [d > 0 ? 1 : 0] };
    },
  },
  sine: {
    xShape: (o) => [num(o, 'length'), 1], yShape: () => [1], yDtype: () => 'f32',
    sample: (o, r) => {
      const [phase, freq, n] = [2 * Math.PI * r(), 0.05 + 0.25 * r(), num(o, 'length')];
      const at = (t: number): number => Math.sin(phase + freq * t) + num(o, 'noise') * gauss(r);
      return { x: Array.from({ length: n }, (_, t) => at(t)), y: [at(n)] };
    },
  },
  gaussianMixture: {
    xShape: (o) => [num(o, 'features')], yShape: (o) => (o.sparse ? [] : [num(o, 'classes')]), yDtype: (o) => (o.sparse ? 'i32' : 'f32'), classes: (o) => num(o, 'classes'),
    world: (o, r) => Array.from({ length: num(o, 'classes') }, () => Array.from({ length: num(o, 'features') }, () => 2 * gauss(r))),
    sample: (o, r, w) => {
      const c = Math.floor(r() * num(o, 'classes'));
      const x = (w as number[][])[c]!.map((m) => m + gauss(r));
      return { x, y: o.sparse ? [c] : oneHot(c, num(o, 'classes')) };
    },
  },
  // Two targets for a two-output model, packed in one row: the blob's class index, then a linear value of x.
  multiTask: {
    xShape: (o) => [num(o, 'features')], yShape: () => [2], yDtype: () => 'f32', classes: (o) => num(o, 'classes'),
    world: (o, r) => ({
      centres: Array.from({ length: num(o, 'classes') }, () => Array.from({ length: num(o, 'features') }, () => 2 * gauss(r))),
      u: Array.from({ length: num(o, 'features') }, () => gauss(r) / Math.sqrt(num(o, 'features'))),
    }),
    sample: (o, r, w) => {
      const { centres, u } = w as { centres: number[][]; u: number[] };
      const c = Math.floor(r() * num(o, 'classes'));
      const x = centres[c]!.map((m) => m + gauss(r));
      return { x, y: [c, x.reduce((s, xi, i) => s + xi * u[i]!, 0) + num(o, 'noise') * gauss(r)] };
    },
  },
  lowRank: {
    xShape: (o) => [num(o, 'features')], yShape: (o) => [num(o, 'features')], yDtype: () => 'f32',
    world: (o, r) => Array.from({ length: num(o, 'rank') }, () => Array.from({ length: num(o, 'features') }, () => gauss(r))),
    sample: (o, r, w) => {
      const a = w as number[][];
      const z = a.map(() => gauss(r));
      const x = Array.from({ length: num(o, 'features') }, (_, j) => z.reduce((s, zi, i) => s + zi * a[i]![j]!, 0) + num(o, 'noise') * gauss(r));
      return { x, y: x };
    },
  },
  random: {
    xShape: (o) => ints(o, 'shape'), yShape: (o) => ints(o, 'targetShape'), yDtype: () => 'f32',
    sample: (o, r) => ({ x: Array.from({ length: size(ints(o, 'shape')) }, () => gauss(r)), y: Array.from({ length: size(ints(o, 'targetShape')) }, () => gauss(r)) }),
  },
  copy: seqTask((t) => t),
  reverse: seqTask((t) => t.reverse()),
  sort: seqTask((t) => t.sort((a, b) => a - b)),
  images: {
    xShape: (o) => ints(o, 'shape'), yShape: (o) => (o.sparse ? [] : [num(o, 'classes')]), yDtype: (o) => (o.sparse ? 'i32' : 'f32'), classes: (o) => num(o, 'classes'),
    // A smooth template per class: a sum of two seeded plane waves per channel.
    world: (o, r) => Array.from({ length: num(o, 'classes') }, () => {
      const [h, w, c] = ints(o, 'shape') as [number, number, number];
      const waves = Array.from({ length: 2 * c }, () => [r() * 0.6, r() * 0.6, 2 * Math.PI * r()] as const);
      return Array.from({ length: h * w * c }, (_, i) => {
        const [y, x, ch] = [Math.floor(i / (w * c)), Math.floor(i / c) % w, i % c];
        return waves.slice(2 * ch, 2 * ch + 2).reduce((s, [fy, fx, ph]) => s + Math.sin(fy * y + fx * x + ph), 0) / 2;
      });
    }),
    sample: (o, r, world) => {
      const c = Math.floor(r() * num(o, 'classes'));
      return { x: (world as number[][])[c]!.map((v) => v + num(o, 'noise') * gauss(r)), y: o.sparse ? [c] : oneHot(c, num(o, 'classes')) };
    },
  },
};

function split(kind: Kind, o: Options, n: number, r: Rand, world: unknown): Split {
  const [xs, ys] = [size(kind.xShape(o)), size(kind.yShape(o))];
  const x = new Float32Array(n * xs);
  const y = kind.yDtype(o) === 'i32' ? new Int32Array(n * ys) : new Float32Array(n * ys);
  for (let k = 0; k < n; ) {
    const s = kind.sample(o, r, world);
    if (!s) continue; // rejected (e.g. inside the separable margin)
    x.set(s.x, k * xs);
    y.set(s.y, k * ys);
    k++;
  }
  return { n, x, y };
}

/** `samples` training samples and a test split a fifth that size, from one seeded stream. */
export function syntheticDataset(o: Options): Dataset {
  const kind = KINDS[o.kind as string];
  if (!kind) throw new Error(`unknown synthetic dataset kind '${String(o.kind)}'; the kinds are ${Object.keys(KINDS).join(', ')}`);
  const r = seededRandom((o.seed as number | undefined) ?? 0);
  const world = kind.world?.(o, r);
  const n = (o.samples as number | undefined) ?? 1000;
  const train = split(kind, o, n, r, world);
  const test = split(kind, o, Math.max(1, Math.round(n / 5)), r, world);
  const classes = kind.classes?.(o);
  return { name: `synthetic-${String(o.kind)}`, xShape: kind.xShape(o), yShape: kind.yShape(o), yDtype: kind.yDtype(o), ...(classes ? { numClasses: classes } : {}), train, test };
}
