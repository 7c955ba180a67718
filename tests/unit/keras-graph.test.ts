/**
 * @file The Keras graph style of the functional API, as every course writes it:
 * `x = input(...)`, layers applied at the top of the file (and in helper functions), then
 * `model({ inputs: x, outputs: y })` (Keras `keras.Model(inputs=x, outputs=y)`). Each form lowers to the
 * same graph as the `forward()` form of the same model, type-checks with the declarations (`dlc check`
 * runs TypeScript), and an output built from an input() the model does not list is refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModelFile, compileModelFile } from '../../src/frontend/index.ts';
import { CompileError } from '../../src/ir/index.ts';
import { print } from '../../src/ir/printer.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlc-graph-'));
let n = 0;
const write = (src: string, name = `model${n++}.ts`): string => {
  const path = join(dir, name);
  writeFileSync(path, src);
  return path;
};
/** The inference graph's text without source locations (the two forms sit on different lines). */
const graphOf = (path: string, model?: string): string => {
  const p = compileModelFile(path);
  const m = model ? p.models.find((x) => x.name === model)! : p.main;
  return print(m.graph(2)).replace(/ *\/\/.*$/gm, '');
};
const errorOf = (path: string): CompileError => {
  try {
    compileModelFile(path);
  } catch (e) {
    return e as CompileError;
  }
  throw new Error('compiled without an error');
};

const TRAIN = `train: { data: synthetic({ kind: 'images', shape: [12, 12, 1], classes: 3, samples: 8 }), loss: 'sparseCategoricalCrossentropy', optimizer: adam(), batchSize: 4, epochs: 1 }`;
const BLOCK = `import { conv2d, batchNorm, relu, maxPool2d, type Tensor } from 'dlc';
export function convBlock(x: Tensor, filters: number): Tensor {
  const y = relu(batchNorm()(conv2d(filters, 3, { padding: 'same' })(x)));
  return maxPool2d(2)(y);
}
`;

describe('model({ inputs, outputs }): the Keras graph style', () => {
  it('a CNN built at the top of the file, through a helper in another file, equals its forward() form', () => {
    write(BLOCK, 'blocks.ts');
    const head = `import { model, input, flatten, dense, adam, synthetic } from 'dlc';\nimport { convBlock } from './blocks.ts';\n`;
    const graph = write(`${head}
const image = input([12, 12, 1]);
let h = convBlock(image, 4);
h = convBlock(h, 8);
const probs = dense(3, { activation: 'softmax' })(flatten()(h));
export default model({ name: 'cnn', inputs: image, outputs: probs, ${TRAIN} });
`);
    const forward = write(`${head}
export default model({
  name: 'cnn',
  inputs: { input: input([12, 12, 1]) },
  forward({ input }) {
    let h = convBlock(input, 4);
    h = convBlock(h, 8);
    return dense(3, { activation: 'softmax' })(flatten()(h));
  },
  ${TRAIN},
});
`);
    expect(checkModelFile(graph)).toEqual([]);
    expect(graphOf(graph)).toBe(graphOf(forward));
    const m = compileModelFile(graph).main;
    expect([m.kind, m.inputs.map((i) => i.name), m.outputs.map((o) => o.name)]).toEqual(['functional', ['input'], ['output']]);
    expect(m.layers.map((l) => l.name)).toContain('conv2d_1');
    expect(m.train?.batchSize).toBe(4);
  });

  it('inputs and outputs as lists or objects by name; a shared layer shares its weights; two models from one graph', () => {
    const head = `import { model, input, dense, concatenate, add } from 'dlc';\n`;
    const src = `${head}
const a = input([6]);
const b = input([4]);
const shared = dense(5, { activation: 'relu' });
const ha = shared(dense(4)(a));
const hb = shared(b);
const joined = concatenate([ha, hb]);
const score = dense(1, { activation: 'sigmoid' })(joined);
const code = dense(2)(joined);
export const encoder = model({ name: 'encoder', inputs: { a, b }, outputs: { code } });
export default model({ name: 'two', inputs: [a, b], outputs: [score, add([code, dense(2)(score)])] });
`;
    const path = write(src);
    expect(checkModelFile(path)).toEqual([]);
    const p = compileModelFile(path);
    const two = p.main;
    expect(two.inputs.map((i) => [i.name, i.shape])).toEqual([['input', [6]], ['input_1', [4]]]);
    expect(two.outputs.map((o) => [o.name, o.shape])).toEqual([['output', [1]], ['output_1', [2]]]);
    // The shared dense (created first: 'dense') once, a's projection, the score and code heads, score's projection.
    expect(two.params.filter((q) => q.name.endsWith('kernel')).map((q) => q.name).sort()).toEqual(['dense.kernel', 'dense_1.kernel', 'dense_2.kernel', 'dense_3.kernel', 'dense_4.kernel']);
    const enc = p.models.find((m) => m.name === 'encoder')!;
    expect(enc.inputs.map((i) => i.name)).toEqual(['a', 'b']);
    expect(enc.outputs.map((o) => o.name)).toEqual(['code']);
    // The encoder holds only what its output depends on: no score head (dense_2) or its projection (dense_4).
    expect(enc.params.filter((q) => q.name.endsWith('kernel')).map((q) => q.name).sort()).toEqual(['dense.kernel', 'dense_1.kernel', 'dense_3.kernel']);
    expect(graphOf(path, 'encoder')).not.toMatch(/sigmoid/);
  });

  it("TF.js's layer.apply(x) is applying the layer", () => {
    const head = `import { model, input, dense, flatten, conv2d } from 'dlc';\nconst x = input([8, 8, 1]);\n`;
    const applied = write(`${head}const y = dense(3).apply(flatten().apply(conv2d(4, 3).apply(x)));\nexport default model({ inputs: x, outputs: y });\n`);
    const called = write(`${head}const y = dense(3)(flatten()(conv2d(4, 3)(x)));\nexport default model({ inputs: x, outputs: y });\n`);
    expect(checkModelFile(applied)).toEqual([]);
    expect(graphOf(applied)).toBe(graphOf(called));
  });

  it('an output built from an input() the model does not list is refused at the layer that reads it', () => {
    const path = write(`import { model, input, dense, add } from 'dlc';
const a = input([3]);
const b = input([3]);
const y = add([dense(2)(a), dense(2)(b)]);
export default model({ inputs: a, outputs: y });
`);
    const e = errorOf(path);
    expect(e.code).toBe('E_GRAPH_DISCONNECTED');
    expect(e.message).toMatch(/depend on an input\(\) \(shape \[3\]\) that is not among this model's inputs/);
    expect(e.loc?.line).toBe(4);
    expect(e.hint).toMatch(/list every input\(\)/);
    // An input given where an output goes, and an unknown option, are named.
    expect(errorOf(write(`import { model, input } from 'dlc';\nconst a = input([3]);\nexport default model({ inputs: a, outputs: a });\n`)).message).toMatch(/outputs must be tensors that layers returned, got an input\(\)/);
    expect(errorOf(write(`import { model, input, dense } from 'dlc';\nconst a = input([3]);\nexport default model({ inputs: a, outputs: dense(1)(a), forwards: 1 });\n`)).message).toMatch(/model\(\) has no option 'forwards'/);
  });
});
