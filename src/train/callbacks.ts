/**
 * @file Keras callbacks as pure decisions on the epoch history: early stopping, ReduceLROnPlateau,
 * ModelCheckpoint(saveBestOnly) and a learning-rate schedule. The loop feeds each epoch's record and
 * acts on the answer; resume replays the saved history, so no callback state is checkpointed.
 */
import type { EpochRecord } from './outputs.ts';
import { learningRateAt, type Schedule } from './schedule.ts';

export type MonitorMode = 'min' | 'max' | 'auto';

export type CallbackConfig =
  | { readonly kind: 'earlyStopping'; readonly monitor: string; readonly patience: number; readonly minDelta: number; readonly mode: MonitorMode; readonly restoreBestWeights: boolean }
  | { readonly kind: 'reduceLROnPlateau'; readonly monitor: string; readonly factor: number; readonly patience: number; readonly minLr: number; readonly minDelta: number; readonly cooldown: number; readonly mode: MonitorMode }
  | { readonly kind: 'modelCheckpoint'; readonly monitor: string; readonly saveBestOnly: boolean; readonly mode: MonitorMode }
  | { readonly kind: 'learningRateScheduler'; readonly schedule: Schedule };

export const CALLBACK_KINDS = ['earlyStopping', 'reduceLROnPlateau', 'modelCheckpoint', 'learningRateScheduler'] as const;

/** Keras defaults (monitor `val_loss`, which falls back to `loss` when there is no validation data). */
export const CALLBACK_DEFAULTS = {
  earlyStopping: { monitor: 'val_loss', patience: 0, minDelta: 0, mode: 'auto', restoreBestWeights: false },
  reduceLROnPlateau: { monitor: 'val_loss', factor: 0.1, patience: 10, minLr: 0, minDelta: 1e-4, cooldown: 0, mode: 'auto' },
  modelCheckpoint: { monitor: 'val_loss', saveBestOnly: false, mode: 'auto' },
} as const;

/** Keras's `auto`: maximise accuracy-like values, minimise the rest. */
export function resolveMode(monitor: string, mode: MonitorMode): 'min' | 'max' {
  if (mode !== 'auto') return mode;
  return /acc|auc|precision|recall|f1/i.test(monitor) ? 'max' : 'min';
}

/** One monitored quantity with Keras's improvement test (`minDelta` beyond the best so far). */
class Watch {
  best: number | null = null;
  readonly dir: 'min' | 'max';
  constructor(readonly monitor: string, mode: MonitorMode, readonly minDelta: number) {
    this.dir = resolveMode(monitor, mode);
  }
  value(rec: EpochRecord): number {
    const key = this.monitor === 'val_loss' && rec.val_loss === undefined ? 'loss' : this.monitor;
    const v = rec[key];
    if (typeof v !== 'number') {
      const keys = Object.keys(rec).filter((k) => k !== 'epoch' && k !== 'step' && k !== 'lr' && typeof rec[k] === 'number');
      throw new Error(`callback monitor '${this.monitor}' is not in the epoch's metrics; monitor one of ${keys.join(', ')}`);
    }
    return v;
  }
  /** Whether `rec` improves on the best so far (which it then becomes). NaN never improves. */
  improves(rec: EpochRecord): boolean {
    const v = this.value(rec);
    if (Number.isNaN(v)) return false;
    const better = this.best === null || (this.dir === 'min' ? v < this.best - this.minDelta : v > this.best + this.minDelta);
    if (better) this.best = v;
    return better;
  }
}

/** What the loop does after an epoch. */
export interface EpochDecision {
  /** Early stopping fired. */
  readonly stop: boolean;
  /** The early-stopping monitor (else the default val_loss/loss) improved: this epoch is the best so far. */
  readonly best: boolean;
  /** modelCheckpoint({ saveBestOnly }) saw an improvement: write best.safetensors. */
  readonly saveBest: boolean;
  /** The learning-rate multiplier ReduceLROnPlateau set (1 before any reduction), and the rate it reduced to, if it did now. */
  readonly reducedTo?: number;
}

export class CallbackRunner {
  private readonly primary: Watch;
  private wait = 0;
  private readonly stopper: Extract<CallbackConfig, { kind: 'earlyStopping' }> | undefined;
  private readonly plateau: { cfg: Extract<CallbackConfig, { kind: 'reduceLROnPlateau' }>; watch: Watch; wait: number; cooldown: number } | undefined;
  private readonly saver: Watch | undefined;
  readonly schedule: Schedule | undefined;
  /** The learning rate ReduceLROnPlateau has set, or undefined while the base/scheduled rate applies. */
  lrOverride: number | undefined;
  bestEpoch: number | null = null;

  constructor(readonly configs: readonly CallbackConfig[]) {
    const pick = <K extends CallbackConfig['kind']>(k: K): Extract<CallbackConfig, { kind: K }> | undefined => configs.find((c) => c.kind === k) as Extract<CallbackConfig, { kind: K }> | undefined;
    this.stopper = pick('earlyStopping');
    this.primary = new Watch(this.stopper?.monitor ?? 'val_loss', this.stopper?.mode ?? 'auto', this.stopper?.minDelta ?? 0);
    const p = pick('reduceLROnPlateau');
    this.plateau = p ? { cfg: p, watch: new Watch(p.monitor, p.mode, p.minDelta), wait: 0, cooldown: 0 } : undefined;
    const m = pick('modelCheckpoint');
    this.saver = m?.saveBestOnly ? new Watch(m.monitor, m.mode, 0) : undefined;
    this.schedule = pick('learningRateScheduler')?.schedule;
  }

  get restoreBestWeights(): boolean {
    return this.stopper?.restoreBestWeights ?? false;
  }
  get badEpochs(): number {
    return this.wait;
  }
  get bestValue(): number | null {
    return this.primary.best;
  }

  /** The learning rate for 0-based optimizer step `step` (schedule, then any plateau reduction, which wins as in Keras). */
  lrAt(base: number, step: number): number {
    return this.lrOverride ?? learningRateAt(base, this.schedule ?? { kind: 'constant' }, step);
  }

  /** Decides after the epoch whose record is `rec`; `currentLr` is the rate its last step used. */
  epochEnd(rec: EpochRecord, currentLr: number): EpochDecision {
    const best = this.primary.improves(rec);
    if (best) {
      this.wait = 0;
      this.bestEpoch = rec.epoch;
    } else this.wait++;
    const stop = this.stopper !== undefined && !best && this.wait >= this.stopper.patience;
    const saveBest = this.saver ? this.saver.improves(rec) : false;
    let reducedTo: number | undefined;
    const p = this.plateau;
    if (p) {
      const cooling = p.cooldown > 0;
      if (cooling) {
        p.cooldown--;
        p.wait = 0;
      }
      if (p.watch.improves(rec)) p.wait = 0;
      else if (!cooling && ++p.wait >= p.cfg.patience) {
        const old = this.lrOverride ?? currentLr;
        if (old > p.cfg.minLr) {
          reducedTo = Math.max(old * p.cfg.factor, p.cfg.minLr);
          this.lrOverride = reducedTo;
          p.cooldown = p.cfg.cooldown;
          p.wait = 0;
        }
      }
    }
    return { stop, best, saveBest, ...(reducedTo !== undefined ? { reducedTo } : {}) };
  }

  /** Rebuilds the state a resumed run had, from its recorded history (each record's `lr` is the rate its last step used). */
  static replay(configs: readonly CallbackConfig[], history: readonly EpochRecord[]): CallbackRunner {
    const r = new CallbackRunner(configs);
    for (const rec of history) r.epochEnd(rec, rec.lr ?? 0);
    return r;
  }
}

/**
 * The model file's callbacks with the CLI's overrides: `--patience` sets (or adds) early stopping's
 * patience with best weights restored; `--schedule` replaces the model file's schedule.
 */
export function withOverrides(configs: readonly CallbackConfig[], o: { patience?: number; restoreBest?: boolean; schedule?: Schedule }): CallbackConfig[] {
  let out = [...configs];
  if (o.patience !== undefined) {
    const es = out.find((c) => c.kind === 'earlyStopping');
    const next = { ...CALLBACK_DEFAULTS.earlyStopping, ...es, kind: 'earlyStopping' as const, patience: o.patience, restoreBestWeights: o.restoreBest ?? es?.restoreBestWeights ?? false };
    out = [...out.filter((c) => c.kind !== 'earlyStopping'), next];
  } else if (o.restoreBest !== undefined) {
    out = out.map((c) => (c.kind === 'earlyStopping' ? { ...c, restoreBestWeights: o.restoreBest! } : c));
  }
  if (o.schedule) out = [...out.filter((c) => c.kind !== 'learningRateScheduler'), { kind: 'learningRateScheduler', schedule: o.schedule }];
  return out;
}
