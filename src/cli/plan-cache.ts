/**
 * @file The compiled-plan cache of `dlc train`: a model whose files (the model file and every model
 * file it imports), dlc build, flags and device are unchanged reuses its parsed model and its
 * compiled training and evaluation plans, without parsing TypeScript (ts-morph is never loaded:
 * src/frontend/ts-morph-lazy.ts). `dlc check` of files checked clean before says so the same way. Keys are content hashes, never modification times. Each entry
 * carries the hash of its own payload, so a cut-short, edited or foreign file is ignored and
 * rebuilt, never trusted; plans are checked again as the bundle loader checks them (checkPlan).
 * Writes go to a temporary file renamed into place, so processes writing at once each leave a
 * whole entry. Anything that does not round-trip exactly through JSON (a custom loss's graph, a
 * pretrained checkpoint read at compile time, a distiller) is simply not cached.
 *
 * Where: plans/ in dlc's cache folder ($DLC_CACHE_DIR, else $XDG_CACHE_HOME/dlc, else ~/.cache/dlc,
 * where decoded images and lavapipe live too), or $DLC_PLAN_CACHE_DIR. Off with DLC_CACHE=0 or
 * `--no-cache`, and without DLC_BUILD_ID (set by bin/dlc.js from the bundle it runs: which dlc
 * compiled the entry).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CompiledModel } from '../frontend/index.ts';
import { defaultCacheDir } from '../data/image-cache.ts';
import { tsMorphLoaded } from '../frontend/ts-morph-lazy.ts';
import { checkPlan } from '../runtime/executor.ts';
import { tracingStartup } from '../train/startup-trace.ts';
import type { Plan } from '../runtime/index.ts';
import type { PlanStore, SessionPlans } from '../train/session.ts';

/** Bump when what an entry holds changes shape. */
const FORMAT = 1;

/** Hits and misses in this process (tests; DLC_TRACE_STARTUP prints them). */
export const planCacheStats = { modelHits: 0, modelMisses: 0, planHits: 0, planMisses: 0, rejected: 0 };

/** With DLC_TRACE_STARTUP: the hits and misses, and whether ts-morph was loaded (bench/first-step.ts, tests). */
export function traceCache(io: { err(text: string): void }): void {
  if (tracingStartup()) io.err(`dlc-plan-cache ${JSON.stringify({ ...planCacheStats, tsMorphLoaded: tsMorphLoaded() })}`);
}

/** The cache folder, or undefined when caching is off: `plans/` in dlc's cache folder (beside the image cache and lavapipe). */
export function planCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.DLC_CACHE === '0' || !env.DLC_BUILD_ID) return undefined;
  return env.DLC_PLAN_CACHE_DIR ? resolve(env.DLC_PLAN_CACHE_DIR) : join(defaultCacheDir(), 'plans');
}

/** Entries kept: past this many, or this many bytes in all, the least recently written go (a compile is the price of a miss). */
const MAX_ENTRIES = 200;
const MAX_BYTES = 256 * 2 ** 20;

function prune(dir: string): void {
  const aged = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const st = statSync(join(dir, f), { throwIfNoEntry: false });
      return { f, t: st?.mtimeMs ?? 0, size: st?.size ?? 0 };
    })
    .sort((a, b) => b.t - a.t);
  let bytes = 0;
  aged.forEach((e, i) => {
    bytes += e.size;
    if (i >= MAX_ENTRIES || bytes > MAX_BYTES) rmSync(join(dir, e.f), { force: true });
  });
}

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/**
 * JSON text of `v` when JSON gives it back exactly: plain objects and arrays of finite numbers,
 * strings, booleans and null (undefined members are dropped, as optional fields read the same);
 * undefined for anything else (functions, typed arrays, Maps, class instances, NaN, ±Infinity, -0).
 */
export function exactJson(v: unknown): string | undefined {
  const ok = (x: unknown): boolean => {
    if (x === null || typeof x === 'string' || typeof x === 'boolean') return true;
    if (typeof x === 'number') return Number.isFinite(x) && !Object.is(x, -0);
    if (typeof x !== 'object') return false;
    if (Array.isArray(x)) return x.every((e) => e !== undefined && ok(e));
    const proto = Object.getPrototypeOf(x) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(x).every((e) => e === undefined || ok(e));
  };
  return ok(v) ? JSON.stringify(v) : undefined;
}

type ModelData = Omit<CompiledModel, 'graph' | 'distill'>;

/**
 * One model of one file: `model()` is the cached parse when every file it was compiled from still
 * hashes the same; `store` records a fresh compile; `plans` serves TrainSession (SessionOptions.planCache).
 */
export class PlanCache {
  private constructor(
    private readonly dir: string,
    /** Identifies the build, the model file and the --model flag. */
    private readonly key: string,
    private readonly file: string,
  ) {}

  /** `modelName`: dlc train's --model; `check` for dlc check's entries. */
  static open(file: string, modelName: string | undefined, env: NodeJS.ProcessEnv = process.env): PlanCache | undefined {
    const dir = planCacheDir(env);
    if (!dir) return undefined;
    // The working directory too: paths in a model's train section may be resolved against it.
    const key = sha256(JSON.stringify({ format: FORMAT, build: env.DLC_BUILD_ID, cwd: process.cwd(), file: resolve(file), model: modelName ?? null }));
    return new PlanCache(dir, key, resolve(file));
  }

  /**
   * The cached model, or undefined (a miss). `graph()` is not kept (a closure over the parse); the
   * train path does not call it when its plans are cached too, and if anything does, the model file
   * is compiled then, once (`fresh`).
   */
  model(fresh: () => CompiledModel): CompiledModel | undefined {
    const entry = this.read(`model-${this.key}`) as { files: { path: string; sha256: string }[]; model: ModelData } | undefined;
    if (!entry || !this.current(entry.files) || typeof entry.model !== 'object' || !Array.isArray(entry.model.params)) {
      planCacheStats.modelMisses++;
      return undefined;
    }
    planCacheStats.modelHits++;
    this.content = sha256(JSON.stringify(entry.files));
    let compiled: CompiledModel | undefined;
    return { ...entry.model, graph: (batch, opts) => (compiled ??= fresh()).graph(batch, opts) };
  }

  /** Whether `files` lists the model file and each listed file still has its recorded content. */
  current(files: unknown): files is { path: string; sha256: string }[] {
    if (!Array.isArray(files) || !files.some((f: { path?: unknown }) => f?.path === this.file)) return false;
    return files.every((f: { path?: unknown; sha256?: unknown }) => {
      try {
        return typeof f.path === 'string' && sha256(readFileSync(f.path)) === f.sha256;
      } catch {
        return false;
      }
    });
  }

  /** `dlc check`: whether these very files (same content, same dlc) were checked clean before. */
  checkedClean(): boolean {
    const entry = this.read(`check-${this.key}`) as { files: unknown } | undefined;
    const hit = entry !== undefined && this.current(entry.files);
    if (hit) planCacheStats.modelHits++;
    else planCacheStats.modelMisses++;
    return hit;
  }

  /** Records a clean `dlc check` of `files` (errors are never cached: they are always found afresh). */
  storeClean(files: readonly string[]): boolean {
    return this.write(`check-${this.key}`, { files: PlanCache.hashes(files) });
  }

  /** Records a model compiled from `files` (absolute paths), when it round-trips through JSON. */
  store(m: CompiledModel, files: readonly string[]): boolean {
    if (m.distill || m.params.some((p) => p.pretrained)) return false;
    const { graph: _g, distill: _d, ...data } = m;
    const hashes = PlanCache.hashes(files);
    if (!this.write(`model-${this.key}`, { files: hashes, model: data })) return false;
    this.content = sha256(JSON.stringify(hashes));
    return true;
  }

  /** The hashes of the files the model came from (known after a hit or a store): plans are keyed by them too. */
  private content: string | undefined;

  /** The store TrainSession reads and fills: plans keyed by this model's files and the session's options (undefined: the model is not cached). */
  plans(): PlanStore | undefined {
    const content = this.content;
    if (content === undefined) return undefined;
    const name = (text: string): string => `plans-${sha256(`${this.key}\n${content}\n${text}`)}`;
    return {
      get: (options) => {
        const text = exactJson(options);
        const e = text === undefined ? undefined : (this.read(name(text)) as SessionPlans | undefined);
        const valid = e && [e.step, e.evaluation].every((p) => {
          try {
            checkPlan(p as Plan);
            return true;
          } catch {
            return false;
          }
        });
        if (valid) planCacheStats.planHits++;
        else planCacheStats.planMisses++;
        return valid ? e : undefined;
      },
      put: (options, plans) => {
        const text = exactJson(options);
        if (text !== undefined) this.write(name(text), plans);
      },
    };
  }

  /** The content hashes of `files` as entries record them (current() checks them again). */
  static hashes(files: readonly string[]): { path: string; sha256: string }[] {
    return files.map((f) => ({ path: resolve(f), sha256: sha256(readFileSync(f)) }));
  }

  /** An entry's name for `kind` and `text` (dlc build's bundles: its options), within this file's key. */
  entryName(kind: string, text: string): string {
    return `${kind}-${sha256(`${this.key}\n${text}`)}`;
  }

  /** An entry's payload, or undefined when missing, cut short, edited or written for another key. */
  read(name: string): unknown {
    let text: string;
    try {
      text = readFileSync(join(this.dir, `${name}.json`), 'utf8');
    } catch {
      return undefined;
    }
    const nl = text.indexOf('\n');
    try {
      const head = JSON.parse(text.slice(0, nl)) as { format?: unknown; name?: unknown; sha256?: unknown };
      const body = text.slice(nl + 1);
      if (nl < 0 || head.format !== FORMAT || head.name !== name || head.sha256 !== sha256(body)) throw new Error('foreign or damaged');
      return JSON.parse(body) as unknown;
    } catch {
      planCacheStats.rejected++;
      return undefined;
    }
  }

  /** Writes `{format, name, sha256}\n<payload>` through a temporary file; false when not exact JSON or the folder is not writable. */
  write(name: string, payload: unknown): boolean {
    const body = exactJson(payload);
    if (body === undefined) return false;
    const file = join(this.dir, `${name}.json`);
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, name, sha256: sha256(body) })}\n${body}`);
      renameSync(tmp, file);
      prune(this.dir);
      return true;
    } catch {
      rmSync(tmp, { force: true });
      return false; // a cache that cannot be written is no cache, not an error
    }
  }
}
