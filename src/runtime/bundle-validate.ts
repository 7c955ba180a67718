/**
 * @file Bundle validation: the manifest's schema, version, paths and buffer sizes, and the weights
 * against the plans, all checked before any GPU work so a broken bundle is a clear RuntimeError.
 */
import { isSha256 } from './bundle-integrity.ts';
import { checkBundlePath } from './bundle-paths.ts';
import { clip, describeType, RuntimeError } from './errors.ts';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type Manifest, type ManifestPlan, type TensorSpec } from './bundle-types.ts';
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
  if (json.version !== MANIFEST_VERSION) {
    throw new RuntimeError('E_BUNDLE_VERSION', `manifest.json has schema version ${JSON.stringify(json.version)}; this runtime reads version ${MANIFEST_VERSION}`, {
      hint: 'rebuild the bundle with the dlc version whose runtime you ship, or use the index.js built with it',
    });
  }
  const m = json as unknown as Manifest;
  if (typeof m.name !== 'string' || (m.mode !== 'inference' && m.mode !== 'train') || !Number.isSafeInteger(m.batch)) invalid('name, mode or batch is missing or malformed');
  checkKernels(m);
  checkWeightsSpec(m);
  if (!isObject(m.plans) || !isObject(m.entryPoints) || !m.entryPoints.predict) invalid('plans or the predict entry point is missing');
  for (const [name, plan] of Object.entries(m.plans)) checkPlan(name, plan, m.kernels.length);
  for (const [name, ep] of Object.entries(m.entryPoints)) {
    const plan = m.plans[ep.plan];
    if (!plan) invalid(`entry point '${name}' refers to a missing plan '${ep.plan}'`);
    checkSpecs(`entry point '${name}' input`, ep.inputs, plan, plan.inputs);
    checkSpecs(`entry point '${name}' output`, ep.outputs, plan, plan.outputs);
  }
  return m;
}

function checkKernels(m: Manifest): void {
  if (!Array.isArray(m.kernels)) invalid('kernels is not a list');
  m.kernels.forEach((k, i) => {
    checkBundlePath(k?.path, `kernel ${i}`);
    if (!Number.isSafeInteger(k.bytes) || k.bytes < 0 || !isSha256(k.sha256) || typeof k.entry !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(k.entry)) {
      invalid(`kernel ${i} (${k.path}) lacks a valid bytes, sha256 or entry`);
    }
    if (!Array.isArray(k.bindings) || !k.bindings.every((b: unknown) => b === 'read' || b === 'read_write')) invalid(`kernel ${i} (${k.path}) has malformed bindings`);
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
  for (const t of w.tensors) checkSpec('weight', t);
}

function checkSpec(what: string, t: TensorSpec): void {
  if (!isObject(t) || typeof t.name !== 'string' || !DTYPES.includes(t.dtype) || !isShape(t.shape)) invalid(`a ${what} entry is malformed: ${clip(JSON.stringify(t) ?? String(t), 100)}`);
}

function checkPlan(name: string, p: ManifestPlan, kernelCount: number): void {
  if (!isObject(p) || p.version !== PLAN_VERSION) {
    throw new RuntimeError('E_PLAN_VERSION', `manifest.json: plan '${name}' has plan version ${JSON.stringify(p?.version)}; this runtime reads ${PLAN_VERSION}`, { hint: REBUILD });
  }
  if (!Array.isArray(p.kernels) || !p.kernels.every((k) => Number.isSafeInteger(k) && k >= 0 && k < kernelCount)) invalid(`plan '${name}' refers to a kernel that does not exist`);
  if (!Array.isArray(p.buffers) || !Array.isArray(p.dispatches)) invalid(`plan '${name}' lacks buffers or dispatches`);
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
      const b = p.buffers[i];
      if (!b || !allowed.includes(b.role)) invalid(`plan '${name}': '${n}' refers to buffer ${i}, which is missing or has the wrong role`);
    }
  }
}

/**
 * Every buffer must hold its type's bytes (a short one would make the GPU read past data). A memory
 * planner may give a temp or output buffer more (values sharing it), but what the host writes
 * (inputs, params, states) must match exactly.
 */
function checkBuffer(plan: string, b: PlanBuffer, i: number): void {
  if (!isObject(b) || !DTYPES.includes(b.dtype) || !ROLES.includes(b.role) || !isShape(b.shape)) invalid(`plan '${plan}' buffer ${i} is malformed`);
  const want = numel(b.shape) * 4;
  const isHostWritten = b.role === 'input' || b.role === 'param' || b.role === 'state';
  if (!Number.isSafeInteger(b.size) || b.size < want || (isHostWritten && b.size !== want)) {
    invalid(`plan '${plan}' buffer ${i}${b.name ? ` '${b.name}'` : ''} is ${describeType(b.dtype, b.shape)}, which needs ${want} bytes, but its size says ${b.size}`);
  }
}

function checkSpecs(what: string, specs: readonly TensorSpec[], plan: ManifestPlan, map: Readonly<Record<string, number>>): void {
  if (!Array.isArray(specs)) invalid(`${what}s are not a list`);
  for (const s of specs) {
    checkSpec(what, s);
    const b = map[s.name] === undefined ? undefined : plan.buffers[map[s.name]!];
    if (!b || b.dtype !== s.dtype || describeType(b.dtype, b.shape) !== describeType(s.dtype, s.shape)) {
      invalid(`${what} '${s.name}' (${describeType(s.dtype, s.shape)}) does not match the plan's buffer`);
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
      if (describeType(t.dtype, t.shape) !== describeType(b.dtype, b.shape)) {
        throw weightError(`weight '${name}' is ${describeType(t.dtype, t.shape)} in weights.safetensors but plan '${planName}' needs ${describeType(b.dtype, b.shape)}`);
      }
    }
  }
}

function weightError(message: string): RuntimeError {
  return new RuntimeError('E_BUNDLE_WEIGHTS', message, { hint: 'build the bundle again with weights trained for this model (dlc build --weights)' });
}
