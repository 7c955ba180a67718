/** @file RuntimeError: what the runtime throws at a user (bad feeds, no GPU, lost device), with a stable code and a hint. */

/**
 * The runtime ships without the compiler, so it has its own error class rather than CompileError.
 * `code` is stable (tests and docs refer to it); `hint` says what to do.
 */
export class RuntimeError extends Error {
  readonly code: string;
  readonly hint: string | undefined;

  constructor(code: string, message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super(opts.hint ? `${message}\n  hint: ${opts.hint}` : message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'RuntimeError';
    this.code = code;
    this.hint = opts.hint;
  }
}

/** `f32[4,3]`, the same form the IR and the compiler's errors use. */
export function describeType(dtype: string, shape: readonly number[]): string {
  return `${dtype}[${shape.join(',')}]`;
}

/**
 * Text from a file or a caller, made safe to put in an error message: control characters become
 * `?` and at most `max` characters are kept, so a message never carries a large or garbled payload.
 */
export function clip(text: string, max = 120): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
