// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,31,32] 8x1x1 matmul %0 + add %1 + relu %2 + greater %45 + cast %46 (models/autoencoder.ts:10:5)
//   #1 p1 [31,4,5,33,34] 2x1x1 matmul %3 + add %4 + relu %5 + greater %39 + cast %40 (models/autoencoder.ts:11:5)
//   #2 p2 [33,6,7,35,36] 8x1x1 matmul %6 + add %7 + relu %8 + greater %33 + cast %34 (models/autoencoder.ts:12:5)
//   #3 p3 [35,8,9,1,37,38,39] 49x1x1 matmul %9 + add %10 + sigmoid %11 + sub %16 + abs %17 + mul %24 + mul %25 + sub %26 + mul %27 + mul %28 (models/autoencoder.ts:13:5)
//   #4 p4 [37,1,30,10] 1x1x1 mse %12 + mul %14 + add %15
//   #5 p5 [38,37] 4x1x1 reduce_sum %18
//   #6 p6 [37,11] 1x1x1 reduce_sum %19 + add %20
//   #7 p7 [13,12,37] 1x1x1 pow %60 + sub %61 + pow %63 + sub %64 + sqrt %65 + mul %66 + div %67
//   #8 p8 [39,37,28,29,9] 13x1x1 reduce_sum %29 + sub %146 + mul %147 + add %148 + square %149 + sub %150 + mul %151 + add %152 + mul %153 + sqrt %154 + add %155 + div %156 + sub %157 (models/autoencoder.ts:13:5)
//   #9 p9 [39,8,36,38] 8x1x1 matmul %30 + mul %35 (models/autoencoder.ts:13:5, models/autoencoder.ts:12:5)
//   #10 p10 [35,39,37,26,27,36] 100x1x1 matmul %31 + sub %134 + mul %135 + add %136 + square %137 + sub %138 + mul %139 + add %140 + mul %141 (models/autoencoder.ts:13:5)
//   #11 p11 [38,37,24,25,7] 2x1x1 reduce_sum %36 + sub %122 + mul %123 + add %124 + square %125 + sub %126 + mul %127 + add %128 + mul %129 + sqrt %130 + add %131 + div %132 + sub %133 (models/autoencoder.ts:12:5)
//   #12 p12 [38,6,34,35] 2x1x1 matmul %37 + mul %41 (models/autoencoder.ts:12:5, models/autoencoder.ts:11:5)
//   #13 p13 [33,38,37,22,23,39] 4x1x1 matmul %38 + sub %110 + mul %111 + add %112 + square %113 + sub %114 + mul %115 + add %116 + mul %117 (models/autoencoder.ts:12:5)
//   #14 p14 [35,37,20,21,5] 1x1x1 reduce_sum %42 + sub %98 + mul %99 + add %100 + square %101 + sub %102 + mul %103 + add %104 + mul %105 + sqrt %106 + add %107 + div %108 + sub %109 (models/autoencoder.ts:11:5)
//   #15 p15 [35,4,32,38] 8x1x1 matmul %43 + mul %47 (models/autoencoder.ts:11:5, models/autoencoder.ts:10:5)
//   #16 p16 [31,35,37,18,19,32] 4x1x1 matmul %44 + sub %86 + mul %87 + add %88 + square %89 + sub %90 + mul %91 + add %92 + mul %93 (models/autoencoder.ts:11:5)
//   #17 p11 [38,37,16,17,3] 2x1x1 reduce_sum %48 + sub %74 + mul %75 + add %76 + square %77 + sub %78 + mul %79 + add %80 + mul %81 + sqrt %82 + add %83 + div %84 + sub %85 (models/autoencoder.ts:10:5)
//   #18 p17 [0,38,37,14,15,31] 100x1x1 matmul %49 + sub %51 + mul %52 + add %53 + square %55 + sub %56 + mul %57 + add %58 + mul %68 (models/autoencoder.ts:10:5)
//   #19 p18 [15,31,2] 1568x1x1 sqrt %69 + add %71 + div %72 + sub %73
//   #20 p19 [19,32,4] 64x1x1 sqrt %94 + add %95 + div %96 + sub %97
//   #21 p19 [23,39,6] 64x1x1 sqrt %118 + add %119 + div %120 + sub %121
//   #22 p18 [27,36,8] 1568x1x1 sqrt %142 + add %143 + div %144 + sub %145

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: matmul %0 + add %1 + relu %2 + greater %45 + cast %46 (models/autoencoder.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 784u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 128u];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 8u) * 16u + c;
  let row0 = ((g / 8u) % 1u) * 4u;
  let bi = g / 8u;
  let yo = bi * 512u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 784u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 128u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 128u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 128u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 128u + col, red[768u + c]);
  }
}

// ---- pipeline 1 (read, read, read, read_write, read_write)
// dlc kernel: matmul %3 + add %4 + relu %5 + greater %39 + cast %40 (models/autoencoder.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 128u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 32u];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 1u) * 4u;
  let bi = g / 2u;
  let yo = bi * 128u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 128u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 32u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 32u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 32u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 32u + col, red[768u + c]);
  }
}

// ---- pipeline 2 (read, read, read, read_write, read_write)
// dlc kernel: matmul %6 + add %7 + relu %8 + greater %33 + cast %34 (models/autoencoder.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 32u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 128u];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 8u) * 16u + c;
  let row0 = ((g / 8u) % 1u) * 4u;
  let bi = g / 8u;
  let yo = bi * 512u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 32u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 128u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 128u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 128u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 128u + col, red[768u + c]);
  }
}

// ---- pipeline 3 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %9 + add %10 + sigmoid %11 + sub %16 + abs %17 + mul %24 + mul %25 + sub %26 + mul %27 + mul %28 (models/autoencoder.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 784u;
  let x0 = in2[c1];
  let x1 = in3[i];
  let v0 = (acc + x0);
  let v1 = dlc_sigmoid(v0);
  let v2 = (v1 - x1);
  let v3 = abs(v2);
  let v4 = (v2 * 2.0);
  let v5 = (v4 * 0.00031887754);
  let v6 = (1.0 - v1);
  let v7 = (v1 * v6);
  let v8 = (v5 * v7);
  out0[i] = v1;
  out1[i] = v3;
  out2[i] = v8;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 128u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 784u];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 49u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 49u) * 16u + c;
  let row0 = ((g / 49u) % 1u) * 4u;
  let bi = g / 49u;
  let yo = bi * 3136u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 128u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 784u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 784u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 784u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 784u + col, red[768u + c]);
  }
}

// ---- pipeline 4 (read, read, read_write, read_write)
// dlc kernel: mse %12 + mul %14 + add %15
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> tgt: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out1[i];
  let v0 = (acc * 4.0);
  let v1 = (x0 + v0);
  out0[i] = acc;
  out1[i] = v1;
}

fn dlc_term(k: u32) -> f32 {
  let p = pred[k];
  let t = tgt[k];
  return (p - t) * (p - t);
}
var<workgroup> dlc_lanes: array<f32, 64>;
fn dlc_lane_sum(v: f32, lane: u32) -> f32 {
  dlc_lanes[lane] = v;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] += dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  let total = dlc_lanes[0];
  workgroupBarrier();
  return total;
}
@compute @workgroup_size(64)
fn main(@builtin(local_invocation_index) lane: u32) {
  var acc = 0.0;
  for (var k = lane; k < 3136u; k += 64u) { acc += dlc_term(k); }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { dlc_mid(0, total / 3136.0); }
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: reduce_sum %18
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let base = ((g / 1u) % 4u) * 784u;
  var acc = 0.0;
  for (var j = lane; j < 784u; j += 64u) { acc = acc + in0[base + ((j / 1u) % 784u) * 1u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: reduce_sum %19 + add %20
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let v0 = (x0 + acc);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let base = 0u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 7 (read, read, read_write)
// dlc kernel: pow %60 + sub %61 + pow %63 + sub %64 + sqrt %65 + mul %66 + div %67
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = dlc_pow(0.9, x0);
  let v1 = (1.0 - v0);
  let v2 = dlc_pow(0.999, x0);
  let v3 = (1.0 - v2);
  let v4 = sqrt(v3);
  let v5 = (x1 * v4);
  let v6 = (v5 / v1);
  out0[i] = v6;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 8 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %29 + sub %146 + mul %147 + add %148 + square %149 + sub %150 + mul %151 + add %152 + mul %153 + sqrt %154 + add %155 + div %156 + sub %157 (models/autoencoder.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in1[0u];
  let x3 = out2[i];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  let v8 = sqrt(v6);
  let v9 = (v8 + 1e-7);
  let v10 = (v7 / v9);
  let v11 = (x3 - v10);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 784u) { return; }
  let base = ((i / 1u) % 784u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 784u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 9 (read, read, read, read_write)
// dlc kernel: matmul %30 + mul %35 (models/autoencoder.ts:13:5, models/autoencoder.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc * x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 784u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 784u + k];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 8u) * 16u + c;
  let row0 = ((g / 8u) % 1u) * 4u;
  let bi = g / 8u;
  let yo = bi * 512u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 784u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 128u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 128u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 128u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 128u + col, red[768u + c]);
  }
}

// ---- pipeline 10 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %31 + sub %134 + mul %135 + add %136 + square %137 + sub %138 + mul %139 + add %140 + mul %141 (models/autoencoder.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
@group(0) @binding(5) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in2[0u];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v7;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 128u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 784u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 100u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 25u) * 32u;
  let row0 = ((g / 25u) % 4u) * 32u;
  let bi = g / 100u;
  let yo = bi * 100352u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 784u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 4u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 784u) { dlc_mid(yo + r * 784u + c0 + 0u, acc0.x); } if (c0 + 1u < 784u) { dlc_mid(yo + r * 784u + c0 + 1u, acc0.y); } if (c0 + 2u < 784u) { dlc_mid(yo + r * 784u + c0 + 2u, acc0.z); } if (c0 + 3u < 784u) { dlc_mid(yo + r * 784u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 784u) { dlc_mid(yo + r * 784u + c0 + 0u, acc1.x); } if (c0 + 1u < 784u) { dlc_mid(yo + r * 784u + c0 + 1u, acc1.y); } if (c0 + 2u < 784u) { dlc_mid(yo + r * 784u + c0 + 2u, acc1.z); } if (c0 + 3u < 784u) { dlc_mid(yo + r * 784u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 784u) { dlc_mid(yo + r * 784u + c0 + 0u, acc2.x); } if (c0 + 1u < 784u) { dlc_mid(yo + r * 784u + c0 + 1u, acc2.y); } if (c0 + 2u < 784u) { dlc_mid(yo + r * 784u + c0 + 2u, acc2.z); } if (c0 + 3u < 784u) { dlc_mid(yo + r * 784u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 784u) { dlc_mid(yo + r * 784u + c0 + 0u, acc3.x); } if (c0 + 1u < 784u) { dlc_mid(yo + r * 784u + c0 + 1u, acc3.y); } if (c0 + 2u < 784u) { dlc_mid(yo + r * 784u + c0 + 2u, acc3.z); } if (c0 + 3u < 784u) { dlc_mid(yo + r * 784u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 11 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %36 + sub %122 + mul %123 + add %124 + square %125 + sub %126 + mul %127 + add %128 + mul %129 + sqrt %130 + add %131 + div %132 + sub %133 (models/autoencoder.ts:12:5), reduce_sum %48 + sub %74 + mul %75 + add %76 + square %77 + sub %78 + mul %79 + add %80 + mul %81 + sqrt %82 + add %83 + div %84 + sub %85 (models/autoencoder.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in1[0u];
  let x3 = out2[i];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  let v8 = sqrt(v6);
  let v9 = (v8 + 1e-7);
  let v10 = (v7 / v9);
  let v11 = (x3 - v10);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  let base = ((i / 1u) % 128u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 128u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 12 (read, read, read, read_write)
// dlc kernel: matmul %37 + mul %41 (models/autoencoder.ts:12:5, models/autoencoder.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc * x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 128u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 128u + k];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 1u) * 4u;
  let bi = g / 2u;
  let yo = bi * 128u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 128u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 32u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 32u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 32u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 32u + col, red[768u + c]);
  }
}

// ---- pipeline 13 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %38 + sub %110 + mul %111 + add %112 + square %113 + sub %114 + mul %115 + add %116 + mul %117 (models/autoencoder.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
@group(0) @binding(5) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in2[0u];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v7;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 32u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 128u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 1u) * 32u;
  let bi = g / 4u;
  let yo = bi * 4096u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 4u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 128u + c0 + 0u, acc0.x); dlc_mid(yo + r * 128u + c0 + 1u, acc0.y); dlc_mid(yo + r * 128u + c0 + 2u, acc0.z); dlc_mid(yo + r * 128u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 128u + c0 + 0u, acc1.x); dlc_mid(yo + r * 128u + c0 + 1u, acc1.y); dlc_mid(yo + r * 128u + c0 + 2u, acc1.z); dlc_mid(yo + r * 128u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 128u + c0 + 0u, acc2.x); dlc_mid(yo + r * 128u + c0 + 1u, acc2.y); dlc_mid(yo + r * 128u + c0 + 2u, acc2.z); dlc_mid(yo + r * 128u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 128u + c0 + 0u, acc3.x); dlc_mid(yo + r * 128u + c0 + 1u, acc3.y); dlc_mid(yo + r * 128u + c0 + 2u, acc3.z); dlc_mid(yo + r * 128u + c0 + 3u, acc3.w); }
}

// ---- pipeline 14 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %42 + sub %98 + mul %99 + add %100 + square %101 + sub %102 + mul %103 + add %104 + mul %105 + sqrt %106 + add %107 + div %108 + sub %109 (models/autoencoder.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in1[0u];
  let x3 = out2[i];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  let v8 = sqrt(v6);
  let v9 = (v8 + 1e-7);
  let v10 = (v7 / v9);
  let v11 = (x3 - v10);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  let base = ((i / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 32u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 15 (read, read, read, read_write)
// dlc kernel: matmul %43 + mul %47 (models/autoencoder.ts:11:5, models/autoencoder.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc * x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 32u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 32u + k];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 8u) * 16u + c;
  let row0 = ((g / 8u) % 1u) * 4u;
  let bi = g / 8u;
  let yo = bi * 512u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 32u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 128u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 128u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 128u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 128u + col, red[768u + c]);
  }
}

// ---- pipeline 16 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %44 + sub %86 + mul %87 + add %88 + square %89 + sub %90 + mul %91 + add %92 + mul %93 (models/autoencoder.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
@group(0) @binding(5) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in2[0u];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v7;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 128u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 32u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 4u) * 32u;
  let bi = g / 4u;
  let yo = bi * 4096u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 4u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); }
}

// ---- pipeline 17 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %49 + sub %51 + mul %52 + add %53 + square %55 + sub %56 + mul %57 + add %58 + mul %68 (models/autoencoder.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
@group(0) @binding(5) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in2[0u];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v7;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 784u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 128u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 100u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 25u) * 32u;
  let bi = g / 100u;
  let yo = bi * 100352u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 784u && k0 + kk < 4u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 4u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 784u) { dlc_mid(yo + r * 128u + c0 + 0u, acc0.x); dlc_mid(yo + r * 128u + c0 + 1u, acc0.y); dlc_mid(yo + r * 128u + c0 + 2u, acc0.z); dlc_mid(yo + r * 128u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 784u) { dlc_mid(yo + r * 128u + c0 + 0u, acc1.x); dlc_mid(yo + r * 128u + c0 + 1u, acc1.y); dlc_mid(yo + r * 128u + c0 + 2u, acc1.z); dlc_mid(yo + r * 128u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 784u) { dlc_mid(yo + r * 128u + c0 + 0u, acc2.x); dlc_mid(yo + r * 128u + c0 + 1u, acc2.y); dlc_mid(yo + r * 128u + c0 + 2u, acc2.z); dlc_mid(yo + r * 128u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 784u) { dlc_mid(yo + r * 128u + c0 + 0u, acc3.x); dlc_mid(yo + r * 128u + c0 + 1u, acc3.y); dlc_mid(yo + r * 128u + c0 + 2u, acc3.z); dlc_mid(yo + r * 128u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 18 (read, read, read_write)
// dlc kernel: sqrt %69 + add %71 + div %72 + sub %73, sqrt %142 + add %143 + div %144 + sub %145
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = out0[i];
  let v0 = sqrt(x0);
  let v1 = (v0 + 1e-7);
  let v2 = (x1 / v1);
  let v3 = (x2 - v2);
  out0[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100352u) { return; }
  dlc_mid(i);
}

// ---- pipeline 19 (read, read, read_write)
// dlc kernel: sqrt %94 + add %95 + div %96 + sub %97, sqrt %118 + add %119 + div %120 + sub %121
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = out0[i];
  let v0 = sqrt(x0);
  let v1 = (v0 + 1e-7);
  let v2 = (x1 / v1);
  let v3 = (x2 - v2);
  out0[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i);
}
