/** @file Reader for the IDX format of the original MNIST files, with clear errors on damaged files. */
import { readFileSync } from 'node:fs';

export interface IdxArray {
  readonly dims: readonly number[];
  readonly data: Uint8Array;
}

/** Reads an unsigned-byte IDX file (magic 0x00000801 / 0x00000803), checking its size against its header. */
export function readIdx(path: string): IdxArray {
  const buf = readFileSync(path);
  if (buf.length < 8 || buf[0] !== 0 || buf[1] !== 0) throw new Error(`${path} is not an IDX file (bad magic number)`);
  if (buf[2] !== 0x08) throw new Error(`${path}: IDX element type 0x${buf[2]!.toString(16)} is not unsigned byte`);
  const rank = buf[3]!;
  const dims: number[] = [];
  for (let i = 0; i < rank; i++) dims.push(buf.readUInt32BE(4 + 4 * i));
  const offset = 4 + 4 * rank;
  const expected = dims.reduce((a, b) => a * b, 1);
  if (buf.length - offset !== expected) {
    throw new Error(`${path} is truncated or damaged: header says ${expected} bytes of data, file has ${buf.length - offset}`);
  }
  return { dims, data: new Uint8Array(buf.buffer, buf.byteOffset + offset, expected) };
}
