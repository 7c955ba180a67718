/**
 * @file Every model's `--precision f16` predict plans (f16 weights and activations) compiled for this
 * device, every pipeline created on it and the plan run once on zeros: the packed-u32 plan everywhere, the array<f16> plan where
 * the device has shader-f16. Prints one line per model and plan with its temporaries' bytes against
 * the f32-activation plan's; exits 1 if any pipeline fails to compile.
 *
 * Kernels are chosen for this device (as `dlc train` and a bundle built with its target do);
 * `--gpu-kernels` compiles the GPU choices instead (what a build without a target gets).
 *
 *   npx tsx scripts/f16-act-pipelines.ts [--models a,b] [--batch n] [--gpu-kernels]
 *   DLC_VULKAN_DRIVER=lavapipe npx tsx scripts/f16-act-pipelines.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deviceTarget } from '../src/codegen/target.ts';
import { compileInference } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { numel } from '../src/ir/index.ts';
import { acquireDevice, describeAdapter, loadPlan, PipelineCache } from '../src/runtime/index.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const { values } = parseArgs({ options: { models: { type: 'string' }, batch: { type: 'string', default: '2' }, 'gpu-kernels': { type: 'boolean', default: false } } });
const batch = Number(values.batch);
const files = values.models ? values.models.split(',').map((m) => `${m.replace(/\.ts$/, '')}.ts`) : readdirSync(join(ROOT, 'models')).filter((f) => f.endsWith('.ts')).sort();

const handle = await acquireDevice({ optionalFeatures: ['shader-f16'] });
const target = values['gpu-kernels'] ? undefined : deviceTarget(handle.device);
const natives = handle.device.features.has('shader-f16') ? [false, true] : [false];
console.log(`device: ${describeAdapter(handle.adapter)}; plans: ${natives.map((n) => (n ? 'array<f16>' : 'packed u32')).join(', ')}; ${target ? 'kernels for this device' : 'GPU kernel choices'}; batch ${batch}; load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
let failed = 0;
const cache = new PipelineCache(handle.device);
for (const file of files) {
  let model;
  try {
    model = compileModelFile(join(ROOT, 'models', file)).main;
  } catch (e) {
    console.log(`${file}: does not compile (${String(e).split('\n')[0]})`);
    continue;
  }
  for (const nativeF16 of natives) {
    const t0 = performance.now();
    try {
      const f32Act = compileInference(model, { batch, ...(target ? { target } : {}), weights: { kind: 'f16', nativeF16 } }).compiled!.memory;
      const prog = compileInference(model, { batch, ...(target ? { target } : {}), weights: { kind: 'f16', nativeF16, activations: true } });
      const exe = await loadPlan(handle.device, prog.plan!, { pipelineCache: cache });
      // One run on zeros: a driver that compiles at first dispatch (lavapipe) compiles here too.
      const zeros = Object.fromEntries(exe.inputs.map((t) => [t.name, t.dtype === 'f32' ? new Float32Array(numel(t.shape)) : new Int32Array(numel(t.shape))]));
      await exe.run(zeros, { read: [] });
      exe.destroy();
      const mem = prog.compiled!.memory;
      console.log(`${file} ${nativeF16 ? 'array<f16>' : 'packed'}: ${prog.plan!.kernels.length} pipelines compiled and ran (${((performance.now() - t0) / 1000).toFixed(1)} s); temporaries ${f32Act.tempBytes} → ${mem.tempBytes} B, plan buffers ${f32Act.peakBytes} → ${mem.peakBytes} B`);
    } catch (e) {
      failed++;
      console.log(`${file} ${nativeF16 ? 'array<f16>' : 'packed'}: FAILED ${String(e instanceof Error ? e.message : e).slice(0, 2000)}`);
    }
  }
}
handle.destroy();
await handle.lost;
console.log(failed === 0 ? 'all pipelines compiled' : `${failed} plan(s) failed`);
process.exit(failed === 0 ? 0 : 1);
