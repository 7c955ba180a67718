/** @file Keras-style progress: a redrawn bar with steps/s, loss and ETA on a TTY, plain lines otherwise. */

export interface ProgressSink {
  write(text: string): void;
  readonly isTTY: boolean;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m < 60 ? `${m}m${String(s).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export class ProgressBar {
  private readonly began = Date.now();
  /** Where the rate is counted from: the bar's start, or the end of the kernels' compile (`compiled`). */
  private started = Date.now();
  private base = 0;
  private lastLine = Date.now();

  constructor(
    private readonly sink: ProgressSink,
    private readonly label: string,
    private readonly total: number,
    private readonly width = 30,
    /** What `total` counts, for the rate (`steps/s`, `images/s`). */
    private readonly unit = 'steps',
  ) {}

  /**
   * Redraws in place on a TTY. On a pipe (logs, CI) the epoch's `finish` line is the record, as with
   * Keras' verbose=2; a long epoch also prints a progress line every 10 seconds so a log shows life.
   */
  update(done: number, metrics: Readonly<Record<string, number>>): void {
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = (done - this.base) / Math.max(elapsed, 1e-9);
    const eta = (this.total - done) / Math.max(rate, 1e-9);
    const stats = Object.entries(metrics)
      .map(([k, v]) => `${k} ${formatMetric(v)}`)
      .join(' · ');
    const text = `${this.label} ${done}/${this.total} ${this.bar(done)} ${rate.toFixed(1)} ${this.unit}/s${stats ? ` · ${stats}` : ''} · ETA ${formatDuration(eta)}`;
    if (this.sink.isTTY) {
      this.sink.write(`\r\x1b[2K${text}`);
      return;
    }
    if (Date.now() - this.lastLine >= 10_000 && done < this.total) {
      this.lastLine = Date.now();
      this.sink.write(`${text}\n`);
    }
  }

  /**
   * While the first step's kernels compile (lavapipe, a new machine): the bar says so instead of a
   * rate and an ETA it cannot know. On a pipe nothing is written (the notice line said it already).
   */
  compiling(): void {
    if (this.sink.isTTY) this.sink.write(`\r\x1b[2K${this.label} 0/${this.total} ${this.bar(0)} compiling kernels (once per machine)…`);
  }

  /** The compile is over after `done` steps: the rate and ETA count from here, so the compile does not skew them. */
  compiled(done: number): void {
    this.started = Date.now();
    this.lastLine = this.started;
    this.base = done;
    if (this.sink.isTTY) this.sink.write(`\r\x1b[2K${this.label} ${done}/${this.total} ${this.bar(done)} kernels compiled`);
  }

  /** Ends the bar with a summary line (metrics of the whole epoch, its time including any compile). */
  finish(summary: string): void {
    const elapsed = (Date.now() - this.began) / 1000;
    this.sink.write(`${this.sink.isTTY ? '\r\x1b[2K' : ''}${this.label} ${this.total}/${this.total} · ${formatDuration(elapsed)} · ${summary}\n`);
  }

  private bar(done: number): string {
    const filled = Math.round((this.width * done) / Math.max(this.total, 1));
    return `[${'='.repeat(Math.max(0, filled - 1))}${filled > 0 ? '>' : ''}${'.'.repeat(this.width - filled)}]`;
  }
}

export function formatMetric(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4 ? v.toFixed(4) : v.toExponential(3);
}
