/**
 * @file Time to the first training step, phase by phase: with DLC_TRACE_STARTUP=1, `dlc train`
 * writes `dlc-startup <phase> <ms since process start> <CPU ms>` lines to stderr (bench/first-step.ts reads them).
 */

const enabled = (): boolean => typeof process !== 'undefined' && Boolean(process.env.DLC_TRACE_STARTUP);

/**
 * Marks the end of a start-up phase (no-op unless DLC_TRACE_STARTUP is set): wall ms since process
 * start, then the process's CPU ms (user + system, all threads: the driver's compiler threads too),
 * which a busy machine inflates far less than wall time.
 */
export function traceStartup(phase: string): void {
  if (!enabled()) return;
  const cpu = process.cpuUsage();
  process.stderr.write(`dlc-startup ${phase} ${performance.now().toFixed(1)} ${((cpu.user + cpu.system) / 1000).toFixed(1)}\n`);
}

/** Whether the first step should be awaited and marked (only when tracing: it would otherwise stall the pipeline of steps). */
export function tracingStartup(): boolean {
  return enabled();
}
