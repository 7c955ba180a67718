/** @file The bundle's own package.json: an ES module package with node/browser entries and Dawn as an optional peer (dlc itself with --runtime external). */
import { readFileSync } from 'node:fs';
import { dlcVersion, type BundleRuntime } from './runtime-external.ts';

/** The `webgpu` (Dawn) version dlc itself runs on: a bundle's Node entry wants the same one. */
function dawnRange(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> };
  const v = pkg.dependencies?.webgpu ?? '0.6.2';
  return /^\d/.test(v) ? `^${v}` : v;
}

/**
 * Node (and `node`-condition bundlers) get node.js, which imports Dawn; browsers, Deno and bundlers
 * get index.js, which imports nothing. `webgpu` is an optional peer: only Node without a device needs it.
 */
export function bundlePackageJson(name: string, runtime: BundleRuntime = 'bundled'): Record<string, unknown> {
  // External: the runtime (and Dawn, its dependency) come from the installed dlc package.
  const peers = runtime === 'external'
    ? { peerDependencies: { dlc: `^${dlcVersion()}` } }
    : { peerDependencies: { webgpu: dawnRange() }, peerDependenciesMeta: { webgpu: { optional: true } } };
  return {
    name: `${name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')}-bundle`,
    private: true,
    type: 'module',
    main: './node.js',
    browser: './index.js',
    types: './index.d.ts',
    exports: {
      '.': { types: './index.d.ts', node: './node.js', browser: './index.js', default: './index.js' },
      './index.js': { types: './index.d.ts', default: './index.js' },
      './node.js': { types: './index.d.ts', default: './node.js' },
      './manifest.json': './manifest.json',
      './package.json': './package.json',
    },
    sideEffects: false,
    ...peers,
  };
}
