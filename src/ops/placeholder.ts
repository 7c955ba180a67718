/** @file PLACEHOLDER factory used while op files are being written; must be gone before landing. */
import type { AnyOpDef } from './op-def.ts';

export function placeholder(name: string): AnyOpDef {
  const no = (): never => {
    throw new Error(`op ${name} is not implemented yet`);
  };
  return {
    name, kind: 'elementwise', summary: 'not implemented', arity: 1, attrs: {},
    infer: no, evaluate: no, vjp: null, wgsl: { kind: 'kernel', emit: no },
    testing: { cases: (fc) => fc.constant({ inputs: [], attrs: undefined as never }) },
  };
}
