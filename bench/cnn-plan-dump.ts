/**
 * @file Writes a model's training-step plan, compiled for this device's own target (as the bench
 * compiles it), to a JSON file: run it in two checkouts and hand both files to cnn-plan-ab.ts to time
 * one compiler's step against another's interleaved on one device.
 *
 *   DLC_VULKAN_DRIVER=lavapipe npx tsx bench/cnn-plan-dump.ts --out /tmp/after.json [--model models/mnist_cnn.ts] [--name conv_autoencoder] [--batch 64]
 */
import { writeFileSync } from 'node:fs';
import { deviceTarget } from '../src/codegen/target.ts';
import { compileTraining } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice } from '../src/runtime/index.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const gpu = await acquireDevice();
const program = compileModelFile(arg('model', 'models/mnist_cnn.ts'));
const m = arg('name', '') ? program.models.find((x) => x.name === arg('name', ''))! : program.main;
const batch = Number(arg('batch', '64'));
const plan = compileTraining(m, { batch, data: { xShape: [...m.inputs[0]!.shape], yShape: [...m.outputs[0]!.shape], yDtype: 'f32' }, target: deviceTarget(gpu.device) }).plan!;
writeFileSync(arg('out', 'plan.json'), JSON.stringify(plan));
console.log(`${m.name} b${batch}: ${plan.dispatches.length} dispatches, ${plan.kernels.length} kernels → ${arg('out', 'plan.json')}`);
gpu.destroy();
process.exit(0);
