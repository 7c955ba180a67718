// The mnist-web page: pointer strokes on a 280×280 canvas, averaged down to MNIST's 28×28 grid, classified by the bundle.
import { load, imageToFeatures } from './bundle/index.js';

const pad = document.getElementById('pad');
const ctx = pad.getContext('2d', { willReadFrequently: true });
const status = document.getElementById('status');
const prediction = document.getElementById('prediction');
const bars = document.getElementById('bars');
const heat = document.getElementById('heat');
const heatCtx = heat.getContext('2d');
const CELL = pad.width / 28;

function clear() {
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, pad.width, pad.height);
  prediction.textContent = '–';
  delete prediction.dataset.class;
  bars.replaceChildren();
  heatCtx.fillStyle = '#000';
  heatCtx.fillRect(0, 0, heat.width, heat.height);
}

/** black → red → yellow → white, as `dlc saliency` draws its heat maps. */
function hot(t) {
  const v = Math.min(1, Math.max(0, t)) * 3;
  const ch = (x) => Math.round(255 * Math.min(1, Math.max(0, x)));
  return [ch(v), ch(v - 1), ch(v - 2)];
}

/**
 * The attribution of each MNIST pixel (|a|, scaled to the largest) in the hot colours, blended over
 * the digit drawn dimmed in grey, each MNIST pixel a CELL×CELL block.
 */
function showSaliency(input, saliency) {
  let top = 0;
  for (const v of saliency) top = Math.max(top, Math.abs(v));
  const img = heatCtx.createImageData(heat.width, heat.height);
  for (let y = 0; y < heat.height; y++) {
    for (let x = 0; x < heat.width; x++) {
      const i = Math.floor(y / CELL) * 28 + Math.floor(x / CELL);
      const t = top > 0 ? Math.abs(saliency[i]) / top : 0;
      const [r, g, b] = hot(t);
      const grey = 0.35 * 255 * input[i];
      const o = (y * heat.width + x) * 4;
      img.data[o] = (1 - t) * grey + t * r;
      img.data[o + 1] = (1 - t) * grey + t * g;
      img.data[o + 2] = (1 - t) * grey + t * b;
      img.data[o + 3] = 255;
    }
  }
  heatCtx.putImageData(img, 0, 0);
}

/** White strokes on black, as MNIST digits are; a round brush about two MNIST pixels wide. */
function stroke(from, to) {
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = CELL * 1.6;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(from.x, from.y);
  ctx.lineTo(to.x, to.y);
  ctx.stroke();
}

/** Each MNIST pixel is the mean brightness of its 10×10 block, in [0, 1] (for bundles built without the data's preprocessing). */
function pixels() {
  const img = ctx.getImageData(0, 0, pad.width, pad.height).data;
  const out = new Float32Array(28 * 28);
  for (let y = 0; y < pad.height; y++) {
    for (let x = 0; x < pad.width; x++) out[Math.floor(y / CELL) * 28 + Math.floor(x / CELL)] += img[(y * pad.width + x) * 4] / 255;
  }
  return out.map((v) => v / (CELL * CELL));
}

function show(probs) {
  let best = 0;
  for (let i = 1; i < 10; i++) if (probs[i] > probs[best]) best = i;
  prediction.textContent = String(best);
  prediction.dataset.class = String(best);
  bars.replaceChildren(...Array.from(probs, (p, i) => {
    const li = document.createElement('li');
    li.innerHTML = `<span>${i}</span><span class="bar" style="width:${(p * 200).toFixed(1)}px"></span><span>${(p * 100).toFixed(1)}%</span>`;
    return li;
  }));
}

async function main() {
  const model = await load();
  status.textContent = `ready: ${model.stats.kernels} kernels compiled in ${Math.round(model.stats.pipelineMs)} ms`;
  // `strokes`, `classified` and `explained` let a test wait until the page reflects every stroke drawn.
  const demo = (window.dlcDemo = { model, lastInput: null, lastOutput: null, lastSaliency: null, strokes: 0, classified: 0, explained: 0 });
  // Bundles built with `dlc build --explain` have saliency(); others just classify.
  const explains = Boolean(model.manifest.explain?.methods.integrated);
  if (!explains) document.getElementById('heat-caption').textContent = 'build the bundle with --explain to see which pixels made the answer';
  let timer;
  const classify = async () => {
    const upTo = demo.strokes;
    // The bundle knows its training data's preprocessing (28×28 grey, /255): it takes the canvas as it is.
    const answer = await model.classify(pad, { topK: 3 });
    const input = model.manifest.data?.preprocess ? imageToFeatures(pad, model.manifest.data.preprocess) : pixels();
    const output = answer.outputs.output;
    Object.assign(demo, { lastInput: Array.from(input), lastOutput: Array.from(output), lastLabel: answer.label, classified: upTo });
    show(output);
    if (!explains) return;
    // Integrated gradients from a black canvas: the attribution is zero where nothing was drawn and
    // sums to the class's logit change, so the map shows which strokes made the answer.
    const s = await model.saliency(input, answer.index, { method: 'integrated' });
    showSaliency(input, s.saliency);
    Object.assign(demo, { lastSaliency: Array.from(s.saliency), explainedClass: s.classIndex, explained: upTo });
  };
  let last = null;
  pad.addEventListener('pointerdown', (e) => {
    last = { x: e.offsetX, y: e.offsetY };
    stroke(last, last);
  });
  pad.addEventListener('pointermove', (e) => {
    if (!last) return;
    const next = { x: e.offsetX, y: e.offsetY };
    stroke(last, next);
    last = next;
  });
  const end = () => {
    if (!last) return;
    last = null;
    demo.strokes++;
    // Classify once the hand pauses, not after every stroke of a multi-stroke digit.
    clearTimeout(timer);
    timer = setTimeout(classify, 150);
  };
  pad.addEventListener('pointerup', end);
  pad.addEventListener('pointerleave', end);
  document.getElementById('clear').addEventListener('click', () => {
    clear();
    demo.classified = demo.strokes;
  });
  document.body.dataset.ready = 'true';
}

clear();
main().catch((e) => {
  status.textContent = `error: ${e.message}`;
  document.body.dataset.error = e.code ?? 'error';
  console.error(e);
});
