/** @file Declared command-line flags: strict parsing (unknown flag → did-you-mean), typed values, range checks, help text. */
import { closestName } from '../frontend/diag.ts';

export type FlagKind = 'boolean' | 'string' | 'int' | 'number' | 'path' | 'enum';

/** One flag a command accepts. Values are checked here; the command reads them back with flagString/flagNumber. */
export interface FlagSpec {
  /** Long name without dashes: `epochs` for `--epochs`. */
  readonly name: string;
  readonly kind: FlagKind;
  /** One help line (may continue on further lines with '\n'); builds the command's help text. */
  readonly help: string;
  /** Single-letter alias: `o` for `-o`. */
  readonly short?: string;
  /** The value's placeholder in help (`N`, `DIR`); defaults by kind. */
  readonly value?: string;
  /** Inclusive bounds for int/number. */
  readonly min?: number;
  readonly max?: number;
  /** Exclusive lower bound (a learning rate must be > 0). */
  readonly above?: number;
  /** Exclusive upper bound (a fraction must be < 1). */
  readonly below?: number;
  /** The values an enum accepts. */
  readonly values?: readonly string[];
}

/** The flags, and the most positional arguments, a command accepts. */
export interface FlagsResult {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean>>;
}

/** A usage mistake found while parsing; main prints it with the command's help and exits 2. */
export class FlagError extends Error {}

const PLACEHOLDER: Record<FlagKind, string> = { boolean: '', string: 'S', int: 'N', number: 'X', path: 'PATH', enum: '' };

/**
 * `--name value`, `--name=value`, `-o value`, bare `--flag` for booleans, and `--` to end the flags.
 * A value flag always takes the next argument, even `-1`: the range check then rejects it by name.
 */
export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[], maxPositional = Infinity): FlagsResult {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-' || /^-\d/.test(a)) {
      positional.push(a);
      continue;
    }
    const long = a.startsWith('--');
    const body = a.slice(long ? 2 : 1);
    const eq = body.indexOf('=');
    const key = eq >= 0 ? body.slice(0, eq) : body;
    const spec = long ? specs.find((s) => s.name === key) : specs.find((s) => s.short === key);
    if (!spec) throw new FlagError(unknownFlag(a.slice(0, a.length - (eq >= 0 ? body.length - eq : 0)), specs));
    let raw: string | true;
    if (eq >= 0) raw = body.slice(eq + 1);
    else if (spec.kind === 'boolean') raw = true;
    else if (i + 1 < argv.length) raw = argv[++i]!;
    else throw new FlagError(`--${spec.name} expects a value (${describe(spec)})`);
    flags[spec.name] = checkValue(spec, raw);
  }
  if (positional.length > maxPositional) {
    throw new FlagError(maxPositional === 0 ? `unexpected argument '${positional[0]}' (this command takes none)` : `unexpected argument '${positional[maxPositional]}'`);
  }
  return { positional, flags };
}

function unknownFlag(written: string, specs: readonly FlagSpec[]): string {
  const name = written.replace(/^--?/, '');
  const near = name.length < 2 ? undefined : closestName(name, specs.map((s) => s.name));
  return `unknown option ${written}${near ? `; did you mean --${near}?` : ''}`;
}

function checkValue(spec: FlagSpec, raw: string | true): string | boolean {
  const flag = `--${spec.name}`;
  if (spec.kind === 'boolean') {
    if (raw === true || raw === 'true') return true;
    if (raw === 'false') return false;
    throw new FlagError(`${flag} takes no value (got '${raw}')`);
  }
  const v = raw as string;
  if (spec.kind === 'string') return v;
  if (spec.kind === 'path') {
    if (v === '' || v.includes('\0')) throw new FlagError(`${flag} expects a path, got '${v}'`);
    return v;
  }
  if (spec.kind === 'enum') {
    const values = spec.values ?? [];
    if (values.includes(v)) return v;
    const near = closestName(v, values);
    throw new FlagError(`${flag} expects one of ${values.join(', ')}, got '${v}'${near ? `; did you mean ${near}?` : ''}`);
  }
  const n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new FlagError(`${flag} expects ${describe(spec)}, got '${v}'`);
  if (spec.kind === 'int' && !Number.isSafeInteger(n)) throw new FlagError(`${flag} expects ${describe(spec)}, got '${v}'`);
  const out = (spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max) || (spec.above !== undefined && !(n > spec.above)) || (spec.below !== undefined && !(n < spec.below));
  if (out) throw new FlagError(`${flag} expects ${describe(spec)}, got ${v}`);
  return v.trim();
}

/** "an integer ≥ 1", "a number > 0", "a number in [0, 1)". */
export function describe(spec: FlagSpec): string {
  if (spec.kind === 'enum') return `one of ${(spec.values ?? []).join(', ')}`;
  if (spec.kind === 'path') return 'a path';
  if (spec.kind === 'string') return 'a value';
  if (spec.kind === 'boolean') return 'no value';
  const what = spec.kind === 'int' ? 'an integer' : 'a number';
  const lo = spec.min !== undefined ? { v: spec.min, open: false } : spec.above !== undefined ? { v: spec.above, open: true } : undefined;
  const hi = spec.max !== undefined ? { v: spec.max, open: false } : spec.below !== undefined ? { v: spec.below, open: true } : undefined;
  if (lo && hi) return `${what} in ${lo.open ? '(' : '['}${lo.v}, ${hi.v}${hi.open ? ')' : ']'}`;
  if (lo) return `${what} ${lo.open ? '>' : '≥'} ${lo.v}`;
  if (hi) return `${what} ${hi.open ? '<' : '≤'} ${hi.v}`;
  return what;
}

/** The `options:` block of a command's help, one entry per flag, aligned. */
export function optionsHelp(specs: readonly FlagSpec[]): string {
  const heads = specs.map((s) => {
    const ph = s.value ?? (s.kind === 'enum' ? (s.values ?? []).join('|') : PLACEHOLDER[s.kind]);
    return `${s.short ? `-${s.short}, ` : ''}--${s.name}${ph ? ` ${ph}` : ''}`;
  });
  const w = Math.min(28, Math.max(...heads.map((h) => h.length)));
  const lines = specs.flatMap((s, i) => {
    const head = heads[i]!;
    const [first = '', ...more] = s.help.split('\n');
    const pad = ' '.repeat(w + 4);
    const top = head.length > w ? [`  ${head}`, `${pad}${first}`] : [`  ${head.padEnd(w)}  ${first}`];
    return [...top, ...more.map((l) => `${pad}${l.trim()}`)];
  });
  return ['options:', ...lines].join('\n');
}

/** A command's full help: usage line, description paragraphs, then the options built from its flags. */
export function commandHelp(usage: string, description: string, specs: readonly FlagSpec[]): string {
  return [`usage: ${usage}`, ...(description ? ['', description] : []), ...(specs.length ? ['', optionsHelp(specs)] : [])].join('\n');
}

/** Exit codes, as `dlc --help` and every `dlc <command> --help` list them. */
export const EXIT_CODES = `exit codes:
  0        success
  1        an error in the model, data, checkpoint or bundle (the message says what and where)
  2        usage error: unknown command or option, missing or out-of-range value
  70       internal error: a bug in dlc (please report it with the command you ran)
  130/143  interrupted by SIGINT (Ctrl-C) / SIGTERM (dlc train writes a checkpoint first)`;
