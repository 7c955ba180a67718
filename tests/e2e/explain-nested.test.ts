/**
 * @file Grad-CAM and Deep Dream at layers inside nested models. A model applied as a layer (a
 * sequential feature extractor, a Keras Applications base) is inlined layer by layer into the outer
 * model, so its layers are probed by their own names:
 * - models/transfer.ts (small): Grad-CAM at `conv2d`, inside the frozen `mnist_features` base, equals
 *   relu(Σ_c α_c A_c) with α from float64 central finite differences of the probed forward (along
 *   each channel's mean direction), on the interpreter.
 * - a mobileNetV2 base inside a functional model: Grad-CAM and the Deep Dream step build at an inner
 *   layer (block_3_expand), with that layer's activation shape.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dreamGraph } from '../../src/explain/dream.ts';
import { GRADCAM, gradCamGraph } from '../../src/explain/gradcam.ts';
import { EXPLAIN } from '../../src/explain/graph.ts';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { inputOf, maxAbs, maxAbsDiff, weightsOf } from './explain-helpers.ts';
import { variant } from './model-variants.ts';


/** The probed output's score k at x with `delta` added to the layer's activation (float64), and the activation. */
function probed(m: CompiledModel, layer: string, w: Record<string, ArrayLike<number>>, x: ArrayLike<number>, delta: Float64Array, k: number) {
  const g = m.graph(1, { probe: layer });
  const out = g.outputs.find((o) => !o.name.startsWith('tap/'))!.name;
  const input = g.args.find((a) => a.kind === 'input' && !a.name.startsWith('probe/'))!.name;
  const r = interpret(g, { ...w, [input]: Float64Array.from(x), [`probe/${layer}`]: delta }, { precision: 'f64' });
  return { a: r[`tap/${layer}`]!.data, y: r[out]!.data[k]! };
}

describe('Grad-CAM inside a nested model', () => {
  it('transfer (small): at conv2d inside the mnist_features base, equals finite differences (interpreter)', async () => {
    const m = variant('transfer.ts', [['input: [28, 28, 1]', 'input: [10, 10, 1]'], ['input([28, 28, 1])', 'input([10, 10, 1])'], ['conv2d(32,', 'conv2d(2,'], ['conv2d(64,', 'conv2d(2,'], ['dense(128,', 'dense(4,']]);
    const e = gradCamGraph(m, { layer: 'conv2d', score: 'output' });
    expect([e.layer, [...e.activation]]).toEqual(['conv2d', [8, 8, 2]]);
    const w = weightsOf(m, 3);
    const x = inputOf(m, 4);
    const n = 8 * 8 * 2;
    const k = 1;
    const { a } = probed(m, 'conv2d', w, x, new Float64Array(n), k);
    // α_c = mean_hw dS/dA[., ., c] is the derivative along v = 1/64 on channel c: one central difference per channel.
    const eps = 1e-5;
    const alpha = [0, 1].map((c) => {
      const d = Float64Array.from({ length: n }, (_, i) => (i % 2 === c ? eps / 64 : 0));
      const up = probed(m, 'conv2d', w, x, d, k).y;
      return (up - probed(m, 'conv2d', w, x, d.map((v) => -v), k).y) / (2 * eps);
    });
    const ref = Float64Array.from({ length: 64 }, (_, p) => Math.max(0, alpha[0]! * a[p * 2]! + alpha[1]! * a[p * 2 + 1]!));
    expect(maxAbs(ref), 'a non-zero map').toBeGreaterThan(1e-6);
    const onehot = new Float32Array(e.classes);
    onehot[k] = 1;
    const got = interpret(e.graph, { ...w, [EXPLAIN.x]: x, [EXPLAIN.cls]: onehot }, { precision: 'f64' })[GRADCAM.map]!.data;
    expect(maxAbsDiff(got, ref)).toBeLessThan(1e-6 * Math.max(1, maxAbs(ref)));
    // The GPU runs this graph as it runs any Grad-CAM graph (gradcam.test.ts); nesting changes only the graph.
  });

  it('a mobileNetV2 base inside a functional model: Grad-CAM and the Deep Dream step at an inner layer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlc-nested-'));
    writeFileSync(join(dir, 'nest.ts'), `import { model, input, mobileNetV2, dense, globalAvgPool2d } from 'dlc';
const base = mobileNetV2({ includeTop: false, inputShape: [32, 32, 3] });
export default model({ name: 'nest', inputs: { image: input([32, 32, 3]) }, forward({ image }) { return dense(3, { activation: 'softmax' })(globalAvgPool2d()(base(image))); } });
`);
    const m = compileModelFile(join(dir, 'nest.ts')).main;
    expect(m.layers.some((l) => l.name === 'block_3_expand')).toBe(true);
    const g = gradCamGraph(m, { layer: 'block_3_expand' });
    expect([g.layer, [...g.activation], g.classes]).toEqual(['block_3_expand', [8, 8, 144], 3]);
    expect(gradCamGraph(m).layer, 'the default is the base’s last convolution').toBe('Conv_1');
    const d = dreamGraph(m, { layer: 'block_3_expand', channel: 5, size: [20, 20] });
    expect([d.layer, d.channel, [...d.image]]).toEqual(['block_3_expand', 5, [20, 20, 3]]);
  });
});
