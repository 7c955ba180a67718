/** @file Readback: one reusable staging buffer per group of readable tensors, so reading results allocates no GPU memory per call. */
import { describeType, RuntimeError } from './errors.ts';
import { fromStorage, type TensorData, type TensorInfo } from './feeds.ts';
import { BUFFER_USAGE, MAP_MODE_READ } from './gpu-constants.ts';

/** A tensor the group can read: its name, its GPU buffer index, and its type. */
export interface ReadSlot {
  readonly info: TensorInfo;
  readonly buffer: number;
}

/**
 * Every slot has a fixed offset in one MAP_READ buffer (8-aligned, as mapAsync ranges must be), so a
 * read is: copies encoded into the caller's command encoder, one mapAsync, slices out, unmap. The
 * staging buffer is made on first use: programs that never read params never pay for their copy.
 */
export class Readback {
  private staging: GPUBuffer | undefined;
  private readonly offsets = new Map<number, number>();
  private readonly size: number;
  private readonly slots = new Map<string, ReadSlot>();

  constructor(
    private readonly device: GPUDevice,
    private readonly label: string,
    slots: readonly ReadSlot[],
  ) {
    let size = 0;
    for (const s of slots) {
      this.slots.set(s.info.name, s);
      if (this.offsets.has(s.buffer)) continue; // two names for one buffer share its bytes
      this.offsets.set(s.buffer, size);
      size += Math.ceil((s.info.length * 4) / 8) * 8;
    }
    this.size = Math.max(size, 8);
  }

  get names(): string[] {
    return [...this.slots.keys()];
  }

  /** The slots for `names`, or an error listing what can be read. */
  select(names: readonly string[], what: string): ReadSlot[] {
    return names.map((n) => {
      const s = this.slots.get(n);
      if (!s) {
        const known = [...this.slots.values()].map((x) => `${x.info.name}: ${describeType(x.info.dtype, x.info.shape)}`);
        throw new RuntimeError('E_READ_UNKNOWN', `there is no ${what} named '${n}'`, { hint: `the ${what}s are ${known.join(', ') || '(none)'}` });
      }
      return s;
    });
  }

  /** Appends the copies into the staging buffer to `encoder` (before it is finished and submitted). */
  encodeCopies(encoder: GPUCommandEncoder, buffers: readonly GPUBuffer[], slots: readonly ReadSlot[]): void {
    const staging = this.stagingBuffer();
    const done = new Set<number>();
    for (const s of slots) {
      if (s.info.length === 0 || done.has(s.buffer)) continue;
      done.add(s.buffer);
      encoder.copyBufferToBuffer(buffers[s.buffer]!, 0, staging, this.offsets.get(s.buffer)!, s.info.length * 4);
    }
  }

  /** Maps the staging buffer (after the submit that holds the copies) and copies each slot out. */
  async read(slots: readonly ReadSlot[], guard: <T>(p: Promise<T>) => Promise<T>): Promise<Record<string, TensorData>> {
    const out: Record<string, TensorData> = {};
    const needsMap = slots.some((s) => s.info.length > 0);
    const staging = this.stagingBuffer();
    if (needsMap) await guard(staging.mapAsync(MAP_MODE_READ));
    try {
      const bytes = needsMap ? staging.getMappedRange() : new ArrayBuffer(0);
      for (const s of slots) out[s.info.name] = fromStorage(s.info.dtype, bytes, this.offsets.get(s.buffer)!, s.info.length);
    } finally {
      if (needsMap) staging.unmap();
    }
    return out;
  }

  destroy(): void {
    this.staging?.destroy();
    this.staging = undefined;
  }

  private stagingBuffer(): GPUBuffer {
    this.staging ??= this.device.createBuffer({ label: `dlc ${this.label} staging`, size: this.size, usage: BUFFER_USAGE.MAP_READ | BUFFER_USAGE.COPY_DST });
    return this.staging;
  }
}
