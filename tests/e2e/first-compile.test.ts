/**
 * @file The notice before a first step that compiles (#20): lavapipe compiles each kernel with LLVM
 * at its first dispatch and keeps it in Mesa's disk cache, so `dlc train` says so once per machine
 * (one line, or one JSON event with --json) and the progress bar says "compiling kernels" instead of
 * an ETA. Counted, never timed: lines, events, bar writes and markers. The loop is driven on the
 * suite's device under an adapter description that says llvmpipe, or SwiftShader (the notice's only
 * input from the device); where lavapipe is installed, `dlc train` and `dlc evaluate` run on it for
 * real with an empty Mesa cache.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileModelFile } from '../../src/frontend/index.ts';
import { loadData } from '../../src/data/load.ts';
import { compileNoticeEvent, compileNoticeLine, firstDispatchDriver, FirstDispatch, mesaCacheDir, type CompileNotice } from '../../src/train/first-compile.ts';
import { train } from '../../src/train/loop.ts';
import type { PlanKernel } from '../../src/runtime/plan-types.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

/** The suite's device under another adapter description (llvmpipe or not); everything else passes through. */
function describedAs(device: GPUDevice, description: string): GPUDevice {
  const info = (device as { adapterInfo?: GPUAdapterInfo }).adapterInfo;
  const fake = { vendor: info?.vendor ?? '', architecture: info?.architecture ?? '', device: '', description };
  return new Proxy(device, {
    get(target, prop) {
      if (prop === 'adapterInfo') return fake;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

const kernel = (code: string): PlanKernel => ({ code, entry: 'main', bindings: ['read', 'write'] }) as unknown as PlanKernel;

let scratch = '';
const saved: Record<string, string | undefined> = {};
const setEnv = (k: string, v: string | undefined): void => {
  if (!(k in saved)) saved[k] = process.env[k];
  if (v === undefined) delete process.env[k];
  else process.env[k] = v;
};

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'dlc-first-compile-'));
  // dlc's markers in a scratch cache folder; Mesa's cache folder a scratch one (made as Mesa makes it at device creation).
  setEnv('DLC_CACHE_DIR', join(scratch, 'dlc'));
  setEnv('MESA_SHADER_CACHE_DIR', join(scratch, 'mesa'));
  setEnv('MESA_SHADER_CACHE_DISABLE', undefined);
  mkdirSync(join(scratch, 'mesa', 'mesa_shader_cache_db'), { recursive: true });
});

afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
    delete saved[k];
  }
  rmSync(scratch, { recursive: true, force: true });
});

describe('whether the first dispatches compile', () => {
  it('only llvmpipe compiles at first dispatch; Mesa\'s cache folder follows Mesa\'s own rule', () => {
    expect(firstDispatchDriver({ adapterInfo: { description: 'llvmpipe: Mesa 25.0.7 (LLVM 15.0.6)' } } as never)).toContain('llvmpipe');
    expect(firstDispatchDriver({ adapterInfo: { description: 'SwiftShader driver 5.0.0', architecture: 'swiftshader' } } as never)).toBeUndefined();
    expect(firstDispatchDriver({} as never)).toBeUndefined();
    expect(mesaCacheDir({ MESA_SHADER_CACHE_DIR: '/x' })).toBe('/x/mesa_shader_cache_db');
    expect(mesaCacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/mesa_shader_cache_db');
    expect(mesaCacheDir({ HOME: '/h' })).toBe('/h/.cache/mesa_shader_cache_db');
    expect(mesaCacheDir({ MESA_SHADER_CACHE_DIR: '/x', MESA_DISK_CACHE_MULTI_FILE: '1' })).toBe('/x/mesa_shader_cache');
    expect(mesaCacheDir({ MESA_SHADER_CACHE_DISABLE: 'true' })).toBeNull();
    expect(mesaCacheDir({})).toBe(join(process.env.HOME || homedir(), '.cache', 'mesa_shader_cache_db'));
  });

  it('a kernel is pending until it ran beside this Mesa cache folder; a new folder, or a disabled cache, starts over', () => {
    const dev = { adapterInfo: { description: 'llvmpipe' } } as unknown as GPUDevice;
    const [a, b, aRenamed] = [kernel('// dlc kernel: relu %1\nfn main() {}'), kernel('// dlc kernel: add %2\nfn main() { let x = 1; }'), kernel('// dlc kernel: relu %9 (other.ts)\nfn main() {}')];
    const fd = FirstDispatch.of(dev)!;
    expect(fd.pending([a, b, aRenamed])).toHaveLength(2); // the header comment does not make another pipeline
    fd.ran([a]);
    expect(FirstDispatch.of(dev)!.pending([a, b, aRenamed])).toHaveLength(1);
    FirstDispatch.of(dev)!.ran([b]);
    expect(FirstDispatch.of(dev)!.pending([a, b])).toHaveLength(0);
    // Another Mesa driver (a Mesa upgrade names another version) has run none of them.
    expect(FirstDispatch.of({ adapterInfo: { description: 'llvmpipe: Mesa 26' } } as unknown as GPUDevice)!.pending([a, b])).toHaveLength(2);
    // Mesa's folder deleted and made again (as Mesa does at device creation): its cache is empty.
    rmSync(join(scratch, 'mesa', 'mesa_shader_cache_db'), { recursive: true });
    expect(FirstDispatch.of(dev)!.pending([a, b])).toHaveLength(2);
    mkdirSync(join(scratch, 'mesa', 'mesa_shader_cache_db'));
    expect(FirstDispatch.of(dev)!.pending([a, b])).toHaveLength(2);
    // MESA_SHADER_CACHE_DISABLE: every run compiles, and nothing is recorded.
    setEnv('MESA_SHADER_CACHE_DISABLE', 'true');
    const off = FirstDispatch.of(dev)!;
    expect(off.cache).toBeNull();
    off.ran([a, b]);
    expect(FirstDispatch.of(dev)!.pending([a, b])).toHaveLength(2);
  });

  it('the line says what, once per machine, and where; the event is one JSON object', () => {
    const n: CompileNotice = { kernels: 3, total: 5, cache: '/c/mesa_shader_cache_db' };
    expect(compileNoticeLine(n)).toMatch(/^compiling 3 of 5 kernels .*once per machine.*\/c\/mesa_shader_cache_db/);
    expect(compileNoticeLine({ ...n, cache: null })).toMatch(/MESA_SHADER_CACHE_DISABLE.*every run/);
    expect(JSON.parse(compileNoticeEvent(n))).toEqual({ event: 'compiling-kernels', driver: 'lavapipe', kernels: 3, total: 5, cached: true, cache: '/c/mesa_shader_cache_db', once: true });
  });
});

describe('the training loop on a device that compiles at first dispatch', () => {
  const runOnce = async (device: GPUDevice) => {
    const m = compileModelFile('models/perceptron.ts').main;
    const dataset = await loadData(m.train!.data!, {});
    const notices: CompileNotice[] = [];
    const writes: string[] = [];
    const r = await train({ device, model: m, dataset, epochs: 2, batch: 32, seed: 0, loss: m.train!.loss, optimizer: m.train!.optimizer, progress: { isTTY: true, write: (t) => void writes.push(t) }, onCompile: (n) => notices.push(n) });
    return { r, notices, writes };
  };

  it('first run: one notice counting every kernel, the bar says "compiling kernels" once; second run: silent', async () => {
    const device = describedAs(gpu.device, 'llvmpipe (this test: the suite\'s device, described as lavapipe)');
    const first = await runOnce(device);
    expect(first.notices).toHaveLength(1);
    expect(first.notices[0]!.kernels).toBe(first.notices[0]!.total);
    expect(first.notices[0]!.kernels).toBeGreaterThan(1);
    expect(first.notices[0]!.cache).toBe(join(scratch, 'mesa', 'mesa_shader_cache_db'));
    expect(first.writes.filter((w) => w.includes('compiling kernels'))).toHaveLength(1);
    expect(first.writes.filter((w) => w.includes('kernels compiled'))).toHaveLength(1);
    // The compile line comes before any rate or ETA.
    const at = first.writes.findIndex((w) => w.includes('compiling kernels'));
    expect(first.writes.findIndex((w) => w.includes('ETA'))).toBeGreaterThan(at);
    expect(first.r.steps).toBe(2 * Math.ceil(512 / 32));
    const second = await runOnce(device);
    expect(second.notices).toHaveLength(0);
    expect(second.writes.some((w) => w.includes('compiling'))).toBe(false);
    expect(second.r.trainLoss).toBe(first.r.trainLoss); // waiting on the first step changes nothing it computes
  });

  it('a device that compiles at pipeline creation (SwiftShader) gets no notice', async () => {
    // Described as SwiftShader whatever the suite's driver is (its lavapipe tier included).
    const { notices, writes } = await runOnce(describedAs(gpu.device, 'SwiftShader driver 5.0.0'));
    expect(notices).toHaveLength(0);
    expect(writes.some((w) => w.includes('compiling'))).toBe(false);
  });
});

/** Mesa 25's lavapipe where scripts/setup-lavapipe.sh put it (the suite's lavapipe tier has it). */
const LVP = process.env.DLC_LAVAPIPE_ICD ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dlc', 'mesa', 'lvp_icd.json');

describe.runIf(existsSync(LVP))('dlc train on lavapipe with an empty Mesa shader cache', () => {
  const run = (args: string[], mesa: string, command: string[] = ['train', 'models/perceptron.ts', '--epochs', '1', '--out', join(scratch, `run-${args.join('')}-${mesa.length}`)]): { stdout: string; stderr: string } => {
    // DLC_CACHE=0: no plan cache, so the runs differ only in what Mesa's cache (and dlc's markers beside it) hold.
    // VK_ICD_FILENAMES: this process's device set it to SwiftShader's, which the child would take as the user's choice.
    const { VK_ICD_FILENAMES: _icd, ...parent } = process.env;
    const env = { ...parent, DLC_VULKAN_DRIVER: 'lavapipe', DLC_LAVAPIPE_ICD: LVP, MESA_SHADER_CACHE_DIR: mesa, DLC_CACHE_DIR: join(scratch, 'dlc'), DLC_CACHE: '0' };
    const r = spawnSync('node', ['bin/dlc.js', ...command, ...args], { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`dlc ${command[0]} exited ${r.status}: ${r.stderr}`);
    return { stdout: r.stdout, stderr: r.stderr };
  };

  it('says it once, then never again for the same Mesa cache; --json gets one event and keeps stdout\'s last line the result; dlc evaluate too', () => {
    const mesa = join(scratch, 'lvp-mesa');
    const first = run([], mesa);
    expect(first.stderr.match(/^dlc train: compiling \d+ of \d+ kernels .*once per machine/gm)).toHaveLength(1);
    expect(first.stderr).toContain(join(mesa, 'mesa_shader_cache_db'));
    const second = run([], mesa);
    expect(second.stderr).not.toMatch(/compiling/);
    const json = run(['--json'], join(scratch, 'lvp-mesa-2'));
    const events = json.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { event: string; kernels: number; total: number });
    expect(events).toHaveLength(1);
    expect(events[0]!.event).toBe('compiling-kernels');
    expect(events[0]!.kernels).toBe(events[0]!.total);
    expect(json.stderr).not.toMatch(/^dlc train: compiling/m);
    const lines = json.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toHaveProperty('epochs', 1);
    // dlc evaluate dispatches its own plan: the same notice, once per Mesa cache.
    const evaluate = ['evaluate', 'models/perceptron.ts', '--weights', join(scratch, `run--${mesa.length}`, 'checkpoint.safetensors')];
    const fresh = join(scratch, 'lvp-mesa-3');
    expect(run([], fresh, evaluate).stderr.match(/^dlc evaluate: compiling \d+ of \d+ kernels .*once per machine/gm)).toHaveLength(1);
    expect(run([], fresh, evaluate).stderr).not.toMatch(/compiling/);
  });
});
