// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [1,0,22] 4x1x1 gather %0 (models/attention.ts:24:22)
//   #1 p1 [22,13,23] 4x1x1 add %1 (models/attention.ts:26:32)
//   #2 p2 [23,14,15,22] 2x1x1 matmul %3 + add %4 (models/attention.ts:14:20)
//   #3 p3 [22,24] 4x1x1 transpose %6 (models/attention.ts:14:20)
//   #4 p4 [23,16,17,22] 2x1x1 matmul %7 + add %8 (models/attention.ts:14:20)
//   #5 p3 [22,25] 4x1x1 transpose %10 (models/attention.ts:14:20)
//   #6 p5 [23,18,19,22] 2x1x1 matmul %11 + add %12 (models/attention.ts:14:20)
//   #7 p3 [22,26] 4x1x1 transpose %14 (models/attention.ts:14:20)
//   #8 p6 [24,25,22] 4x1x1 matmul %15 + mul %17 (models/attention.ts:14:20)
//   #9 p7 [22,24] 1x1x1 softmax %18 (models/attention.ts:14:20)
//   #10 p8 [24,26,22] 4x1x1 matmul %19 (models/attention.ts:14:20)
//   #11 p9 [22,24] 4x1x1 transpose %20 (models/attention.ts:14:20)
//   #12 p10 [24,20,2,22] 2x1x1 matmul %22 + add %23 (models/attention.ts:14:20)
//   #13 p11 [23,22,24] 4x1x1 add %25 (models/attention.ts:15:42)
//   #14 p12 [24,3,4,22] 8x1x1 layer_norm %26 (models/attention.ts:15:13)
//   #15 p13 [22,5,6,23] 8x1x1 matmul %28 + add %29 (models/attention.ts:16:28)
//   #16 p14 [23,24] 16x1x1 gelu %31 (models/attention.ts:16:28)
//   #17 p15 [24,7,8,25] 2x1x1 matmul %33 + add %34 (models/attention.ts:16:15)
//   #18 p16 [22,25,26] 4x1x1 add %36 (models/attention.ts:17:39)
//   #19 p12 [26,9,10,22] 8x1x1 layer_norm %37 (models/attention.ts:17:10)
//   #20 p17 [22,11,12,25] 1x1x1 matmul %39 + add %40 (models/attention.ts:27:12)
//   #21 p18 [25,21] 1x1x1 softmax %42 (models/attention.ts:27:12)

// ---- pipeline 0 (read, read, read_write)
// dlc kernel: gather %0 (models/attention.ts:24:22)
@group(0) @binding(0) var<storage, read> table: array<f32>;
@group(0) @binding(1) var<storage, read> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  let r = i % 32u;
  let q = (i / 32u) % 8u;
  let p = i / 256u;
  let k = indices[q];
  if (k >= 0i && k < 10i) { out[i] = table[(p * 10u + u32(k)) * 32u + r]; } else { out[i] = 0.0; }
}

// ---- pipeline 1 (read, read, read_write)
// dlc kernel: add %1 (models/attention.ts:26:32)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x2 = in0[i];
  let x4 = in1[i];
  let v6 = (x2 + x4);
  out0[i] = v6;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  dlc_mid(i);
}

// ---- pipeline 2 (read, read, read, read_write)
// dlc kernel: matmul %3 + add %4 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x18 = in2[c1];
  let v19 = (acc + x18);
  out0[i] = v19;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 256u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in1[bo + gr + gk * 32u]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: transpose %6 (models/attention.ts:14:20), transpose %10 (models/attention.ts:14:20), transpose %14 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  out[i] = x[((i / 64u) % 4u) * 8u + ((i / 8u) % 8u) * 32u + (i % 8u)];
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: matmul %7 + add %8 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x25 = in2[c1];
  let v26 = (acc + x25);
  out0[i] = v26;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 256u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in1[bo + gr + gk * 32u]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 5 (read, read, read, read_write)
// dlc kernel: matmul %11 + add %12 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x32 = in2[c1];
  let v33 = (acc + x32);
  out0[i] = v33;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 256u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in1[bo + gr + gk * 32u]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 6 (read, read, read_write)
// dlc kernel: matmul %15 + mul %17 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let v38 = (acc * 0.35355338);
  out0[i] = v38;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 1u) * 16u;
  let bi = g / 1u;
  let ao = (bi % 4u) * 64u;
  let bo = (bi % 4u) * 64u;
  let yo = bi * 64u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 8u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in0[ao + gr * 8u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in1[bo + gr * 8u + gk]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 8u) { dlc_mid(yo + r * 8u + c, acc_0_0); } }
}

// ---- pipeline 7 (read, read_write)
// dlc kernel: softmax %18 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  let base = i * 8u;
  var m = in0[base + 0u];
  for (var k = 1u; k < 8u; k++) { m = max(m, in0[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 8u; k++) { s += exp(in0[base + k] - m); }
  let lse = m + log(s);
  for (var k = 0u; k < 8u; k++) {
    let o = base + k;
    dlc_mid(o, exp(in0[base + k] - lse));
  }
}

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: matmul %19 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 1u) * 16u;
  let bi = g / 1u;
  let ao = (bi % 4u) * 64u;
  let bo = (bi % 4u) * 64u;
  let yo = bi * 64u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 8u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in0[ao + gr * 8u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in1[bo + gr + gk * 8u]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 8u) { dlc_mid(yo + r * 8u + c, acc_0_0); } }
}

// ---- pipeline 9 (read, read_write)
// dlc kernel: transpose %20 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  out[i] = x[((i / 32u) % 8u) * 8u + ((i / 8u) % 4u) * 64u + (i % 8u)];
}

// ---- pipeline 10 (read, read, read, read_write)
// dlc kernel: matmul %22 + add %23 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x14 = in2[c1];
  let v45 = (acc + x14);
  out0[i] = v45;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 256u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in1[bo + gr + gk * 32u]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 11 (read, read, read_write)
// dlc kernel: add %25 (models/attention.ts:15:42)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x6 = in0[i];
  let x46 = in1[i];
  let v47 = (x6 + x46);
  out0[i] = v47;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  dlc_mid(i);
}

// ---- pipeline 12 (read, read, read, read_write)
// dlc kernel: layer_norm %26 (models/attention.ts:15:13), layer_norm %37 (models/attention.ts:17:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> gamma: array<f32>;
@group(0) @binding(2) var<storage, read> beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
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
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  
  let g = wid.x;
  if (g >= 8u) { return; }
  var s = 0.0;
  for (var j = lane; j < 32u; j += 64u) { let at = g * 32u + j * 1u; s += x[at]; }
  let mean = dlc_lane_sum(s, lane) / 32.0;
  var q = 0.0;
  for (var j = lane; j < 32u; j += 64u) { let at = g * 32u + j * 1u; let dev = x[at] - mean; q += dev * dev; }
  let inv = inverseSqrt(dlc_lane_sum(q, lane) / 32.0 + 0.000001);
  for (var j = lane; j < 32u; j += 64u) { let at = g * 32u + j * 1u; out[at] = (x[at] - mean) * inv * gamma[j] + beta[j]; }
}

// ---- pipeline 13 (read, read, read, read_write)
// dlc kernel: matmul %28 + add %29 (models/attention.ts:16:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x52 = in2[c1];
  let v55 = (acc + x52);
  out0[i] = v55;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 8u) * 16u;
  let row0 = ((g / 8u) % 1u) * 16u;
  let bi = g / 8u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 32u) { v = in1[bo + gr + gk * 128u]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 14 (read, read_write)
// dlc kernel: gelu %31 (models/attention.ts:16:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_gelu_erfc(a: f32) -> f32 {
  let t = 1.0 / (1.0 + 0.3275911 * a);
  let poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * exp(-a * a);
}
fn dlc_gelu_cdf(x: f32) -> f32 {
  let h = 0.5 * dlc_gelu_erfc(abs(x) * 0.70710678);
  return select(h, 1.0 - h, x >= 0.0);
}
fn dlc_gelu(x: f32) -> f32 {
  return x * dlc_gelu_cdf(x);
}
fn dlc_gelu_tanh(x: f32) -> f32 {
  let w = 1.5957691216057308 * (x + 0.044715 * x * x * x);
  let z = exp(-abs(w));
  let s = 1.0 / (1.0 + z);
  return x * select(z * s, s, w >= 0.0);
}
fn dlc_mid(i: u32) {
  let x56 = in0[i];
  let v57 = dlc_gelu(x56);
  out0[i] = v57;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 15 (read, read, read, read_write)
// dlc kernel: matmul %33 + add %34 (models/attention.ts:16:15)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x59 = in2[c1];
  let v62 = (acc + x59);
  out0[i] = v62;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 256u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 128u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 128u) { v = in0[ao + gr * 128u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 128u) { v = in1[bo + gr + gk * 32u]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 16 (read, read, read_write)
// dlc kernel: add %36 (models/attention.ts:17:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x50 = in0[i];
  let x63 = in1[i];
  let v64 = (x50 + x63);
  out0[i] = v64;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  dlc_mid(i);
}

// ---- pipeline 17 (read, read, read, read_write)
// dlc kernel: matmul %39 + add %40 (models/attention.ts:27:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x69 = in2[c1];
  let v72 = (acc + x69);
  out0[i] = v72;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 1u) * 16u;
  let bi = g / 1u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 80u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 32u) { v = in1[bo + gr + gk * 10u]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 18 (read, read_write)
// dlc kernel: softmax %42 (models/attention.ts:27:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8u) { return; }
  let base = i * 10u;
  var m = in0[base + 0u];
  for (var k = 1u; k < 10u; k++) { m = max(m, in0[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 10u; k++) { s += exp(in0[base + k] - m); }
  let lse = m + log(s);
  for (var k = 0u; k < 10u; k++) {
    let o = base + k;
    dlc_mid(o, exp(in0[base + k] - lse));
  }
}
