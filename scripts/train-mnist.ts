/**
 * @file The full MNIST MLP recipe of issue #5 (784→128→64→10, Adam 1e-3, batch 128, 5 epochs), run
 * through the compiled training loop; prints test accuracy and time. Slow on SwiftShader (~1 step/s).
 * Usage: npx tsx scripts/train-mnist.ts [--epochs N] [--train-limit N] [--out DIR]
 */
import { compileModelFile } from '../src/frontend/index.ts';
import { loadDataset } from '../src/data/load.ts';
import { acquireDevice, describeAdapter } from '../src/runtime/index.ts';
import { train } from '../src/train/loop.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main(): Promise<void> {
  const m = compileModelFile('models/mnist_mlp.ts').main;
  const limit = arg('train-limit');
  const dataset = loadDataset({ kind: 'mnist', options: { flatten: true } }, limit ? { trainLimit: Number(limit) } : {});
  const gpu = await acquireDevice();
  process.stderr.write(`MNIST MLP on ${describeAdapter(gpu.adapter)}\n`);
  const t0 = performance.now();
  const r = await train({
    device: gpu.device, model: m, dataset, epochs: Number(arg('epochs') ?? 5), batch: 128, seed: 0, loss: 'categoricalCrossentropy',
    optimizer: { kind: 'adam', learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, weightDecay: 0 },
    validationSplit: 0.1, progress: { write: (s) => process.stderr.write(s), isTTY: Boolean(process.stderr.isTTY) },
    ...(arg('out') ? { outDir: arg('out')! } : {}),
  });
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ testAccuracy: r.testAccuracy, testLoss: r.testLoss, epochs: r.epochs, steps: r.steps, stepsPerSecond: r.stepsPerSecond, seconds }));
  gpu.destroy();
  await gpu.lost;
}

await main();
