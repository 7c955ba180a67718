/**
 * @file jax-js (`@jax-js/jax`) as a peer: its WebGPU backend on dlc's own GPUDevice (see
 * setNavigatorGpu in devices.ts) and its wasm backend. The MNIST MLP training step is one `jit` of
 * `valueAndGrad` plus the SGD update, written with jax-js's own API; the MNIST CNN forward is one
 * `jit`, and its training step one `jit` of `valueAndGrad` plus the RMSprop update. Weights are dlc's seeded initial weights (init-weights.ts), converted once on the host to
 * jax-js's layouts (NCHW activations, OIHW kernels; the first dense kernel's rows permuted so the
 * NCHW flatten meets Keras's NHWC one).
 */
import type * as Jax from '@jax-js/jax';
import type { CompiledModel, OptimizerConfig } from '../src/frontend/index.ts';
import { probabilityThreshold, rngHash } from '../src/ops/rng.ts';
import type { Weights } from './init-weights.ts';

type JaxModule = typeof Jax;
type Arr = Jax.Array;
export type JaxDevice = 'webgpu' | 'wasm';

export interface JaxPeers {
  readonly jax: JaxModule;
  /** Backends that initialised; the others carry their error. */
  readonly status: Readonly<Record<JaxDevice, true | string>>;
}

/** Loads jax-js and starts its WebGPU (navigator.gpu: dlc's device) and wasm backends. */
export async function openJax(): Promise<JaxPeers> {
  const jax = (await import('@jax-js/jax')) as JaxModule;
  const status: Record<JaxDevice, true | string> = { webgpu: 'did not initialise', wasm: 'did not initialise' };
  for (const d of ['webgpu', 'wasm'] as const) {
    try {
      const ok = await jax.init(d);
      status[d] = ok.includes(d) ? true : `jax-js init('${d}') returned ${JSON.stringify(ok)}`;
    } catch (e) {
      status[d] = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    }
  }
  return { jax, status };
}

/** A compiled jax-js program on one device: `run` resolves once its result is read back. */
export interface JaxProgram {
  readonly run: () => Promise<Float32Array>;
  readonly dispose: () => void;
}

const f32 = (w: Weights, name: string): Float32Array => {
  const v = w.get(name);
  if (!v) throw new Error(`no initial weight ${name}`);
  return v;
};

/** dlc's inverted-dropout mask for one training step: keep·1/(1 − rate) per element (the same hash as src/ops/dropout.ts). */
export function dropoutMask(rate: number, seed: number, step: number, n: number): Float32Array {
  const threshold = probabilityThreshold(1 - rate);
  const scale = 1 / (1 - rate);
  return Float32Array.from({ length: n }, (_, i) => (threshold === null || rngHash(seed, step, i) < threshold ? scale : 0));
}

/** The dropout layer of the MNIST MLP's training graph (rate and seed), so jax-js applies the very same mask. */
function dropoutAttrs(model: CompiledModel, batch: number): { rate: number; seed: number } {
  const node = model.graph(batch, { training: true }).nodes.find((n) => n.op === 'dropout');
  const a = node?.attrs as { rate?: number; seed?: number } | undefined;
  if (a?.rate === undefined || a.seed === undefined) throw new Error(`${model.name}: no dropout node in the training graph`);
  return { rate: a.rate, seed: a.seed };
}

type Mlp = { w0: Arr; b0: Arr; w1: Arr; b1: Arr; w2: Arr; b2: Arr };

/**
 * The MNIST MLP training step (784→128 relu→dropout→64 relu→10 softmax, categorical cross-entropy
 * from logits, SGD with Nesterov momentum as Keras and dlc define it): `run` does one step on the
 * same batch and returns the loss (read back). The dropout mask is an input: dlc's mask for step 0,
 * which dlc's step (fed step 0) draws on the GPU.
 */
export async function jaxMlpStep(peers: JaxPeers, device: JaxDevice, model: CompiledModel, weights: Weights, batch: number, x: Float32Array, y: Float32Array): Promise<JaxProgram> {
  const { jax } = peers;
  const np = jax.numpy;
  const opt = sgdConfig(model.train?.optimizer);
  const { rate, seed } = dropoutAttrs(model, batch);
  const put = (data: Float32Array, shape: number[]): Arr => np.array(data, { shape, device });
  const names = ['dense.kernel', 'dense.bias', 'dense_1.kernel', 'dense_1.bias', 'dense_2.kernel', 'dense_2.bias'];
  const shapes = [[784, 128], [128], [128, 64], [64], [64, 10], [10]];
  const tree = (f: (i: number) => Arr): Mlp => ({ w0: f(0), b0: f(1), w1: f(2), b1: f(3), w2: f(4), b2: f(5) });
  let params = tree((i) => put(f32(weights, names[i]!), shapes[i]!));
  let velocity = tree((i) => np.zeros(shapes[i]!, { device }));
  const xs = put(x, [batch, 784]);
  const ys = put(y, [batch, 10]);
  const mask = put(dropoutMask(rate, seed, 0, batch * 128), [batch, 128]);

  const loss = (p: Mlp, xb: Arr, yb: Arr, m: Arr): Arr => {
    const h0 = jax.nn.relu(np.matmul(xb, p.w0).add(p.b0)).mul(m);
    const h1 = jax.nn.relu(np.matmul(h0, p.w1).add(p.b1));
    const logits = np.matmul(h1, p.w2).add(p.b2);
    return np.sum(jax.nn.logSoftmax(logits, -1).mul(yb)).mul(-1 / batch);
  };
  const { lr, momentum, nesterov } = opt;
  // Keras SGD: v ← m·v − lr·g; w ← w + m·v − lr·g (Nesterov) or w + v.
  const step = jax.jit((p: Mlp, v: Mlp, xb: Arr, yb: Arr, m: Arr) => {
    const [l, g] = jax.valueAndGrad(loss)(jax.tree.ref(p), xb, yb, m);
    const v2 = jax.tree.map((vi: Arr, gi: Arr) => vi.mul(momentum).sub(gi.mul(lr)), v, jax.tree.ref(g)) as Mlp;
    const p2 = jax.tree.map((pi: Arr, vi: Arr, gi: Arr) => (nesterov ? pi.add(vi.mul(momentum)).sub(gi.mul(lr)) : pi.add(vi)), p, jax.tree.ref(v2), g) as Mlp;
    return [l, p2, v2] as [Arr, Mlp, Mlp];
  });
  const run = async (): Promise<Float32Array> => {
    const [l, p2, v2] = step(params, velocity, xs.ref, ys.ref, mask.ref);
    params = p2;
    velocity = v2;
    return (await l.data()) as Float32Array;
  };
  return {
    run,
    dispose: () => {
      step.dispose();
      jax.tree.dispose([params, velocity, xs, ys, mask]);
    },
  };
}

/** Learning rate, momentum and Nesterov of an SGD config (the MNIST MLP's optimizer); anything else is refused. */
function sgdConfig(o: OptimizerConfig | undefined): { lr: number; momentum: number; nesterov: boolean } {
  const c = (o ?? {}) as unknown as Record<string, number | boolean | string | undefined>;
  if (c.kind !== 'sgd') throw new Error(`the jax-js MLP step implements SGD; the model uses ${String(c.kind)}`);
  return { lr: Number(c.learningRate ?? 0.01), momentum: Number(c.momentum ?? 0), nesterov: Boolean(c.nesterov) };
}

/** HWIO (Keras) → OIHW (jax-js's conv kernel layout). */
function oihw(k: Float32Array, [kh, kw, ci, co]: readonly number[]): Float32Array {
  const out = new Float32Array(k.length);
  for (let h = 0; h < kh!; h++) for (let w = 0; w < kw!; w++) for (let i = 0; i < ci!; i++) for (let o = 0; o < co!; o++) {
    out[((o * ci! + i) * kh! + h) * kw! + w] = k[((h * kw! + w) * ci! + i) * co! + o]!;
  }
  return out;
}

/** Rows of a dense kernel that follows an NHWC flatten, reordered for an NCHW flatten of the same [h, w, c] volume. */
function nchwRows(k: Float32Array, [h, w, c]: readonly number[], units: number): Float32Array {
  const out = new Float32Array(k.length);
  for (let y = 0; y < h!; y++) for (let x = 0; x < w!; x++) for (let ch = 0; ch < c!; ch++) {
    const from = ((y * w! + x) * c! + ch) * units;
    const to = ((ch * h! + y) * w! + x) * units;
    out.set(k.subarray(from, from + units), to);
  }
  return out;
}

/** rho and epsilon of an RMSprop config (the MNIST CNN's optimizer, no momentum); anything else is refused. */
function rmspropConfig(o: OptimizerConfig | undefined): { lr: number; rho: number; epsilon: number } {
  const c = (o ?? {}) as unknown as Record<string, number | string | undefined>;
  if (c.kind !== 'rmsprop' || Number(c.momentum ?? 0) !== 0 || c.centered) throw new Error(`the jax-js CNN step implements RMSprop without momentum; the model uses ${String(c.kind)}`);
  return { lr: Number(c.learningRate ?? 1e-3), rho: Number(c.rho ?? 0.9), epsilon: Number(c.epsilon ?? 1e-7) };
}

type Cnn = { k0: Arr; b0: Arr; k1: Arr; b1: Arr; w2: Arr; b2: Arr; w3: Arr; b3: Arr };

/** The MNIST CNN's weights in jax-js layouts (OIHW kernels, NCHW-flatten dense rows), as a tree. */
function cnnParams(put: (d: Float32Array, s: number[]) => Arr, weights: Weights): Cnn {
  return {
    k0: put(oihw(f32(weights, 'conv2d.kernel'), [3, 3, 1, 32]), [32, 1, 3, 3]),
    b0: put(f32(weights, 'conv2d.bias'), [1, 32, 1, 1]),
    k1: put(oihw(f32(weights, 'conv2d_1.kernel'), [3, 3, 32, 64]), [64, 32, 3, 3]),
    b1: put(f32(weights, 'conv2d_1.bias'), [1, 64, 1, 1]),
    w2: put(nchwRows(f32(weights, 'dense.kernel'), [5, 5, 64], 64), [1600, 64]),
    b2: put(f32(weights, 'dense.bias'), [64]),
    w3: put(f32(weights, 'dense_1.kernel'), [64, 10]),
    b3: put(f32(weights, 'dense_1.bias'), [10]),
  };
}

/** The CNN's logits [batch, 10] (conv → relu → pool twice, dense relu, dense) in jax-js. */
function cnnLogits(jax: JaxModule, p: Cnn, xb: Arr, batch: number): Arr {
  const np = jax.numpy;
  const pool = (h: Arr): Arr => jax.lax.reduceWindow(h, (win: Arr) => np.max(win), [2, 2], [2, 2]);
  let h = pool(jax.nn.relu(jax.lax.conv(xb, p.k0, [1, 1], 'VALID').add(p.b0)));
  h = pool(jax.nn.relu(jax.lax.conv(h, p.k1, [1, 1], 'VALID').add(p.b1)));
  const f = jax.nn.relu(np.matmul(h.reshape([batch, 1600]), p.w2).add(p.b2));
  return np.matmul(f, p.w3).add(p.b3);
}

/**
 * The MNIST CNN training step: categorical cross-entropy from the logits (mean over the batch),
 * `valueAndGrad`, and Keras's RMSprop (v ← ρ·v + (1 − ρ)·g²; w ← w − lr·g / (√v + ε)), one jit;
 * `run` does one step on the same batch and returns the loss (read back). The first step's loss is
 * dlc's from the same weights and batch.
 */
export async function jaxCnnStep(peers: JaxPeers, device: JaxDevice, model: CompiledModel, weights: Weights, batch: number, x: Float32Array, y: Float32Array): Promise<JaxProgram> {
  const { jax } = peers;
  const np = jax.numpy;
  const { lr, rho, epsilon } = rmspropConfig(model.train?.optimizer);
  const put = (data: Float32Array, shape: number[]): Arr => np.array(data, { shape, device });
  let params = cnnParams(put, weights);
  let ms = jax.tree.map((a: Arr) => np.zeros(a.shape, { device }), jax.tree.ref(params)) as Cnn;
  const xs = put(x, [batch, 1, 28, 28]);
  const ys = put(y, [batch, 10]);
  const loss = (p: Cnn, xb: Arr, yb: Arr): Arr => np.sum(jax.nn.logSoftmax(cnnLogits(jax, p, xb, batch), -1).mul(yb)).mul(-1 / batch);
  const step = jax.jit((p: Cnn, v: Cnn, xb: Arr, yb: Arr) => {
    const [l, g] = jax.valueAndGrad(loss)(jax.tree.ref(p), xb, yb);
    const v2 = jax.tree.map((vi: Arr, gi: Arr) => vi.mul(rho).add(gi.ref.mul(gi).mul(1 - rho)), v, jax.tree.ref(g)) as Cnn;
    const p2 = jax.tree.map((pi: Arr, vi: Arr, gi: Arr) => pi.sub(gi.mul(lr).div(np.sqrt(vi).add(epsilon))), p, jax.tree.ref(v2), g) as Cnn;
    return [l, p2, v2] as [Arr, Cnn, Cnn];
  });
  const run = async (): Promise<Float32Array> => {
    const [l, p2, v2] = step(params, ms, xs.ref, ys.ref);
    params = p2;
    ms = v2;
    return (await l.data()) as Float32Array;
  };
  return {
    run,
    dispose: () => {
      step.dispose();
      jax.tree.dispose([params, ms, xs, ys]);
    },
  };
}

/**
 * MNIST CNN inference (conv 32 3×3 relu → max-pool 2 → conv 64 3×3 relu → max-pool 2 → flatten →
 * dense 64 relu → dense 10 softmax), one jit; `run` returns the probabilities [batch, 10] read back.
 * The input NHWC [B, 28, 28, 1] is NCHW [B, 1, 28, 28] with the same bytes.
 */
export async function jaxCnnInfer(peers: JaxPeers, device: JaxDevice, weights: Weights, batch: number, x: Float32Array): Promise<JaxProgram> {
  const { jax } = peers;
  const np = jax.numpy;
  const put = (data: Float32Array, shape: number[]): Arr => np.array(data, { shape, device });
  const params = cnnParams(put, weights);
  const xs = put(x, [batch, 1, 28, 28]);
  const forward = jax.jit((xb: Arr, p: Cnn) => jax.nn.softmax(cnnLogits(jax, p, xb, batch), -1));
  const run = async (): Promise<Float32Array> => {
    const y = forward(xs.ref, jax.tree.ref(params));
    return (await y.data()) as Float32Array;
  };
  return {
    run,
    dispose: () => {
      forward.dispose();
      jax.tree.dispose([xs, params]);
    },
  };
}
