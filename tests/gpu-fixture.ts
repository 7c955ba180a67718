/** @file One WebGPU device per test file: acquired before the file's tests, destroyed (and awaited) after. */
import { afterAll, beforeAll } from 'vitest';
import { acquireDevice, type DeviceHandle } from '../src/runtime/index.ts';

/**
 * Registers beforeAll/afterAll and returns a handle whose fields read the device acquired there.
 * Dawn finishes destroying a device on its own threads; exiting before `lost` settles can abort
 * the worker, so afterAll waits for it.
 */
export function useGpu(): DeviceHandle {
  let h: DeviceHandle | undefined;
  beforeAll(async () => {
    h = await acquireDevice();
  });
  afterAll(async () => {
    h?.destroy();
    await h?.lost;
  });
  const need = (): DeviceHandle => {
    if (!h) throw new Error('no GPU device: acquiring it failed in beforeAll (see the first error)');
    return h;
  };
  return {
    get device() {
      return need().device;
    },
    get adapter() {
      return need().adapter;
    },
    get lost() {
      return need().lost;
    },
    destroy: () => need().destroy(),
  };
}
