/** @file WebGPU's numeric flags, spelled out so the runtime works where the GPUBufferUsage globals are not installed (Node). */

export const BUFFER_USAGE = { MAP_READ: 0x1, COPY_SRC: 0x4, COPY_DST: 0x8, STORAGE: 0x80 } as const;
export const MAP_MODE_READ = 0x1;
export const SHADER_STAGE_COMPUTE = 0x4;
