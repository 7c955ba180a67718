/**
 * @file Bundle validation: the manifest's schema, version, paths and buffer sizes, and the weights
 * against the plans, all checked before any GPU work so a broken bundle is a clear RuntimeError.
 */
import { checkData } from './bundle-data.ts';
import { checkExplain } from './bundle-explain.ts';
import { featureMissing } from './features.ts';
import { isSha256 } from './bundle-integrity.ts';
import { checkBundlePath } from './bundle-paths.ts';
import { clip, describeType, RuntimeError } from './errors.ts';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type Manifest, type ManifestPlan, type TensorSpec } from './bundle-types.ts';
import { checkPlanStructure, PLAN_LIMITS } from './plan-check.ts';
import { checkPrecision, packedReadAsF32, versionFor } from './bundle-precision.ts';
import { PLAN_VERSION, type PlanBuffer } from './plan-types.ts';

const DTYPES = ['f32', 'i32', 'u32', 'bool'];
const ROLES = ['input', 'param', 'state', 'output', 'temp'];
const REBUILD = 'rebuild the bundle with `dlc build`; do not edit its files by hand';

function invalid(message: string): never {
  throw new RuntimeError('E_BUNDLE_INVALID', `manifest.json: ${message}`, { hint: REBUILD });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isShape(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((d) => Number.isSafeInteger(d) && d >= 0);
}

function numel(shape: readonly number[]): number {
  return shape.reduce((a, d) => a * d, 1);
}

/** Checks the parsed manifest.json and returns it typed; throws E_BUNDLE_VERSION / E_BUNDLE_INVALID / E_BUNDLE_PATH. */
export function validateManifest(json: unknown): Manifest {
  if (!isObject(json) || json.format !== MANIFEST_FORMAT) invalid(`not a dlc bundle manifest (expected "format": "${MANIFEST_FORMAT}")`);
  // Bundles with packed weights (a `precision` section) are version 3, f32 ones 2 (bundle-types.ts).
  const want = versionFor(json);
  if (json.version !== want) {
    throw new RuntimeError('E_BUNDLE_VERSION', `manifest.json has schema version ${JSON.stringify(json.version)}; this runtime reads version ${want}`, {
      hint: 'rebuild the bundle with the dlc version whose runtime you ship, or use the index.js built with it',
    });
  }
  const m = json as unknown as Manifest;
  if (typeof m.name !== 'string' || m.name.length > 200 || (m.mode !== 'inference' && m.mode !== 'train') || !Number.isSafeInteger(m.batch) || m.batch < 1) invalid('name, mode or batch is missing or malformed');
  checkKernels(m);
  checkWeightsSpec(m);
  checkData(m.data, invalid);
  if (!isObject(m.plans) || !isObject(m.entryPoints) || !has(m.entryPoints, 'predict')) invalid('plans or the predict entry point is missing');
  if (Object.keys(m.plans).length > MAX_PLANS || Object.keys(m.entryPoints).length > MAX_PLANS) invalid(`more than ${MAX_PLANS} plans or entry points`);
  for (const [name, plan] of Object.entries(m.plans)) checkPlan(clip(name, 60), plan, m);
  for (const [rawName, ep] of Object.entries(m.entryPoints)) {
    const name = clip(rawName, 60);
    if (!isObject(ep) || typeof ep.plan !== 'string' || !has(m.plans, ep.plan)) invalid(`entry point '${name}' refers to a missing plan`);
    const plan = m.plans[ep.plan]!;
    checkSpecs(`entry point '${name}' input`, ep.inputs, plan, plan.inputs);
    checkSpecs(`entry point '${name}' output`, ep.outputs, plan, plan.outputs);
    for (const i of ep.inputs) if (i.nonFinite !== 'reject' && i.nonFinite !== 'allow') invalid(`entry point '${name}' input '${clip(i.name, 60)}' has nonFinite ${clip(JSON.stringify(i.nonFinite) ?? 'missing', 30)}; it must be "reject" or "allow"`);
  }
  // A runtime trimmed for this bundle (features.ts) refuses what it was built without.
  if (has(m.entryPoints, 'trainStep')) {
    if (typeof __DLC_TRAINING__ === 'undefined' || __DLC_TRAINING__) checkTraining(m);
    else featureMissing('a trainStep entry point');
  }
  if (m.precision !== undefined) {
    if (typeof __DLC_PACKED__ === 'undefined' || __DLC_PACKED__) checkPrecision(m);
    else featureMissing('packed weights (a precision section)');
  }
  if (has(m, 'explain')) {
    if (typeof __DLC_EXPLAIN__ === 'undefined' || __DLC_EXPLAIN__) checkExplain(m);
    else featureMissing('explanations (an explain section)');
  }
  if (!(typeof __DLC_LOOPS__ === 'undefined' || __DLC_LOOPS__) && (Object.values(m.plans).some((p) => p.loops !== undefined) || m.kernels.some((k) => k.step !== undefined))) {
    featureMissing('compiled loops (a plan with loops or a stepped kernel)');
  }
  return m;
}

/** Own keys only: a manifest naming `constructor` or `__proto__` must not reach Object.prototype. */
function has(o: object, key: string): boolean {
  return Object.hasOwn(o, key);
}

const MAX_PLANS = 8;
const MAX_TENSORS = 65536;
const MAX_RANK = 16;

function checkTraining(m: Manifest): void {
  const t = m.training;
  const ok = isObject(t) && typeof t.learningRate === 'number' && Number.isFinite(t.learningRate) && [t.rateInput, t.stepInput, t.dropoutInput, t.optimizer, t.loss].every((x) => typeof x === 'string');
  if (!ok) invalid('a trainStep entry point needs a training section (learningRate, optimizer, loss, rateInput, stepInput, dropoutInput)');
  const plan = m.plans[m.entryPoints.trainStep!.plan]!;
  for (const n of [t.rateInput, t.stepInput]) if (!has(plan.inputs, n)) invalid(`training input '${clip(n, 60)}' is not an input of the training plan`);
}

function checkKernels(m: Manifest): void {
  if (!Array.isArray(m.kernels)) invalid('kernels is not a list');
  if (m.kernels.length > PLAN_LIMITS.kernels) invalid(`${m.kernels.length} kernels is more than any dlc build makes (${PLAN_LIMITS.kernels})`);
  m.kernels.forEach((k, i) => {
    if (!isObject(k as unknown)) invalid(`kernel ${i} is not an object`);
    checkBundlePath(k.path, `kernel ${i}`);
    if (!Number.isSafeInteger(k.bytes) || k.bytes < 0 || !isSha256(k.sha256) || typeof k.entry !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(k.entry)) {
      invalid(`kernel ${i} (${k.path}) lacks a valid bytes, sha256 or entry`);
    }
    if (!Array.isArray(k.bindings) || !k.bindings.every((b: unknown) => b === 'read' || b === 'read_write')) invalid(`kernel ${i} (${k.path}) has malformed bindings`);
    if (k.step !== undefined && k.step !== true) invalid(`kernel ${i} (${k.path}) has a malformed step flag`);
    if (!Array.isArray(k.bindingBytes) || k.bindingBytes.length !== k.bindings.length || !k.bindingBytes.every((n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0)) {
      invalid(`kernel ${i} (${k.path}) lacks bindingBytes (one byte count per binding)`);
    }
  });
}

function checkWeightsSpec(m: Manifest): void {
  const w = m.weights;
  if (!isObject(w)) invalid('weights is missing');
  checkBundlePath(w.path, 'weights');
  if (!Number.isSafeInteger(w.bytes) || w.bytes < 0 || !isSha256(w.sha256) || !Array.isArray(w.tensors)) invalid('weights lacks a valid bytes, sha256 or tensors');
  if (w.tensors.length > MAX_TENSORS) invalid(`${w.tensors.length} weight tensors is more than any dlc build makes (${MAX_TENSORS})`);
  for (const t of w.tensors) checkSpec('weight', t);
}

function checkSpec(what: string, t: TensorSpec): void {
  if (!isObject(t) || typeof t.name !== 'string' || t.name.length > 1000 || !DTYPES.includes(t.dtype) || !isShape(t.shape) || t.shape.length > MAX_RANK) invalid(`a ${what} entry is malformed: ${clip(JSON.stringify(t) ?? String(t), 100)}`);
}

function checkPlan(name: string, p: ManifestPlan, m: Manifest): void {
  if (!isObject(p) || p.version !== PLAN_VERSION) {
    throw new RuntimeError('E_PLAN_VERSION', `manifest.json: plan '${name}' has plan version ${clip(JSON.stringify(p?.version) ?? 'none', 20)}; this runtime reads ${PLAN_VERSION}`, { hint: REBUILD });
  }
  const kernelCount = m.kernels.length;
  if (typeof p.name !== 'string' || p.name.length > 200) invalid(`plan '${name}' has no name`);
  if (!Array.isArray(p.kernels) || p.kernels.length > PLAN_LIMITS.kernels || !p.kernels.every((k) => Number.isSafeInteger(k) && k >= 0 && k < kernelCount)) invalid(`plan '${name}' refers to a kernel that does not exist`);
  if (!Array.isArray(p.buffers) || !Array.isArray(p.dispatches)) invalid(`plan '${name}' lacks buffers or dispatches`);
  if (p.buffers.length > PLAN_LIMITS.buffers) invalid(`plan '${name}' has ${p.buffers.length} buffers, more than any dlc build makes (${PLAN_LIMITS.buffers})`);
  p.buffers.forEach((b, i) => checkBuffer(name, b, i));
  const roles: [Record<string, number>, string[]][] = [
    [p.inputs, ['input']],
    [p.params, ['param']],
    [p.states, ['state']],
    [p.outputs, ROLES],
  ];
  for (const [map, allowed] of roles) {
    if (!isObject(map)) invalid(`plan '${name}' lacks an inputs, params, states or outputs map`);
    for (const [n, i] of Object.entries(map)) {
      const b = Number.isSafeInteger(i) ? p.buffers[i] : undefined;
      if (!b || !allowed.includes(b.role)) invalid(`plan '${name}': '${clip(n, 60)}' refers to buffer ${clip(String(i), 20)}, which is missing or has the wrong role`);
    }
  }
  checkPlanStructure(`manifest.json: plan '${name}'`, p, p.kernels.length, (i) => m.kernels[p.kernels[i]!], 'E_BUNDLE_INVALID', REBUILD);
}

/**
 * Every buffer must hold its type's bytes (a short one would make the GPU read past data). A memory
 * planner may give a temp or output buffer more (values sharing it), but what the host writes
 * (inputs, params, states) must match exactly.
 */
function checkBuffer(plan: string, b: PlanBuffer, i: number): void {
  if (!isObject(b) || !DTYPES.includes(b.dtype) || !ROLES.includes(b.role) || !isShape(b.shape) || b.shape.length > MAX_RANK || (b.name !== undefined && (typeof b.name !== 'string' || b.name.length > 1000))) {
    invalid(`plan '${plan}' buffer ${i} is malformed`);
  }
  const want = numel(b.shape) * 4;
  const isHostWritten = b.role === 'input' || b.role === 'param' || b.role === 'state';
  if (!Number.isSafeInteger(b.size) || b.size < want || (isHostWritten && b.size !== want)) {
    invalid(`plan '${plan}' buffer ${i}${b.name ? ` '${clip(b.name, 60)}'` : ''} is ${describeType(b.dtype, b.shape)}, which needs ${want} bytes, but its size says ${b.size}`);
  }
}

function checkSpecs(what: string, specs: readonly TensorSpec[], plan: ManifestPlan, map: Readonly<Record<string, number>>): void {
  if (!Array.isArray(specs)) invalid(`${what}s are not a list`);
  for (const s of specs) {
    checkSpec(what, s);
    const b = has(map, s.name) ? plan.buffers[map[s.name]!] : undefined;
    if (!b || b.dtype !== s.dtype || describeType(b.dtype, b.shape) !== describeType(s.dtype, s.shape)) {
      invalid(`${what} '${clip(s.name, 60)}' (${describeType(s.dtype, s.shape)}) does not match the plan's buffer`);
    }
  }
}

/**
 * The weights file against the manifest and every plan: each param and state a plan binds must be
 * in the file with its exact dtype and shape. Names are listed so a renamed layer is obvious.
 */
export function checkWeights(m: Manifest, tensors: ReadonlyMap<string, TensorSpec>): void {
  for (const spec of m.weights.tensors) {
    const t = tensors.get(spec.name);
    if (!t) throw weightError(`weights.safetensors lacks tensor '${spec.name}' (${describeType(spec.dtype, spec.shape)}) listed in the manifest`);
    if (describeType(t.dtype, t.shape) !== describeType(spec.dtype, spec.shape)) {
      throw weightError(`weight '${spec.name}' is ${describeType(t.dtype, t.shape)} in weights.safetensors but the model needs ${describeType(spec.dtype, spec.shape)}`);
    }
  }
  for (const [planName, p] of Object.entries(m.plans)) {
    for (const [name, i] of Object.entries({ ...p.params, ...p.states })) {
      const b = p.buffers[i]!;
      const t = tensors.get(name);
      if (!t) throw weightError(`plan '${planName}' needs weight '${name}' (${describeType(b.dtype, b.shape)}) but weights.safetensors has none by that name (it has ${[...tensors.keys()].join(', ') || 'no tensors'})`);
      // A packed weight an explain plan reads as f32 is dequantised at load (bundle-precision.ts).
      const dequantised = (typeof __DLC_PACKED__ === 'undefined' || __DLC_PACKED__) && t.dtype === 'u32' && packedReadAsF32(m, name, b) !== undefined;
      if (describeType(t.dtype, t.shape) !== describeType(b.dtype, b.shape) && !dequantised) {
        throw weightError(`weight '${name}' is ${describeType(t.dtype, t.shape)} in weights.safetensors but plan '${planName}' needs ${describeType(b.dtype, b.shape)}`);
      }
    }
  }
}

function weightError(message: string): RuntimeError {
  return new RuntimeError('E_BUNDLE_WEIGHTS', message, { hint: 'build the bundle again with weights trained for this model (dlc build --weights)' });
}
