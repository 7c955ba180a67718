/** @file `dlc build --tuned manifest.json`: an earlier tuned bundle's table, read back and checked. */
import { readFileSync } from 'node:fs';
import { CompileError } from '../ir/index.ts';
import type { ManifestTuning } from '../runtime/bundle-types.ts';

const isString = (v: unknown): v is string => typeof v === 'string';

/** The `tuning` record of a bundle manifest; E_TUNED_FILE when the file is unreadable or holds none. */
export function readTuning(path: string): ManifestTuning {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CompileError('E_TUNED_FILE', `cannot read ${path} as JSON: ${e instanceof Error ? e.message : String(e)}`, { hint: 'pass the manifest.json of a bundle built with `dlc build --tune`' });
  }
  const t = (json as { tuning?: unknown } | null)?.tuning as Partial<ManifestTuning> | undefined;
  const target = t?.target;
  const ok =
    t !== undefined && typeof t === 'object' && target !== undefined && typeof target === 'object' &&
    typeof target.software === 'boolean' && isString(target.vendor) && isString(target.architecture) && isString(target.label) &&
    Number.isSafeInteger(t.samples) && Number.isSafeInteger(t.reps) &&
    typeof t.table === 'object' && t.table !== null && Object.entries(t.table).every(([k, v]) => isString(k) && isString(v));
  if (!ok) {
    throw new CompileError('E_TUNED_FILE', `${path} has no tuning record (a "tuning" object with target, samples, reps and table)`, {
      hint: 'build the bundle with `dlc build --tune` first, then pass its manifest.json to --tuned',
    });
  }
  return { target: { software: target.software, vendor: target.vendor, architecture: target.architecture, label: target.label }, samples: t.samples!, reps: t.reps!, table: { ...t.table } };
}
