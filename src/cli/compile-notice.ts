/** @file How a command tells the user that its first dispatches compile (lavapipe on a new machine: src/train/first-compile.ts). */
import { compileNoticeEvent, compileNoticeLine, type CompileNotice } from '../train/first-compile.ts';
import type { Io } from './command.ts';

/** One line on stderr, or with --json one JSON event line there (stdout keeps only the command's result). */
export function compileNotice(io: Io, command: string, json: boolean): (n: CompileNotice) => void {
  return (n) => io.err(json ? compileNoticeEvent(n) : `${command}: ${compileNoticeLine(n)}`);
}
