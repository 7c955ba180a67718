/** @file vitest: node environment; GPU tests share one device per file and run files one at a time. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Hang guards, not speed checks: a test must pass with the machine loaded (load ~30 on 2 cores),
    // where a 10 s test can take minutes. Tests bound their work by counts and budgets instead.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // SwiftShader compiles pipelines several times faster than lavapipe, and tests compile many small
    // plans: it is the suite's driver unless DLC_VULKAN_DRIVER says otherwise (scripts/test.sh runs a
    // lavapipe tier too).
    env: { DLC_VULKAN_DRIVER: process.env.DLC_VULKAN_DRIVER ?? 'swiftshader' },
  },
});
