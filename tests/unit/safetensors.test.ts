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

/** A file from a raw header object (or any JSON value) and `dataLen` data bytes. */
function raw(header: unknown, dataLen: number, headerLen?: bigint): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const b = new Uint8Array(8 + json.length + dataLen);
  new DataView(b.buffer).setBigUint64(0, headerLen ?? BigInt(json.length), true);
  b.set(json, 8);
  return b;
}

describe('one reader for checkpoints and bundle weights (src/runtime/safetensors-read.ts): never a TypeError', () => {
  it.each([
    ['a null header', null, 0, /header is null/],
    ['an array header', [1, 2], 0, /header is an array/],
    ['a string header', 'x', 0, /header is a string/],
    ['a null tensor entry', { a: null }, 0, /tensor 'a' is null, not an object/],
    ['a number tensor entry', { a: 5 }, 0, /tensor 'a' is 5/],
    ['null metadata', { __metadata__: null }, 0, /__metadata__ must map strings to strings/],
    ['a prototype-named dtype', { a: { dtype: 'toString', shape: [1], data_offsets: [0, 4] } }, 4, /unsupported dtype "toString"/],
    ['a null shape', { a: { dtype: 'F32', shape: null, data_offsets: [0, 4] } }, 4, /invalid shape null/],
    ['huge dims', { a: { dtype: 'F32', shape: [1e15, 1e15], data_offsets: [0, 4] } }, 4, /needs \d+ bytes but its offsets span 4/],
    ['reversed offsets', { a: { dtype: 'F32', shape: [1], data_offsets: [4, 0] } }, 4, /offsets span -4/],
    ['offsets out of range', { a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, 4, /ends at byte 8 but the data section has 4/],
    ['non-integer offsets', { a: { dtype: 'F32', shape: [1], data_offsets: [0.5, 4.5] } }, 5, /invalid data_offsets/],
    ['a misaligned tensor', { a: { dtype: 'BOOL', shape: [1], data_offsets: [0, 1] }, b: { dtype: 'F32', shape: [1], data_offsets: [1, 5] } }, 5, /starts at byte 1.*misaligned/],
    ['a tensor inside another', { a: { dtype: 'F32', shape: [4], data_offsets: [0, 16] }, b: { dtype: 'F32', shape: [2], data_offsets: [4, 12] } }, 16, /overlaps/],
    ['a gap', { a: { dtype: 'F32', shape: [1], data_offsets: [4, 8] } }, 8, /gap before tensor 'a'/],
  ])('refuses %s', (_n, header, dataLen, msg) => {
    expect(() => decodeSafetensors(raw(header, dataLen), 'ck.safetensors')).toThrowError(msg);
    expect(() => decodeSafetensors(raw(header, dataLen))).toThrowError(expect.objectContaining({ name: 'SafetensorsError' }));
  });

  it('refuses a huge header length without allocating it', () => {
    expect(() => decodeSafetensors(raw({}, 0, 2n ** 63n))).toThrowError(/header length \d+ is implausible/);
    expect(() => decodeSafetensors(raw({}, 0, 50n))).toThrowError(/truncated/);
  });

  it('the writer aligns every tensor (bool data after the 4-byte tensors), so its own files always read back', () => {
    const t = new Map<string, NamedTensor>([
      ['a.mask', { dtype: 'bool', shape: [3], data: Uint8Array.from([1, 0, 1]) }],
      ['b.w', { dtype: 'f32', shape: [2], data: Float32Array.from([1.5, -2]) }],
      ['ü.name', { dtype: 'i32', shape: [1], data: Int32Array.from([9]) }],
    ]);
    const bytes = encodeSafetensors(t);
    expect((8 + Number(new DataView(bytes.buffer).getBigUint64(0, true))) % 8).toBe(0);
    const back = decodeSafetensors(bytes).tensors;
    expect([...back.get('a.mask')!.data]).toEqual([1, 0, 1]);
    expect([...back.get('b.w')!.data]).toEqual([1.5, -2]);
    expect([...back.get('ü.name')!.data]).toEqual([9]);
  });
});
