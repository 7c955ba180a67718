/**
 * @file A bundle manifest's `data` section is validated at load like the rest of it: crafted class
 * names, columns, vocabularies and preprocessing are one E_BUNDLE_INVALID naming the field (before,
 * `features: 7` crashed `dlc run` with an internal error, `[null, {}]` printed `[object Object]`
 * labels, and megabyte "class names" were printed whole); what `dlc build` writes still loads.
 */
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../src/bundle/build.ts';
import { validateManifest } from '../../src/runtime/bundle-validate.ts';
import { RuntimeError } from '../../src/runtime/errors.ts';

const built = await buildBundle({ modelFile: 'models/iris_mlp.ts' });
const manifest = JSON.parse(new TextDecoder().decode(built.files.get('manifest.json'))) as Record<string, unknown>;
const withData = (data: unknown): unknown => ({ ...manifest, data });

function refusal(data: unknown): RuntimeError {
  try {
    validateManifest(withData(data));
  } catch (e) {
    if (e instanceof RuntimeError) return e;
    throw e;
  }
  throw new Error(`accepted ${JSON.stringify(data)?.slice(0, 80)}`);
}

const image = { kind: 'image', size: [28, 28], colorMode: 'grayscale', crop: false, scale: 1 / 255, offset: 0 };

describe('manifest data section', () => {
  it.each([
    ['absent', undefined],
    ['iris-like', { classNames: ['setosa', 'versicolor', 'virginica'], features: ['a', 'b', 'c', 'd'] }],
    ['mnist-like', { classNames: ['0', '1'], preprocess: image }],
    ['normalised rgb', { preprocess: { ...image, colorMode: 'rgb', crop: true, mean: [0.5, 0.5, 0.5], std: [0.2, 0.2, 0.2] } }],
    ['a text column and categories', { text: { column: 'review', vocabulary: ['', '[UNK]', 'good'], sequenceLength: 16 }, categories: { colour: ['blue', 'red'] } }],
  ])('what dlc build writes is accepted: %s', (_name, data) => {
    expect(() => validateManifest(withData(data))).not.toThrow();
  });

  it.each([
    ['a string', 'hello', /data is "hello"; expected an object/],
    ['null', null, /data is null; expected an object/],
    ['classNames a number', { classNames: 5 }, /data\.classNames is 5; expected a list/],
    ['classNames array-like', { classNames: { length: 1e9 } }, /data\.classNames is \{"length":1000000000\}; expected a list/],
    ['classNames with null and objects', { classNames: ['a', null, {}] }, /data\.classNames\[1\] is null; expected a string of at most 4096 characters/],
    ['a megabyte class name', { classNames: ['x'.repeat(1 << 20)] }, /data\.classNames\[0\] is a string of 1048576 characters; expected a string of at most 4096 characters/],
    ['features a number', { features: 7 }, /data\.features is 7; expected a list/],
    ['categories a list', { categories: ['a'] }, /data\.categories is \["a"\]; expected \{ column: \[values\] \}/],
    ['category values not strings', { categories: { colour: [1, 2] } }, /data\.categories\["colour"\]\[0\] is 1; expected a string/],
    ['text without a vocabulary', { text: { column: 'review', vocabulary: 5, sequenceLength: 16 } }, /data\.text\.vocabulary is 5/],
    ['text of length 0', { text: { column: 'review', vocabulary: [''], sequenceLength: 0 } }, /data\.text\.sequenceLength is 0; expected an integer 1 to/],
    ['a gigapixel image', { preprocess: { ...image, size: [1e9, 1e9] } }, /data\.preprocess\.size is \[1000000000,1000000000\]; expected \[height, width\]/],
    ['a negative side', { preprocess: { ...image, size: [-1, 28] } }, /data\.preprocess\.size/],
    ['an unknown colour mode', { preprocess: { ...image, colorMode: 'cmyk' } }, /data\.preprocess\.colorMode is "cmyk"/],
    ['an inherited colour mode', { preprocess: { ...image, colorMode: 'constructor' } }, /data\.preprocess\.colorMode is "constructor"/],
    ['a NaN scale (null in JSON)', { preprocess: { ...image, scale: null } }, /data\.preprocess\.scale is null; expected a finite number/],
    ['a mean of five channels', { preprocess: { ...image, mean: [0.5, 0.5, 0.5, 0.5, 0.5] } }, /data\.preprocess\.mean is \[0\.5,0\.5,0\.5,0\.5,0\.5\]; expected one number per channel/],
    ['a mean of strings', { preprocess: { ...image, mean: ['0.5'] } }, /data\.preprocess\.mean\[0\] is "0\.5"; expected a finite number/],
    ['a zero std', { preprocess: { ...image, std: [0] } }, /data\.preprocess\.std is \[0\]; expected no 0 \(it divides\)/],
    ['not an image', { preprocess: { kind: 'audio' } }, /data\.preprocess is \{"kind":"audio"\}/],
  ])('refused, naming the field: %s', (_name, data, message) => {
    const e = refusal(data);
    expect(e.code).toBe('E_BUNDLE_INVALID');
    expect(e.message).toMatch(/^manifest\.json: /);
    expect(e.message).toMatch(message);
    expect(e.message.length).toBeLessThan(400);
  });
});

describe("a checkpoint's data metadata", () => {
  it('is carried when valid, dropped (as if absent) when a crafted one would not load in a bundle', async () => {
    const { checkpointDataInfo } = await import('../../src/train/checkpoint.ts');
    expect(checkpointDataInfo({ data: JSON.stringify({ classNames: ['a', 'b'] }) })).toEqual({ classNames: ['a', 'b'] });
    expect(checkpointDataInfo({ data: JSON.stringify({ classNames: [null, {}] }) })).toBeUndefined();
    expect(checkpointDataInfo({ data: JSON.stringify({ features: 7 }) })).toBeUndefined();
    expect(checkpointDataInfo({ data: '{"classNames":' })).toBeUndefined();
  });
});
