/** @file loadPlan: a Plan made runnable on a GPUDevice, with every pipeline, buffer and bind group created once. */
import { clip, describeType, RuntimeError } from './errors.ts';
import { allocStorage, toStorage, type FeedData, type StorageArray, type TensorData, type TensorInfo } from './feeds.ts';
import { BUFFER_USAGE } from './gpu-constants.ts';
import { PipelineCache } from './pipelines.ts';
import { checkDeviceLimits, checkPlanStructure } from './plan-check.ts';
import { PLAN_VERSION, type Plan, type PlanBuffer } from './plan-types.ts';
import { createStepBuffer, encodeWithLoops, oddBindGroups, perStepBindGroups, stepEntries, usesStaticSteps, type EncodedDispatch, type StepBuffer } from './scan-dispatch.ts';
import { Readback, type ReadSlot } from './readback.ts';

export interface LoadOptions {
  /** Share compiled pipelines with other executables on the same device (tests, train + infer). */
  readonly pipelineCache?: PipelineCache;
  /**
   * Bind these params/states to the GPU buffers of the same name in another executable on this
   * device (an evaluation graph reading the weights a training step updates, with no copy).
   */
  readonly shareParams?: { readonly from: Executable; readonly names: readonly string[] };
  /** Short loops bind their step index statically, a bind group per step (scan-dispatch.ts usesStaticSteps); false keeps dynamic offsets (benchmarks). Default true. */
  readonly staticSteps?: boolean;
}

export interface LoadStats {
  /** Wall time to create every pipeline, all in parallel: the cold start a user waits for. */
  readonly pipelineMs: number;
  /** Wall time of the whole load (pipelines, buffers, bind groups). */
  readonly loadMs: number;
  readonly kernels: number;
  /** Pipelines compiled by this load, and those found already compiled in the shared cache. */
  readonly pipelinesCompiled: number;
  readonly pipelinesReused: number;
  readonly buffers: number;
  readonly bufferBytes: number;
  readonly dispatches: number;
}

export interface RunOptions {
  /** Outputs to copy back (default: all). `[]` reads nothing; the run then resolves once the GPU is done. */
  readonly read?: readonly string[];
  /**
   * With `read: []` and `wait: false` the run resolves as soon as its work is submitted, so a
   * training loop keeps the GPU queue full instead of waiting for every step (default true).
   */
  readonly wait?: boolean;
}

export type Feeds = Readonly<Record<string, FeedData>>;

export interface Executable {
  readonly plan: Plan;
  readonly stats: LoadStats;
  readonly inputs: readonly TensorInfo[];
  readonly outputs: readonly TensorInfo[];
  /** Params and states: persistent, set with setParams, read with readParams. */
  readonly params: readonly TensorInfo[];
  /** Writes the inputs, encodes every dispatch into one command buffer, submits once, reads back `read`. */
  run(feeds: Feeds, opts?: RunOptions): Promise<Record<string, TensorData>>;
  /** Writes any subset of params and states (they start at zero). */
  setParams(values: Feeds): Promise<void>;
  readParams(names?: readonly string[]): Promise<Record<string, TensorData>>;
  /**
   * Copies params/states as they stand after the work submitted so far, without holding up later
   * runs: the copy is queued in order, but only the returned promise waits for the GPU.
   */
  snapshotParams(names: readonly string[]): Promise<Record<string, TensorData>>;
  /** Frees the GPU buffers; the device and the shared pipeline cache stay. */
  destroy(): void;
}

type Encoded = EncodedDispatch;

/** A persistent input/param buffer and the scratch array that number[] feeds are converted into. */
interface Writable {
  readonly info: TensorInfo;
  readonly buffer: number;
  scratch: StorageArray | undefined;
}

/**
 * Creates all pipelines in parallel (cold start is reported in `stats`), then buffers and bind
 * groups once, so a run does nothing but write inputs, encode, submit and map the staging buffer.
 */
export async function loadPlan(device: GPUDevice, plan: Plan, opts: LoadOptions = {}): Promise<Executable> {
  const t0 = performance.now();
  checkPlan(plan);
  checkDeviceLimits(device, plan);
  const cache = opts.pipelineCache ?? new PipelineCache(device);
  if (cache.device !== device) throw new RuntimeError('E_LOAD', 'the pipeline cache belongs to a different GPUDevice');
  const before = { compiled: cache.compiled, reused: cache.reused };
  const lost = device.lost.then((info) => Promise.reject(lostError(info)));
  const statics = opts.staticSteps !== false && usesStaticSteps(plan);
  const pipelines = await Promise.race([Promise.all(plan.kernels.map((k) => cache.pipeline(k, statics))), lost]);
  const pipelineMs = performance.now() - t0;
  const shared = sharedBuffers(device, plan, opts.shareParams);
  const buffers = await createBuffers(device, plan, shared);
  const step = createStepBuffer(device, plan);
  const encoded = encodeOnce(device, plan, cache, pipelines, buffers, step, statics);
  const stats: LoadStats = {
    pipelineMs,
    loadMs: performance.now() - t0,
    kernels: plan.kernels.length,
    pipelinesCompiled: cache.compiled - before.compiled,
    pipelinesReused: cache.reused - before.reused,
    buffers: buffers.length,
    bufferBytes: plan.buffers.reduce((s, b) => s + b.size, 0),
    dispatches: plan.dispatches.length,
  };
  return new PlanExecutable(device, plan, buffers, encoded, stats, new Set(shared.values()), step);
}

/** Buffer index → the other executable's GPUBuffer, for each shared param (same size required). */
function sharedBuffers(device: GPUDevice, plan: Plan, share: LoadOptions['shareParams']): Map<number, GPUBuffer> {
  const out = new Map<number, GPUBuffer>();
  if (!share) return out;
  if (!(share.from instanceof PlanExecutable) || share.from.deviceOf !== device) throw new RuntimeError('E_LOAD', 'shareParams needs an executable loaded on the same GPUDevice');
  for (const name of share.names) {
    const mine = plan.params[name] ?? plan.states[name];
    const theirs = share.from.persistentBuffer(name);
    if (mine === undefined || !theirs) throw new RuntimeError('E_LOAD', `cannot share '${name}': both plans need a param or state of that name`);
    if (theirs.size !== Math.max(4, Math.ceil(plan.buffers[mine]!.size / 4) * 4)) throw new RuntimeError('E_LOAD', `cannot share '${name}': the two plans give it different sizes`);
    out.set(mine, theirs);
  }
  return out;
}

/** Each dispatch's pipeline and bind group, made once: a run only replays them. */
function encodeOnce(device: GPUDevice, plan: Plan, cache: PipelineCache, pipelines: readonly GPUComputePipeline[], buffers: readonly GPUBuffer[], step: StepBuffer | undefined, statics: boolean): Encoded[] {
  // Compiled scans: bind groups with a loop's carry buffers swapped, for its odd steps, or (short loops) one per step (scan-dispatch.ts).
  const group = (i: number, bindings: readonly number[], t = 0): GPUBindGroup => {
    const d = plan.dispatches[i]!;
    const k = plan.kernels[d.kernel]!;
    const layout = cache.layout(k.bindings, k.step === true && (statics ? 'static' : true)).bindGroupLayout;
    const entries = [...bindings.map((b, binding) => ({ binding, resource: { buffer: buffers[b]! } })), ...stepEntries(k, step, t)];
    return device.createBindGroup({ label: d.label, layout, entries });
  };
  const odd = oddBindGroups(plan, group);
  const perStep = statics ? perStepBindGroups(plan, group) : new Map<number, GPUBindGroup[]>();
  return plan.dispatches.map((d, i): Encoded => ({ pipeline: pipelines[d.kernel]!, bindGroup: group(i, d.bindings), workgroups: d.workgroups, stepped: plan.kernels[d.kernel]!.step === true && !statics, odd: odd.get(i), perStep: perStep.get(i) }));
}

function lostError(info: GPUDeviceLostInfo): RuntimeError {
  return new RuntimeError('E_DEVICE_LOST', `the GPU device was lost (${info.reason}): ${info.message.trim() || 'no message'}`, {
    hint: 'acquire a new device and load the plan again',
  });
}

/** Version and structure (plan-check.ts), so a malformed plan is an E_PLAN_INVALID, never a driver error or a hang. */
export function checkPlan(plan: Plan): void {
  if (typeof plan !== 'object' || plan === null) throw new RuntimeError('E_PLAN_INVALID', 'loadPlan needs a Plan object');
  checkVersion(plan);
  if (!Array.isArray(plan.kernels)) throw new RuntimeError('E_PLAN_INVALID', `plan '${clip(String(plan.name), 80)}': kernels is not a list`);
  checkPlanStructure(`plan '${clip(String(plan.name), 80)}'`, plan, plan.kernels.length, (i) => plan.kernels[i]);
}

function checkVersion(plan: Plan): void {
  if (plan.version !== PLAN_VERSION) {
    throw new RuntimeError('E_PLAN_VERSION', `plan version ${clip(String(plan.version), 20)} is not supported by this runtime (version ${PLAN_VERSION})`, {
      hint: 'recompile the model with the dlc version that matches this runtime',
    });
  }
}

/** Every buffer at least 4 bytes (zero-size tensors still bind), inside error scopes so OOM is reported, not logged. */
async function createBuffers(device: GPUDevice, plan: Plan, shared: ReadonlyMap<number, GPUBuffer> = new Map()): Promise<GPUBuffer[]> {
  device.pushErrorScope('out-of-memory');
  device.pushErrorScope('validation');
  const usage = BUFFER_USAGE.STORAGE | BUFFER_USAGE.COPY_SRC | BUFFER_USAGE.COPY_DST;
  const buffers = plan.buffers.map(
    (b, i) => shared.get(i) ?? device.createBuffer({ label: `dlc ${plan.name} ${b.role} ${b.name ?? `#${i}`}`, size: Math.max(4, Math.ceil(b.size / 4) * 4), usage }),
  );
  const [validation, oom] = [await device.popErrorScope(), await device.popErrorScope()];
  const err = validation ?? oom;
  if (err) {
    for (const b of buffers) if (![...shared.values()].includes(b)) b.destroy();
    const total = plan.buffers.reduce((s, b) => s + b.size, 0);
    throw new RuntimeError('E_GPU_ALLOC', `could not allocate the plan's ${plan.buffers.length} buffers (${total} bytes): ${err.message}`);
  }
  return buffers;
}

function infoOf(name: string, b: PlanBuffer): TensorInfo {
  return { name, dtype: b.dtype, shape: b.shape, length: b.shape.reduce((a, d) => a * d, 1) };
}

function writables(plan: Plan, map: Readonly<Record<string, number>>): Map<string, Writable> {
  return new Map(Object.entries(map).map(([name, buffer]) => [name, { info: infoOf(name, plan.buffers[buffer]!), buffer, scratch: undefined }]));
}

class PlanExecutable implements Executable {
  readonly inputs: readonly TensorInfo[];
  readonly outputs: readonly TensorInfo[];
  readonly params: readonly TensorInfo[];
  private readonly feedable: Map<string, Writable>;
  private readonly persistent: Map<string, Writable>;
  private readonly outputReadback: Readback;
  private readonly paramReadback: Readback;
  private lostError: RuntimeError | undefined;
  private readonly lostRejection: Promise<never>;
  private destroyed = false;
  /** Runs and param transfers execute one after another: they share the staging buffers. */
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  constructor(
    private readonly device: GPUDevice,
    readonly plan: Plan,
    private readonly buffers: readonly GPUBuffer[],
    private readonly encoded: readonly Encoded[],
    readonly stats: LoadStats,
    /** Buffers owned by another executable (shareParams): bound here, never destroyed here. */
    private readonly borrowed: ReadonlySet<GPUBuffer> = new Set(),
    /** Compiled scans' step indices (scan-dispatch.ts), when the plan has stepped kernels. */
    private readonly step: StepBuffer | undefined = undefined,
  ) {
    this.feedable = writables(plan, plan.inputs);
    this.persistent = writables(plan, { ...plan.params, ...plan.states });
    this.inputs = [...this.feedable.values()].map((w) => w.info);
    this.params = [...this.persistent.values()].map((w) => w.info);
    const outSlots = Object.entries(plan.outputs).map(([name, buffer]): ReadSlot => ({ info: infoOf(name, plan.buffers[buffer]!), buffer }));
    this.outputs = outSlots.map((s) => s.info);
    this.outputReadback = new Readback(device, `${plan.name} outputs`, outSlots);
    this.paramReadback = new Readback(device, `${plan.name} params`, [...this.persistent.values()]);
    // A lost device never finishes pending work: every wait races this, so callers get an error, not a hang.
    this.lostRejection = device.lost.then((info) => {
      this.lostError = lostError(info);
      throw this.lostError;
    });
    this.lostRejection.catch(() => undefined);
  }

  /**
   * Feeds are validated and captured when run() is called: when the run has to wait for earlier
   * ones, they are copied, so a caller who changes its arrays afterwards does not change this run.
   */
  run(feeds: Feeds, opts: RunOptions = {}): Promise<Record<string, TensorData>> {
    let writes: [Writable, StorageArray][];
    let slots: ReadSlot[];
    try {
      this.checkUsable();
      writes = this.convert(feeds, this.feedable, 'input', true, this.pending > 0);
      slots = this.outputReadback.select(opts.read ?? this.outputReadback.names, 'output');
    } catch (e) {
      return Promise.reject(e);
    }
    return this.serial(() => this.runNow(writes, slots, opts.wait ?? true));
  }

  get deviceOf(): GPUDevice {
    return this.device;
  }

  persistentBuffer(name: string): GPUBuffer | undefined {
    const w = this.persistent.get(name);
    return w ? this.buffers[w.buffer] : undefined;
  }

  snapshotParams(names: readonly string[]): Promise<Record<string, TensorData>> {
    let result: Promise<Record<string, TensorData>> = Promise.resolve({});
    // The copy is encoded in queue order; the wait for the map happens outside the queue.
    const queued = this.serial(async () => {
      result = this.snapshotNow(names);
      result.catch(() => undefined);
    });
    return queued.then(() => result);
  }

  /** A one-off staging buffer per snapshot, so several can be in flight while steps keep running. */
  private snapshotNow(names: readonly string[]): Promise<Record<string, TensorData>> {
    this.checkUsable();
    const slots = this.paramReadback.select(names, 'param or state');
    const rb = new Readback(this.device, `${this.plan.name} snapshot`, slots);
    const encoder = this.device.createCommandEncoder({ label: `dlc ${this.plan.name} snapshot` });
    rb.encodeCopies(encoder, this.buffers, slots);
    this.device.queue.submit([encoder.finish()]);
    return rb.read(slots, (p) => this.guard(p)).finally(() => rb.destroy());
  }

  setParams(values: Feeds): Promise<void> {
    let writes: [Writable, StorageArray][];
    try {
      this.checkUsable();
      writes = this.convert(values, this.persistent, 'param', false, this.pending > 0);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.serial(async () => {
      this.checkUsable();
      this.write(writes);
    });
  }

  readParams(names?: readonly string[]): Promise<Record<string, TensorData>> {
    return this.serial(async () => {
      this.checkUsable();
      const slots = this.paramReadback.select(names ?? this.paramReadback.names, 'param or state');
      const encoder = this.device.createCommandEncoder({ label: `dlc ${this.plan.name} read params` });
      this.paramReadback.encodeCopies(encoder, this.buffers, slots);
      this.device.queue.submit([encoder.finish()]);
      return this.paramReadback.read(slots, (p) => this.guard(p));
    });
  }

  destroy(): void {
    this.destroyed = true;
    for (const b of this.buffers) if (!this.borrowed.has(b)) b.destroy();
    this.step?.buffer.destroy();
    this.outputReadback.destroy();
    this.paramReadback.destroy();
  }

  /** Everything up to the submit happens synchronously when idle (writeBuffer copies at once). */
  private async runNow(writes: readonly [Writable, StorageArray][], slots: readonly ReadSlot[], wait: boolean): Promise<Record<string, TensorData>> {
    this.checkUsable();
    this.write(writes);
    const encoder = this.device.createCommandEncoder({ label: `dlc ${this.plan.name} run` });
    // Compiled scans replay their body per step, in the same pass (scan-dispatch.ts); trimmed runtimes without loops skip it (features.ts).
    if ((typeof __DLC_LOOPS__ === 'undefined' || __DLC_LOOPS__) && (this.plan.loops?.length || this.step)) encodeWithLoops(encoder, `dlc ${this.plan.name}`, this.encoded, this.plan.loops ?? [], this.buffers, this.step?.align ?? 0);
    else {
      const pass = encoder.beginComputePass({ label: `dlc ${this.plan.name}` });
      let current: GPUComputePipeline | undefined;
      for (const e of this.encoded) {
        if (e.pipeline !== current) pass.setPipeline((current = e.pipeline)); // chains of one kernel skip the rebind
        pass.setBindGroup(0, e.bindGroup);
        pass.dispatchWorkgroups(e.workgroups[0], e.workgroups[1], e.workgroups[2]);
      }
      pass.end();
    }
    for (const u of this.plan.updates ?? []) encoder.copyBufferToBuffer(this.buffers[u.from]!, 0, this.buffers[u.to]!, 0, this.plan.buffers[u.to]!.size);
    if (slots.length > 0) this.outputReadback.encodeCopies(encoder, this.buffers, slots);
    this.device.queue.submit([encoder.finish()]);
    if (slots.length === 0) {
      if (wait) await this.guard(this.device.queue.onSubmittedWorkDone());
      return {};
    }
    return this.outputReadback.read(slots, (p) => this.guard(p));
  }

  /**
   * Validates every feed before writing any, so a bad call leaves the previous inputs intact. With
   * `own`, the arrays returned are fresh copies (for a call that waits its turn); otherwise they may be
   * the caller's own typed array or the reused scratch, written before run() returns.
   */
  private convert(feeds: Feeds, targets: Map<string, Writable>, kind: string, requireAll: boolean, own: boolean): [Writable, StorageArray][] {
    if (typeof feeds !== 'object' || feeds === null || Array.isArray(feeds) || ArrayBuffer.isView(feeds)) {
      throw new RuntimeError('E_FEED_TYPE', `${this.plan.name} takes its ${kind}s as an object of named arrays, got ${feeds === null ? 'null' : Array.isArray(feeds) ? 'an array' : typeof feeds}`);
    }
    this.checkFeedNames(feeds, targets, kind, requireAll);
    const out: [Writable, StorageArray][] = [];
    for (const [name, data] of Object.entries(feeds)) {
      const w = targets.get(name)!;
      const arr = toStorage(kind, w.info, data, () => (own ? allocStorage(w.info.dtype, w.info.length) : (w.scratch ??= allocStorage(w.info.dtype, w.info.length))));
      out.push([w, own && arr === data ? arr.slice() : arr]);
    }
    return out;
  }

  private checkFeedNames(feeds: Feeds, targets: Map<string, Writable>, kind: string, requireAll: boolean): void {
    const expected = (): string => [...targets.values()].map((w) => `${w.info.name}: ${describeType(w.info.dtype, w.info.shape)}`).join(', ') || '(none)';
    for (const name of Object.keys(feeds)) {
      if (targets.has(name)) continue;
      const isParam = kind === 'input' && this.persistent.has(name);
      throw new RuntimeError('E_FEED_UNKNOWN', `${this.plan.name} has no ${kind} named '${name}'`, {
        hint: isParam ? `'${name}' is a param or state: set it with setParams` : `its ${kind}s are ${expected()}`,
      });
    }
    if (!requireAll) return;
    const missing = [...targets.values()].filter((w) => !(w.info.name in feeds)).map((w) => `'${w.info.name}' (${describeType(w.info.dtype, w.info.shape)})`);
    if (missing.length > 0) throw new RuntimeError('E_FEED_MISSING', `no value given for ${kind} ${missing.join(', ')}`);
  }

  private write(writes: readonly [Writable, StorageArray][]): void {
    for (const [w, arr] of writes) {
      if (arr.length > 0) this.device.queue.writeBuffer(this.buffers[w.buffer]!, 0, arr.buffer, arr.byteOffset, arr.byteLength);
    }
  }

  private checkUsable(): void {
    if (this.lostError) throw this.lostError;
    if (this.destroyed) throw new RuntimeError('E_DESTROYED', `the executable for ${this.plan.name} was destroyed`);
  }

  /** Waits for GPU work, turning a lost device or a destroyed executable into a clear error. */
  private async guard<T>(p: Promise<T>): Promise<T> {
    try {
      return await Promise.race([p, this.lostRejection]);
    } catch (e) {
      if (e instanceof RuntimeError) throw e;
      // The lost promise can settle just after the map fails: give it a moment to name the cause.
      await Promise.race([this.device.lost, new Promise((r) => setTimeout(r, 50))]);
      if (this.lostError) throw this.lostError;
      if (this.destroyed) throw new RuntimeError('E_DESTROYED', `the executable for ${this.plan.name} was destroyed while a run was pending`);
      throw new RuntimeError('E_GPU', `GPU work for ${this.plan.name} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }

  /** Queues `f` after the previous operation; starts it at once (synchronously) when nothing is pending. */
  private serial<T>(f: () => Promise<T>): Promise<T> {
    const p = this.pending === 0 ? f() : this.tail.then(f);
    this.pending++;
    const settle = (): void => {
      this.pending--;
    };
    this.tail = p.then(settle, settle);
    return p;
  }
}
