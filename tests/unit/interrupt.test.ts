/** @file Signal handling of `dlc train` (src/train/interrupt.ts) against a fake process: first signal asks, second exits at once. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { Interrupt, exitCodeFor, resumeCommand } from '../../src/train/interrupt.ts';

function setup(): { i: Interrupt; lines: string[]; exits: number[]; target: EventEmitter } {
  const lines: string[] = [];
  const exits: number[] = [];
  const target = new EventEmitter();
  const i = new Interrupt((l) => lines.push(l), (c) => exits.push(c), target as unknown as NodeJS.Process);
  i.listen();
  return { i, lines, exits, target };
}

describe('Interrupt', () => {
  it('the first signal during training asks the loop to stop; a second exits at once with 130/143', () => {
    const { i, lines, exits, target } = setup();
    i.begin();
    target.emit('SIGINT');
    expect(i.requested).toBe(true);
    expect(i.exitCode).toBe(130);
    expect(exits).toEqual([]);
    expect(lines[0]).toContain('SIGINT: finishing the current step and writing a checkpoint (Ctrl-C again to stop at once)');
    target.emit('SIGTERM');
    expect(exits).toEqual([143]);
    expect(lines[1]).toContain('SIGTERM again: stopping at once; the last complete checkpoint is kept');
    expect(target.listenerCount('SIGINT') + target.listenerCount('SIGTERM')).toBe(0);
  });

  it('SIGTERM first gives exit code 143', () => {
    const { i, target } = setup();
    i.begin();
    target.emit('SIGTERM');
    expect(i.exitCode).toBe(143);
    expect(exitCodeFor('SIGINT')).toBe(130);
  });

  it('a signal before any step exits at once: nothing to save', () => {
    const { i, lines, exits, target } = setup();
    target.emit('SIGINT');
    expect(i.requested).toBe(false);
    expect(exits).toEqual([130]);
    expect(lines[0]).toContain('stopped before training started; nothing was written');
  });

  it('dispose removes its handlers', () => {
    const { i, target } = setup();
    expect(target.listenerCount('SIGINT')).toBe(1);
    i.dispose();
    expect(target.listenerCount('SIGINT') + target.listenerCount('SIGTERM')).toBe(0);
  });

  it('the resume command repeats the flags with --out and --resume, quoted for a shell', () => {
    expect(resumeCommand('models/m.ts', { seed: '5', epochs: '3', json: true, out: 'x', resume: true }, 'runs/a b')).toBe("dlc train models/m.ts --seed 5 --epochs 3 --json --out 'runs/a b' --resume");
    expect(resumeCommand("it's.ts", {}, 'o')).toBe(`dlc train 'it'\\''s.ts' --out o --resume`);
  });
});
