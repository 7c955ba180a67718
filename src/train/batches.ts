/** @file An epoch's steps and batches for a compiled step of static batch size: the last partial batch kept (Keras) or dropped. */

/**
 * Steps in an epoch: `stepsPerEpoch` if given, else every sample once — the last partial batch kept
 * (Keras) unless `dropRemainder`.
 */
export function epochSteps(o: { readonly stepsPerEpoch?: number; readonly dropRemainder?: boolean; readonly model: { readonly train?: { readonly stepsPerEpoch?: number; readonly dropRemainder?: boolean } | undefined } }, s: { readonly opts: { readonly batch: number }; readonly split: { readonly n: number } }): number {
  const fixed = o.stepsPerEpoch ?? o.model.train?.stepsPerEpoch;
  if (fixed !== undefined) return fixed;
  const n = s.split.n;
  const b = s.opts.batch;
  return (o.dropRemainder ?? o.model.train?.dropRemainder ?? false) ? Math.floor(n / b) : Math.ceil(n / b);
}

/**
 * Batch `k` of an epoch: positions k·b … (k+1)·b of the epoch's order, wrapping around its start.
 * The compiled step has a static batch, so the last partial batch (n mod b samples) is topped up with
 * the first samples of the same epoch's order: every sample is seen at least once per epoch and
 * b − (n mod b) of them twice, rather than n mod b samples never being seen. `stepsPerEpoch` beyond
 * the data wraps the same way.
 */
export function batchAt(order: Int32Array, k: number, b: number): Int32Array {
  const n = order.length;
  const from = (k * b) % n;
  if (from + b <= n) return order.subarray(from, from + b);
  const out = new Int32Array(b);
  for (let i = 0; i < b; i++) out[i] = order[(from + i) % n]!;
  return out;
}
