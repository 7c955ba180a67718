/**
 * @file The proof of issue #13 at full size: MNIST digits written as PNG/JPEG files under
 * train/0…9 and test/0…9, a small CNN trained through imageFolder() on them, held-out accuracy
 * (target ≥ 95 %), and `dlc run` on held-out files agreeing with the training evaluation.
 * Usage: npx tsx scripts/train-image-folder.ts [--per-class N] [--test-per-class N] [--epochs E] [--out results.json]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle, writeBundle } from '../src/bundle/build.ts';
import { main } from '../src/cli/main.ts';
import { loadData } from '../src/data/load.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter } from '../src/runtime/index.ts';
import { train } from '../src/train/loop.ts';
import { makeMnistFolder } from './make-image-folder.ts';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const outFile = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1]! : undefined;
const perClass = arg('per-class', 800);
const testPerClass = arg('test-per-class', 100);
const epochs = arg('epochs', 3);

const tmp = mkdtempSync(join(tmpdir(), 'dlc-imgfolder-proof-'));
const root = join(tmp, 'digits');
let t0 = performance.now();
await makeMnistFolder({ out: join(root, 'train'), perClass });
await makeMnistFolder({ out: join(root, 'test'), perClass: testPerClass, split: 'test' });
const writeSeconds = (performance.now() - t0) / 1000;
const file = join(tmp, 'digits_cnn.ts');
writeFileSync(file, `import { sequential, conv2d, maxPool2d, flatten, dense, adam, imageFolder } from 'dlc';
export default sequential({
  name: 'digits_cnn',
  input: [28, 28, 1],
  layers: [conv2d(16, 3, { activation: 'relu' }), maxPool2d({ poolSize: 2 }), conv2d(32, 3, { activation: 'relu' }), maxPool2d({ poolSize: 2 }), flatten(), dense(10, { activation: 'softmax' })],
  train: { data: imageFolder(${JSON.stringify(root)}), loss: 'sparseCategoricalCrossentropy', optimizer: adam({ learningRate: 2e-3 }), batchSize: 64, epochs: ${epochs}, metrics: ['accuracy'] },
});
`);
const m = compileModelFile(file).main;
const t = m.train!;
t0 = performance.now();
// A cache of its own (not DLC_CACHE_DIR: device.ts finds Mesa's lavapipe there).
const dataset = await loadData(t.data!, { inputShape: m.inputs[0]!.shape, cacheDir: join(tmp, 'cache'), progress: { isTTY: false, write: (s) => process.stderr.write(s) } });
const decodeSeconds = (performance.now() - t0) / 1000;
const gpu = await acquireDevice();
console.error(`${dataset.train.n} training files, ${dataset.test!.n} held-out files on ${describeAdapter(gpu.adapter)}`);
t0 = performance.now();
const r = await train({ device: gpu.device, model: m, dataset, epochs: t.epochs, batch: t.batchSize, seed: 0, loss: t.loss, optimizer: t.optimizer, outDir: join(tmp, 'run'), progress: { isTTY: false, write: (s) => process.stderr.write(s) } });
const trainSeconds = (performance.now() - t0) / 1000;
const adapter = describeAdapter(gpu.adapter);
gpu.destroy();
await gpu.lost;
const dir = join(tmp, 'bundle');
writeBundle(dir, (await buildBundle({ modelFile: file, weightsFile: join(tmp, 'run', 'checkpoint.safetensors') })).files);
let stdout = '';
await main(['run', dir, '--input', join(root, 'test'), '--json'], { out: (s) => (stdout += s), err: (s) => process.stderr.write(`${s}\n`), isTTY: false });
const preds = (JSON.parse(stdout) as { predictions: { file: string; label: string }[] }).predictions;
const runAccuracy = preds.filter((p) => p.file.split('/').at(-2) === p.label).length / preds.length;
const result = {
  date: new Date().toISOString(), adapter,
  trainFiles: dataset.train.n, testFiles: dataset.test!.n, epochs: r.epochs, steps: r.steps,
  testAccuracy: r.testAccuracy, dlcRunAccuracy: runAccuracy, agrees: Math.abs(runAccuracy - (r.testAccuracy ?? -1)) < 1e-9,
  seconds: { writeFiles: writeSeconds, decode: decodeSeconds, train: trainSeconds },
};
console.log(JSON.stringify(result, null, 2));
if (outFile) writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
rmSync(tmp, { recursive: true, force: true });
process.exit(result.testAccuracy !== null && result.testAccuracy >= 0.95 && result.agrees ? 0 : 1);
