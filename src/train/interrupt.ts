/**
 * @file Graceful stops for `dlc train`: the first SIGINT/SIGTERM asks the loop to stop after the
 * step in flight and write a checkpoint (atomically) it can resume from; a second one, or one that
 * comes before any step ran, exits at once (atomic writes are synchronous, so no partial file is
 * left: a write is either renamed into place or never started). Exit codes 130 (SIGINT), 143 (SIGTERM).
 */

/** What the training loop reads: whether to stop, and a call when its first step is about to run. */
export interface InterruptFlag {
  readonly requested: boolean;
  /** The loop is about to take steps: from now on a first signal stops it gracefully. */
  begin(): void;
}

type Sig = 'SIGINT' | 'SIGTERM';
const SIGNALS: readonly Sig[] = ['SIGINT', 'SIGTERM'];

export function exitCodeFor(sig: Sig): 130 | 143 {
  return sig === 'SIGTERM' ? 143 : 130;
}

/** Installs SIGINT/SIGTERM handlers until `dispose()`; `say` prints one line to the user (stderr). */
export class Interrupt implements InterruptFlag {
  requested = false;
  signal: Sig | undefined;
  private training = false;
  private readonly handlers = new Map<Sig, () => void>();

  constructor(
    private readonly say: (line: string) => void,
    /** Exits the process at once (tests replace it). */
    private readonly exit: (code: number) => void = (code) => process.exit(code),
    private readonly target: Pick<NodeJS.Process, 'on' | 'off'> = process,
  ) {}

  static install(say: (line: string) => void): Interrupt {
    const i = new Interrupt(say);
    i.listen();
    return i;
  }

  listen(): void {
    for (const sig of SIGNALS) {
      const h = (): void => this.receive(sig);
      this.handlers.set(sig, h);
      this.target.on(sig, h);
    }
  }

  begin(): void {
    this.training = true;
  }

  /** The code `dlc train` exits with after a graceful stop. */
  get exitCode(): number {
    return exitCodeFor(this.signal ?? 'SIGINT');
  }

  receive(sig: Sig): void {
    if (this.requested || !this.training) {
      this.say(this.requested ? `dlc train: ${sig} again: stopping at once; the last complete checkpoint is kept` : `dlc train: ${sig}: stopped before training started; nothing was written`);
      this.dispose();
      this.exit(exitCodeFor(sig));
      return;
    }
    this.requested = true;
    this.signal = sig;
    this.say(`dlc train: ${sig}: finishing the current step and writing a checkpoint (${sig === 'SIGINT' ? 'Ctrl-C' : 'send it'} again to stop at once)`);
  }

  dispose(): void {
    for (const [sig, h] of this.handlers) this.target.off(sig, h);
    this.handlers.clear();
  }
}

/**
 * What `dlc train` prints after a graceful stop (plain runs, programs, k-fold alike): where it stopped,
 * the checkpoint that resumes it and the exact command; `none` when there is no checkpoint to resume.
 */
export function stopLines(where: string, checkpoint: string | null, resume: string, none = 'nothing was trained, no checkpoint written'): string[] {
  if (!checkpoint) return [`dlc train: interrupted at ${where}; ${none}`];
  return [`dlc train: interrupted at ${where}; checkpoint saved to ${checkpoint}`, `dlc train: to continue: ${resume}`];
}

/** The command that continues an interrupted run: the same arguments, with `--out DIR --resume`. */
export function resumeCommand(file: string, flags: Readonly<Record<string, string | boolean>>, out: string): string {
  const parts = ['dlc', 'train', file];
  for (const [k, v] of Object.entries(flags)) {
    if (k === 'out' || k === 'resume' || v === false) continue;
    parts.push(`--${k}`, ...(v === true ? [] : [v]));
  }
  parts.push('--out', out, '--resume');
  return parts.map(shellQuote).join(' ');
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
