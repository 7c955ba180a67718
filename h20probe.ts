import { compileModelFile } from './src/frontend/index.ts';
import { openDevices } from './bench/devices.ts';
import { openJax, jaxMlpStep, jaxCnnInfer } from './bench/jax-runner.ts';
import { initialWeights, randomData, randomOneHot } from './bench/init-weights.ts';
const dev = await openDevices();
const peers = await openJax();
console.log(peers.status);
const m = compileModelFile('models/mnist_mlp.ts').models[0]!;
const w = initialWeights(m);
for (const d of ['webgpu','wasm'] as const) {
  let t = performance.now();
  const p = await jaxMlpStep(peers, d, m, w, 8, randomData(8*784, 11), randomOneHot(8, 10, 12));
  console.log(d, 'loss', (await p.run())[0], performance.now()-t); t = performance.now();
  console.log(d, 'loss2', (await p.run())[0], performance.now()-t);
  p.dispose();
  const c = compileModelFile('models/mnist_cnn.ts').models[0]!;
  const cw = initialWeights(c);
  t = performance.now();
  const q = await jaxCnnInfer(peers, d, cw, 2, randomData(2*784, 21));
  console.log(d, 'cnn', Array.from(await q.run()).slice(0,4), performance.now()-t);
  q.dispose();
}
dev.gpu.destroy();
process.exit(0);
