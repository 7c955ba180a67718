/**
 * @file What a multi-step program (GAN) run leaves in its folder, epoch by epoch, like every other
 * run: checkpoint.safetensors (every weight and every step's optimizer slots, so `--resume`
 * continues exactly; mid-epoch after SIGINT/SIGTERM), generator.safetensors (the generator alone),
 * metrics.jsonl, learning-curve.svg and a live report.html with the generator's samples for the
 * same fixed latent vectors after each epoch.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Split } from '../data/dataset.ts';
import { makeDir, writeFileAtomic } from './atomic-write.ts';
import type { LoopState } from './loop-state.ts';
import type { NamedTensor } from './safetensors.ts';
import { loadCheckpoint, saveCheckpoint, type ResumeRequest } from './checkpoint.ts';
import type { TensorType } from '../ir/index.ts';
import type { GanEpoch, GanPosition, GanSession } from './multi-step.ts';
import { appendMetrics, writeMetrics, type EpochRecord } from './outputs.ts';
import { learningCurveSvg } from './plot.ts';
import { liveScript, reportHtml } from './report.ts';
import { imageShapeOf, toBytes, type GeneratedEpoch, type SampleView } from './report-samples.ts';

function tensorsOf(w: Record<string, Float32Array>, s: GanSession, names: readonly string[] = Object.keys(w)): Map<string, NamedTensor> {
  const shapes = s.stateShapes();
  return new Map(names.filter((k) => k in w).map((k) => [k, { dtype: 'f32' as const, shape: [...(shapes.get(k) ?? [w[k]!.length])], data: w[k]! }]));
}

/**
 * Puts a program run's `<dir>/checkpoint.safetensors` back into the session (every weight and optimizer
 * slot, and mid-epoch loss sums) and returns where the run continues, with its epochs so far.
 */
export async function restoreProgram(dir: string, s: GanSession, model: string, run: ResumeRequest & { readonly perEpoch: number }): Promise<GanPosition & { history: GanEpoch[] }> {
  const path = join(dir, 'checkpoint.safetensors');
  const expected = new Map<string, TensorType>([...s.stateShapes()].map(([n, shape]) => [n, { dtype: 'f32', shape: [...shape] }]));
  const ck = loadCheckpoint(path, expected, model, run);
  const inEpoch = ck.loop.stepInEpoch ?? 0;
  if (inEpoch >= run.perEpoch) throw new Error(`${path} stopped ${inEpoch} iterations into an epoch, but an epoch here has ${run.perEpoch}; resume with the same data and --batch`);
  await s.setState(Object.fromEntries([...ck.tensors].map(([n, t]) => [n, t.data as Float32Array])));
  if (ck.loop.partial) await s.setLossSums(ck.loop.partial);
  const steps = s.plans.steps.map((st) => st.config.name);
  const history = ck.loop.history.map((r) => ({ epoch: r.epoch!, iterations: r.step!, losses: Object.fromEntries(steps.map((n) => [n, r[`${n}_loss`] ?? NaN])) }));
  return { epoch: ck.loop.epoch, iteration: ck.loop.step, inEpoch, history };
}

/** A program epoch as the report plots it: each step's loss under `<step>_loss`. */
export function programRecord(h: GanEpoch): EpochRecord {
  return { epoch: h.epoch, step: h.iterations, ...Object.fromEntries(Object.entries(h.losses).map(([k, v]) => [`${k}_loss`, v])) } as unknown as EpochRecord;
}

export class ProgramRecorder {
  private readonly history: GanEpoch[] = [];
  private readonly generated: GeneratedEpoch[] = [];
  private z: Float32Array | undefined;
  private image: ReturnType<typeof imageShapeOf>;

  constructor(
    readonly dir: string,
    readonly name: string,
    private readonly meta: { readonly seed: number; readonly batch: number; readonly epochs: number; readonly data: Split; readonly hyper: Readonly<Record<string, string | number | boolean>> },
    /** A resumed run's epochs so far (from its checkpoint): metrics.jsonl is rewritten to them. */
    resumed: readonly GanEpoch[] = [],
  ) {
    makeDir(dir);
    this.history.push(...resumed);
    writeMetrics(dir, resumed);
  }

  /** After each epoch: samples for the fixed latent vectors, both checkpoints, the log line and the live report. */
  async epoch(h: GanEpoch, s: GanSession): Promise<void> {
    this.history.push(h);
    const half = s.batch / 2;
    this.z ??= s.latent(half, 0, 0x5a3);
    const out = await s.generate(this.z);
    const per = out.length / half;
    const image = (this.image = imageShapeOf(s.plans.generator.outputs[0]!.shape));
    const n = Math.min(16, half);
    this.generated.push({ epoch: h.epoch, samples: Array.from({ length: n }, (_, i) => (image ? toBytes(out.subarray(i * per, (i + 1) * per)) : Array.from(out.subarray(i * per, (i + 1) * per)))) });
    const w = await s.readState();
    const loop = this.loopState(h.epoch, h.iterations);
    const owner = [...s.plans.steps].sort((a, b) => b.model.params.length - a.model.params.length)[0]!.model;
    saveCheckpoint(join(this.dir, 'checkpoint.safetensors'), { model: owner.name, tensors: tensorsOf(w, s), loop });
    const gen = s.plans.generator;
    saveCheckpoint(join(this.dir, 'generator.safetensors'), { model: gen.name, tensors: tensorsOf(w, s, gen.params.map((p) => p.name)), loop });
    appendMetrics(this.dir, h);
    this.write(false);
  }

  /**
   * After a signal: a mid-epoch checkpoint (weights, optimizer slots and the epoch's loss sums so far)
   * that `--resume` continues exactly; none when no iteration ran since the last epoch's. Returns the
   * checkpoint that resumes the run, if there is one.
   */
  async interrupted(s: GanSession, at: GanPosition): Promise<string | null> {
    const path = join(this.dir, 'checkpoint.safetensors');
    if (at.inEpoch > 0) {
      const w = await s.readState();
      if (Object.values(w).every((a) => a.every(Number.isFinite))) {
        const owner = [...s.plans.steps].sort((a, b) => b.model.params.length - a.model.params.length)[0]!.model;
        saveCheckpoint(path, { model: owner.name, tensors: tensorsOf(w, s), loop: { ...this.loopState(at.epoch, at.iteration), stepInEpoch: at.inEpoch, partial: await s.lossSums() } });
      }
    }
    this.write(false);
    return existsSync(path) ? path : null;
  }

  private loopState(epoch: number, step: number): LoopState {
    return { epoch, step, seed: this.meta.seed, bestValLoss: null, badEpochs: 0, history: this.history.slice(0, epoch).map(programRecord) as unknown as LoopState['history'], batch: this.meta.batch };
  }

  /** The final report (no more polling). */
  finish(): void {
    this.write(true);
  }

  private write(done: boolean): void {
    const records = this.history.map(programRecord);
    const steps = Object.keys(this.history[0]?.losses ?? {});
    writeFileAtomic(join(this.dir, 'learning-curve.svg'), learningCurveSvg(`${this.name} losses`, { loss: steps.map((k) => ({ name: k, points: this.history.map((h) => [h.epoch, h.losses[k]!] as const) })) }));
    writeFileAtomic(join(this.dir, 'metrics.js'), liveScript(records));
    const d = this.meta.data;
    const image = this.image;
    const per = d.x.length / Math.max(d.n, 1);
    const samples: SampleView = {
      kind: 'generated', generated: this.generated, ...(image ? { image } : { real: Array.from({ length: Math.min(64, d.n) }, (_, i) => Array.from(d.x.subarray(i * per, (i + 1) * per))) }),
    };
    writeFileAtomic(join(this.dir, 'report.html'), reportHtml({
      title: `${this.name} training report`, history: records, done, hyper: this.meta.hyper,
      dataset: { 'training samples': d.n, 'sample size': per }, samples,
    }));
  }
}
