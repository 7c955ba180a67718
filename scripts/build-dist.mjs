#!/usr/bin/env node
// Builds dist/ for the published package: every src/ file transpiled by esbuild to ESM JavaScript
// (same folder layout, so import.meta.url-relative paths keep working), relative `.ts` specifiers
// rewritten to `.js`, and .d.ts declarations (tsc) for what model files import from 'dlc'.
// Plain Node (no tsx) so `npm pack` can run it as `prepack`. Usage: node scripts/build-dist.mjs
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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

async function emitJs() {
  const entryPoints = walk(join(root, 'src'), '.ts');
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

rmSync(dist, { recursive: true, force: true });
const t0 = Date.now();
const js = await emitJs();
const dts = emitDts();
console.log(`dist/: ${js} JavaScript files, ${dts} declaration files (${relative(root, dist)}, ${Date.now() - t0} ms)`);
