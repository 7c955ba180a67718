// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,2,30] 512x1x1 conv2d %0 + add %1 + relu %2 (models/inception_block.ts:28:13)
//   #1 p1 [30,3,4,31] 256x1x1 conv2d %3 + add %4 + relu %5 (models/inception_block.ts:16:67)
//   #2 p2 [30,5,6,32] 384x1x1 conv2d %6 + add %7 + relu %8 (models/inception_block.ts:16:67)
//   #3 p3 [32,7,8,33] 512x1x1 conv2d %9 + add %10 + relu %11 (models/inception_block.ts:16:67)
//   #4 p4 [30,9,10,32] 64x1x1 conv2d %12 + add %13 + relu %14 (models/inception_block.ts:16:67)
//   #5 p5 [32,11,12,34] 128x1x1 conv2d %15 + add %16 + relu %17 (models/inception_block.ts:16:67)
//   #6 p6 [30,32] 512x1x1 max_pool2d %18 (models/inception_block.ts:20:38)
//   #7 p7 [32,13,14,30] 128x1x1 conv2d %19 + add %20 + relu %21 (models/inception_block.ts:16:67)
//   #8 p8 [31,33,34,30,32] 1024x1x1 concat %22 (models/inception_block.ts:21:10)
//   #9 p9 [32,31] 256x1x1 max_pool2d %23 (models/inception_block.ts:30:9)
//   #10 p10 [31,15,16,34] 128x1x1 conv2d %24 + add %25 + relu %26 (models/inception_block.ts:16:67)
//   #11 p11 [31,17,18,30] 128x1x1 conv2d %27 + add %28 + relu %29 (models/inception_block.ts:16:67)
//   #12 p12 [30,19,20,33] 192x1x1 conv2d %30 + add %31 + relu %32 (models/inception_block.ts:16:67)
//   #13 p13 [31,21,22,30] 32x1x1 conv2d %33 + add %34 + relu %35 (models/inception_block.ts:16:67)
//   #14 p14 [30,23,24,32] 96x1x1 conv2d %36 + add %37 + relu %38 (models/inception_block.ts:16:67)
//   #15 p15 [31,30] 256x1x1 max_pool2d %39 (models/inception_block.ts:20:38)
//   #16 p16 [30,25,26,31] 64x1x1 conv2d %40 + add %41 + relu %42 (models/inception_block.ts:16:67)
//   #17 p17 [34,33,32,31,30] 480x1x1 concat %43 (models/inception_block.ts:21:10)
//   #18 p18 [30,27,28,29] 1x1x1 global_avg_pool2d %44 + matmul %45 + add %46 + softmax %47 (models/inception_block.ts:32:49, models/inception_block.ts:32:12)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 (models/inception_block.ts:28:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 3u;
      let wb = (kh * 3u + kw) * 96u + co;
      for (var c = 0u; c < 3u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x2 = in2[c1];
  let v4 = (acc + x2);
  let v5 = max(v4, 0.0);
  out0[i] = v5;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 1024u) % 32u), ((i / 32u) % 32u), (i % 32u)));
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: conv2d %3 + add %4 + relu %5 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u;
      let wb = (kh * 1u + kw) * 512u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x7 = in2[c1];
  let v9 = (acc + x7);
  let v10 = max(v9, 0.0);
  out0[i] = v10;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 32u), ((i / 16u) % 32u), (i % 16u)));
}

// ---- pipeline 2 (read, read, read, read_write)
// dlc kernel: conv2d %6 + add %7 + relu %8 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u;
      let wb = (kh * 1u + kw) * 768u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 24u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 24u;
  let x12 = in2[c1];
  let v14 = (acc + x12);
  let v15 = max(v14, 0.0);
  out0[i] = v15;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24576u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 768u) % 32u), ((i / 24u) % 32u), (i % 24u)));
}

// ---- pipeline 3 (read, read, read, read_write)
// dlc kernel: conv2d %9 + add %10 + relu %11 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 24u;
      let wb = (kh * 3u + kw) * 768u + co;
      for (var c = 0u; c < 24u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x17 = in2[c1];
  let v19 = (acc + x17);
  let v20 = max(v19, 0.0);
  out0[i] = v20;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 1024u) % 32u), ((i / 32u) % 32u), (i % 32u)));
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: conv2d %12 + add %13 + relu %14 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u;
      let wb = (kh * 1u + kw) * 128u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 4u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 4u;
  let x22 = in2[c1];
  let v24 = (acc + x22);
  let v25 = max(v24, 0.0);
  out0[i] = v25;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 128u) % 32u), ((i / 4u) % 32u), (i % 4u)));
}

// ---- pipeline 5 (read, read, read, read_write)
// dlc kernel: conv2d %15 + add %16 + relu %17 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 5u; kh++) {
    let ih = i32(oh) - 2 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 5u; kw++) {
      let iw = i32(ow) - 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 4u;
      let wb = (kh * 5u + kw) * 32u + co;
      for (var c = 0u; c < 4u; c++) { acc = fma(in0[xb + c], in1[wb + c * 8u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x27 = in2[c1];
  let v29 = (acc + x27);
  let v30 = max(v29, 0.0);
  out0[i] = v30;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 256u) % 32u), ((i / 8u) % 32u), (i % 8u)));
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: max_pool2d %18 (models/inception_block.ts:20:38)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let off = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  out[i] = x[dlc_pool_argmax(0u, ((i / 1024u) % 32u), ((i / 32u) % 32u), (i % 32u))];
}

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: conv2d %19 + add %20 + relu %21 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u;
      let wb = (kh * 1u + kw) * 256u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 8u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x33 = in2[c1];
  let v35 = (acc + x33);
  let v36 = max(v35, 0.0);
  out0[i] = v36;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 256u) % 32u), ((i / 8u) % 32u), (i % 8u)));
}

// ---- pipeline 8 (read, read, read, read, read_write)
// dlc kernel: concat %22 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read> x3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  let o = i / 64u;
  let k = (i / 1u) % 64u;
  let r = i % 1u;
  if (k < 16u) { out[i] = x0[o * 16u + k]; } else if (k < 48u) { out[i] = x1[o * 32u + k - 16u]; } else if (k < 56u) { out[i] = x2[o * 8u + k - 48u]; } else { out[i] = x3[o * 8u + k - 56u]; }
}

// ---- pipeline 9 (read, read_write)
// dlc kernel: max_pool2d %23 (models/inception_block.ts:30:9)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let off = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 64u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  out[i] = x[dlc_pool_argmax(0u, ((i / 1024u) % 16u), ((i / 64u) % 16u), (i % 64u))];
}

// ---- pipeline 10 (read, read, read, read_write)
// dlc kernel: conv2d %24 + add %25 + relu %26 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u;
      let wb = (kh * 1u + kw) * 2048u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x40 = in2[c1];
  let v42 = (acc + x40);
  let v43 = max(v42, 0.0);
  out0[i] = v43;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u)));
}

// ---- pipeline 11 (read, read, read, read_write)
// dlc kernel: conv2d %27 + add %28 + relu %29 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u;
      let wb = (kh * 1u + kw) * 2048u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x45 = in2[c1];
  let v47 = (acc + x45);
  let v48 = max(v47, 0.0);
  out0[i] = v48;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u)));
}

// ---- pipeline 12 (read, read, read, read_write)
// dlc kernel: conv2d %30 + add %31 + relu %32 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u;
      let wb = (kh * 3u + kw) * 1536u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 48u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 48u;
  let x50 = in2[c1];
  let v52 = (acc + x50);
  let v53 = max(v52, 0.0);
  out0[i] = v53;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 12288u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 768u) % 16u), ((i / 48u) % 16u), (i % 48u)));
}

// ---- pipeline 13 (read, read, read, read_write)
// dlc kernel: conv2d %33 + add %34 + relu %35 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u;
      let wb = (kh * 1u + kw) * 512u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 8u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x55 = in2[c1];
  let v57 = (acc + x55);
  let v58 = max(v57, 0.0);
  out0[i] = v58;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 128u) % 16u), ((i / 8u) % 16u), (i % 8u)));
}

// ---- pipeline 14 (read, read, read, read_write)
// dlc kernel: conv2d %36 + add %37 + relu %38 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 5u; kh++) {
    let ih = i32(oh) - 2 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 5u; kw++) {
      let iw = i32(ow) - 2 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 8u;
      let wb = (kh * 5u + kw) * 192u + co;
      for (var c = 0u; c < 8u; c++) { acc = fma(in0[xb + c], in1[wb + c * 24u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 24u;
  let x60 = in2[c1];
  let v62 = (acc + x60);
  let v63 = max(v62, 0.0);
  out0[i] = v63;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 6144u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 384u) % 16u), ((i / 24u) % 16u), (i % 24u)));
}

// ---- pipeline 15 (read, read_write)
// dlc kernel: max_pool2d %39 (models/inception_block.ts:20:38)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let off = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  out[i] = x[dlc_pool_argmax(0u, ((i / 1024u) % 16u), ((i / 64u) % 16u), (i % 64u))];
}

// ---- pipeline 16 (read, read, read, read_write)
// dlc kernel: conv2d %40 + add %41 + relu %42 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u;
      let wb = (kh * 1u + kw) * 1024u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x66 = in2[c1];
  let v68 = (acc + x66);
  let v69 = max(v68, 0.0);
  out0[i] = v69;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 256u) % 16u), ((i / 16u) % 16u), (i % 16u)));
}

// ---- pipeline 17 (read, read, read, read, read_write)
// dlc kernel: concat %43 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read> x3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 30720u) { return; }
  let o = i / 120u;
  let k = (i / 1u) % 120u;
  let r = i % 1u;
  if (k < 32u) { out[i] = x0[o * 32u + k]; } else if (k < 80u) { out[i] = x1[o * 48u + k - 32u]; } else if (k < 104u) { out[i] = x2[o * 24u + k - 80u]; } else { out[i] = x3[o * 16u + k - 104u]; }
}

// ---- pipeline 18 (read, read, read, read_write)
// dlc kernel: global_avg_pool2d %44 + matmul %45 + add %46 + softmax %47 (models/inception_block.ts:32:49, models/inception_block.ts:32:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_gap(row: u32, k: u32) -> f32 {
  var s = 0.0;
  for (var p = 0u; p < 256u; p++) { s += in0[(row * 256u + p) * 120u + k]; }
  return s / 256.0;
}
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let x73 = in2[i];
  let v75 = (acc + x73);
  return v75;
}
fn dlc_tail(i: u32, acc: f32) {
  out0[i] = acc;
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
var<workgroup> dlc_lanes_max: array<f32, 64>;
fn dlc_lane_max(v: f32, lane: u32) -> f32 {
  dlc_lanes_max[lane] = v;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes_max[lane] = max(dlc_lanes_max[lane], dlc_lanes_max[lane + s]); }
    workgroupBarrier();
  }
  let total = dlc_lanes_max[0];
  workgroupBarrier();
  return total;
}
var<workgroup> arow: array<f32, 120>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let row = g;
  for (var k = lane; k < 120u; k += 64u) { arow[k] = dlc_gap(row, k); }
  workgroupBarrier();
  var vals: array<f32, 1>;
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 10u) {
      var acc = 0.0;
      for (var k = 0u; k < 120u; k++) { acc = fma(arow[k], in1[k * 10u + c * 1u], acc); }
      vals[j] = dlc_mid(row * 10u + c, acc);
    }
  }
  var mx = -3.4028234e38;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 10u) { mx = max(mx, vals[j]); } }
  mx = dlc_lane_max(mx, lane);
  var s = 0.0;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 10u) { s += exp(vals[j] - mx); } }
  s = dlc_lane_sum(s, lane);
  let lse = mx + log(s);
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 10u) { dlc_tail(row * 10u + c, exp(vals[j] - lse)); }
  }
}
