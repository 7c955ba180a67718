/** @file Typed shapes: `Tensor<[B, H, 28, number]>` annotations checked against the inferred shape. */
import { Node } from './ts-morph-lazy.ts';
import { errorAt } from './diag.ts';
import { fmt } from './layers/shape.ts';
import { TensorVal, type Val } from './values.ts';

/** Type parameters bound so far in one call (`H` must mean the same size everywhere). */
export type TypeBindings = Map<string, number>;

/**
 * Checks `v` against `ann` when `ann` is `Tensor<[...]>` with a tuple; other annotations are the
 * TypeScript checker's business. `B` must stand first; `number` matches anything; a type parameter
 * binds on first use; a literal must match exactly. A mismatch is E_SHAPE_ANNOTATION at the element.
 */
export function checkAnnotation(ann: Node, v: Val, typeParams: ReadonlySet<string>, bound: TypeBindings, what: string): void {
  if (!(v instanceof TensorVal) || !Node.isTypeReference(ann) || ann.getTypeName().getText() !== 'Tensor') return;
  const tuple = ann.getTypeArguments()[0];
  if (!tuple || !Node.isTupleTypeNode(tuple)) return;
  const elems = tuple.getElements();
  const full: (number | 'B')[] = ['B', ...v.shape];
  const shown = fmt(v.shape);
  if (elems.length !== full.length) {
    throw errorAt(tuple, 'E_SHAPE_ANNOTATION', `${what} has shape ${shown} (rank ${full.length}), but is annotated with rank ${elems.length}`, `annotate it as Tensor<[B, ${v.shape.join(', ')}]>`);
  }
  elems.forEach((el, i) => checkDim(el, full[i]!, i, { typeParams, bound, what, shown }));
}

interface DimCtx {
  readonly typeParams: ReadonlySet<string>;
  readonly bound: TypeBindings;
  readonly what: string;
  readonly shown: string;
}

function checkDim(el: Node, actual: number | 'B', i: number, c: DimCtx): void {
  const text = el.getText();
  if (text === 'B') {
    if (actual !== 'B') throw mismatch(el, c, `axis ${i} is ${actual}, not the batch axis B`);
    return;
  }
  if (actual === 'B') {
    if (text === 'number') return;
    throw mismatch(el, c, `axis 0 is the batch axis; write B there`);
  }
  if (text === 'number') return;
  if (Node.isLiteralTypeNode(el)) {
    const want = Number(el.getLiteral().getText());
    if (want !== actual) throw mismatch(el, c, `axis ${i} is ${actual}, annotated ${want}`);
    return;
  }
  if (Node.isTypeReference(el) && c.typeParams.has(text)) {
    const prev = c.bound.get(text);
    if (prev === undefined) c.bound.set(text, actual);
    else if (prev !== actual) throw mismatch(el, c, `axis ${i} is ${actual}, but ${text} is ${prev} elsewhere in this call`);
  }
}

function mismatch(el: Node, c: DimCtx, detail: string): Error {
  return errorAt(el, 'E_SHAPE_ANNOTATION', `${c.what} has shape ${c.shown}, which does not match its annotation: ${detail}`, 'fix the annotation or the layers that produce this tensor');
}
