/**
 * @file The training-loop state a checkpoint carries (epoch, step, seed, history, learning rates,
 * early-stopping counters, a mid-epoch position), validated field by field before any device work:
 * a crafted or damaged state is one clear line, never a loop that runs a billion epochs.
 */

/** Where the loop stands; stored as JSON in the safetensors metadata. */
export interface LoopState {
  readonly epoch: number;
  readonly step: number;
  readonly seed: number;
  readonly bestValLoss: number | null;
  readonly badEpochs: number;
  readonly history: readonly Readonly<Record<string, number>>[];
  /** The batch size the run used; a resume with another would not continue the same run. */
  readonly batch?: number;
  /** Steps of epoch `epoch` (0-based) already taken when an interrupted run saved mid-epoch. */
  readonly stepInEpoch?: number;
  /** The interrupted epoch's raw training-metric sums so far, by name (restored exactly on resume). */
  readonly partial?: PartialMetrics;
}

export type PartialMetrics = Readonly<Record<string, readonly number[]>>;

/** What the run being resumed asks for; the state must be consistent with it. */
export interface ResumeRequest {
  readonly epochs?: number;
  readonly seed?: number;
  readonly batch?: number;
}

/** The largest values any real run reaches (the CLI's own flag bounds). */
const MAX_EPOCHS = 1_000_000;
const MAX_SEED = 2 ** 32 - 1;
const MAX_BATCH = 1 << 20;

class StateError extends Error {}

/**
 * Checks the parsed `loop` metadata of checkpoint `path`: types, integer-ness, ranges, and
 * consistency (history length = epoch, step ≥ epoch, …), then against the resumed run. Throws an
 * Error whose message is one line naming the file and the field.
 */
export function validateLoopState(path: string, raw: unknown, run: ResumeRequest = {}): LoopState {
  try {
    return check(raw, run);
  } catch (e) {
    if (e instanceof StateError) throw new Error(`${path}: ${e.message}`);
    throw e;
  }
}

function check(raw: unknown, run: ResumeRequest): LoopState {
  const o = object(raw, 'the training-loop state');
  const epoch = int(o.epoch, 'epoch', 0, MAX_EPOCHS);
  const step = int(o.step, 'step', 0, Number.MAX_SAFE_INTEGER);
  const seed = int(o.seed, 'seed', 0, MAX_SEED);
  const badEpochs = int(o.badEpochs, 'badEpochs', 0, epoch);
  const bestValLoss = o.bestValLoss === null ? null : finite(o.bestValLoss, 'bestValLoss');
  const batch = o.batch === undefined ? undefined : int(o.batch, 'batch', 1, MAX_BATCH);
  const stepInEpoch = o.stepInEpoch === undefined ? undefined : int(o.stepInEpoch, 'stepInEpoch', 0, Number.MAX_SAFE_INTEGER);
  if (!Array.isArray(o.history)) throw new StateError(`training-loop state: history is ${what(o.history)}, expected a list of epoch records`);
  if (o.history.length !== epoch) throw new StateError(`training-loop state: history has ${o.history.length} epoch records but epoch is ${epoch}`);
  const history = o.history.map((h, i) => record(h, i, step));
  if (step < epoch + (stepInEpoch ?? 0)) throw new StateError(`training-loop state: step ${step} is fewer than the ${epoch} epochs${stepInEpoch ? ` and ${stepInEpoch} steps` : ''} it records (every epoch takes at least one step)`);
  const partial = o.partial === undefined ? undefined : partialMetrics(o.partial);
  if ((partial === undefined) !== !stepInEpoch) throw new StateError('training-loop state: stepInEpoch and partial come together (a mid-epoch checkpoint has both)');
  if (run.epochs !== undefined && (epoch > run.epochs || (stepInEpoch && epoch >= run.epochs))) {
    throw new StateError(`the checkpoint is at epoch ${epoch}${stepInEpoch ? ` (+${stepInEpoch} steps)` : ''}, past the ${run.epochs} epochs asked for; pass --epochs ${epoch + 1} or more to continue it`);
  }
  if (run.seed !== undefined && seed !== run.seed) throw new StateError(`was trained with --seed ${seed}; resume with the same seed (got ${run.seed})`);
  if (run.batch !== undefined && batch !== undefined && batch !== run.batch) throw new StateError(`was trained with --batch ${batch}; resume with the same batch size (got ${run.batch})`);
  return { epoch, step, seed, bestValLoss, badEpochs, history, ...(batch !== undefined ? { batch } : {}), ...(stepInEpoch ? { stepInEpoch, partial: partial! } : {}) };
}

/** One epoch record: `epoch` = its 1-based index, `step` within the run, every other field a number (or null, JSON's NaN). */
function record(h: unknown, i: number, step: number): Readonly<Record<string, number>> {
  const r = object(h, `history[${i}]`);
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r)) {
    if (v !== null && typeof v !== 'number') throw new StateError(`training-loop state: history[${i}].${k} is ${what(v)}, expected a number`);
    out[k] = v as number;
  }
  if (r.epoch !== i + 1) throw new StateError(`training-loop state: history[${i}].epoch is ${what(r.epoch)}, expected ${i + 1}`);
  if (r.step !== undefined) int(r.step, `history[${i}].step`, 1, step);
  if (r.lr !== undefined && r.lr !== null && !(typeof r.lr === 'number' && r.lr >= 0 && Number.isFinite(r.lr))) throw new StateError(`training-loop state: history[${i}].lr is ${what(r.lr)}, expected a learning rate ≥ 0`);
  return out;
}

function partialMetrics(v: unknown): PartialMetrics {
  const p = object(v, 'partial');
  const out: Record<string, number[]> = {};
  for (const [k, sums] of Object.entries(p)) {
    if (!Array.isArray(sums) || sums.length === 0 || sums.length > 1 << 20) throw new StateError(`training-loop state: partial.${k} is ${what(sums)}, expected a list of metric sums`);
    out[k] = sums.map((x, i) => finite(x, `partial.${k}[${i}]`));
  }
  return out;
}

function object(v: unknown, name: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new StateError(`${name.startsWith('the') ? name : `training-loop state: ${name}`} is ${what(v)}, expected an object`);
  return v as Record<string, unknown>;
}

function int(v: unknown, name: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer in [${min}, ${max}]`;
    throw new StateError(`training-loop state: ${name} is ${what(v)}, expected ${range}`);
  }
  return v;
}

function finite(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new StateError(`training-loop state: ${name} is ${what(v)}, expected a finite number`);
  return v;
}

function what(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === undefined) return 'missing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object' && v !== null) return 'an object';
  return String(v);
}
