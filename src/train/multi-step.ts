/**
 * @file Multi-step programs (GANs): one compiled training plan per `steps` entry, each with its own
 * loss, trainable params and optimizer slots, all over one set of shared weight buffers, alternated
 * in one loop.
 *
 * The adversarial reading of `steps`, as in Keras's GAN examples: a step with a `target` (the
 * generator step) feeds seeded latent noise to its model and asks for `target` everywhere; a step
 * without one (the critic) sees half a batch of real samples labelled 1 and half a batch of the
 * generator's samples labelled 0. The generator is the model the target step `trains`.
 */
import { compileInference, compileTraining, type TrainingProgram } from '../compile.ts';
import type { CompiledModel, Program, TrainStepConfig } from '../frontend/index.ts';
import { permutation, sampleSize, seededRandom, type Split } from '../data/dataset.ts';
import { rngHash } from '../ops/rng.ts';
import { LR_INPUT, STEP_INPUT } from '../passes/optimizer.ts';
import { loadPlan, PipelineCache, type Executable, type Feeds } from '../runtime/index.ts';
import type { Graph } from '../ir/index.ts';
import { initialWeights } from './init.ts';
import type { InterruptFlag } from './interrupt.ts';
import { learningRateAt, type Schedule } from './schedule.ts';
import { BATCH_X, BATCH_Y, DROPOUT_STEP, METRICS } from './step.ts';

/** One compiled step of a program. */
export interface CompiledStep {
  readonly config: TrainStepConfig;
  readonly model: CompiledModel;
  readonly program: TrainingProgram;
}

export interface ProgramPlans {
  readonly steps: readonly CompiledStep[];
  readonly critic: CompiledStep;
  readonly generatorStep: CompiledStep;
  readonly generator: CompiledModel;
  /** The generator's inference graph at half the batch: the fakes of a critic step. */
  readonly sample: { readonly graph: Graph; readonly plan: NonNullable<ReturnType<typeof compileInference>['plan']> };
}

function modelNamed(p: Program, name: string): CompiledModel {
  const m = p.models.find((x) => x.name === name);
  if (!m) throw new Error(`program step refers to model '${name}', which the file does not define`);
  return m;
}

/** Compiles every step (host-fed batches of `batch`) and the generator's sampler. */
export function compileProgramSteps(p: Program, batch: number, seed: number): ProgramPlans {
  if (batch % 2 !== 0) throw new Error(`a GAN program needs an even batch size (half real, half generated), got ${batch}`);
  const steps = p.steps.map((cfg): CompiledStep => {
    const model = modelNamed(p, cfg.model);
    const trains = new Set(cfg.trains.flatMap((n) => modelNamed(p, n).params.map((x) => x.name)));
    const data = { xShape: model.inputs[0]!.shape, yShape: model.outputs[0]!.shape, yDtype: 'f32' as const };
    const program = compileTraining(model, { batch, seed, data, loss: cfg.loss, lossOptions: cfg.lossOptions, optimizer: cfg.optimizer, trainable: model.params.map((x) => x.name).filter((n) => trains.has(n)) });
    return { config: cfg, model, program };
  });
  const critic = steps.find((s) => s.config.target === undefined);
  const generatorStep = steps.find((s) => s.config.target !== undefined);
  if (steps.length !== 2 || !critic || !generatorStep) throw new Error('dlc trains two-step adversarial programs: one step without a target (the discriminator) and one with a target (the generator)');
  const generator = modelNamed(p, generatorStep.config.trains[0]!);
  const inf = compileInference(generator, { batch: batch / 2 });
  if (inf.prepare) throw new Error(`${generator.name} hoists weight arithmetic (folded batch norm), which the GAN sampler does not run`);
  return { steps, critic, generatorStep, generator, sample: { graph: inf.graph, plan: inf.plan! } };
}

/** The step whose model holds the most weights (the GAN's combined model): it owns the buffers. */
function ownerOf(plans: ProgramPlans): CompiledStep {
  return [...plans.steps].sort((a, b) => b.model.params.length - a.model.params.length)[0]!;
}

/** The model whose name a program's checkpoint carries (the owner step's), known before compiling. */
export function programOwner(p: Program): CompiledModel {
  return p.steps.map((st) => modelNamed(p, st.model)).sort((a, b) => b.params.length - a.params.length)[0]!;
}

export interface GanOptions {
  readonly device: GPUDevice;
  readonly program: Program;
  /** Real samples (row-major, `n` of the critic's input shape). */
  readonly data: Split;
  readonly batch: number;
  readonly epochs: number;
  readonly seed: number;
  /** Stop after this many iterations (tests); default: whole epochs. */
  readonly maxIterations?: number;
  /** Called after each epoch (checkpoints, generated samples, the report) before the next starts. */
  readonly onEpoch?: (e: GanEpoch, s: GanSession) => Promise<void> | void;
  /** Every step's learning rate by iteration (a program's learningRateScheduler or `--schedule`); default constant. */
  readonly schedule?: Schedule;
  /** SIGINT/SIGTERM (src/train/interrupt.ts): stop before the next iteration and return `interrupted`. */
  readonly interrupt?: InterruptFlag;
  /** Continue a checkpointed run from here (the session's state already restored): seeds depend only on (seed, epoch, iteration). */
  readonly start?: GanPosition & { readonly history: readonly GanEpoch[] };
}

/** Where a program run stands: epoch index (0-based), iterations taken in all and within that epoch. */
export interface GanPosition {
  readonly epoch: number;
  readonly iteration: number;
  readonly inEpoch: number;
}

export interface GanEpoch {
  readonly epoch: number;
  readonly iterations: number;
  /** Mean losses of the critic and the generator step over the epoch. */
  readonly losses: Readonly<Record<string, number>>;
}

/** The loaded plans over one set of weight buffers. */
export class GanSession {
  private constructor(
    readonly plans: ProgramPlans,
    private readonly exes: ReadonlyMap<string, Executable>,
    readonly sampler: Executable,
    readonly batch: number,
    private readonly seed: number,
  ) {}

  static async create(device: GPUDevice, program: Program, batch: number, seed: number): Promise<GanSession> {
    const plans = compileProgramSteps(program, batch, seed);
    const cache = new PipelineCache(device);
    // The step whose model holds every weight owns the buffers; the others and the sampler share them.
    const owner = ownerOf(plans);
    const exes = new Map<string, Executable>();
    const ownerExe = await loadPlan(device, owner.program.plan!, { pipelineCache: cache });
    exes.set(owner.config.name, ownerExe);
    const modelWeights = new Set(owner.model.params.map((p) => p.name));
    for (const s of plans.steps) {
      if (s === owner) continue;
      const names = s.model.params.map((p) => p.name);
      if (!names.every((n) => modelWeights.has(n))) throw new Error(`step '${s.config.name}' uses weights that step '${owner.config.name}' does not; dlc needs one step whose model holds every weight`);
      exes.set(s.config.name, await loadPlan(device, s.program.plan!, { pipelineCache: cache, shareParams: { from: ownerExe, names } }));
    }
    const sampler = await loadPlan(device, plans.sample.plan, { pipelineCache: cache, shareParams: { from: ownerExe, names: plans.generator.params.map((p) => p.name) } });
    const s = new GanSession(plans, exes, sampler, batch, seed);
    await s.reset();
    return s;
  }

  /** Seeded Keras initial weights for every model and zero optimizer slots in every step. */
  async reset(): Promise<void> {
    const init = initialWeights(ownerOf(this.plans).model.params, this.seed);
    for (const [, exe] of this.exes) {
      const zeros = Object.fromEntries(exe.params.filter((p) => !(p.name in init)).map((p) => [p.name, new Float32Array(p.length)]));
      await exe.setParams(zeros);
    }
    await this.exe(ownerOf(this.plans).config.name).setParams(init);
  }

  exe(step: string): Executable {
    return this.exes.get(step)!;
  }

  get latentShape(): readonly number[] {
    return this.plans.generator.inputs[0]!.shape;
  }

  /** Standard-normal latent vectors for `rows` samples, seeded by (run seed, iteration, stream). */
  latent(rows: number, iteration: number, stream: number): Float32Array {
    const r = seededRandom(rngHash(this.seed, iteration, stream));
    return Float32Array.from({ length: rows * sampleSize(this.latentShape) }, () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r()));
  }

  /** The generator's output for `z` (half a batch of latent rows), read back. */
  async generate(z: Float32Array): Promise<Float32Array> {
    const input = this.sampler.inputs[0]!.name;
    const out = await this.sampler.run({ [input]: z });
    return Float32Array.from(Object.values(out)[0]! as ArrayLike<number>);
  }

  /** One critic step (real rows `real`, labelled 1, then fresh fakes, labelled 0) and one generator step. */
  async iterate(real: Float32Array, iteration: number, schedule?: Schedule): Promise<void> {
    const half = this.batch / 2;
    const fake = await this.generate(this.latent(half, iteration, 1));
    const x = new Float32Array(real.length + fake.length);
    x.set(real);
    x.set(fake, real.length);
    const y = new Float32Array(this.batch).fill(0, half).fill(1, 0, half);
    this.runStep(this.plans.critic, { [BATCH_X]: x, [BATCH_Y]: y }, iteration, schedule);
    const target = new Float32Array(this.batch).fill(this.plans.generatorStep.config.target!);
    this.runStep(this.plans.generatorStep, { [BATCH_X]: this.latent(this.batch, iteration, 2), [BATCH_Y]: target }, iteration, schedule);
  }

  private runStep(s: CompiledStep, data: Feeds, iteration: number, schedule: Schedule = { kind: 'constant' }): void {
    const exe = this.exe(s.config.name);
    const feeds: Record<string, Feeds[string]> = { ...data, [LR_INPUT]: [learningRateAt(s.config.optimizer.learningRate, schedule, iteration)], [STEP_INPUT]: [iteration + 1] };
    if (exe.inputs.some((i) => i.name === DROPOUT_STEP)) feeds[DROPOUT_STEP] = [iteration >>> 0];
    void exe.run(feeds, { read: [], wait: false });
  }

  /** Each step's summed loss since the last reset, divided by `iterations`; resets the sums. */
  async takeLosses(iterations: number): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const s of this.plans.steps) {
      const exe = this.exe(s.config.name);
      const sums = await exe.readParams([METRICS.loss]);
      out[s.config.name] = (sums[METRICS.loss] as Float32Array)[0]! / (iterations * this.batch);
      await exe.setParams({ [METRICS.loss]: new Float32Array(1) });
    }
    return out;
  }

  /** Every weight and optimizer slot of every step (what a checkpoint holds to resume exactly); shared buffers once. */
  async readState(): Promise<Record<string, Float32Array>> {
    const out: Record<string, Float32Array> = {};
    for (const exe of this.exes.values()) {
      const names = exe.params.map((p) => p.name).filter((n) => !(n in out) && !n.startsWith('metric/'));
      Object.assign(out, await exe.readParams(names));
    }
    return out;
  }

  /** Shape of every name `readState` returns. */
  stateShapes(): Map<string, readonly number[]> {
    const out = new Map<string, readonly number[]>();
    for (const exe of this.exes.values()) for (const p of exe.params) if (!p.name.startsWith('metric/') && !out.has(p.name)) out.set(p.name, p.shape);
    return out;
  }

  /** Puts back `readState()`'s tensors into every step that has them. */
  async setState(w: Readonly<Record<string, Float32Array>>): Promise<void> {
    for (const exe of this.exes.values()) await exe.setParams(Object.fromEntries(exe.params.filter((p) => p.name in w).map((p) => [p.name, w[p.name]!])));
  }

  /** Each step's running loss sum, keyed `<step>/metric/loss` (a mid-epoch checkpoint keeps them). */
  async lossSums(): Promise<Record<string, number[]>> {
    const out: Record<string, number[]> = {};
    for (const st of this.plans.steps) out[`${st.config.name}/${METRICS.loss}`] = Array.from((await this.exe(st.config.name).readParams([METRICS.loss]))[METRICS.loss]!, Number);
    return out;
  }

  async setLossSums(sums: Readonly<Record<string, readonly number[]>>): Promise<void> {
    for (const st of this.plans.steps) {
      const v = sums[`${st.config.name}/${METRICS.loss}`];
      if (!v || v.length !== 1) throw new Error(`the checkpoint's mid-epoch loss sums do not match this program (step ${st.config.name})`);
      await this.exe(st.config.name).setParams({ [METRICS.loss]: new Float32Array(v) });
    }
  }

  async readWeights(): Promise<Record<string, Float32Array>> {
    const owner = ownerOf(this.plans);
    return (await this.exe(owner.config.name).readParams(owner.model.params.map((p) => p.name))) as Record<string, Float32Array>;
  }

  destroy(): void {
    this.sampler.destroy();
    for (const e of this.exes.values()) e.destroy();
  }
}

/** Alternates the critic and generator steps over seeded shuffles of the real data. */
export async function trainGan(o: GanOptions, session?: GanSession): Promise<{ history: GanEpoch[]; session: GanSession; interrupted?: GanPosition }> {
  const s = session ?? (await GanSession.create(o.device, o.program, o.batch, o.seed));
  const half = o.batch / 2;
  const size = o.data.x.length / o.data.n;
  const perEpoch = Math.floor(o.data.n / half);
  const history: GanEpoch[] = [...(o.start?.history ?? [])];
  let it = o.start?.iteration ?? 0;
  let first = o.start?.inEpoch ?? 0;
  o.interrupt?.begin();
  for (let epoch = o.start?.epoch ?? 0; epoch < o.epochs && it < (o.maxIterations ?? Infinity); epoch++) {
    const order = permutation(o.data.n, seededRandom(rngHash(o.seed, epoch, 0x6a1)));
    const start = it - first;
    for (let k = first; k < perEpoch && it < (o.maxIterations ?? Infinity); k++, it++) {
      if (o.interrupt?.requested) return { history, session: s, interrupted: { epoch, iteration: it, inEpoch: k } };
      const real = new Float32Array(half * size);
      for (let j = 0; j < half; j++) real.set(o.data.x.subarray(order[k * half + j]! * size, (order[k * half + j]! + 1) * size), j * size);
      await s.iterate(real, it, o.schedule);
    }
    first = 0;
    history.push({ epoch: epoch + 1, iterations: it, losses: await s.takeLosses(it - start) });
    await o.onEpoch?.(history[history.length - 1]!, s);
  }
  return { history, session: s };
}
