// The bundle's index.js is imported like any module, so Vite inlines it into the app's own chunk,
// and copies the files it names (manifest.json, weights, kernels) into the build: load() finds them.
import { load } from './model/index.js';

const SPECIES = ['setosa', 'versicolor', 'virginica'];
const flower = [5.1, 3.5, 1.4, 0.2];

async function run() {
  document.querySelector('#features').textContent = flower.join(', ');
  const model = await load();
  const { output } = await model.predict({ input: [flower] });
  const best = output.indexOf(Math.max(...output));
  document.querySelector('#result').textContent = `${SPECIES[best]} (p = ${output[best].toFixed(3)})`;
  // For the tests: the raw outputs and the adapter that ran them.
  window.dlcResult = { output: Array.from(output), adapter: model.adapter.source };
  model.destroy();
}

run().catch((e) => {
  document.querySelector('#result').textContent = `error: ${e.message}`;
  window.dlcResult = { error: String(e.message) };
});
