/** @file safetensors: round-trips, byte-determinism, and a clear error for each kind of damage. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSafetensors, encodeSafetensors, type NamedTensor } from '../../src/train/safetensors.ts';

const sample = (): Map<string, NamedTensor> =>
  new Map<string, NamedTensor>([
    ['dense.kernel', { dtype: 'f32', shape: [2, 3], data: Float32Array.from([1, 2, 3, 4, 5, 6]) }],
    ['dense.bias', { dtype: 'f32', shape: [3], data: Float32Array.from([0.5, -1, 2]) }],
    ['step', { dtype: 'i32', shape: [], data: Int32Array.from([7]) }],
  ]);

describe('safetensors', () => {
  it('round-trips tensors and metadata, byte-identically for equal inputs', () => {
    const a = encodeSafetensors(sample(), { format: 'dlc' });
    const b = encodeSafetensors(new Map([...sample()].reverse()), { format: 'dlc' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const d = decodeSafetensors(a);
    expect(d.metadata).toEqual({ format: 'dlc' });
    expect([...d.tensors.get('dense.kernel')!.data]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(d.tensors.get('step')!.dtype).toBe('i32');
    expect((8 + Number(new DataView(a.buffer).getBigUint64(0, true))) % 8).toBe(0);
  });

  it('never crashes on truncation: every prefix is a clear SafetensorsError', () => {
    const bytes = encodeSafetensors(sample());
    for (let len = 0; len < bytes.length; len++) {
      expect(() => decodeSafetensors(bytes.subarray(0, len), 'ckpt.safetensors')).toThrowError(/^ckpt\.safetensors: /);
    }
  });

  it('never crashes on random byte corruption: decodes or throws SafetensorsError', () => {
    const bytes = encodeSafetensors(sample());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), (edits) => {
        const b = Uint8Array.from(bytes);
        for (const [i, v] of edits) b[i] = v;
        try {
          decodeSafetensors(b);
        } catch (e) {
          expect((e as Error).name).toBe('SafetensorsError');
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['bad dtype', { a: { dtype: 'F64', shape: [1], data_offsets: [0, 8] } }, 8, /unsupported dtype "F64"/],
    ['size mismatch', { a: { dtype: 'F32', shape: [3], data_offsets: [0, 8] } }, 8, /needs 12 bytes but its offsets span 8/],
    ['overlap', { a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] }, b: { dtype: 'F32', shape: [1], data_offsets: [4, 8] } }, 8, /overlaps/],
    ['trailing bytes', { a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, 8, /4 trailing bytes/],
    ['negative dim', { a: { dtype: 'F32', shape: [-1], data_offsets: [0, 4] } }, 4, /invalid shape/],
  ])('rejects %s', (_n, header, dataLen, msg) => {
    const json = new TextEncoder().encode(JSON.stringify(header));
    const b = new Uint8Array(8 + json.length + dataLen);
    new DataView(b.buffer).setBigUint64(0, BigInt(json.length), true);
    b.set(json, 8);
    expect(() => decodeSafetensors(b)).toThrowError(msg);
  });
});
