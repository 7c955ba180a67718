#!/usr/bin/env node
// Builds dist/ for the published package: the command, dist/cli/main.js, as one bundle
// (scripts/cli-bundle.mjs: an installed dlc starts by loading one module, not ~340); the public entry
// (src/dsl) and the runtime sources that `dlc build` bundles transpiled by esbuild file by file to ESM
// JavaScript (same folder layout, so import.meta.url-relative paths keep working), relative `.ts`
// specifiers rewritten to `.js`; and .d.ts declarations (tsc) for what model files import from 'dlc'.
// Plain Node (no tsx) so `npm pack` can run it as `prepack`. Usage: node scripts/build-dist.mjs
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildDistBundle } from './cli-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function walk(dir, ext) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p, ext) : p.endsWith(ext) && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** `./x.ts` → `./x.js` in static imports, re-exports, dynamic imports and import() types. */
export function rewriteSpecifiers(text) {
  return text.replace(/((?:from|import)\s*\(?\s*)(["'])(\.{1,2}\/[^"']*?)\.ts\2/g, (_, head, q, path) => `${head}${q}${path}.js${q}`);
}

/**
 * The src/ files that run as files of their own: the public entry (src/dsl, what `import … from 'dlc'`
 * resolves to), the runtime sources that `dlc build` bundles into each bundle (runtime-js.ts reads
 * them beside itself), and what they import. The command is one bundle (dist/cli/main.js), so the
 * compiler's other files need no copy of their own.
 */
async function filesRunAlone() {
  const src = join(root, 'src');
  const runtime = walk(join(src, 'runtime'), '.ts');
  const r = await build({
    entryPoints: [join(src, 'dsl', 'index.ts'), join(src, 'bundle', 'runtime-js.ts'), ...runtime],
    bundle: true, packages: 'external', format: 'esm', platform: 'node', target: 'node20',
    write: false, metafile: true, outdir: dist, logLevel: 'warning',
  });
  return Object.keys(r.metafile.inputs).filter((f) => f.endsWith('.ts')).map((f) => join(root, f)).sort();
}

async function emitJs() {
  const entryPoints = await filesRunAlone();
  const result = await build({
    entryPoints,
    outdir: dist,
    outbase: join(root, 'src'),
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  for (const f of result.outputFiles) writeFileSync(mkdirFor(f.path), rewriteSpecifiers(f.text));
  return entryPoints.length;
}

function mkdirFor(path) {
  execFileSync('mkdir', ['-p', dirname(path)]);
  return path;
}

/** Declarations for the public entry (src/dsl): what a user's tsc and editor read for `import ... from 'dlc'`. */
function emitDts() {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.dts.json')], { stdio: 'inherit' });
  const dts = readdirSync(join(dist, 'dsl')).filter((f) => f.endsWith('.d.ts'));
  for (const f of dts) {
    const p = join(dist, 'dsl', f);
    writeFileSync(p, rewriteSpecifiers(readFileSync(p, 'utf8')));
  }
  return dts.length;
}

/**
 * `dlc/runtime`, what `dlc build --runtime external` bundles import: the bundle runtime with every
 * feature on, built by dist/'s own runtime-js.js (the code that writes a bundle's index.js/node.js).
 */
async function emitRuntime() {
  const { runtimeFiles, ALL_FEATURES } = await import(pathToFileURL(join(dist, 'bundle', 'runtime-js.js')).href);
  const { index, node } = await runtimeFiles(ALL_FEATURES);
  const out = join(dist, 'runtime-bundle');
  writeFileSync(mkdirFor(join(out, 'index.js')), index);
  writeFileSync(join(out, 'node.js'), node);
  writeFileSync(join(out, 'index.d.ts'), RUNTIME_DTS);
}

/** Loose types: a bundle's own index.d.ts types its inputs and outputs; these serve a direct import. */
const RUNTIME_DTS = `/** dlc's bundle runtime, imported by \`dlc build --runtime external\` bundles. A bundle's own index.d.ts types its model. */
export interface BundleLoadOptions {
  readonly nonFinite?: 'reject' | 'allow';
  /** The bundle folder (an external bundle's index.js passes its own). */
  readonly baseUrl?: string | { readonly href: string };
  readonly device?: unknown;
  readonly adapter?: unknown;
}
export type TensorData = Float32Array | Int32Array | Uint32Array | Uint8Array;
export interface Bundle {
  readonly manifest: unknown;
  predict(inputs: unknown): Promise<Record<string, TensorData>>;
  destroy(): void;
  readonly [member: string]: unknown;
}
export declare function load(deviceOrOptions?: unknown, options?: BundleLoadOptions): Promise<Bundle>;
export declare class RuntimeError extends Error {
  readonly code: string;
  readonly hint?: string;
}
export declare const MANIFEST_VERSION: number;
`;

rmSync(dist, { recursive: true, force: true });
const t0 = Date.now();
const js = await emitJs();
await emitRuntime();
await buildDistBundle(root, dist);
const dts = emitDts();
console.log(`dist/: ${js} JavaScript files, ${dts} declaration files (${relative(root, dist)}, ${Date.now() - t0} ms)`);
