/** @file Keras callbacks as decisions on recorded histories, the new schedules, partial batches, and the model file's `callbacks`. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModelFile } from '../../src/frontend/index.ts';
import type { CompileError } from '../../src/ir/index.ts';
import { CALLBACK_DEFAULTS, CallbackRunner, resolveMode, withOverrides, type CallbackConfig } from '../../src/train/callbacks.ts';
import { batchAt, epochSteps } from '../../src/train/batches.ts';
import { callbackConfigs } from '../../src/train/loop.ts';
import type { EpochRecord } from '../../src/train/outputs.ts';
import { learningRateAt, scheduleFromFlag } from '../../src/train/schedule.ts';

const es = (o: Partial<Extract<CallbackConfig, { kind: 'earlyStopping' }>>): CallbackConfig => ({ ...CALLBACK_DEFAULTS.earlyStopping, ...o, kind: 'earlyStopping' });
const plateau = (o: Partial<Extract<CallbackConfig, { kind: 'reduceLROnPlateau' }>>): CallbackConfig => ({ ...CALLBACK_DEFAULTS.reduceLROnPlateau, ...o, kind: 'reduceLROnPlateau' });
const hist = (vals: readonly number[], key = 'val_loss', lr = 0.1): EpochRecord[] => vals.map((v, i) => ({ epoch: i + 1, step: (i + 1) * 10, lr, loss: 1, [key]: v }));

/** Runs the history through fresh callbacks; returns the 1-based epoch at which training stops (or null) and each decision. */
function run(configs: CallbackConfig[], h: EpochRecord[]) {
  const r = new CallbackRunner(configs);
  const ds = [];
  for (const rec of h) {
    const d = r.epochEnd(rec, r.lrAt(rec.lr, rec.step - 1));
    ds.push(d);
    if (d.stop) return { stopAt: rec.epoch, ds, r };
  }
  return { stopAt: null, ds, r };
}

describe('callbacks on a recorded history', () => {
  it('earlyStopping: patience counts epochs without improvement; minDelta makes small gains not count', () => {
    const h = hist([1.0, 0.8, 0.79, 0.795, 0.7, 0.71, 0.72, 0.73]);
    expect(run([es({ patience: 2 })], h).stopAt).toBe(7);
    // 0.8 → 0.79 is not an improvement by more than 0.05, nor is 0.795: stops at epoch 4; 0.7 would have helped.
    expect(run([es({ patience: 2, minDelta: 0.05 })], h).stopAt).toBe(4);
    expect(run([es({ patience: 0 })], h).stopAt).toBe(4);
    const { r } = run([es({ patience: 100 })], h);
    expect([r.bestEpoch, r.bestValue, r.badEpochs]).toEqual([5, 0.7, 3]);
  });

  it('mode auto maximises accuracy-like monitors; without validation val_loss falls back to loss', () => {
    expect(resolveMode('val_accuracy', 'auto')).toBe('max');
    expect(resolveMode('val_auc', 'auto')).toBe('max');
    expect(resolveMode('val_loss', 'auto')).toBe('min');
    expect(run([es({ monitor: 'val_accuracy', patience: 1 })], hist([0.5, 0.6, 0.55, 0.7], 'val_accuracy')).stopAt).toBe(3);
    expect(run([es({ monitor: 'val_accuracy', patience: 1, mode: 'min' })], hist([0.5, 0.6, 0.55, 0.7], 'val_accuracy')).stopAt).toBe(2);
    const noVal = [1, 0.9, 0.95, 0.97].map((v, i) => ({ epoch: i + 1, step: i + 1, lr: 0.1, loss: v }));
    expect(run([es({ patience: 2 })], noVal).stopAt).toBe(4);
    expect(() => run([es({ monitor: 'val_precision' })], noVal)).toThrow(/monitor 'val_precision' is not in the epoch's metrics; monitor one of loss/);
  });

  it('reduceLROnPlateau: factor after patience bad epochs, floored at minLr, cooldown pauses the count', () => {
    const h = hist([1, 1, 1, 1, 1, 1, 1, 1]);
    const { ds, r } = run([plateau({ patience: 2, factor: 0.5, minLr: 0.02 })], h);
    expect(ds.map((d) => d.reducedTo)).toEqual([undefined, undefined, 0.05, undefined, 0.025, undefined, 0.02, undefined]);
    expect(r.lrAt(0.1, 1000)).toBe(0.02);
    const cool = run([plateau({ patience: 1, factor: 0.5, cooldown: 2 })], h).ds.map((d) => d.reducedTo);
    expect(cool).toEqual([undefined, 0.05, undefined, undefined, 0.025, undefined, undefined, 0.0125]);
    // An improvement beyond minDelta (1e-4) resets the count.
    const better = run([plateau({ patience: 2, factor: 0.5 })], hist([1, 1, 0.5, 0.5, 0.5])).ds.map((d) => d.reducedTo);
    expect(better).toEqual([undefined, undefined, undefined, undefined, 0.05]);
  });

  it('modelCheckpoint(saveBestOnly) flags the improving epochs of its own monitor', () => {
    const cfg: CallbackConfig = { kind: 'modelCheckpoint', monitor: 'val_accuracy', saveBestOnly: true, mode: 'auto' };
    expect(run([cfg], hist([0.5, 0.7, 0.6, 0.8], 'val_accuracy')).ds.map((d) => d.saveBest)).toEqual([true, true, false, true]);
    expect(run([{ ...cfg, saveBestOnly: false }], hist([0.5, 0.7], 'val_accuracy')).ds.map((d) => d.saveBest)).toEqual([false, false]);
  });

  it('replaying a history (resume) gives the state the live run had', () => {
    const configs = [es({ patience: 5 }), plateau({ patience: 1, factor: 0.5 })];
    const h = hist([1, 0.9, 0.95, 0.96, 0.97]);
    const live = run(configs, h).r;
    const replayed = CallbackRunner.replay(configs, h);
    expect([replayed.bestEpoch, replayed.bestValue, replayed.badEpochs, replayed.lrOverride]).toEqual([live.bestEpoch, live.bestValue, live.badEpochs, live.lrOverride]);
    expect(replayed.lrOverride).toBe(0.0125);
  });

  it('CLI flags override: --patience sets early stopping, --schedule replaces the scheduler', () => {
    const file: CallbackConfig[] = [es({ monitor: 'val_accuracy', patience: 9 }), { kind: 'learningRateScheduler', schedule: { kind: 'step', every: 2, rate: 0.5 } }];
    const o = withOverrides(file, { patience: 2, restoreBest: true, schedule: { kind: 'cosine', decaySteps: 10 } });
    expect(o).toContainEqual(expect.objectContaining({ kind: 'earlyStopping', monitor: 'val_accuracy', patience: 2, restoreBestWeights: true }));
    expect(o.filter((c) => c.kind === 'learningRateScheduler')).toEqual([{ kind: 'learningRateScheduler', schedule: { kind: 'cosine', decaySteps: 10 } }]);
    expect(withOverrides([], { patience: 3 })).toEqual([es({ patience: 3 })]);
    expect(withOverrides(file, {})).toEqual(file);
  });
});

describe('learning-rate schedules', () => {
  it('exponential (smooth and staircase) and piecewise follow the Keras formulas', () => {
    expect(learningRateAt(0.1, { kind: 'exponential', decaySteps: 10, decayRate: 0.5 }, 15)).toBeCloseTo(0.1 * Math.pow(0.5, 1.5), 12);
    expect(learningRateAt(0.1, { kind: 'exponential', decaySteps: 10, decayRate: 0.5, staircase: true }, 15)).toBeCloseTo(0.05, 12);
    const pw = { kind: 'piecewise', boundaries: [10, 20], values: [1, 0.5, 0.1] } as const;
    expect([0, 10, 11, 20, 21, 1000].map((s) => learningRateAt(0.001, pw, s))).toEqual([1, 1, 0.5, 0.5, 0.1, 0.1]);
  });

  it('--schedule reads every kind the model file can name, and says what is wrong otherwise', () => {
    expect(scheduleFromFlag('step:7:0.5')).toEqual({ kind: 'step', every: 7, rate: 0.5 });
    expect(scheduleFromFlag('cosine')).toEqual({ kind: 'cosine', decaySteps: 1e12 });
    expect(scheduleFromFlag('cosine:100')).toEqual({ kind: 'cosine', decaySteps: 100 });
    expect(scheduleFromFlag('exponential:10:0.9')).toEqual({ kind: 'exponential', decaySteps: 10, decayRate: 0.9 });
    expect(scheduleFromFlag('exponential:10:0.9:staircase')).toEqual({ kind: 'exponential', decaySteps: 10, decayRate: 0.9, staircase: true });
    expect(scheduleFromFlag('piecewise:100,200:0.1,0.01,0.001')).toEqual({ kind: 'piecewise', boundaries: [100, 200], values: [0.1, 0.01, 0.001] });
    expect(scheduleFromFlag('piecewise:100,200:0.1,0.01')).toMatch(/one more value than boundaries \(2 boundaries, 2 values\)/);
    expect(scheduleFromFlag('piecewise:200,100:0.1,0.01,0.001')).toMatch(/must increase/);
    for (const bad of ['step:0:0.5', 'step:7', 'cosine:-1', 'exponential:10', 'exponential:10:0.9:sometimes', 'linear:3']) expect(scheduleFromFlag(bad), bad).toMatch(/^--schedule expects step:/);
  });
});

describe('batches of an epoch', () => {
  const model = { train: undefined } as unknown as Parameters<typeof epochSteps>[0]['model'];
  const sess = (n: number, batch: number) => ({ opts: { batch }, split: { n } });

  it('keeps the last partial batch (topped up from the epoch start) unless dropRemainder; stepsPerEpoch wins', () => {
    expect(epochSteps({ model }, sess(10, 4))).toBe(3);
    expect(epochSteps({ model, dropRemainder: true }, sess(10, 4))).toBe(2);
    expect(epochSteps({ model, stepsPerEpoch: 7 }, sess(10, 4))).toBe(7);
    const order = Int32Array.from([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    const batches = [0, 1, 2].map((k) => [...batchAt(order, k, 4)]);
    expect(batches).toEqual([[9, 8, 7, 6], [5, 4, 3, 2], [1, 0, 9, 8]]);
    expect(new Set(batches.flat()).size).toBe(10);
    expect([...batchAt(order, 3, 4)]).toEqual([7, 6, 5, 4]);
  });
});

function modelFile(train: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-cb-'));
  const path = join(dir, 'model.ts');
  writeFileSync(path, `import { sequential, dense, synthetic, earlyStopping, reduceLROnPlateau, modelCheckpoint, learningRateScheduler } from 'dlc';\nexport default sequential({\n  input: [1],\n  layers: [dense(1)],\n  train: { data: synthetic({ kind: 'linear', samples: 64 }), loss: 'meanSquaredError', ${train} },\n});\n`);
  return path;
}

function compileError(train: string): CompileError {
  try {
    compileModelFile(modelFile(train));
  } catch (e) {
    return e as CompileError;
  }
  throw new Error('expected a compile error');
}

describe('callbacks in the model file', () => {
  it('are read with Keras defaults, with the fit options', () => {
    const t = compileModelFile(modelFile(`callbacks: [earlyStopping({ patience: 3, restoreBestWeights: true }), reduceLROnPlateau({ factor: 0.5 }), modelCheckpoint({ monitor: 'val_loss', saveBestOnly: true }), learningRateScheduler({ kind: 'piecewise', boundaries: [100], values: [0.01, 0.001] })], shuffle: false, stepsPerEpoch: 5, initialEpoch: 2, dropRemainder: true`)).main.train!;
    expect(t.callbacks).toEqual([
      { kind: 'earlyStopping', monitor: 'val_loss', patience: 3, minDelta: 0, mode: 'auto', restoreBestWeights: true },
      { kind: 'reduceLROnPlateau', monitor: 'val_loss', factor: 0.5, patience: 10, minLr: 0, minDelta: 1e-4, cooldown: 0, mode: 'auto' },
      { kind: 'modelCheckpoint', monitor: 'val_loss', saveBestOnly: true, mode: 'auto' },
      { kind: 'learningRateScheduler', schedule: { kind: 'piecewise', boundaries: [100], values: [0.01, 0.001] } },
    ]);
    expect([t.shuffle, t.stepsPerEpoch, t.initialEpoch, t.dropRemainder]).toEqual([false, 5, 2, true]);
  });

  it('reach the loop from the compiled model, with --patience/--schedule as overrides', () => {
    const model = compileModelFile(modelFile(`callbacks: [earlyStopping({ monitor: 'loss', patience: 4 }), learningRateScheduler({ kind: 'step', every: 5, rate: 0.5 })]`)).main;
    expect(callbackConfigs({ model })).toEqual(model.train!.callbacks);
    const o = callbackConfigs({ model, patience: 1, restoreBest: true, schedule: { kind: 'cosine', decaySteps: 9 } });
    expect(o).toEqual([
      { kind: 'earlyStopping', monitor: 'loss', patience: 1, minDelta: 0, mode: 'auto', restoreBestWeights: true },
      { kind: 'learningRateScheduler', schedule: { kind: 'cosine', decaySteps: 9 } },
    ]);
  });

  it('refuse wrong options with located, actionable errors', () => {
    expect(compileError(`callbacks: [earlyStopping({ patiense: 3 })]`)).toMatchObject({ code: 'E_UNKNOWN_OPTION', message: expect.stringMatching(/earlyStopping\(\) has no option 'patiense'/) });
    expect(compileError(`callbacks: [reduceLROnPlateau({ factor: 2 })]`)).toMatchObject({ code: 'E_OPTION_RANGE', message: expect.stringMatching(/factor must be below 1/) });
    expect(compileError(`callbacks: [learningRateScheduler({ kind: 'piecewise', boundaries: [10], values: [1] })]`).message).toMatch(/one more value than boundaries/);
    expect(compileError(`callbacks: [learningRateScheduler({ kind: 'exponental', decaySteps: 1, decayRate: 0.5 })]`).message).toMatch(/kind must be one of 'step', 'exponential'/);
    expect(compileError(`callbacks: [learningRateScheduler({ kind: 'step', every: 10 })]`).message).toMatch(/needs the option 'rate'/);
    expect(compileError(`callbacks: [earlyStopping(), earlyStopping()]`).message).toMatch(/earlyStopping\(\) twice/);
    expect(compileError(`callbacks: earlyStopping()`).code).toBe('E_OPTION_TYPE');
    expect(compileError(`initialEpoch: -1`).code).toBe('E_OPTION_RANGE');
    const e = compileError(`callbacks: [earlyStopping({ mode: 'maximum' })]`);
    expect(e.message).toMatch(/must be one of 'min', 'max', 'auto'/);
    expect(e.loc?.line).toBe(5);
  });
});
