/**
 * @file How a loop binds its step index (runtime/scan-dispatch.ts): plans whose loops all have at most
 * STATIC_STEP_MAX steps bind one bind group per step, the step at a fixed offset (no dynamic offset per
 * dispatch); longer ones keep one bind group and a dynamic offset. Both, on WebGPU, give the
 * interpreter's outputs: a GRU run backwards (a reversed loop) at T = 5 and at T = STATIC_STEP_MAX + 3.
 */
import { describe, expect, it } from 'vitest';
import { compileInference } from '../../src/compile.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan, PipelineCache, type Plan } from '../../src/runtime/index.ts';
import { perStepBindGroups, STATIC_STEP_MAX, usesStaticSteps } from '../../src/runtime/scan-dispatch.ts';
import { useGpu } from '../gpu-fixture.ts';
import { RNN_CASES, rnnModels } from './scan-helpers.ts';
import { maxRelErr, stepFeeds } from './train-helpers.ts';

const BATCH = 2;
const gpu = useGpu();
const c = RNN_CASES.find((x) => x.name === 'gru sequences backwards')!;
const inference = (T: number) => compileInference(rnnModels({ ...c, input: [T, c.input[1]] }, T).scan, { batch: BATCH });

describe('step binding', () => {
  it(`short loops bind the step statically, one bind group per iteration (t counting down in a reversed loop, swaps on odd ones); past ${STATIC_STEP_MAX} steps, a dynamic offset`, () => {
    const plan = inference(5).plan!;
    expect(usesStaticSteps(plan)).toBe(true);
    expect(usesStaticSteps(inference(STATIC_STEP_MAX + 3).plan!)).toBe(false);
    const made: { dispatch: number; bindings: readonly number[]; t: number }[] = [];
    const groups = perStepBindGroups(plan, (dispatch, bindings, t) => (made.push({ dispatch, bindings, t }), {} as GPUBindGroup));
    const l = plan.loops![0]!;
    const stepped = plan.dispatches.slice(l.first, l.first + l.count).filter((d) => plan.kernels[d.kernel]!.step).length;
    expect(stepped).toBeGreaterThan(0);
    expect(groups.size).toBe(stepped);
    for (const g of groups.values()) expect(g.length).toBe(5);
    const first = made.filter((m) => m.dispatch === [...groups.keys()][0]);
    expect(first.map((m) => m.t)).toEqual(l.reverse ? [4, 3, 2, 1, 0] : [0, 1, 2, 3, 4]);
    const swapped = new Set((l.swaps ?? []).flat());
    if ([...first[0]!.bindings].some((b) => swapped.has(b))) expect(first[1]!.bindings).not.toEqual(first[0]!.bindings);
    expect(first[2]!.bindings).toEqual(first[0]!.bindings);
  });

  it.each([5, STATIC_STEP_MAX + 3])('T = %i: the scan plan on WebGPU gives the interpreter\'s outputs (1e-5)', async (T) => {
    const p = inference(T);
    const m = rnnModels({ ...c, input: [T, c.input[1]] }, T).scan;
    const x = Float32Array.from({ length: BATCH * T * c.input[1] }, (_, i) => Math.cos(i * 0.9) * 1.2);
    const feeds = { ...stepFeeds(m, p.graph, 5, {}), [p.graph.args.find((a) => a.kind === 'input')!.name]: x };
    const name = p.graph.outputs[0]!.name;
    const exe = await loadPlan(gpu.device, p.plan! as Plan, { pipelineCache: new PipelineCache(gpu.device) });
    try {
      const pick = (names: readonly { name: string }[]) => Object.fromEntries(names.map((a) => [a.name, feeds[a.name]!]));
      await exe.setParams(pick(exe.params));
      const got = (await exe.run(pick(exe.inputs)))[name]!;
      expect(maxRelErr(got, interpret(p.graph, feeds)[name]!.data)).toBeLessThan(1e-5);
    } finally {
      exe.destroy();
    }
  });
});
