/** @file `dlc run --input x.npy` with a crafted header: negative or non-numeric dimensions and inherited dtype names are refused naming the file, nothing is allocated from a lying shape. */
import { describe, expect, it } from 'vitest';
import { parseNpy } from '../../src/bundle/npy.ts';

function npy(header: string, data: Uint8Array): Uint8Array {
  const pad = (64 - ((10 + header.length + 1) % 64)) % 64;
  const h = new TextEncoder().encode(`${header}${' '.repeat(pad)}\n`);
  const out = new Uint8Array(10 + h.length + data.length);
  out.set([0x93, ...new TextEncoder().encode('NUMPY'), 1, 0]);
  new DataView(out.buffer).setUint16(8, h.length, true);
  out.set(h, 10);
  out.set(data, 10 + h.length);
  return out;
}
const head = (descr: string, shape: string): string => `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape}), }`;

describe('parseNpy on crafted headers', () => {
  it('reads a plain float32 array', () => {
    const a = parseNpy(npy(head('<f4', '1, 2'), new Uint8Array(new Float32Array([1.5, -2]).buffer)), 'x.npy');
    expect(a.shape).toEqual([1, 2]);
    expect([...a.data]).toEqual([1.5, -2]);
  });

  it.each([
    ['two negative dimensions whose product fits the data', '-2, -2', /x\.npy: shape \(-2, -2\) has "-2", not a dimension/],
    ['a fractional dimension', '2.5, 1', /has "2\.5", not a dimension/],
    ['an exponent', '1e3', /has "1e3", not a dimension/],
    ['a huge shape', '100000000000, 100000000000', /needs 4e\+22 data bytes, the file has 16/],
  ])('%s is refused', (_name, shape, message) => {
    expect(() => parseNpy(npy(head('<f4', shape), new Uint8Array(16)), 'x.npy')).toThrow(message);
  });

  it.each(['constructor', '__proto__', 'toString'])('dtype %s (an Object.prototype name) is an unsupported dtype, not a crash', (descr) => {
    expect(() => parseNpy(npy(head(descr, '1, 4'), new Uint8Array(16)), 'x.npy')).toThrow(`x.npy: dtype ${descr} is not supported`);
  });
});
