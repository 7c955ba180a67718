/**
 * @file Per-bundle runtime trimming. `dlc build` bundles index.js with esbuild `define`s that set
 * each of these to true or false from what the bundle's manifest uses (bundle/runtime-js.ts,
 * featuresOf), so a feature's code is left out of bundles that do not use it. Run unbundled (the
 * CLI, tests, dist/) the identifiers are undefined and every feature is on: each use site tests
 * `typeof __DLC_X__ === 'undefined' || __DLC_X__`, which esbuild folds to a constant when it is
 * defined (a call through a helper would not fold, and the feature's module would stay in).
 *
 * A trimmed runtime refuses a manifest that asks for a feature it lacks (E_BUNDLE_INVALID, naming
 * it), so a hand-edited manifest cannot reach code that is not there.
 */
import { RuntimeError } from './errors.ts';

declare global {
  /** saliency() and gradCam() (`dlc build --explain`). */
  const __DLC_EXPLAIN__: boolean | undefined;
  /** Packed f16 / int8 weights: the manifest's precision section and plan variants. */
  const __DLC_PACKED__: boolean | undefined;
  /** trainStep() (`dlc build --mode train`). */
  const __DLC_TRAINING__: boolean | undefined;
  /** Plans with compiled scan loops (recurrent layers). */
  const __DLC_LOOPS__: boolean | undefined;
  /** Not a define: a constant `dlc build` writes at the top of index.js, each bundle file's `new URL(…, import.meta.url)` (bundle/file-urls.ts). */
  const __DLC_FILES__: Readonly<Record<string, URL>> | undefined;
}

/** The names as `define` keys, in a fixed order (the runtime build's cache key). */
export const FEATURE_DEFINES = { explain: '__DLC_EXPLAIN__', packed: '__DLC_PACKED__', training: '__DLC_TRAINING__', loops: '__DLC_LOOPS__' } as const;

export type RuntimeFeature = keyof typeof FEATURE_DEFINES;

/** The error a trimmed runtime gives for a manifest that uses a feature it was built without. */
export function featureMissing(what: string): never {
  throw new RuntimeError('E_BUNDLE_INVALID', `manifest.json uses ${what}, which this bundle's runtime (index.js) was built without`, {
    hint: 'rebuild the bundle with `dlc build`; do not edit its manifest by hand',
  });
}
