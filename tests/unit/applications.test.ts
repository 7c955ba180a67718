/**
 * @file Keras Applications builders: `dlc summary` totals equal Keras's published counts (with and
 * without the top), the feature maps have Keras's shapes, and Keras's layer names are used. Only the
 * frontend runs (no lowering or GPU for these big models); one small variant compiles to a plan.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryJson } from '../../src/cli/commands/summary.ts';
import { compileInference } from '../../src/compile.ts';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlc-apps-'));
function build(fn: string, options = ''): CompiledModel {
  const file = join(dir, `${fn}_${Math.abs(hash(options))}.ts`);
  writeFileSync(file, `import { ${fn} } from 'dlc';\nexport default ${fn}(${options});\n`);
  return compileModelFile(file).main;
}
function hash(s: string): number {
  let h = 7;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

interface Summary { totalParams: number; trainableParams: number; nonTrainableParams: number; layers: { name: string; type: string; outputShape: (number | null)[] }[] }

// Keras 3 `keras.applications.X(weights=None).summary()` totals.
const KERAS: [string, number, number, number, (number | null)[]][] = [
  // fn, total with top, trainable with top, total without top, feature map without top
  ['vgg16', 138_357_544, 138_357_544, 14_714_688, [null, 7, 7, 512]],
  ['resNet50', 25_636_712, 25_583_592, 23_587_712, [null, 7, 7, 2048]],
  ['mobileNetV2', 3_538_984, 3_504_872, 2_257_984, [null, 7, 7, 1280]],
];

describe('Keras Applications builders', () => {
  for (const [fn, total, trainable, noTop, features] of KERAS) {
    it(`${fn}(): ${total.toLocaleString('en')} params with the top, as Keras`, () => {
      const s = summaryJson(build(fn)) as Summary;
      expect([s.totalParams, s.trainableParams]).toEqual([total, trainable]);
      expect(s.layers.at(-1)).toMatchObject({ name: 'predictions', type: 'Dense', outputShape: [null, 1000] });
    });
    it(`${fn}({ includeTop: false }): ${noTop.toLocaleString('en')} params, features ${JSON.stringify(features)}`, () => {
      const s = summaryJson(build(fn, '{ includeTop: false }')) as Summary;
      expect(s.totalParams).toBe(noTop);
      expect(s.layers.at(-1)!.outputShape).toEqual(features);
    });
  }

  it('Keras layer names, so converted Keras checkpoints load by name', () => {
    const names = (summaryJson(build('resNet50')) as Summary).layers.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['conv1_conv', 'conv2_block1_0_conv', 'conv5_block3_3_bn', 'avg_pool', 'predictions']));
    const v = (summaryJson(build('mobileNetV2')) as Summary).layers.map((l) => l.name);
    expect(v).toEqual(expect.arrayContaining(['Conv1', 'expanded_conv_depthwise', 'block_16_project_BN', 'Conv_1', 'out_relu']));
  });

  it('inputShape, classes and pooling: a small MobileNetV2 compiles to an inference plan', () => {
    const m = build('mobileNetV2', "{ inputShape: [32, 32, 3], classes: 10, includeTop: false, pooling: 'avg' }");
    expect(m.outputs[0]!.shape).toEqual([1280]);
    const withTop = summaryJson(build('mobileNetV2', '{ inputShape: [32, 32, 3], classes: 10 }')) as Summary;
    expect(withTop.totalParams).toBe(2_257_984 + 1280 * 10 + 10);
    expect(compileInference(m, { batch: 1 }).graph.outputs.length).toBe(1);
  });
});
