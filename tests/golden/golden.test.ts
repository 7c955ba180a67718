/** @file Walks golden/: every model's optimised IR, kernels and memory plan must match the files byte for byte. */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACCEPT_COMMAND, checkGoldens, GOLDEN_DIR, modelFiles } from '../../scripts/golden.ts';

describe('golden files', () => {
  it('exist for every model in models/', () => {
    const dirs = existsSync(GOLDEN_DIR) ? readdirSync(GOLDEN_DIR) : [];
    const missing = modelFiles().map((f) => f.replace(/\.ts$/, '')).filter((m) => !dirs.includes(m));
    if (missing.length > 0) throw new Error(`no golden files for ${missing.join(', ')}; run: ${ACCEPT_COMMAND}`);
  });

  for (const file of modelFiles()) {
    const model = file.replace(/\.ts$/, '');
    it(`${model}: IR, kernels and memory plan are unchanged`, () => {
      const diffs = checkGoldens(false, [model]);
      const text = diffs.map((d) => `${d.path} differs at ${d.message}`).join('\n');
      expect(diffs.length, `${text}\nIf the change is intended, run: ${ACCEPT_COMMAND}`).toBe(0);
    });
  }
});
