/**
 * @file Runtime fuzzing, shared by tests/fuzz/runtime.test.ts (a few hundred cases) and
 * bench/fuzz-runtime.ts (≥ 10,000): mutations of a real bundle's manifest, paths with every encoding
 * trick, plan entries, safetensors headers and offsets, input forms, and concurrent calls. Each case
 * ends in a success the oracle agrees with, or a RuntimeError with a code ("crash" = anything else).
 * Escapes are detected, not assumed: the kernel a tampered path points to is given the SHA-256 of a
 * secret file outside the bundle, so reading that file would pass every check and show up as a load.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { load } from '../../src/runtime/bundle-entry.ts';
import { toFeeds } from '../../src/runtime/bundle-inputs.ts';
import type { InputSpec } from '../../src/runtime/bundle-types.ts';
import { validateManifest } from '../../src/runtime/bundle-validate.ts';
import { decodeWeights } from '../../src/runtime/bundle-weights.ts';
import { RuntimeError } from '../../src/runtime/errors.ts';
import { decodeSafetensors, SafetensorsError } from '../../src/train/safetensors.ts';
import { expected, makeBundle, maxRelError, randomInput, type TestBundle } from '../e2e/bundle-helpers.ts';

export type Outcome = 'ok' | 'refused';

export interface Tally {
  cases: number;
  ok: number;
  refused: number;
  /** Anything thrown that is not a RuntimeError (or a checkpoint's SafetensorsError) with a code. */
  crashes: string[];
  /** A file outside the bundle read, or a path accepted that dlc would never write. */
  escapes: string[];
  /** A success whose result disagrees with the oracle. */
  wrong: string[];
  codes: Record<string, number>;
}

export function newTally(): Tally {
  return { cases: 0, ok: 0, refused: 0, crashes: [], escapes: [], wrong: [], codes: {} };
}

/** A GPUDevice stand-in that throws on any use: reaching it means every pre-GPU check passed. */
export class Touched extends Error {}
const untouchable = new Proxy({}, { get: (_t, p) => { if (p === 'then') return undefined; throw new Touched(`GPU touched (${String(p)})`); } }) as GPUDevice;

export interface Fixture {
  readonly bundle: TestBundle;
  /** A scratch copy of the bundle whose manifest.json each case overwrites. */
  readonly dir: string;
  readonly manifest: Record<string, any>;
  readonly weights: Uint8Array;
  readonly secretSha: string;
  readonly secretBytes: number;
  cleanup(): void;
}

export async function makeFixture(): Promise<Fixture> {
  const bundle = await makeBundle('models/iris_mlp.ts', 2);
  const top = join(bundle.dir, '..', 'fuzz');
  const dir = join(top, 'a', 'b', 'bundle');
  mkdirSync(dir, { recursive: true });
  cpSync(bundle.dir, dir, { recursive: true });
  const secret = 'SECRET-FIRST-LINE: never to be read\n';
  for (const p of [join(dir, '..', 'secret.txt'), join(dir, '..', '..', 'secret.txt'), join(top, 'secret.txt'), join(dir, '..', 'etc-passwd')]) writeFileSync(p, secret);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, any>;
  return {
    bundle,
    dir,
    manifest,
    weights: readFileSync(join(dir, 'weights.safetensors')),
    secretSha: createHash('sha256').update(secret).digest('hex'),
    secretBytes: Buffer.byteLength(secret),
    cleanup: () => rmSync(join(bundle.dir, '..'), { recursive: true, force: true }),
  };
}

/** Runs `f`, classifying what it throws; `isCodeError` decides which errors count as clean refusals. */
async function classify(t: Tally, label: string, f: () => Promise<unknown> | unknown, isClean: (e: unknown) => boolean = isRuntimeError): Promise<{ outcome: Outcome; value?: unknown; error?: unknown }> {
  t.cases++;
  try {
    const value = await f();
    t.ok++;
    return { outcome: 'ok', value };
  } catch (e) {
    if (e instanceof Touched) {
      t.ok++;
      return { outcome: 'ok' };
    }
    if (isClean(e)) {
      t.refused++;
      const code = (e as { code?: string }).code ?? (e as Error).name;
      t.codes[code] = (t.codes[code] ?? 0) + 1;
      if (/SECRET/.test((e as Error).message)) t.escapes.push(`${label}: message echoes a file outside the bundle`);
      return { outcome: 'refused', error: e };
    }
    t.crashes.push(`${label}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`.slice(0, 400));
    return { outcome: 'refused', error: e };
  }
}

function isRuntimeError(e: unknown): boolean {
  return e instanceof RuntimeError && typeof e.code === 'string' && /^E_[A-Z_]+$/.test(e.code) && !e.message.includes('    at ');
}

const PLAIN_PATH = /^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/;

/** A value to put somewhere in a manifest. */
const junk = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(null, true, false, 0, -1, 1, 2, 1.5, -0.5, 65535, 65536, 2 ** 31, 2 ** 53, 1e300, '', 'x', 'predict', '__proto__', 'constructor', 'toString', 'bogus', 'reject', 'allow', '%2e%2e/secret.txt', 'read', 'read_write', 'f32', 'bool', 'temp'),
    fc.integer({ min: -5, max: 300 }),
    fc.array(fc.integer({ min: -2, max: 70000 }), { maxLength: 4 }),
    fc.constant([]),
    fc.constant({}),
    fc.dictionary(fc.constantFrom('a', 'plan', 'path', '__proto__'), fc.constantFrom(null, 1, 'x'), { maxKeys: 2 }),
  );

type Path = (string | number)[];

/** Every path to a node of the JSON tree (depth-first), so a mutation can aim anywhere. */
function nodePaths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.slice(0, 40).forEach((x, i) => nodePaths(x, [...at, i], out));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) nodePaths(x, [...at, k], out);
  return out;
}

type Edit = { kind: 'set'; pick: number; value: unknown } | { kind: 'delete'; pick: number } | { kind: 'grow'; pick: number; times: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: junk() }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('grow' as const), pick: fc.nat(), times: fc.constantFrom(2, 100, 5000, 1_000_000) }),
);

function applyEdit(root: Record<string, any>, e: Edit): void {
  const paths = nodePaths(root).filter((p) => p.length > 0);
  const path = paths[e.pick % paths.length]!;
  let parent: any = root;
  for (const k of path.slice(0, -1)) parent = parent[k];
  const key = path.at(-1)!;
  if (e.kind === 'set') parent[key] = structuredClone(e.value);
  else if (e.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (Array.isArray(parent[key]) && parent[key].length > 0) {
    // Many copies of one entry: 10⁶ kernels must be refused by count, quickly.
    parent[key] = Array.from({ length: e.times }, () => parent[key][0]);
  }
}

/** The test's own statement of what a validated manifest guarantees (independent of the runtime's code). */
function manifestOracle(m: Record<string, any>): string | undefined {
  for (const f of [m.weights, ...m.kernels]) if (!PLAIN_PATH.test(f.path)) return `accepted path ${JSON.stringify(f.path)}`;
  if (m.kernels.length > 4096) return `accepted ${m.kernels.length} kernels`;
  for (const [name, p] of Object.entries<any>(m.plans)) {
    for (const d of p.dispatches) {
      const k = m.kernels[p.kernels[d.kernel]];
      if (!k) return `plan ${name}: dispatch with a missing kernel`;
      if (!d.workgroups.every((w: unknown) => Number.isInteger(w) && (w as number) >= 1)) return `plan ${name}: workgroups ${JSON.stringify(d.workgroups)}`;
      const elements = Math.max(1, ...d.bindings.map((b: number) => Math.ceil(p.buffers[b].size / 4)));
      if (d.workgroups[0] * d.workgroups[1] * d.workgroups[2] > elements) return `plan ${name}: ${d.workgroups} workgroups for ${elements} elements`;
      for (const [i, b] of d.bindings.entries()) if (!(p.buffers[b]?.size >= k.bindingBytes[i])) return `plan ${name}: binding ${i} too small`;
    }
  }
  for (const ep of Object.values<any>(m.entryPoints)) for (const i of ep.inputs) if (i.nonFinite !== 'reject' && i.nonFinite !== 'allow') return `nonFinite ${i.nonFinite}`;
  const d = m.data;
  const strings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length <= 4096);
  if (d !== undefined) {
    if (typeof d !== 'object' || d === null || Array.isArray(d)) return `data ${JSON.stringify(d)}`;
    for (const k of ['classNames', 'features'] as const) if (d[k] !== undefined && !strings(d[k])) return `data.${k} ${JSON.stringify(d[k]).slice(0, 60)}`;
    const p = d.preprocess;
    if (p !== undefined && !(Array.isArray(p?.size) && p.size.length === 2 && p.size.every((x: unknown) => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 32768))) return `data.preprocess ${JSON.stringify(p).slice(0, 60)}`;
  }
  return undefined;
}

/** The data section a trained classifier's bundle carries, for mutations to reach (the fixture's bundle is built without a checkpoint). */
const DATA = { classNames: ['setosa', 'versicolor', 'virginica'], features: ['a', 'b', 'c', 'd'], preprocess: { kind: 'image', size: [2, 2], colorMode: 'grayscale', crop: false, scale: 1, offset: 0 } };

/** Manifest mutations: validateManifest alone (fast), then, for every fourth case, the whole pre-GPU load from files. */
export async function fuzzManifest(fx: Fixture, t: Tally, numRuns: number, seed: number): Promise<void> {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(editArb, { minLength: 1, maxLength: 3 }), async (edits) => {
      const m = structuredClone({ ...fx.manifest, data: DATA });
      for (const e of edits) applyEdit(m, e);
      const label = `manifest ${JSON.stringify(edits).slice(0, 200)}`;
      const r = await classify(t, label, () => validateManifest(structuredClone(m)));
      if (r.outcome === 'ok') {
        const why = manifestOracle(m);
        if (why) t.wrong.push(`${label}: ${why}`);
      }
      if (n++ % 4 === 0) {
        writeFileSync(join(fx.dir, 'manifest.json'), JSON.stringify(m));
        await classify(t, `${label} (load)`, () => load(untouchable, { baseUrl: pathToFileURL(join(fx.dir, 'index.js')) }));
      }
    }),
    { numRuns, seed },
  );
  writeFileSync(join(fx.dir, 'manifest.json'), JSON.stringify(fx.manifest));
}

const PIECES = ['..', '.', '%2e%2e', '%2E%2e', '%2e%2E', '.%2e', '%252e%252e', '%25252e%25252e', '%2f', '%2F', '%5c', '%5C', '\\', '/', '//', 'secret.txt', 'etc-passwd', 'kernels', 'weights.safetensors', '%00', '\u0000', ':', 'C:', 'c:\\', 'file:', 'file:///', 'http://x.example/', '~', ' ', '?', '#', '%3f', '%23', '%', '%zz', 'a', '000-matmul.wgsl', '\u2025', '\uff0e\uff0e', '..;', '%c0%ae%c0%ae'];

/** Paths built from escape pieces, on kernel 0 (whose hash is the secret's) or on the weights. */
export async function fuzzPaths(fx: Fixture, t: Tally, numRuns: number, seed: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }), fc.boolean(), async (pieces, onWeights) => {
      const path = pieces.join('');
      const m = structuredClone(fx.manifest);
      const target = onWeights ? m.weights : m.kernels[0];
      Object.assign(target, { path, sha256: fx.secretSha, bytes: fx.secretBytes });
      writeFileSync(join(fx.dir, 'manifest.json'), JSON.stringify(m));
      const label = `path ${JSON.stringify(path)}${onWeights ? ' (weights)' : ''}`;
      const r = await classify(t, label, () => load(untouchable, { baseUrl: pathToFileURL(join(fx.dir, 'index.js')) }));
      // Only the secret has this hash, so passing the integrity check means it was read.
      if (r.outcome === 'ok') t.escapes.push(`${label}: a file outside the bundle passed every check`);
      const code = (r.error as RuntimeError | undefined)?.code;
      if (r.outcome === 'refused' && code !== undefined && !['E_BUNDLE_PATH', 'E_BUNDLE_READ', 'E_BUNDLE_INTEGRITY', 'E_BUNDLE_WEIGHTS', 'E_BUNDLE_INVALID'].includes(code)) t.wrong.push(`${label}: refused with ${code}`);
    }),
    { numRuns, seed },
  );
  writeFileSync(join(fx.dir, 'manifest.json'), JSON.stringify(fx.manifest));
}

/** Plan entries specifically (dispatch workgroups, bindings, kernels; buffer sizes and shapes; updates). */
export async function fuzzPlan(fx: Fixture, t: Tally, numRuns: number, seed: number): Promise<void> {
  const plan = fx.manifest.plans.predict;
  const field = fc.constantFrom('workgroups', 'bindings', 'kernel', 'label', 'size', 'shape', 'updates', 'kernels');
  const val = fc.oneof(junk(), fc.tuple(fc.integer({ min: -1, max: 70000 }), fc.integer({ min: -1, max: 70000 }), fc.integer({ min: -1, max: 70 })));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(field, fc.nat(), val), { minLength: 1, maxLength: 3 }), async (edits) => {
      const m = structuredClone(fx.manifest);
      const p = m.plans.predict;
      for (const [f, i, v] of edits) {
        if (f === 'size' || f === 'shape') p.buffers[i % plan.buffers.length][f] = structuredClone(v);
        else if (f === 'updates') p.updates = [{ from: i % plan.buffers.length, to: v }];
        else if (f === 'kernels') p.kernels = structuredClone(v);
        else p.dispatches[i % plan.dispatches.length][f] = structuredClone(v);
      }
      const label = `plan ${JSON.stringify(edits).slice(0, 200)}`;
      const r = await classify(t, label, () => validateManifest(structuredClone(m)));
      if (r.outcome === 'ok') {
        const why = manifestOracle(m);
        if (why) t.wrong.push(`${label}: ${why}`);
      }
    }),
    { numRuns, seed },
  );
}

const DT = fc.constantFrom('F32', 'I32', 'U32', 'BOOL', 'F64', 'F16', 'toString', '', null, 3);

/** Random safetensors files (header entries, offsets, lengths), through both entry points of the one reader. */
export async function fuzzSafetensors(_fx: Fixture, t: Tally, numRuns: number, seed: number): Promise<void> {
  const entry = fc.oneof(
    fc.record({ dtype: DT, shape: fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 3 }), data_offsets: fc.tuple(fc.integer({ min: -1, max: 40 }), fc.integer({ min: -1, max: 40 })) }),
    junk(),
  );
  const random = fc.tuple(fc.oneof(fc.dictionary(fc.constantFrom('a', 'b', 'c', '__metadata__', '__proto__'), entry, { maxKeys: 4 }), junk()), fc.nat(40));
  // Mostly-valid files: tensors laid out in order (4-byte ones first), then a few small perturbations.
  const nearValid = fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom('F32', 'I32', 'U32', 'BOOL'), fc.array(fc.nat(3), { maxLength: 2 })), { minLength: 1, maxLength: 4 }),
      fc.array(fc.tuple(fc.nat(3), fc.constantFrom('begin', 'end', 'dtype', 'shape', 'len'), fc.integer({ min: -4, max: 4 })), { maxLength: 2 }),
    )
    .map(([specs, edits]): [unknown, number] => {
      const sorted = [...specs].sort((a, b) => (a[0] === 'BOOL' ? 1 : 0) - (b[0] === 'BOOL' ? 1 : 0));
      const h: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }> = {};
      let at = 0;
      sorted.forEach(([dtype, shape], i) => {
        const n = shape.reduce((x, d) => x * d, 1) * (dtype === 'BOOL' ? 1 : 4);
        h[`t${i}`] = { dtype, shape, data_offsets: [at, at + n] };
        at += n;
      });
      let len = at;
      for (const [which, what, by] of edits) {
        const e = h[`t${which % sorted.length}`]!;
        if (what === 'begin') e.data_offsets[0] += by;
        else if (what === 'end') e.data_offsets[1] += by;
        else if (what === 'dtype') e.dtype = ['F32', 'I32', 'U32', 'BOOL'][Math.abs(by) % 4]!;
        else if (what === 'shape') e.shape = [...e.shape, Math.abs(by)];
        else len = Math.max(0, len + by);
      }
      return [h, len];
    });
  const header = fc.oneof(random, nearValid);
  await fc.assert(
    fc.asyncProperty(header, fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }) }), async ([h, dataLen], lenOverride) => {
      const json = new TextEncoder().encode(JSON.stringify(h) ?? 'null');
      const bytes = new Uint8Array(8 + json.length + dataLen);
      new DataView(bytes.buffer).setBigUint64(0, lenOverride ?? BigInt(json.length), true);
      bytes.set(json, 8);
      for (let i = 8 + json.length; i < bytes.length; i++) bytes[i] = (i * 37) & 255;
      const label = `safetensors ${JSON.stringify(h)?.slice(0, 200)} +${dataLen}`;
      const r = await classify(t, label, () => decodeWeights(bytes));
      const c = await classify(t, `${label} (checkpoint)`, () => decodeSafetensors(bytes, 'ck.safetensors'), (e) => e instanceof SafetensorsError);
      if (r.outcome !== c.outcome) t.wrong.push(`${label}: bundle reader ${r.outcome}, checkpoint reader ${c.outcome}`);
      if (r.outcome === 'ok') {
        const why = tilingOracle(bytes, r.value as Map<string, { dtype: string; data: ArrayLike<number> }>);
        if (why) t.wrong.push(`${label}: ${why}`);
      }
    }),
    { numRuns, seed },
  );
}

/** An accepted file: its tensors tile the data section in order, each value equal to the bytes at its offsets. */
function tilingOracle(bytes: Uint8Array, tensors: Map<string, { dtype: string; data: ArrayLike<number> }>): string | undefined {
  const n = Number(new DataView(bytes.buffer).getBigUint64(0, true));
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n))) as Record<string, { data_offsets: [number, number]; dtype: string }>;
  const dv = new DataView(bytes.buffer, 8 + n);
  const spans = Object.entries(header).filter(([k]) => k !== '__metadata__').map(([k, e]) => [k, e.data_offsets[0], e.data_offsets[1]] as const).sort((a, b) => a[1] - b[1]);
  let at = 0;
  for (const [name, b, e] of spans) {
    if (b !== at) return `accepted a gap/overlap at ${name}`;
    at = e;
    const t = tensors.get(name)!;
    for (let i = 0; i < t.data.length; i++) {
      const want = t.dtype === 'f32' ? dv.getFloat32(b + 4 * i, true) : t.dtype === 'i32' ? dv.getInt32(b + 4 * i, true) : t.dtype === 'u32' ? dv.getUint32(b + 4 * i, true) : dv.getUint8(b + i);
      if (!Object.is(want, t.data[i])) return `${name}[${i}] is ${t.data[i]}, the bytes say ${want}`;
    }
  }
  return at === bytes.length - 8 - n ? undefined : 'accepted trailing bytes';
}

const SPEC: InputSpec = { name: 'input', dtype: 'f32', shape: [2, 4], nonFinite: 'reject' };

/** An input value in any form, valid or not, with the flat values the oracle expects (undefined: must be refused). */
export const inputArb: fc.Arbitrary<{ value: unknown; want: number[] | undefined }> = (() => {
  const num = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.integer({ min: -100, max: 100 }));
  const bad = fc.constantFrom(null, undefined, '1', 'abc', '', true, NaN, Infinity, -Infinity, {}, [], [1]);
  const cell = fc.oneof({ weight: 60, arbitrary: num.map((v) => ({ v, ok: true })) }, { weight: 1, arbitrary: bad.map((v) => ({ v, ok: false })) });
  const len = (n: number): fc.Arbitrary<number> => fc.oneof({ weight: 4, arbitrary: fc.constant(n) }, { weight: 1, arbitrary: fc.integer({ min: n - 1, max: n + 1 }) });
  const cells = (n: number): fc.Arbitrary<{ v: unknown; ok: boolean }[]> => len(n).chain((k) => fc.array(cell, { minLength: k, maxLength: k }));
  const rows = len(2).chain((k) => fc.array(cells(4), { minLength: k, maxLength: k }));
  return fc.oneof(
    rows.map((r) => {
      const ok = r.length === 2 && r.every((row) => row.length === 4 && row.every((c) => c.ok));
      return { value: r.map((row) => row.map((c) => c.v)), want: ok ? r.flat().map((c) => Math.fround(c.v as number)) : undefined };
    }),
    cells(8).chain((cells) =>
      fc.constantFrom('array', 'f32', 'f64', 'i32', 'shaped', 'shaped-wrong').map((form) => {
        const ok = cells.length === 8 && cells.every((c) => c.ok);
        const vals = cells.map((c) => c.v);
        if (form === 'array') return { value: vals, want: ok ? vals.map((v) => Math.fround(v as number)) : undefined };
        if (form === 'shaped') return { value: { shape: [2, 4], data: vals }, want: ok ? vals.map((v) => Math.fround(v as number)) : undefined };
        if (form === 'shaped-wrong') return { value: { shape: [4, 2], data: vals }, want: undefined };
        const allNum = cells.every((c) => typeof c.v === 'number');
        const T = form === 'f32' ? Float32Array : form === 'f64' ? Float64Array : Int32Array;
        const arr = allNum ? T.from(vals as number[]) : Float32Array.from(vals.map((v) => (typeof v === 'number' ? v : NaN)));
        return { value: arr, want: cells.length === 8 && Array.from(arr).every(Number.isFinite) ? Array.from(Float32Array.from(arr)) : undefined };
      }),
    ),
    bad.map((v) => ({ value: v, want: undefined })),
  );
})();

export async function fuzzInputs(_fx: Fixture, t: Tally, numRuns: number, seed: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(inputArb, async ({ value, want }) => {
      const label = `input ${String(JSON.stringify(value)).slice(0, 200)}`;
      const r = await classify(t, label, () => toFeeds([SPEC], { input: value as never }, undefined));
      if (want === undefined && r.outcome === 'ok') t.wrong.push(`${label}: accepted`);
      if (want !== undefined && r.outcome !== 'ok') t.wrong.push(`${label}: refused (${(r.error as Error)?.message})`);
      if (want !== undefined && r.outcome === 'ok') {
        const got = Array.from((r.value as Record<string, ArrayLike<number>>).input!);
        if (got.length !== 8 || got.some((v, i) => !Object.is(v, want[i]))) t.wrong.push(`${label}: flattened to ${got}`);
      }
    }),
    { numRuns, seed },
  );
}

/** GPU: several concurrent predict() calls in mixed forms, each input overwritten after its call, against the interpreter. */
export async function fuzzConcurrent(fx: Fixture, t: Tally, device: GPUDevice, numRuns: number, seed: number): Promise<void> {
  const bundle = await load(device, { baseUrl: pathToFileURL(join(fx.bundle.dir, 'index.js')) });
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(1_000_000), fc.constantFrom('nested', 'typed', 'array', 'shaped', 'bad')), { minLength: 2, maxLength: 12 }), async (calls) => {
        const runs = calls.map(([s, form]) => {
          const x = randomInput(8, s);
          const nested = [Array.from(x.subarray(0, 4)), Array.from(x.subarray(4))];
          const typed = Float32Array.from(x);
          const arr = Array.from(x);
          const value = form === 'nested' ? nested : form === 'typed' ? typed : form === 'array' ? arr : form === 'shaped' ? { shape: [2, 4], data: arr } : [[1, 2], [null]];
          const p = classify(t, `concurrent ${form}`, () => bundle.predict(value as never));
          nested[0]!.fill(123);
          typed.fill(-7);
          arr.fill(5);
          return p.then((r) => ({ r, x, form }));
        });
        for (const { r, x, form } of await Promise.all(runs)) {
          if (form === 'bad') {
            if (r.outcome === 'ok') t.wrong.push('concurrent: a bad input was accepted');
            continue;
          }
          const out = (r.value as Record<string, Float32Array> | undefined)?.output;
          if (!out || maxRelError(out, expected(fx.bundle, x).output!) > 1e-4) t.wrong.push(`concurrent ${form}: another call's (or a wrong) answer`);
        }
      }),
      { numRuns, seed },
    );
  } finally {
    bundle.destroy();
  }
}
