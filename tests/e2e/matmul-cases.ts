/** @file One matmul as a graph (an input times a parameter, either side transposed, broadcast batches): the GEMM kernel tests' case. */
import type { Graph } from '../../src/ir/index.ts';
import { newGraph } from '../../src/ops/registry.ts';

export interface Mm {
  readonly m: number;
  readonly k: number;
  readonly n: number;
  readonly ta: boolean;
  readonly tb: boolean;
  readonly batchA: number[];
  readonly batchB: number[];
}

export function matmulGraph(c: Mm): Graph {
  const b = newGraph('mm');
  const a = b.input('a', { dtype: 'f32', shape: [...c.batchA, ...(c.ta ? [c.k, c.m] : [c.m, c.k])] });
  const w = b.param('b', { dtype: 'f32', shape: [...c.batchB, ...(c.tb ? [c.n, c.k] : [c.k, c.n])] });
  b.output('y', b.op('matmul', [a, w], { transposeA: c.ta, transposeB: c.tb }));
  return b.build();
}
