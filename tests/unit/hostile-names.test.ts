/**
 * @file Names from a crafted safetensors file (a checkpoint, bundle weights) reach the terminal as
 * text, never as control sequences (ESC [ … colours, ESC ] … window titles, BEL): in the reader's
 * errors, in `--resume`'s model mismatch, and in `dlc weights`' table; and `dlc weights` on a file
 * whose loop metadata is damaged still lists the tensors (it was an internal error, exit 70).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { precheckCheckpoint } from '../../src/train/checkpoint.ts';
import { decodeSafetensors, encodeSafetensors } from '../../src/train/safetensors.ts';

const EVIL = '\u001b]0;pwned\u0007\u001b[2K\u001b[31mdense.kernel';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function file(header: Record<string, unknown>, data: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + json.length + data.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(json.length), true);
  out.set(json, 8);
  out.set(data, 8 + json.length);
  return out;
}

async function run(args: string[]): Promise<{ code: number; text: string }> {
  let text = '';
  const code = await main(args, { out: (t) => (text += `${t}\n`), err: (t) => (text += `${t}\n`), isTTY: false });
  return { code, text };
}

describe('names from a crafted file are shown as text', () => {
  it("the reader's errors", () => {
    for (const entry of [{ dtype: 'F16', shape: [1], data_offsets: [0, 4] }, { dtype: 'F32', shape: [2], data_offsets: [0, 4] }]) {
      let message = '';
      try {
        decodeSafetensors(file({ [EVIL]: entry }, new Uint8Array(4)), 'x.safetensors');
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toContain("tensor '?]0;pwned??[2K?[31mdense.kernel'");
      expect(message).not.toMatch(CONTROL);
    }
  });

  it("--resume's checks: another model's name, unexpected tensor names", () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlc-hostile-names-'));
    const path = join(dir, 'checkpoint.safetensors');
    const loop = JSON.stringify({ epoch: 0, step: 0, seed: 0, bestValLoss: null, badEpochs: 0, history: [] });
    const t = { dtype: 'f32' as const, shape: [1], data: new Float32Array(1) };
    writeFileSync(path, encodeSafetensors(new Map([['w', t]]), { format: 'dlc-checkpoint', model: EVIL, loop }));
    expect(() => precheckCheckpoint(path, 'iris_mlp', [{ name: 'w', shape: [1] }])).toThrow(/checkpoint of model '\?\]0;pwned/);
    writeFileSync(path, encodeSafetensors(new Map([[EVIL, t]]), { format: 'dlc-checkpoint', model: 'iris_mlp', loop }));
    let message = '';
    try {
      precheckCheckpoint(path, 'iris_mlp', [{ name: 'w', shape: [1] }]);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('does not match the model: missing w');
    expect(message).not.toMatch(CONTROL);
  });

  it("dlc weights' table and heading; a damaged loop metadata still lists the tensors", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlc-hostile-names-'));
    const path = join(dir, 'w.safetensors');
    const t = { dtype: 'f32' as const, shape: [1], data: new Float32Array([2]) };
    writeFileSync(path, encodeSafetensors(new Map([[EVIL, t]]), { format: 'dlc-checkpoint', model: `${EVIL}-model`, loop: '{' }));
    const r = await run(['weights', path]);
    expect(r.text).not.toMatch(CONTROL);
    expect(r.text).toContain('?]0;pwned??[2K?[31mdense.kernel');
    expect(r.text).toContain('1 tensors, 1 values');
    expect(r.code).toBe(0);
  });
});
