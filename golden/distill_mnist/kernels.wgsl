// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,2,6] 2x1x1 matmul %0 + add %1 + relu %2 (models/distill_mnist.ts:20:12)
//   #1 p1 [6,3,4,5] 1x1x1 matmul %3 + add %4 (models/distill_mnist.ts:20:47)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: matmul %0 + add %1 + relu %2 (models/distill_mnist.ts:20:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  out0[i] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 784u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 32u];
}
var<workgroup> red: array<f32, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 1u) * 1u;
  let bi = g / 2u;
  let yo = bi * 32u;
  var acc0 = 0.0;
  {
    for (var k = sl; k < 784u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0);
    }
  }
  red[0u + lane] = acc0;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 32u + col, red[0u + c]);
  }
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: matmul %3 + add %4 (models/distill_mnist.ts:20:47)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 32u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 10u];
}
var<workgroup> red: array<f32, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 1u) * 1u;
  let bi = g / 1u;
  let yo = bi * 10u;
  var acc0 = 0.0;
  if (col < 10u) {
    for (var k = sl; k < 32u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0);
    }
  }
  red[0u + lane] = acc0;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u && col < 10u) {
    dlc_mid(yo + (row0 + 0u) * 10u + col, red[0u + c]);
  }
}
