/** @file Shared by the bundle e2e tests: building test bundles, seeded inputs and weights, the interpreter's answers. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBundle, writeBundle, type BuildOptions, type BuiltBundle } from '../../src/bundle/build.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { initialWeights } from '../../src/train/init.ts';
import { encodeSafetensors, type NamedTensor } from '../../src/train/safetensors.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** Under the repo's ignored out/ folder, so a bundle's own `import('webgpu')` resolves to node_modules. */
export function tempDir(prefix: string): string {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  return mkdtempSync(join(ROOT, 'out', `${prefix}-`));
}

export interface TestBundle {
  readonly dir: string;
  readonly built: BuiltBundle;
  readonly model: CompiledModel;
  readonly batch: number;
  /** Raw (unfolded) weights the bundle was built from, for the interpreter. */
  readonly weights: Record<string, Float32Array>;
}

/**
 * Weights with non-trivial batch-norm statistics (fresh ones are γ=1, β=0, μ=0, σ²=1, which
 * would make folding a no-op and hide a wrong fold), written as a checkpoint for --weights.
 */
export function perturbedWeights(model: CompiledModel, dir: string, seed = 7): { file: string; weights: Record<string, Float32Array> } {
  const w = initialWeights(model.params, seed);
  const rand = seededRandom(seed);
  for (const p of model.params) {
    if (!/gamma|beta|moving_mean|moving_variance|bias/.test(p.weight)) continue;
    const base = p.weight === 'moving_variance' || p.weight === 'gamma' ? 1 : 0;
    w[p.name] = Float32Array.from(w[p.name]!, () => base + (rand() - 0.5) * (base ? 1 : 0.4));
  }
  const file = join(dir, 'weights-in.safetensors');
  const tensors = new Map<string, NamedTensor>(Object.entries(w).map(([n, d]) => [n, { dtype: 'f32', shape: model.params.find((p) => p.name === n)!.shape, data: d }]));
  writeFileSync(file, encodeSafetensors(tensors));
  return { file, weights: w };
}

export async function makeBundle(modelFile: string, batch: number, opts: Partial<BuildOptions> & { perturb?: boolean } = {}): Promise<TestBundle> {
  const dir = tempDir('bundle');
  const model = compileModelFile(join(ROOT, modelFile)).main;
  const pw = opts.perturb ? perturbedWeights(model, dir) : undefined;
  const built = await buildBundle({ modelFile: join(ROOT, modelFile), batch, ...opts, ...(pw ? { weightsFile: pw.file } : {}) });
  const out = join(dir, 'bundle');
  writeBundle(out, built.files);
  return { dir: out, built, model, batch, weights: pw?.weights ?? initialWeights(model.params, opts.seed ?? 0) };
}

export function randomInput(n: number, seed: number): Float32Array {
  const r = seededRandom(seed);
  return Float32Array.from({ length: n }, () => r() * 2 - 1);
}

/** The reference interpreter on the unfolded inference graph: what every bundle must reproduce. */
export function expected(b: TestBundle, input: Float32Array): Record<string, Float32Array> {
  const g = b.model.graph(b.batch);
  const feeds = { ...b.weights, [g.args.find((a) => a.kind === 'input')!.name]: input };
  const out = interpret(g, feeds);
  return Object.fromEntries(Object.entries(out).map(([k, t]) => [k, Float32Array.from(t.data)]));
}

/** max |got − want| / (1 + |want|). */
export function maxRelError(got: ArrayLike<number>, want: ArrayLike<number>): number {
  if (got.length !== want.length) return Infinity;
  let m = 0;
  for (let i = 0; i < want.length; i++) m = Math.max(m, Math.abs(got[i]! - want[i]!) / (1 + Math.abs(want[i]!)));
  return m;
}

/** Every file under `dir` (relative path → bytes), for byte-identical comparisons. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

export function copyBundle(dir: string, name: string): string {
  const to = join(dir, '..', name);
  cpSync(dir, to, { recursive: true });
  return to;
}

export interface BundleApi {
  load(device?: unknown, opts?: { nonFinite?: 'reject' | 'allow' }): Promise<LoadedBundle>;
}

export interface LoadedBundle {
  readonly inputs: readonly { name: string; shape: readonly number[] }[];
  readonly stats: { loadMs: number; pipelineMs: number; kernels: number };
  predict(inputs: unknown): Promise<Record<string, Float32Array>>;
  trainStep(batch: unknown, opts?: { learningRate?: number }): Promise<Record<string, Float32Array>>;
  getWeights(): Promise<Record<string, Float32Array>>;
  destroy(): void;
}

export async function importBundle(dir: string): Promise<BundleApi> {
  return (await import(pathToFileURL(join(dir, 'index.js')).href)) as BundleApi;
}
