/**
 * @file The bundle's runtime files, bundled by esbuild from src/runtime/bundle-entry.ts: index.js
 * (browsers, Deno, Node >= 20.16; no Node built-in imports) and node.js (Node; imports Node's
 * modules and Dawn statically). Both readable, not minified: an uncaught error shows its line.
 */
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** From source, the TypeScript entry; from the published dist/, its JavaScript next to this file. */
const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const ENTRY = new URL(`../runtime/bundle-entry${EXT}`, import.meta.url);
const PORTABLE_HOST = new URL(`../runtime/node-host-portable${EXT}`, import.meta.url);

export interface RuntimeFiles {
  /** The default and browser entry. */
  readonly index: string;
  /** The `node` export condition's entry. */
  readonly node: string;
}

/** The runtime does not depend on the model, so one build serves every bundle a process writes. */
let cached: Promise<RuntimeFiles> | undefined;

const HEADER = {
  index: '// dlc bundle runtime (browsers, Deno, Node >= 20.16): load() reads manifest.json, weights and kernels next to this file, or from options.baseUrl.',
  node: "// dlc bundle runtime for Node: as index.js, with Node's modules and Dawn ('webgpu', an optional peer dependency) imported directly.",
};

/** index.js gets the host without imports: `./node-host.ts` → `./node-host-portable.ts`. */
const portableHost: Plugin = {
  name: 'dlc-portable-host',
  setup(b) {
    b.onResolve({ filter: /[\\/]node-host(\.ts|\.js)?$/ }, () => ({ path: decodeURIComponent(PORTABLE_HOST.pathname) }));
  },
};

async function bundle(platform: 'browser' | 'node'): Promise<string> {
  const r = await build({
    entryPoints: [decodeURIComponent(ENTRY.pathname)],
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    minify: false,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    external: ['node:*', 'webgpu'],
    plugins: platform === 'browser' ? [portableHost] : [],
  });
  return `${HEADER[platform === 'browser' ? 'index' : 'node']}\n${r.outputFiles[0]!.text}`;
}

/**
 * esbuild's output is a pure function of the sources, so bundles stay byte-identical. The
 * browser build must not import anything: a bundle's index.js stands alone.
 */
export function runtimeFiles(): Promise<RuntimeFiles> {
  cached ??= Promise.all([bundle('browser'), bundle('node')]).then(([index, node]) => {
    if (/^\s*import\s|\bimport\s*\(\s*["'`]/m.test(index)) throw new Error('internal: the browser runtime (index.js) imports a module');
    return { index, node };
  });
  return cached;
}

/** index.js, the entry browsers download. */
export async function runtimeSource(): Promise<string> {
  return (await runtimeFiles()).index;
}

/** Gzipped byte size, what a browser downloads (the WGSL lives in separate files and is not counted). */
export function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}
