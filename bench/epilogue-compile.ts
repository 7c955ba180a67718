/**
 * @file Is the fused epilogue's unrolling what makes llvmpipe slow to compile a GEMM? (#20, h22f.)
 * A `reg4x8k1` matmul calls its fused epilogue (`dlc_mid`, e.g. an Adam moment update: 3 loads and
 * 3 stores) once per output, 32 times unrolled; llvmpipe scalarises every storage access lane by
 * lane, so the unrolled form is large LLVM IR. This times one kernel's first dispatch (LLVM's
 * compile, with an empty Mesa cache) and its later dispatches, as dlc emits it (`unrolled`) and with
 * the 32 calls rewritten as a loop over the accumulators (`loop`, the form gemm-uni.ts's `a` kernels
 * use), with the k loop's trip count read at run time (`kloop`: Mesa's NIR unrolls a constant-count
 * loop whole, so `loop` alone compiles to the same IR), with the epilogue loop's count read at run
 * time (`loop-runtime`), or both (`all-runtime`); and prints a checksum of the outputs so the two forms can be compared.
 * Since h22e, gemm-reg.ts emits the `loop-runtime` form itself (`--form dlc`: the kernel as this
 * checkout emits it; the rewriting forms need an older checkout's unrolled kernel: run this file from
 * a copy of the commit before, e.g. `git archive fde5200`, for the before side).
 *
 * `--target device` compiles for the device as `dlc train` does (deviceTarget: on lavapipe with
 * subgroups of 8 a matmul is gemm-uni.ts's `unisg…a`, whose epilogue is a loop over rows of constant
 * count); `--form uni-runtime` reads that loop's count at run time (a measurement for gemm-uni.ts).
 * The default target is targetOf(adapter) (no subgroup size: the `reg` kernels, as SwiftShader gets).
 * `laterCpuMs`: the process CPU time of the 20 later dispatches (the driver's threads included), the
 * run-time cost on a loaded machine.
 *
 *   MESA_SHADER_CACHE_DIR=$(mktemp -d) DLC_VULKAN_DRIVER=lavapipe npx tsx bench/epilogue-compile.ts --form dlc|unrolled|loop|kloop|loop-runtime|all-runtime|uni-runtime [--target device] [--model models/iris_mlp.ts] [--batch 16] [--kernel 'matmul %30 '] [--edit 'FROM=>TO' …]
 *
 * Run each form in its own process with its own empty MESA_SHADER_CACHE_DIR (Mesa reads it at start).
 */
import { compileTraining } from '../src/compile.ts';
import { deviceTarget, targetOf } from '../src/codegen/target.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice } from '../src/runtime/index.ts';
import { SHADER_STAGE_COMPUTE } from '../src/runtime/gpu-constants.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The 4×2 vec4 accumulators' 32 unrolled epilogue calls as one loop (reg4x8k1's layout: rows r0..r0+3, columns c0..c0+7). */
function loopForm(code: string, runtime = false): string {
  const rows = [...code.matchAll(/^ {2}\{ let r = r0 \+ \du;.*\}$/gm)];
  if (rows.length !== 4) throw new Error(`expected 4 unrolled epilogue rows, found ${rows.length}`);
  const stride = /dlc_mid\(yo \+ r \* (\d+)u/.exec(rows[0]![0])![1];
  const loop = [
    '  var dlc_accs = array<vec4<f32>, 8>(acc0_0, acc0_1, acc1_0, acc1_1, acc2_0, acc2_1, acc3_0, acc3_1);',
    // Mesa's NIR unrolls a loop of constant trip count whole; a count read at run time keeps it a loop.
    `  let dlc_n = ${runtime ? 'min(8u, arrayLength(&in1) * 64u)' : '8u'};`,
    '  for (var j = 0u; j < dlc_n; j++) {',
    `    let r = r0 + j / 2u; let c = c0 + (j % 2u) * 4u; let v = dlc_accs[j];`,
    `    for (var e = 0u; e < dlc_n / 2u; e++) { dlc_mid(yo + r * ${stride}u + c + e, v[e]); }`,
    '  }',
  ].join('\n');
  return code.slice(0, rows[0]!.index) + loop + code.slice(rows[3]!.index! + rows[3]![0].length);
}

/** The k loop's constant trip count hidden from LLVM (so it cannot unroll it whole): `k < min(K, arrayLength(&in1) * 64)`. */
function runtimeTrip(code: string): string {
  const out = code.replace(/for \(var k = 0u; k < (\d+)u; k\+\+\)/, (_, n: string) => `for (var k = 0u; k < min(${n}u, arrayLength(&in1) * 64u); k++)`);
  if (out === code) throw new Error('no constant k loop found');
  return out;
}

/** gemm-uni.ts's `a` epilogue loop (`for (var i = 0u; i < R; i++) { let r = r0 + i;`) with its count read at run time (bindings: `in1` is a plan kernel's). */
function uniRuntime(code: string): string {
  const out = code.replace(/for \(var i = 0u; i < (\d+)u; i\+\+\) \{(\s*let r = r0 \+ i;)/, (_, n: string, rest: string) => `for (var i = 0u; i < min(${n}u, arrayLength(&in1) + ${n}u); i++) {${rest}`);
  if (out === code) throw new Error('no uni epilogue loop found');
  return out;
}

async function main(): Promise<void> {
  const form = arg('form', 'unrolled');
  const gpu = await acquireDevice();
  const model = compileModelFile(arg('model', 'models/iris_mlp.ts')).main;
  const data = { xShape: [...model.inputs[0]!.shape], yShape: [...model.outputs[0]!.shape], yDtype: 'f32' as const };
  const plan = compileTraining(model, { batch: Number(arg('batch', '16')), data, target: arg('target', 'adapter') === 'device' ? deviceTarget(gpu.device) : targetOf(gpu.adapter) }).plan!;
  const want = arg('kernel', 'matmul %30 ');
  const ki = plan.kernels.findIndex((k) => k.code.includes(want));
  if (ki < 0) throw new Error(`no kernel with '${want}'`);
  const k = plan.kernels[ki]!;
  const d = plan.dispatches.find((x) => x.kernel === ki)!;
  const forms: Record<string, (c: string) => string> = { dlc: (c) => c, unrolled: (c) => c, 'uni-runtime': uniRuntime, loop: loopForm, kloop: runtimeTrip, 'loop-runtime': (c) => loopForm(c, true), 'all-runtime': (c) => runtimeTrip(loopForm(c, true)) };
  // `--edit 'FROM=>TO'` (repeatable): text replaced in the kernel after the form (a quick what-if; the checksum shows it kept the result).
  const edits = process.argv.flatMap((a, i) => (a === '--edit' ? [process.argv[i + 1]!.split('=>') as [string, string]] : []));
  const code = edits.reduce((c, [from, to]) => {
    if (!c.includes(from)) throw new Error(`--edit: no '${from}' in the kernel`);
    return c.replaceAll(from, to);
  }, forms[form]!(k.code));
  const dev = gpu.device;
  const layout = dev.createBindGroupLayout({ entries: k.bindings.map((a, binding) => ({ binding, visibility: SHADER_STAGE_COMPUTE, buffer: { type: a === 'read' ? 'read-only-storage' : 'storage' } })) });
  const [p0, pc0] = [performance.now(), cpuMs()];
  const pipeline = await dev.createComputePipelineAsync({ layout: dev.createPipelineLayout({ bindGroupLayouts: [layout] }), compute: { module: dev.createShaderModule({ code }), entryPoint: k.entry } });
  // SwiftShader compiles here, at pipeline creation; llvmpipe at the first dispatch.
  const [pipelineMs, pipelineCpuMs] = [performance.now() - p0, cpuMs() - pc0];
  // Deterministic inputs, big enough for any binding of this kernel (the plan's buffer sizes).
  const buffers = d.bindings.map((b, i) => {
    const bytes = Math.max(16, plan.buffers[b]!.size);
    const buf = dev.createBuffer({ size: bytes, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
    dev.queue.writeBuffer(buf, 0, Float32Array.from({ length: bytes / 4 }, (_, j) => Math.sin(j * 0.37 + i) * 0.5));
    return buf;
  });
  const group = dev.createBindGroup({ layout, entries: buffers.map((buffer, binding) => ({ binding, resource: { buffer } })) });
  const once = async (): Promise<void> => {
    const enc = dev.createCommandEncoder();
    const pass = enc.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, group);
    pass.dispatchWorkgroups(...(d.workgroups as [number, number, number]));
    pass.end();
    dev.queue.submit([enc.finish()]);
    await dev.queue.onSubmittedWorkDone();
  };
  const [w0, c0] = [performance.now(), cpuMs()];
  await once();
  const [firstMs, firstCpu] = [performance.now() - w0, cpuMs() - c0];
  const later: number[] = [];
  const laterCpu0 = cpuMs();
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await once();
    later.push(performance.now() - t);
  }
  const laterCpuMs = cpuMs() - laterCpu0;
  later.sort((a, b) => a - b);
  // Checksum after 21 dispatches of the same inputs (read-write outputs accumulate identically in both forms).
  let sum = 0;
  for (let i = 0; i < buffers.length; i++) {
    if (k.bindings[i] === 'read') continue;
    const rb = dev.createBuffer({ size: buffers[i]!.size, usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.MAP_READ });
    const enc = dev.createCommandEncoder();
    enc.copyBufferToBuffer(buffers[i]!, 0, rb, 0, buffers[i]!.size);
    dev.queue.submit([enc.finish()]);
    await rb.mapAsync(GPUMapMode.READ);
    for (const v of new Float32Array(rb.getMappedRange())) sum += v;
    rb.unmap();
  }
  console.log(JSON.stringify({ form, kernel: want.trim(), chars: code.length, pipelineMs: Math.round(pipelineMs), pipelineCpuMs: Math.round(pipelineCpuMs), firstMs: Math.round(firstMs), firstCpuMs: Math.round(firstCpu), laterMedianMs: Number(later[10]!.toFixed(3)), laterCpuMs: Math.round(laterCpuMs), variant: /^\/\/ gemm (\S+),/m.exec(code)?.[1] ?? '', checksum: Number(sum.toPrecision(7)), cache: process.env.MESA_SHADER_CACHE_DIR ?? 'default' }));
  gpu.destroy();
}

await main();
