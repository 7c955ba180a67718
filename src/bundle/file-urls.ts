/**
 * @file The top of a bundled index.js: each file of the bundle as `new URL('./…', import.meta.url)`,
 * a literal that app bundlers recognise (Vite, webpack 5): they
 * copy the file into the app's build and rewrite the URL (a hashed name, or a `data:` URL for a small
 * kernel). So `import { load } from './model/index.js'` keeps working after `vite build` without
 * `load({ baseUrl })`. Unbundled, and in Node, the URLs are simply the files next to index.js.
 */
import type { Manifest } from '../runtime/bundle-types.ts';

/** The bundle paths the runtime reads: the manifest, the weights and each kernel, in that order. */
export function bundleFilePaths(m: Pick<Manifest, 'weights' | 'kernels'>): string[] {
  return ['manifest.json', m.weights.path, ...m.kernels.map((k) => k.path)];
}

/** `const __DLC_FILES__ = { 'manifest.json': new URL('./manifest.json', import.meta.url), … };`, as lines. */
export function fileUrlsBlock(m: Pick<Manifest, 'weights' | 'kernels'>): string[] {
  return [
    "// Each file's URL written out, so that app bundlers (Vite, webpack 5) copy the files and rewrite the URLs.",
    'const __DLC_FILES__ = {',
    ...bundleFilePaths(m).map((p) => `  ${JSON.stringify(p)}: new URL(${JSON.stringify(`./${p}`)}, import.meta.url),`),
    '};',
  ];
}

/** `index` (the esbuild runtime, under its `// dlc bundle runtime …` / `// Built for …` header) with the file URLs after the header. */
export function withFileUrls(index: string, m: Pick<Manifest, 'weights' | 'kernels'>): string {
  const lines = index.split('\n');
  const head = lines.findIndex((l) => !l.startsWith('// dlc bundle') && !l.startsWith('// Built for'));
  return [...lines.slice(0, head), ...fileUrlsBlock(m), ...lines.slice(head)].join('\n');
}
