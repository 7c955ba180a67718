/**
 * @file The soak test in small (bench/soak.ts runs thousands of steps): 300 training steps and 300
 * inference calls create no GPU buffers, bind groups or pipelines after warm-up, and host memory stays bounded.
 */
import { describe, expect, it } from 'vitest';
import { runSoak } from '../../bench/soak.ts';

describe('soak (small)', () => {
  it('300 steps + 300 inference calls: live GPU objects constant after warm-up, RSS bounded', async () => {
    const r = await runSoak({ steps: 300, every: 30, modelFile: 'models/iris_mlp.ts', inferEvery: 1 });
    expect(r.samples).toHaveLength(10);
    expect(r.gpuGrowth).toEqual({ buffers: 0, bufferMiB: 0, bindGroups: 0, pipelines: 0 });
    // One command encoder per step and per inference call (one submit each), plus one per metrics snapshot.
    const [a, b] = [r.samples[1]!, r.samples[9]!];
    expect(b.encoders - a.encoders).toBe(b.step - a.step + (b.inferences - a.inferences) + 8);
    // SwiftShader's own allocations (pipeline compiles, driver pools) make RSS swing by tens of MiB;
    // the bound only catches gross leaks (a 1 MiB staging copy per step would add 270 MiB). The JS
    // heap below is the sharp check.
    const rss = r.samples.slice(1).map((s) => s.rssMiB);
    expect(Math.max(...rss) - Math.min(...rss)).toBeLessThan(160);
    expect(r.samples[9]!.heapMiB - r.samples[1]!.heapMiB).toBeLessThan(8);
  });
});
