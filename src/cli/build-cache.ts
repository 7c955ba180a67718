/**
 * @file The build cache of `dlc build`: a bundle built before from the same model files (the model
 * file and every model file it imports), weights file, flags, working directory and dlc build is
 * written again from the cache, without parsing TypeScript (ts-morph is never loaded), compiling
 * plans or bundling the runtime (esbuild is never loaded). The same rules as `dlc train`'s plan
 * cache (plan-cache.ts, whose folder and entry format it shares): keys are content hashes, never
 * modification times; each entry carries the hash of its payload, so a cut-short, edited or foreign
 * entry is ignored and rebuilt; and a hit is checked again as the runtime checks a bundle — the
 * manifest through validateManifest (every plan through the loader's checks), every kernel and the
 * weights against the sha256 the manifest records, no file missing and none extra — so what is
 * written is a bundle dlc would build, never a stale one trusted. Building is deterministic, so the
 * bytes are those of a fresh build. Off with `--no-cache` or DLC_CACHE=0; never with `--tune` (it
 * times this machine) or `--report` (it measures this machine; the bundle itself is still cached).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { BuildOptions, BuiltBundle } from '../bundle/build.ts';
import { BUNDLE_FILES } from '../bundle/build.ts';
import { validateManifest } from '../runtime/bundle-validate.ts';
import { exactJson, planCacheStats, PlanCache } from './plan-cache.ts';

/** What `dlc build` prints and writes on a hit, without the model compiled. */
export interface CachedBundle {
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly name: string;
  readonly batch: number;
  readonly runtimeBytes: number;
}

interface Entry {
  readonly files: unknown;
  readonly name: unknown;
  readonly batch: unknown;
  readonly runtimeBytes: unknown;
  /** Bundle-relative path → base64 of the file. */
  readonly bundle: unknown;
}

/**
 * The build's options as the key sees them: everything but the output folder, with the weights
 * file's path resolved (its content is checked on each hit); undefined when they do not round-trip
 * through JSON exactly, or with --tune (a GPU in the options: a build that measures, never cached).
 */
export function buildOptionsKey(opts: BuildOptions): string | undefined {
  if (opts.tune) return undefined;
  const { modelFile: _m, weightsFile, tune: _t, program: _p, ...rest } = opts as BuildOptions & { out?: string };
  const { out: _o, ...options } = rest as typeof rest & { out?: string };
  return exactJson({ ...options, weightsFile: weightsFile === undefined ? null : resolve(weightsFile) });
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** One `dlc build` of one model file with one set of options. */
export class BuildCache {
  private constructor(
    private readonly cache: PlanCache,
    private readonly name: string,
    private readonly weightsFile: string | undefined,
  ) {}

  static open(opts: BuildOptions, env: NodeJS.ProcessEnv = process.env): BuildCache | undefined {
    const text = buildOptionsKey(opts);
    const cache = text === undefined ? undefined : PlanCache.open(opts.modelFile, 'build', env);
    return cache && text !== undefined ? new BuildCache(cache, cache.entryName('bundle', text), opts.weightsFile) : undefined;
  }

  /** The cached bundle, or undefined (a miss: nothing cached, a source or the weights changed, the entry damaged or not a valid bundle). */
  get(): CachedBundle | undefined {
    const e = this.cache.read(this.name) as Entry | undefined;
    const bundle = e && this.cache.current(e.files) ? decode(e.bundle) : undefined;
    const ok = bundle !== undefined && typeof e?.name === 'string' && typeof e.batch === 'number' && typeof e.runtimeBytes === 'number' && isBundle(bundle);
    if (!ok) {
      if (e !== undefined) planCacheStats.rejected++;
      planCacheStats.modelMisses++;
      return undefined;
    }
    planCacheStats.modelHits++;
    return { files: bundle, name: e.name as string, batch: e.batch as number, runtimeBytes: e.runtimeBytes as number };
  }

  /** Records a fresh build of the model from `sources` (the model files it read); false when not written. */
  put(built: BuiltBundle, sources: readonly string[]): boolean {
    if (built.model.params.some((p) => p.pretrained)) return false; // weights read from files the key does not name
    const files = PlanCache.hashes([...sources, ...(this.weightsFile !== undefined ? [this.weightsFile] : [])]);
    const bundle = Object.fromEntries([...built.files].map(([p, b]) => [p, Buffer.from(b).toString('base64')]));
    return this.cache.write(this.name, { files, name: built.model.name, batch: built.batch, runtimeBytes: built.runtimeBytes, bundle });
  }
}

function decode(bundle: unknown): Map<string, Uint8Array> | undefined {
  if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) return undefined;
  const out = new Map<string, Uint8Array>();
  for (const [p, b] of Object.entries(bundle)) {
    if (typeof b !== 'string') return undefined;
    out.set(p, new Uint8Array(Buffer.from(b, 'base64')));
  }
  return out;
}

/**
 * Whether `files` is a whole bundle the runtime accepts: the manifest valid, each kernel and the
 * weights matching the manifest's sha256, exactly the bundle's files (in path order, as a build gives them).
 */
export function isBundle(files: ReadonlyMap<string, Uint8Array>): boolean {
  try {
    const text = files.get('manifest.json');
    if (!text) return false;
    const m = validateManifest(JSON.parse(new TextDecoder().decode(text)));
    const hashed = [...m.kernels.map((k) => [k.path, k.sha256] as const), [m.weights.path, m.weights.sha256] as const];
    for (const [path, want] of hashed) {
      const bytes = files.get(path);
      if (!bytes || sha256(bytes) !== want) return false;
    }
    const expected = new Set<string>([...BUNDLE_FILES, ...hashed.map(([p]) => p)]);
    const paths = [...files.keys()];
    return paths.length === expected.size && paths.every((p) => expected.has(p)) && paths.every((p, i) => i === 0 || paths[i - 1]! < p);
  } catch {
    return false;
  }
}
