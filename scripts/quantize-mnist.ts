/**
 * @file The real #17 shrink measurement (too slow for CI): train the MNIST CNN (models/mnist_cnn.ts)
 * with `dlc train`, then `dlc build --report` over the whole MNIST test set — f32, f16 and int8 bundle
 * and weight sizes, test accuracy and top-1 agreement with f32, output differences and per-kernel
 * GFLOP/s on this device. Writes bench/results/<date>-quantize-mnist.{json,md}.
 *
 *   npx tsx scripts/quantize-mnist.ts [--train-limit N] [--epochs E] [--batch B] [--test-limit N] [--weights ckpt] [--name quantize-mnist]
 *
 * Runs on the device dlc picks (lavapipe when installed; DLC_VULKAN_DRIVER=swiftshader for SwiftShader).
 * The compared bundles use the kernel variants chosen for that device (on CPU drivers the
 * register-tiled convs and barrier-free GEMMs, 5-10x faster there than the GPU defaults), which is
 * what makes the whole 10,000-digit test set take minutes. The load average is recorded with the
 * timings: the machine is shared.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { formatPrecisionReport, precisionReport } from '../src/cli/commands/build-report.ts';

const load = (): string => loadavg().map((x) => x.toFixed(1)).join(' ');
const command = `npx tsx scripts/quantize-mnist.ts ${process.argv.slice(2).join(' ')}`.trim();
const started = { at: new Date().toISOString(), load: load() };
console.log(`${command}: started ${started.at}, load average ${started.load}`);

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
let trainSeconds: number | undefined;
if (!weights) {
  const t0 = performance.now();
  const r = spawnSync('node', [join(ROOT, 'bin/dlc.js'), 'train', model, '--epochs', values.epochs!, '--train-limit', values['train-limit']!, '--out', runDir], { encoding: 'utf8' });
  trainLog = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.trim() && !/artificially reduced/.test(l)).join('\n');
  if (r.status !== 0) throw new Error(`dlc train failed (${r.status}):\n${trainLog}`);
  trainSeconds = (performance.now() - t0) / 1000;
  console.log(`trained in ${trainSeconds.toFixed(0)} s (load average now ${load()})`);
  weights = join(runDir, 'checkpoint.safetensors');
}
const r0 = performance.now();
const report = await precisionReport({ build: { modelFile: model, weightsFile: weights, batch: Number(values.batch) }, ...(values['test-limit'] ? { limit: Number(values['test-limit']) } : {}) });
const reportSeconds = (performance.now() - r0) / 1000;
const finished = { at: new Date().toISOString(), load: load() };
const text = formatPrecisionReport(report);
const timing = `${trainSeconds === undefined ? '' : `training ${trainSeconds.toFixed(0)} s, `}report ${reportSeconds.toFixed(0)} s; load average ${started.load} at the start (${started.at}), ${finished.load} at the end (${finished.at})`;
console.log(timing);
console.log(text);
const date = new Date().toISOString().slice(0, 10);
const out = join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const setup = { command, trainLimit: values.weights ? undefined : Number(values['train-limit']), epochs: values.weights ? undefined : Number(values.epochs), weights: values.weights ?? 'trained by this script', trainSeconds, reportSeconds, started, finished };
writeFileSync(join(out, `${date}-${values.name}.json`), `${JSON.stringify({ setup, report }, null, 2)}\n`);
writeFileSync(
  join(out, `${date}-${values.name}.md`),
  `# MNIST CNN as f32 / f16 / int8 bundles (${date})\n\n\`${command}\` — ${values.weights ? `weights ${values.weights}` : `trained with \`dlc train --epochs ${values.epochs} --train-limit ${values['train-limit']}\``}; ` +
    `every number below is from this run (timings are informational, on a shared machine: ${timing}).\n\n\`\`\`\n${text}\n\`\`\`\n${trainLog ? `\nTraining log (last lines):\n\n\`\`\`\n${trainLog.trim().split('\n').slice(-4).join('\n')}\n\`\`\`\n` : ''}`,
);
