/** @file PipelineCache: compute pipelines and explicit bind group layouts per device, keyed by kernel code. */
import { clip, RuntimeError } from './errors.ts';
import { SHADER_STAGE_COMPUTE } from './gpu-constants.ts';
import type { BindingAccess, PlanKernel } from './plan-types.ts';

export interface KernelLayout {
  readonly bindGroupLayout: GPUBindGroupLayout;
  readonly pipelineLayout: GPUPipelineLayout;
}

/**
 * Several executables on one device (tests, a training and an inference program) share pipelines:
 * SwiftShader and real drivers alike spend milliseconds compiling each, so identical code compiles
 * once. Layouts are explicit, not 'auto', so a binding a kernel happens not to read still binds.
 */
export class PipelineCache {
  private readonly pipelines = new Map<string, Promise<GPUComputePipeline>>();
  private readonly layouts = new Map<string, KernelLayout>();
  /** Pipelines compiled, and requests answered from the cache, since the cache was made. */
  compiled = 0;
  reused = 0;

  constructor(readonly device: GPUDevice) {}

  /**
   * `step`: one more binding after the storage ones, the step-index uniform (PlanKernel.step), with a
   * dynamic offset, or (`'static'`) without: a short loop binds one bind group per step (scan-dispatch.ts).
   */
  layout(bindings: readonly BindingAccess[], step: boolean | 'static' = false): KernelLayout {
    const key = `${bindings.join(',')}${step === 'static' ? ',step-static' : step ? ',step' : ''}`;
    let found = this.layouts.get(key);
    if (!found) {
      const entries: GPUBindGroupLayoutEntry[] = bindings.map((access, binding) => ({
        binding,
        visibility: SHADER_STAGE_COMPUTE,
        buffer: { type: access === 'read' ? ('read-only-storage' as const) : ('storage' as const) },
      }));
      if (step) entries.push({ binding: bindings.length, visibility: SHADER_STAGE_COMPUTE, buffer: { type: 'uniform', hasDynamicOffset: step !== 'static' } });
      const bindGroupLayout = this.device.createBindGroupLayout({ label: `dlc layout ${key}`, entries });
      found = { bindGroupLayout, pipelineLayout: this.device.createPipelineLayout({ bindGroupLayouts: [bindGroupLayout] }) };
      this.layouts.set(key, found);
    }
    return found;
  }

  /**
   * Starts compiling every kernel's pipeline now, without waiting: a caller about to load several
   * plans (a training step and its evaluation) has all of them compiling concurrently, and the later
   * loadPlan finds them in the cache. Failures surface there, with their diagnostics. `staticStep`:
   * the plans bind loop steps statically (scan-dispatch.ts usesStaticSteps), as loadPlan will ask.
   */
  prefetch(kernels: readonly PlanKernel[], staticStep = false): void {
    for (const k of kernels) this.pipeline(k, staticStep).catch(() => {});
  }

  /**
   * Starts compiling (or reuses) the kernel's pipeline; a failed compile rejects with the WGSL
   * diagnostics. `staticStep`: a stepped kernel's step uniform without a dynamic offset (layout).
   */
  pipeline(kernel: PlanKernel, staticStep = false): Promise<GPUComputePipeline> {
    const stat = staticStep && kernel.step === true;
    const key = `${pipelineKey(kernel)}${stat ? '|step-static' : ''}`;
    const found = this.pipelines.get(key);
    if (found) {
      this.reused++;
      return found;
    }
    this.compiled++;
    const p = this.compile(kernel, stat);
    this.pipelines.set(key, p);
    // A rejected compile is not cached: the next load reports the error again rather than a stale promise.
    p.catch(() => this.pipelines.delete(key));
    return p;
  }

  private async compile(kernel: PlanKernel, staticStep: boolean): Promise<GPUComputePipeline> {
    const label = kernelTitle(kernel);
    // Captured in a scope so a WGSL error surfaces here, with its kernel, not as a stray console line.
    this.device.pushErrorScope('validation');
    const module = this.device.createShaderModule({ code: kernel.code, label });
    void this.device.popErrorScope();
    try {
      return await this.device.createComputePipelineAsync({
        label,
        layout: this.layout(kernel.bindings, kernel.step === true && (staticStep ? 'static' : true)).pipelineLayout,
        compute: { module, entryPoint: kernel.entry },
      });
    } catch (e) {
      throw new RuntimeError('E_KERNEL_COMPILE', `kernel failed to compile: ${label}\n${await diagnostics(module, kernel.code, e)}`, {
        hint: 'if this kernel comes from a bundle whose files were edited or mixed from different builds, rebuild it with `dlc build`; if a fresh build fails, it is a bug in the op\'s WGSL emitter: report it with the kernel above',
      });
    }
  }
}

/**
 * What makes two kernels one pipeline: entry point, bindings and the code without its header comment
 * (which names the nodes and lines it serves), so the same WGSL in a training step and its
 * evaluation, under different names, compiles once.
 */
export function pipelineKey(kernel: PlanKernel): string {
  return `${kernel.entry}\n${kernel.bindings.join(',')}${kernel.step ? ',step' : ''}\n${withoutHeader(kernel.code)}`;
}

/** The code after its `// dlc kernel: …` header line (the code itself when it has none). */
function withoutHeader(code: string): string {
  return code.startsWith('// dlc kernel:') ? code.slice(code.indexOf('\n') + 1) : code;
}

/** The kernel's header comment (`dlc kernel: relu %2 (file:line:col)`), which names the op and where it came from. */
export function kernelTitle(kernel: PlanKernel): string {
  const first = kernel.code.split('\n', 1)[0] ?? '';
  return first.startsWith('// dlc kernel:') ? clip(first.replace(/^\/\/\s*/, ''), 160) : 'dlc kernel';
}

/**
 * The compiler's error messages with the offending source line, or the pipeline error when there are
 * none. At most a few, each line clipped: the kernel text is the bundle's own (confined and
 * hash-checked), but an error message is no place for more than a pointer into it.
 */
async function diagnostics(module: GPUShaderModule, code: string, e: unknown): Promise<string> {
  const info = await module.getCompilationInfo();
  const lines = code.split('\n');
  const errors = info.messages.filter((m) => m.type === 'error');
  if (errors.length === 0) return `  ${clip(e instanceof Error ? e.message.trim() : String(e), 300)}`;
  return errors
    .slice(0, 5)
    .map((m) => `  line ${m.lineNum}:${m.linePos}: ${clip(m.message, 300)}\n    ${clip((lines[m.lineNum - 1] ?? '').trim(), 120)}`)
    .join('\n');
}
