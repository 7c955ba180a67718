// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,48,49,50,51] 1x1x1 matmul %0 + add %1 + relu %2 + abs %4 + greater %72 + where %74 + greater %76 + cast %77 (models/regularized_mlp.ts:10:5)
//   #1 p1 [49,52] 1x1x1 reduce_sum %5 + mul %6 + div %8 (models/regularized_mlp.ts:10:5)
//   #2 p2 [48,4,5,49,53] 1x1x1 matmul %9 + add %10 + relu %11 + greater %64 + cast %65 (models/regularized_mlp.ts:11:5)
//   #3 p3 [49,6,7,54] 1x1x1 matmul %12 + add %13 (models/regularized_mlp.ts:12:5)
//   #4 p4 [1,55] 1x1x1 reduce_sum %54
//   #5 p5 [54,55,1,56] 1x1x1 softmax %14 + mul %55 + sub %56 + mul %58 (models/regularized_mlp.ts:12:5)
//   #6 p6 [54,1,55] 1x1x1 categorical_cross_entropy %15
//   #7 p7 [54,57] 1x1x1 argmax %18
//   #8 p7 [1,54] 1x1x1 argmax %19
//   #9 p8 [57,54,58] 1x1x1 equal %20 + cast %21
//   #10 p9 [58,57] 1x1x1 reduce_sum %23
//   #11 p10 [57,9,25] 1x1x1 reduce_sum %24 + add %25
//   #12 p11 [2,52,57] 1x1x1 square %27 + reduce_sum %28 + mul %29 + add %36
//   #13 p12 [4,57,52] 1x1x1 square %30 + reduce_sum %31 + mul %32 + add %37
//   #14 p13 [55,8,6,52,26,27,57,28] 1x1x1 mul %16 + add %17 + square %33 + reduce_sum %34 + mul %35 + add %38 + add %39 + mul %40 + add %41
//   #15 p14 [10,57,29] 1x1x1 add %42
//   #16 p15 [12,11,52] 1x1x1 pow %92 + sub %93 + pow %95 + sub %96 + sqrt %97 + mul %98 + div %99
//   #17 p16 [56,23,24,52,7,30,31,32] 1x1x1 reduce_sum %59 + sub %154 + mul %155 + add %156 + square %157 + sub %158 + mul %159 + add %160 + mul %161 + sqrt %162 + add %163 + div %164 + sub %165 (models/regularized_mlp.ts:12:5)
//   #18 p17 [56,6,53,54] 1x1x1 matmul %60 + mul %66 (models/regularized_mlp.ts:12:5, models/regularized_mlp.ts:11:5)
//   #19 p18 [6,49,56,21,22,33,34,53] 1x1x1 mul %46 + mul %47 + matmul %61 + add %62 + sub %142 + mul %143 + add %144 + square %145 + sub %146 + mul %147 + add %148 + sqrt %150 + add %151 (models/regularized_mlp.ts:12:5)
//   #20 p19 [54,19,20,52,5,35,36,37] 1x1x1 reduce_sum %67 + sub %130 + mul %131 + add %132 + square %133 + sub %134 + mul %135 + add %136 + mul %137 + sqrt %138 + add %139 + div %140 + sub %141 (models/regularized_mlp.ts:11:5)
//   #21 p20 [54,4,50,51,49] 1x1x1 matmul %68 + add %75 + mul %78 (models/regularized_mlp.ts:11:5, models/regularized_mlp.ts:10:5)
//   #22 p21 [4,48,54,17,18,38,39,50] 1x1x1 mul %49 + mul %50 + matmul %69 + add %70 + sub %118 + mul %119 + add %120 + square %121 + sub %122 + mul %123 + add %124 + sqrt %126 + add %127 (models/regularized_mlp.ts:11:5)
//   #23 p22 [49,15,16,52,3,40,41,42] 1x1x1 reduce_sum %79 + sub %106 + mul %107 + add %108 + square %109 + sub %110 + mul %111 + add %112 + mul %113 + sqrt %114 + add %115 + div %116 + sub %117 (models/regularized_mlp.ts:10:5)
//   #24 p23 [2,0,49,13,14,43,44,48] 1x1x1 mul %52 + mul %53 + matmul %80 + add %81 + sub %83 + mul %84 + add %85 + square %87 + sub %88 + mul %89 + add %90 + sqrt %101 + add %103 (models/regularized_mlp.ts:10:5)
//   #25 p24 [52,43,48,2,45] 2x1x1 mul %100 + div %104 + sub %105
//   #26 p25 [52,38,50,4,46] 8x1x1 mul %125 + div %128 + sub %129
//   #27 p26 [52,33,53,6,47] 1x1x1 mul %149 + div %152 + sub %153

// ---- pipeline 0 (read, read, read, read_write, read_write, read_write, read_write)
// dlc kernel: matmul %0 + add %1 + relu %2 + abs %4 + greater %72 + where %74 + greater %76 + cast %77 (models/regularized_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
@group(0) @binding(5) var<storage, read_write> out2: array<f32>;
@group(0) @binding(6) var<storage, read_write> out3: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = abs(v1);
  let v3 = (v1 > 0.0);
  let v4 = select(-0.00025, 0.00025, v3);
  let v5 = (v0 > 0.0);
  let v6 = select(f32(0), f32(1), v5);
  out0[i] = v1;
  out1[i] = v2;
  out2[i] = v4;
  out3[i] = v6;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 4u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 32u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 128u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 4u) { v = dlc_a(bi, row0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: reduce_sum %5 + mul %6 + div %8 (models/regularized_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v0 = (0.001 * acc);
  let v1 = (v0 / 4.0);
  out0[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let base = 0u;
  var acc = 0.0;
  for (var j = 0u; j < 128u; j++) { acc = acc + in0[base + ((j / 32u) % 4u) * 32u + ((j / 1u) % 32u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 2 (read, read, read, read_write, read_write)
// dlc kernel: matmul %9 + add %10 + relu %11 + greater %64 + cast %65 (models/regularized_mlp.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
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
  return in1[0u + r + k * 16u];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 1u) * 4u;
  let bi = g / 1u;
  let yo = bi * 64u;
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
    dlc_mid(yo + (row0 + 0u) * 16u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 16u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 16u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 16u + col, red[768u + c]);
  }
}

// ---- pipeline 3 (read, read, read, read_write)
// dlc kernel: matmul %12 + add %13 (models/regularized_mlp.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 3u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 3u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 12u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 3u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { if (c0 + 0u < 3u) { dlc_mid(yo + r * 3u + c0 + 0u, acc0.x); } if (c0 + 1u < 3u) { dlc_mid(yo + r * 3u + c0 + 1u, acc0.y); } if (c0 + 2u < 3u) { dlc_mid(yo + r * 3u + c0 + 2u, acc0.z); } if (c0 + 3u < 3u) { dlc_mid(yo + r * 3u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { if (c0 + 0u < 3u) { dlc_mid(yo + r * 3u + c0 + 0u, acc1.x); } if (c0 + 1u < 3u) { dlc_mid(yo + r * 3u + c0 + 1u, acc1.y); } if (c0 + 2u < 3u) { dlc_mid(yo + r * 3u + c0 + 2u, acc1.z); } if (c0 + 3u < 3u) { dlc_mid(yo + r * 3u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { if (c0 + 0u < 3u) { dlc_mid(yo + r * 3u + c0 + 0u, acc2.x); } if (c0 + 1u < 3u) { dlc_mid(yo + r * 3u + c0 + 1u, acc2.y); } if (c0 + 2u < 3u) { dlc_mid(yo + r * 3u + c0 + 2u, acc2.z); } if (c0 + 3u < 3u) { dlc_mid(yo + r * 3u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { if (c0 + 0u < 3u) { dlc_mid(yo + r * 3u + c0 + 0u, acc3.x); } if (c0 + 1u < 3u) { dlc_mid(yo + r * 3u + c0 + 1u, acc3.y); } if (c0 + 2u < 3u) { dlc_mid(yo + r * 3u + c0 + 2u, acc3.z); } if (c0 + 3u < 3u) { dlc_mid(yo + r * 3u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 4 (read, read_write)
// dlc kernel: reduce_sum %54
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 3u;
  var acc = 0.0;
  for (var j = 0u; j < 3u; j++) { acc = acc + in0[base + ((j / 1u) % 3u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 5 (read, read, read, read_write)
// dlc kernel: softmax %14 + mul %55 + sub %56 + mul %58 (models/regularized_mlp.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 3u);
  let x0 = in1[c0];
  let x1 = in2[i];
  let v0 = (acc * x0);
  let v1 = (v0 - x1);
  let v2 = (v1 * 0.25);
  out0[i] = v2;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = i * 3u;
  var m = in0[base + 0u];
  for (var k = 1u; k < 3u; k++) { m = max(m, in0[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 3u; k++) { s += exp(in0[base + k] - m); }
  let lse = m + log(s);
  for (var k = 0u; k < 3u; k++) {
    let o = base + k;
    dlc_mid(o, exp(in0[base + k] - lse));
  }
}

// ---- pipeline 6 (read, read, read_write)
// dlc kernel: categorical_cross_entropy %15
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> tgt: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_row_norm(base: u32) -> f32 {
  var m = pred[base];
  for (var k = 1u; k < 3u; k++) { m = max(m, pred[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 3u; k++) { s += exp(pred[base + k] - m); }
  return m + log(s);
}
fn dlc_log_q(v: f32, z: f32) -> f32 { return v - z; }
fn dlc_term(k: u32) -> f32 {
  let base = k * 3u;
  let z = dlc_row_norm(base);
  var loss = 0.0;
  for (var c = 0u; c < 3u; c++) { loss -= tgt[base + c] * dlc_log_q(pred[base + c], z); }
  return loss;
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
  for (var k = lane; k < 4u; k += 64u) { acc += dlc_term(k); }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[0] = total / 4.0; }
}

// ---- pipeline 7 (read, read_write)
// dlc kernel: argmax %18, argmax %19
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<i32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = i * 3u;
  var best = x[base];
  var arg = 0u;
  for (var k = 1u; k < 3u; k++) {
    let v = x[base + k];
    if (v > best) { best = v; arg = k; }
  }
  out[i] = i32(arg);
}

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: equal %20 + cast %21
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 == x1);
  let v1 = select(f32(0), f32(1), v0);
  out0[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  dlc_mid(i);
}

// ---- pipeline 9 (read, read_write)
// dlc kernel: reduce_sum %23
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 1u; j++) { acc = acc + in0[base + ((j / 1u) % 1u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 10 (read, read, read_write)
// dlc kernel: reduce_sum %24 + add %25
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[i];
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

// ---- pipeline 11 (read, read, read_write)
// dlc kernel: square %27 + reduce_sum %28 + mul %29 + add %36
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let x0 = in0[i];
  let v0 = dlc_square_f32(x0);
  return v0;
}
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[i];
  let v0 = (0.05 * acc);
  let v1 = (x0 + v0);
  out0[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let base = 0u;
  var acc = 0.0;
  for (var j = 0u; j < 128u; j++) { acc = acc + dlc_pre(base + ((j / 32u) % 4u) * 32u + ((j / 1u) % 32u) * 1u); }
  dlc_mid(i, acc);
}

// ---- pipeline 12 (read, read, read_write)
// dlc kernel: square %30 + reduce_sum %31 + mul %32 + add %37
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let x0 = in0[i];
  let v0 = dlc_square_f32(x0);
  return v0;
}
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[i];
  let v0 = (0.05 * acc);
  let v1 = (x0 + v0);
  out0[i] = v1;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let base = 0u;
  var acc = 0.0;
  for (var j = lane; j < 512u; j += 64u) { acc = acc + dlc_pre(base + ((j / 16u) % 32u) * 16u + ((j / 1u) % 16u) * 1u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 13 (read, read, read, read, read_write, read_write, read_write, read_write)
// dlc kernel: mul %16 + add %17 + square %33 + reduce_sum %34 + mul %35 + add %38 + add %39 + mul %40 + add %41
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
@group(0) @binding(7) var<storage, read_write> out3: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let x0 = in2[i];
  let v0 = dlc_square_f32(x0);
  return v0;
}
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = in3[i];
  let v0 = (x0 * 4.0);
  let v1 = (x1 + v0);
  let v2 = (0.05 * acc);
  let v3 = (x2 + v2);
  let v4 = (x0 + v3);
  let v5 = (v3 * 4.0);
  let v6 = (v1 + v5);
  out0[i] = v3;
  out1[i] = v4;
  out2[i] = v5;
  out3[i] = v6;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let base = 0u;
  var acc = 0.0;
  for (var j = 0u; j < 48u; j++) { acc = acc + dlc_pre(base + ((j / 3u) % 16u) * 3u + ((j / 1u) % 3u) * 1u); }
  dlc_mid(i, acc);
}

// ---- pipeline 14 (read, read, read_write)
// dlc kernel: add %42
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 + x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 15 (read, read, read_write)
// dlc kernel: pow %92 + sub %93 + pow %95 + sub %96 + sqrt %97 + mul %98 + div %99
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

// ---- pipeline 16 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %59 + sub %154 + mul %155 + add %156 + square %157 + sub %158 + mul %159 + add %160 + mul %161 + sqrt %162 + add %163 + div %164 + sub %165 (models/regularized_mlp.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[i];
  let x1 = in2[i];
  let x2 = in3[0u];
  let x3 = in4[i];
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
  if (i >= 3u) { return; }
  let base = ((i / 1u) % 3u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 3u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 17 (read, read, read, read_write)
// dlc kernel: matmul %60 + mul %66 (models/regularized_mlp.ts:12:5, models/regularized_mlp.ts:11:5)
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
  return in0[0u + r * 3u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 3u + k];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 64u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 3u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 3u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 3u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc0.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc0.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc0.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc1.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc1.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc1.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc2.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc2.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc2.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc3.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc3.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc3.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 18 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %46 + mul %47 + matmul %61 + add %62 + sub %142 + mul %143 + add %144 + square %145 + sub %146 + mul %147 + add %148 + sqrt %150 + add %151 (models/regularized_mlp.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in0[i];
  let x1 = in3[i];
  let x2 = in4[i];
  let v0 = (x0 * 2.0);
  let v1 = (0.05 * v0);
  let v2 = (v1 + acc);
  let v3 = (v2 - x1);
  let v4 = (0.1 * v3);
  let v5 = (x1 + v4);
  let v6 = dlc_square_f32(v2);
  let v7 = (v6 - x2);
  let v8 = (0.001 * v7);
  let v9 = (x2 + v8);
  let v10 = sqrt(v9);
  let v11 = (v10 + 1e-7);
  out0[i] = v5;
  out1[i] = v9;
  out2[i] = v11;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 16u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in2[0u + r + k * 3u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 48u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 16u && k0 + kk < 4u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 3u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 16u) { if (c0 + 0u < 3u) { dlc_mid(yo + r * 3u + c0 + 0u, acc0.x); } if (c0 + 1u < 3u) { dlc_mid(yo + r * 3u + c0 + 1u, acc0.y); } if (c0 + 2u < 3u) { dlc_mid(yo + r * 3u + c0 + 2u, acc0.z); } if (c0 + 3u < 3u) { dlc_mid(yo + r * 3u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 16u) { if (c0 + 0u < 3u) { dlc_mid(yo + r * 3u + c0 + 0u, acc1.x); } if (c0 + 1u < 3u) { dlc_mid(yo + r * 3u + c0 + 1u, acc1.y); } if (c0 + 2u < 3u) { dlc_mid(yo + r * 3u + c0 + 2u, acc1.z); } if (c0 + 3u < 3u) { dlc_mid(yo + r * 3u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 16u) { if (c0 + 0u < 3u) { dlc_mid(yo + r * 3u + c0 + 0u, acc2.x); } if (c0 + 1u < 3u) { dlc_mid(yo + r * 3u + c0 + 1u, acc2.y); } if (c0 + 2u < 3u) { dlc_mid(yo + r * 3u + c0 + 2u, acc2.z); } if (c0 + 3u < 3u) { dlc_mid(yo + r * 3u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 16u) { if (c0 + 0u < 3u) { dlc_mid(yo + r * 3u + c0 + 0u, acc3.x); } if (c0 + 1u < 3u) { dlc_mid(yo + r * 3u + c0 + 1u, acc3.y); } if (c0 + 2u < 3u) { dlc_mid(yo + r * 3u + c0 + 2u, acc3.z); } if (c0 + 3u < 3u) { dlc_mid(yo + r * 3u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 19 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %67 + sub %130 + mul %131 + add %132 + square %133 + sub %134 + mul %135 + add %136 + mul %137 + sqrt %138 + add %139 + div %140 + sub %141 (models/regularized_mlp.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[i];
  let x1 = in2[i];
  let x2 = in3[0u];
  let x3 = in4[i];
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
  if (i >= 16u) { return; }
  let base = ((i / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 16u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 20 (read, read, read, read, read_write)
// dlc kernel: matmul %68 + add %75 + mul %78 (models/regularized_mlp.ts:11:5, models/regularized_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let x1 = in3[i];
  let v0 = (acc + x0);
  let v1 = (v0 * x1);
  out0[i] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 16u + k];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 128u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 21 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %49 + mul %50 + matmul %69 + add %70 + sub %118 + mul %119 + add %120 + square %121 + sub %122 + mul %123 + add %124 + sqrt %126 + add %127 (models/regularized_mlp.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in0[i];
  let x1 = in3[i];
  let x2 = in4[i];
  let v0 = (x0 * 2.0);
  let v1 = (0.05 * v0);
  let v2 = (v1 + acc);
  let v3 = (v2 - x1);
  let v4 = (0.1 * v3);
  let v5 = (x1 + v4);
  let v6 = dlc_square_f32(v2);
  let v7 = (v6 - x2);
  let v8 = (0.001 * v7);
  let v9 = (x2 + v8);
  let v10 = sqrt(v9);
  let v11 = (v10 + 1e-7);
  out0[i] = v5;
  out1[i] = v9;
  out2[i] = v11;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 32u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in2[0u + r + k * 16u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 512u;
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
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc0.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc0.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc0.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc1.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc1.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc1.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc2.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc2.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc2.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc3.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc3.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc3.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 22 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %79 + sub %106 + mul %107 + add %108 + square %109 + sub %110 + mul %111 + add %112 + mul %113 + sqrt %114 + add %115 + div %116 + sub %117 (models/regularized_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[i];
  let x1 = in2[i];
  let x2 = in3[0u];
  let x3 = in4[i];
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

// ---- pipeline 23 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %52 + mul %53 + matmul %80 + add %81 + sub %83 + mul %84 + add %85 + square %87 + sub %88 + mul %89 + add %90 + sqrt %101 + add %103 (models/regularized_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in0[i];
  let x1 = in3[i];
  let x2 = in4[i];
  let v0 = (x0 * 2.0);
  let v1 = (0.05 * v0);
  let v2 = (v1 + acc);
  let v3 = (v2 - x1);
  let v4 = (0.1 * v3);
  let v5 = (x1 + v4);
  let v6 = dlc_square_f32(v2);
  let v7 = (v6 - x2);
  let v8 = (0.001 * v7);
  let v9 = (x2 + v8);
  let v10 = sqrt(v9);
  let v11 = (v10 + 1e-7);
  out0[i] = v5;
  out1[i] = v9;
  out2[i] = v11;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 4u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in2[0u + r + k * 32u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 128u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 4u) { v = dlc_a(bi, row0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 24 (read, read, read, read, read_write)
// dlc kernel: mul %100 + div %104 + sub %105
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[0u];
  let x1 = in1[i];
  let x2 = in2[i];
  let x3 = in3[i];
  let v0 = (x0 * x1);
  let v1 = (v0 / x2);
  let v2 = (x3 - v1);
  out0[i] = v2;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}

// ---- pipeline 25 (read, read, read, read, read_write)
// dlc kernel: mul %125 + div %128 + sub %129
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[0u];
  let x1 = in1[i];
  let x2 = in2[i];
  let x3 = in3[i];
  let v0 = (x0 * x1);
  let v1 = (v0 / x2);
  let v2 = (x3 - v1);
  out0[i] = v2;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 26 (read, read, read, read, read_write)
// dlc kernel: mul %149 + div %152 + sub %153
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[0u];
  let x1 = in1[i];
  let x2 = in2[i];
  let x3 = in3[i];
  let v0 = (x0 * x1);
  let v1 = (v0 / x2);
  let v2 = (x3 - v1);
  out0[i] = v2;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  dlc_mid(i);
}
