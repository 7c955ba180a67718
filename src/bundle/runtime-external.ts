/**
 * @file `dlc build --runtime external`: a bundle without its own copy of the runtime. index.js and
 * node.js are a few lines that import the runtime from the installed dlc package (`dlc/runtime`,
 * built by scripts/build-dist.mjs from runtime-js.ts with every feature on) and bind `load()` to the
 * bundle's own folder, as TF.js ships model.json + weights and takes its runtime from npm. The
 * bundle's package.json names dlc as a peer dependency at this version.
 */
import { readFileSync } from 'node:fs';
import type { Manifest } from '../runtime/bundle-types.ts';
import { fileUrlsBlock } from './file-urls.ts';
import type { RuntimeFiles } from './runtime-js.ts';

/** Where the runtime lives: a bundled copy (default) or the installed dlc package. */
export type BundleRuntime = 'bundled' | 'external';
export const BUNDLE_RUNTIMES: readonly BundleRuntime[] = ['bundled', 'external'];

/** The one module an external bundle imports. */
export const EXTERNAL_RUNTIME = 'dlc/runtime';

/** dlc's own version: an external bundle wants a runtime that reads its manifest. */
export function dlcVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

function entry(what: string, m: Pick<Manifest, 'weights' | 'kernels'>): string {
  return `// dlc bundle, ${what}, runtime external: the runtime is imported from the installed dlc package
// ('${EXTERNAL_RUNTIME}', dlc ^${dlcVersion()}: \`npm install dlc\`); load() reads manifest.json, weights
// and kernels next to this file unless options.baseUrl names another folder.
import { bundleLoader } from '${EXTERNAL_RUNTIME}';
export * from '${EXTERNAL_RUNTIME}';
${fileUrlsBlock(m).join('\n')}
export const load = bundleLoader({ base: new URL(import.meta.url), files: __DLC_FILES__ });
`;
}

/** index.js and node.js of an external bundle (Node resolves 'dlc/runtime' to the package's node entry). */
export function externalRuntimeFiles(m: Pick<Manifest, 'weights' | 'kernels'>): RuntimeFiles {
  return { index: entry('the default and browser entry', m), node: entry("Node's entry", m) };
}
