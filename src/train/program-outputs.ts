/**
 * @file What a multi-step program (GAN) run leaves in its folder, epoch by epoch, like every other
 * run: checkpoint.safetensors (every weight), generator.safetensors (the generator alone),
 * metrics.jsonl, learning-curve.svg and a live report.html with the generator's samples for the
 * same fixed latent vectors after each epoch.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Split } from '../data/dataset.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { saveCheckpoint } from './checkpoint.ts';
import type { GanEpoch, GanSession } from './multi-step.ts';
import type { EpochRecord } from './outputs.ts';
import { learningCurveSvg } from './plot.ts';
import { liveScript, reportHtml } from './report.ts';
import { imageShapeOf, toBytes, type GeneratedEpoch, type SampleView } from './report-samples.ts';

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
  ) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'metrics.jsonl'), '');
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
    const w = await s.readWeights();
    const shapes = new Map(s.plans.steps.flatMap((st) => st.model.params).map((p) => [p.name, p.shape]));
    const tensors = (names: readonly string[]) => new Map(names.map((k) => [k, { dtype: 'f32' as const, shape: [...(shapes.get(k) ?? [w[k]!.length])], data: w[k]! }]));
    const loop = { epoch: h.epoch, step: h.iterations, seed: this.meta.seed, bestValLoss: null, badEpochs: 0, history: [], batch: this.meta.batch };
    const owner = [...s.plans.steps].sort((a, b) => b.model.params.length - a.model.params.length)[0]!.model;
    saveCheckpoint(join(this.dir, 'checkpoint.safetensors'), { model: owner.name, tensors: tensors(Object.keys(w)), loop });
    const gen = s.plans.generator;
    saveCheckpoint(join(this.dir, 'generator.safetensors'), { model: gen.name, tensors: tensors(gen.params.map((p) => p.name).filter((k) => k in w)), loop });
    appendFileSync(join(this.dir, 'metrics.jsonl'), `${JSON.stringify(h)}\n`);
    this.write(false);
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
