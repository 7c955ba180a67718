/** @file NumPy broadcasting: the result shape, and index maps for the interpreter and for WGSL. */
import { CompileError, formatShape, stridesOf, type Shape } from '../ir/index.ts';

/** Aligns shapes from the right; a dimension of 1 stretches. Throws E_SHAPE_BROADCAST otherwise. */
export function broadcastShapes(...shapes: readonly Shape[]): number[] {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(rank).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const o = rank - s.length + i;
      const d = s[i]!;
      if (d === out[o] || d === 1) continue;
      if (out[o] === 1) out[o] = d;
      else {
        throw new CompileError(
          'E_SHAPE_BROADCAST',
          `shapes ${shapes.map(formatShape).join(' and ')} do not broadcast (dimension ${o} is ${out[o]} vs ${d})`,
          { hint: 'dimensions must be equal or 1, aligned from the right' },
        );
      }
    }
  }
  return out;
}

/**
 * Strides to read an operand of shape `inShape` at each index of `outShape`: 0 where the operand is
 * broadcast, its own row-major stride otherwise. Length is outShape.length.
 */
export function broadcastStrides(inShape: Shape, outShape: Shape): number[] {
  const own = stridesOf(inShape);
  const lead = outShape.length - inShape.length;
  return outShape.map((_, o) => {
    const i = o - lead;
    if (i < 0) return 0;
    return inShape[i] === 1 && outShape[o] !== 1 ? 0 : own[i]!;
  });
}

/** Maps each flat output index to the flat operand index (for the reference interpreter). */
export function broadcastIndexMap(inShape: Shape, outShape: Shape): (flat: number) => number {
  const bs = broadcastStrides(inShape, outShape);
  const os = stridesOf(outShape);
  if (bs.every((s, i) => s === os[i])) return (flat) => flat;
  return (flat) => {
    let off = 0;
    for (let d = 0; d < outShape.length; d++) {
      const q = Math.floor(flat / os[d]!) % outShape[d]!;
      off += q * bs[d]!;
    }
    return off;
  };
}

/** Axes of `outShape` that `inShape` was broadcast along (to sum a cotangent back to `inShape`). */
export function broadcastAxes(inShape: Shape, outShape: Shape): number[] {
  const lead = outShape.length - inShape.length;
  const axes: number[] = [];
  for (let o = 0; o < outShape.length; o++) {
    const i = o - lead;
    if (i < 0 || (inShape[i] === 1 && outShape[o] !== 1)) axes.push(o);
  }
  return axes;
}
