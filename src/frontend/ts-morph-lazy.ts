/**
 * @file ts-morph (and the TypeScript compiler inside it, ~0.8 s of CPU to load) loaded at its first
 * use, not when the frontend's modules are imported: `dlc --help`, `dlc run` and a `dlc train` whose
 * compiled plans come from the plan cache never parse TypeScript, so they never load it. `Node` and
 * `SyntaxKind` stand for ts-morph's own (same types; values forwarded on first touch).
 */
import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

let loaded: typeof TsMorph | undefined;

/** ts-morph itself (a CommonJS package, so it can be required synchronously where it is first needed). */
export function tsMorph(): typeof TsMorph {
  return (loaded ??= createRequire(import.meta.url)('ts-morph') as typeof TsMorph);
}

/** Whether ts-morph has been loaded in this process (tests of the lazy start). */
export function tsMorphLoaded(): boolean {
  return loaded !== undefined;
}

/** A stand-in for the object `pick` returns, which is fetched at the first property read. */
function lazy<T extends object>(pick: () => T): T {
  return new Proxy(function stand() {} as unknown as T, {
    get: (_t, p) => Reflect.get(pick(), p),
    has: (_t, p) => Reflect.has(pick(), p),
  });
}

export const Node: typeof TsMorph.Node = lazy(() => tsMorph().Node);
export type Node<T extends TsMorph.ts.Node = TsMorph.ts.Node> = TsMorph.Node<T>;
export const SyntaxKind: typeof TsMorph.SyntaxKind = lazy(() => tsMorph().SyntaxKind);
export type SyntaxKind = TsMorph.SyntaxKind;
