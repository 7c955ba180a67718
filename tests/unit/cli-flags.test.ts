/** @file Declared CLI flags: unknown flags, values and ranges are usage errors (exit 2) before any work; help lists exit codes. */
import { describe, expect, it } from 'vitest';
import { main, helpOf } from '../../src/cli/main.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { parseArgs } from '../../src/cli/command.ts';
import { FlagError, parseFlags, type FlagSpec } from '../../src/cli/flags.ts';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), isTTY: false });
  return { code, out, err };
}

const SPECS: readonly FlagSpec[] = [
  { name: 'epochs', kind: 'int', min: 1, help: 'epochs' },
  { name: 'lr', kind: 'number', above: 0, help: 'rate' },
  { name: 'split', kind: 'number', min: 0, below: 1, help: 'fraction' },
  { name: 'mode', kind: 'enum', values: ['inference', 'train'], help: 'mode' },
  { name: 'out', short: 'o', kind: 'path', help: 'dir' },
  { name: 'json', kind: 'boolean', help: 'json' },
];

describe('parseFlags', () => {
  it('takes a negative number as the value and range-checks it', () => {
    expect(() => parseFlags(['m.ts', '--epochs', '-1'], SPECS)).toThrow('--epochs expects an integer ≥ 1, got -1');
    expect(parseFlags(['m.ts', '--epochs', '3'], SPECS).flags).toEqual({ epochs: '3' });
  });
  it.each([
    [['--lr', 'abc'], "--lr expects a number > 0, got 'abc'"],
    [['--lr', '0'], '--lr expects a number > 0, got 0'],
    [['--lr', ''], "--lr expects a number > 0, got ''"],
    [['--lr', 'Infinity'], "--lr expects a number > 0, got 'Infinity'"],
    [['--epochs', '1.5'], "--epochs expects an integer ≥ 1, got '1.5'"],
    [['--epochs', '0x10'], "--epochs expects an integer ≥ 1, got '0x10'"],
    [['--split', '1'], '--split expects a number in [0, 1), got 1'],
    [['--mode', 'trian'], "--mode expects one of inference, train, got 'trian'; did you mean train?"],
    [['--epochs'], '--epochs expects a value (an integer ≥ 1)'],
    [['--json=yes'], "--json takes no value (got 'yes')"],
    [['--out', ''], "--out expects a path, got ''"],
    [['--epoch', '3'], 'unknown option --epoch; did you mean --epochs?'],
    [['--epoch=3'], 'unknown option --epoch; did you mean --epochs?'],
    [['--zzzzzz'], 'unknown option --zzzzzz'],
    [['-x'], 'unknown option -x'],
  ])('%j → %s', (argv, msg) => {
    let thrown: unknown;
    try {
      parseFlags(argv, SPECS);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FlagError);
    expect((thrown as Error).message).toBe(msg);
  });
  it('reads --k=v, -o v, booleans that never swallow the next argument, and -- ending the flags', () => {
    expect(parseFlags(['--lr=0.5', '-o', 'dir', '--json', 'm.ts', '--', '--epochs'], SPECS)).toEqual({
      positional: ['m.ts', '--epochs'],
      flags: { lr: '0.5', out: 'dir', json: true },
    });
    expect(parseFlags(['--split', '0', '--lr', '1e-3', '--epochs', '+2'], SPECS).flags).toEqual({ split: '0', lr: '1e-3', epochs: '+2' });
  });
  it('rejects extra positional arguments when a maximum is given', () => {
    expect(() => parseFlags(['a.ts', 'b.ts'], SPECS, 1)).toThrow("unexpected argument 'b.ts'");
    expect(() => parseFlags(['a.ts'], SPECS, 0)).toThrow("unexpected argument 'a.ts' (this command takes none)");
  });
  it('the lenient parser (commands without a spec) is unchanged', () => {
    expect(parseArgs(['m.ts', '--bogus', '--n', '3', '--flag'])).toEqual({ positional: ['m.ts'], flags: { bogus: true, n: '3', flag: true } });
  });
});

describe('dlc <command> with declared flags', () => {
  it.each([
    [['explain', 'models/iris_mlp.ts', '--bogus'], 'unknown option --bogus'],
    [['train', 'models/iris_mlp.ts', '--epochs', '-1'], '--epochs expects an integer in [1, 1000000], got -1'],
    [['train', 'models/iris_mlp.ts', '--lr', 'abc'], "--lr expects a number in (0, 1000], got 'abc'"],
    [['train', 'models/iris_mlp.ts', '--batch', '0'], '--batch expects an integer in [1, 1048576], got 0'],
    [['train', 'models/iris_mlp.ts', '--seed', '1.5'], "--seed expects an integer in [0, 4294967295], got '1.5'"],
    [['train', 'models/iris_mlp.ts', '--validation', '1'], '--validation expects a number in [0, 1), got 1'],
    [['train', 'models/iris_mlp.ts', '--epcohs', '2'], 'unknown option --epcohs; did you mean --epochs?'],
    [['build', 'models/iris_mlp.ts', '-o', 'x', '--mode', 'trian'], "--mode expects one of inference, train, got 'trian'; did you mean train?"],
    [['ir', 'models/iris_mlp.ts', '--batch', '-3'], '--batch expects an integer in [1, 1048576], got -3'],
    [['summary', 'models/iris_mlp.ts', '--jsn'], 'unknown option --jsn; did you mean --json?'],
    [['check', 'models/iris_mlp.ts', '--json'], 'unknown option --json'],
    [['ops', 'extra'], "unexpected argument 'extra' (this command takes none)"],
    [['run-ir', 'x.ir', '--seed', 'abc'], "--seed expects an integer in [0, 4294967295], got 'abc'"],
    [['run', 'dir', '--inptu', 'x.json'], 'unknown option --inptu; did you mean --input?'],
  ])('%j exits 2: %s', async (argv, msg) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`dlc ${argv[0]}: ${msg}\n`);
    expect(r.out).toBe('');
  });
  it('an unknown command gets a did-you-mean', async () => {
    const r = await cli('trian');
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown command 'trian'; did you mean 'train'?");
  });
});

describe('help', () => {
  it('dlc --help and every dlc <command> --help document the exit codes', async () => {
    const top = await cli('--help');
    expect(top.code).toBe(0);
    for (const c of ['0 ', '1 ', '2 ', '70 ', '130/143 ']) expect(top.out).toContain(`\n  ${c}`);
    for (const cmd of COMMANDS) {
      const r = await cli(cmd.name, '--help');
      expect(r.code, cmd.name).toBe(0);
      expect(r.out).toContain('exit codes:\n  0 ');
      expect(r.out).toContain('130/143');
      expect(r.out.trim()).toBe(helpOf(cmd).trim());
    }
  });
  it('every command of this release declares its flags, and its help names only declared flags', () => {
    const declared = ['check', 'summary', 'ir', 'ops', 'run-ir', 'build', 'explain', 'run', 'train', 'import-weights', 'export', 'init'];
    for (const name of declared) expect(COMMANDS.find((c) => c.name === name)?.flags, name).toBeDefined();
    for (const cmd of COMMANDS) {
      if (!cmd.flags) continue;
      const names = new Set(cmd.flags.map((f) => f.name));
      // Flags of other commands are quoted (`dlc summary --json`); the rest must be this command's.
      const own = cmd.help.replace(/`[^`]*`/g, '');
      const mentioned = [...own.matchAll(/(?<![\w-])--([a-z][a-z0-9-]*)/g)].map((m) => m[1]!);
      for (const m of mentioned) expect(names.has(m), `${cmd.name} --help mentions --${m} but does not declare it`).toBe(true);
      for (const f of cmd.flags) expect(cmd.help, `${cmd.name} --${f.name} is not in its help`).toContain(`--${f.name}`);
    }
  });
});

describe('--model on a file with several models', () => {
  it.each(['ir', 'explain', 'features --input x.png'])('%s names the models the file has when --model matches none', async (cmd) => {
    const [name, ...rest] = cmd.split(' ');
    const r = await cli(name!, 'models/transfer.ts', ...rest, '--model', 'nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain("no model named 'nope'; the file has mnist_features, transfer");
  });
  it('picks the named model, not the default export', async () => {
    const named = await cli('ir', 'models/transfer.ts', '--model', 'mnist_features');
    const main = await cli('ir', 'models/transfer.ts');
    expect(named.code).toBe(0);
    expect(main.code).toBe(0);
    expect(named.out).not.toBe(main.out);
  });
});
