/** @file A reader for NumPy .npy files (version 1–3, C order, little-endian numbers and bools), for `dlc run --input`. */

export interface NpyArray {
  readonly shape: readonly number[];
  readonly data: Float32Array | Int32Array;
}

const READERS: Readonly<Record<string, { bytes: number; read: (v: DataView, at: number) => number; int: boolean }>> = {
  '<f4': { bytes: 4, read: (v, at) => v.getFloat32(at, true), int: false },
  '<f8': { bytes: 8, read: (v, at) => v.getFloat64(at, true), int: false },
  '<i4': { bytes: 4, read: (v, at) => v.getInt32(at, true), int: true },
  '<i8': { bytes: 8, read: (v, at) => Number(v.getBigInt64(at, true)), int: true },
  '|u1': { bytes: 1, read: (v, at) => v.getUint8(at), int: true },
  '|b1': { bytes: 1, read: (v, at) => v.getUint8(at), int: true },
};

/** Parses `bytes`; throws an Error naming `file` and what is wrong (the CLI turns it into a usage error). */
export function parseNpy(bytes: Uint8Array, file: string): NpyArray {
  const fail = (m: string): never => {
    throw new Error(`${file}: ${m}`);
  };
  if (bytes.length < 10 || bytes[0] !== 0x93 || new TextDecoder().decode(bytes.subarray(1, 6)) !== 'NUMPY') fail('not a .npy file (bad magic)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6]!;
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  const header = new TextDecoder().decode(bytes.subarray(start, start + headerLen));
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (!descr || !fortran || shapeText === undefined) return fail('unreadable header');
  if (fortran === 'True') fail('Fortran-ordered arrays are not supported (save with np.ascontiguousarray)');
  const reader = (Object.hasOwn(READERS, descr) ? READERS[descr] : undefined) ?? fail(`dtype ${descr.slice(0, 40)} is not supported (use float32, float64, int32, int64, uint8 or bool)`);
  const dims = shapeText.split(',').map((s) => s.trim()).filter(Boolean);
  const shape = dims.map((d) => (/^\d{1,15}$/.test(d) ? Number(d) : fail(`shape (${shapeText.slice(0, 60)}) has ${JSON.stringify(d.slice(0, 20))}, not a dimension (a non-negative integer)`)));
  const n = shape.reduce((a, d) => a * d, 1);
  const dataAt = start + headerLen;
  if (bytes.length - dataAt !== n * reader.bytes) fail(`shape (${shape.join(',')}) needs ${n * reader.bytes} data bytes, the file has ${bytes.length - dataAt}`);
  const data = reader.int ? new Int32Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = reader.read(view, dataAt + i * reader.bytes);
  return { shape, data };
}
