/** @file The bundle's index.js: the shipped runtime (src/runtime/bundle-entry.ts) bundled and minified by esbuild. */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../runtime/bundle-entry.ts', import.meta.url));

/** The runtime does not depend on the model, so one build serves every bundle a process writes. */
let cached: Promise<string> | undefined;

/**
 * ESM, minified, no imports left but the Node-only ones the runtime reaches through variable
 * specifiers (`webgpu`, `node:fs/promises`), which browsers never execute. esbuild's output is a
 * pure function of the sources, so bundles stay byte-identical.
 */
export function runtimeSource(): Promise<string> {
  cached ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    external: ['node:*', 'webgpu'],
  }).then((r) => `// dlc bundle runtime: load(device?) reads manifest.json, weights and kernels next to this file.\n${r.outputFiles[0]!.text}`);
  return cached;
}

/** Gzipped byte size, what a browser downloads (the WGSL lives in separate files and is not counted). */
export function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}
