/**
 * @file The real #17 shrink measurement (too slow for CI): train the MNIST CNN (models/mnist_cnn.ts)
 * with `dlc train`, then `dlc build --report` over the whole MNIST test set — f32, f16 and int8 bundle
 * and weight sizes, test accuracy and top-1 agreement with f32, output differences and per-kernel
 * GFLOP/s on this device. Writes bench/results/<date>-quantize-mnist.{json,md}.
 *
 *   npx tsx scripts/quantize-mnist.ts [--train-limit N] [--epochs E] [--batch B] [--test-limit N] [--weights ckpt] [--name quantize-mnist]
 *
 * Runs on the device dlc picks (lavapipe when installed; DLC_VULKAN_DRIVER=swiftshader for SwiftShader).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatPrecisionReport, precisionReport } from '../src/cli/commands/build-report.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    'train-limit': { type: 'string', default: '16000' },
    epochs: { type: 'string', default: '1' },
    batch: { type: 'string', default: '100' },
    'test-limit': { type: 'string' },
    weights: { type: 'string' },
    // Results file name under bench/results/<date>-<name>.{json,md} (the f16-activation run writes its own).
    name: { type: 'string', default: 'quantize-mnist' },
  },
});

const model = join(ROOT, 'models/mnist_cnn.ts');
const runDir = join(ROOT, 'out', values.name!);
let weights = values.weights;
let trainLog = '';
if (!weights) {
  const t0 = performance.now();
  const r = spawnSync('node', [join(ROOT, 'bin/dlc.js'), 'train', model, '--epochs', values.epochs!, '--train-limit', values['train-limit']!, '--out', runDir], { encoding: 'utf8' });
  trainLog = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.trim() && !/artificially reduced/.test(l)).join('\n');
  if (r.status !== 0) throw new Error(`dlc train failed (${r.status}):\n${trainLog}`);
  console.log(`trained in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  weights = join(runDir, 'checkpoint.safetensors');
}
const report = await precisionReport({ build: { modelFile: model, weightsFile: weights, batch: Number(values.batch) }, ...(values['test-limit'] ? { limit: Number(values['test-limit']) } : {}) });
const text = formatPrecisionReport(report);
console.log(text);
const date = new Date().toISOString().slice(0, 10);
const out = join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const setup = { trainLimit: values.weights ? undefined : Number(values['train-limit']), epochs: values.weights ? undefined : Number(values.epochs), weights: values.weights ?? 'trained by this script' };
writeFileSync(join(out, `${date}-${values.name}.json`), `${JSON.stringify({ setup, report }, null, 2)}\n`);
writeFileSync(
  join(out, `${date}-${values.name}.md`),
  `# MNIST CNN as f32 / f16 / int8 bundles (${date})\n\n\`npx tsx scripts/quantize-mnist.ts\` — ${values.weights ? `weights ${values.weights}` : `trained with \`dlc train --epochs ${values.epochs} --train-limit ${values['train-limit']}\``}; ` +
    `every number below is from this run (timings are informational, on a shared machine).\n\n\`\`\`\n${text}\n\`\`\`\n${trainLog ? `\nTraining log (last lines):\n\n\`\`\`\n${trainLog.trim().split('\n').slice(-4).join('\n')}\n\`\`\`\n` : ''}`,
);
