/**
 * @file The bundle's runtime files, bundled by esbuild: index.js from src/runtime/bundle-entry.ts
 * (browsers, Deno, Node >= 20.16; no imports at all) and node.js from bundle-node-entry.ts, a few
 * lines that import index.js and install Node's host (Node's modules and Dawn imported statically).
 * index.js holds only the features the bundle's manifest uses (runtime/features.ts: explain, packed
 * weights, training, compiled loops), set by esbuild `define`s. Readable by default (an uncaught
 * error shows its line); `minify` (`dlc build --minify`) for the smallest download.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'esbuild';
import type { Manifest } from '../runtime/bundle-types.ts';
import { FEATURE_DEFINES, type RuntimeFeature } from '../runtime/features.ts';

/** From source, the TypeScript entry; from the published dist/, its JavaScript next to this file. */
const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const path = (name: string): string => decodeURIComponent(new URL(`../runtime/${name}${EXT}`, import.meta.url).pathname);

export interface RuntimeFiles {
  /** The default and browser entry. */
  readonly index: string;
  /** The `node` export condition's entry (imports ./index.js). */
  readonly node: string;
}

/** Which optional parts of the runtime a bundle needs. */
export type RuntimeFeatures = Readonly<Record<RuntimeFeature, boolean>>;

/** Every feature: the runtime as the CLI and tests run it unbundled. */
export const ALL_FEATURES: RuntimeFeatures = { explain: true, packed: true, training: true, loops: true };

export interface RuntimeOptions {
  /** esbuild's minify (whitespace, syntax, identifiers); default: readable. */
  readonly minify?: boolean;
}

/** What a manifest uses: the features its bundle's index.js must keep. */
export function featuresOf(m: Pick<Manifest, 'explain' | 'precision' | 'entryPoints' | 'plans' | 'kernels'>): RuntimeFeatures {
  return {
    explain: m.explain !== undefined,
    packed: m.precision !== undefined,
    training: m.entryPoints.trainStep !== undefined,
    // Compiled scans: a plan with loops, or a kernel that binds the step index (scan-dispatch.ts).
    loops: Object.values(m.plans).some((p) => (p.loops?.length ?? 0) > 0) || m.kernels.some((k) => k.step === true),
  };
}

/** The runtime does not depend on the model beyond its features, so one build per feature set serves every bundle a process writes. */
const cached = new Map<string, Promise<RuntimeFiles>>();

const HEADER = {
  index: '// dlc bundle runtime (browsers, Deno, Node >= 20.16): load() reads manifest.json, weights and kernels next to this file, or from options.baseUrl.',
  node: "// dlc bundle runtime for Node: index.js, with Node's modules and Dawn ('webgpu', an optional peer dependency) imported directly.",
};

function featureLine(f: RuntimeFeatures): string {
  const on = (Object.keys(FEATURE_DEFINES) as RuntimeFeature[]).map((k) => `${k} ${f[k] ? 'yes' : 'no'}`);
  return `// Built for this bundle's features: ${on.join(', ')}.`;
}

/** index.js gets the host without imports: `./node-host.ts` → `./node-host-portable.ts`. */
const portableHost: Plugin = {
  name: 'dlc-portable-host',
  setup(b) {
    b.onResolve({ filter: /[\\/]node-host(\.ts|\.js)?$/ }, () => ({ path: path('node-host-portable') }));
  },
};

/** node.js imports index.js instead of a second copy of the runtime. */
const indexExternal: Plugin = {
  name: 'dlc-index-external',
  setup(b) {
    b.onResolve({ filter: /[\\/]bundle-entry(\.ts|\.js)?$/ }, () => ({ path: './index.js', external: true }));
  },
};

async function bundle(platform: 'browser' | 'node', f: RuntimeFeatures, o: RuntimeOptions): Promise<string> {
  const define = Object.fromEntries((Object.keys(FEATURE_DEFINES) as RuntimeFeature[]).map((k) => [FEATURE_DEFINES[k], String(f[k])]));
  // Imported here, not at the top: only `dlc build` needs esbuild, and loading it costs every other command ~0.1 s.
  const { build } = await import('esbuild');
  const r = await build({
    entryPoints: [path(platform === 'browser' ? 'bundle-entry' : 'bundle-node-entry')],
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    minify: o.minify === true,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    external: ['node:*', 'webgpu'],
    define,
    plugins: platform === 'browser' ? [portableHost] : [indexExternal],
  });
  const head = platform === 'browser' ? `${HEADER.index}\n${featureLine(f)}` : HEADER.node;
  return `${head}\n${r.outputFiles[0]!.text}`;
}

/**
 * esbuild's output is a pure function of the sources and the options, so bundles with the same
 * features stay byte-identical. The browser build must not import anything: a bundle's index.js
 * stands alone.
 */
export function runtimeFiles(features: RuntimeFeatures = ALL_FEATURES, o: RuntimeOptions = {}): Promise<RuntimeFiles> {
  const key = `${JSON.stringify(features)} ${o.minify === true}`;
  let p = cached.get(key);
  if (!p) {
    p = Promise.all([bundle('browser', features, o), bundle('node', features, o)]).then(([index, node]) => {
      if (/^\s*import\s|\bimport\s*\(\s*["'`]/m.test(index)) throw new Error('internal: the browser runtime (index.js) imports a module');
      return { index, node };
    });
    cached.set(key, p);
  }
  return p;
}

/** index.js with every feature, the entry browsers download. */
export async function runtimeSource(): Promise<string> {
  return (await runtimeFiles()).index;
}

/** Gzipped byte size, what a browser downloads (the WGSL lives in separate files and is not counted). */
export function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}
