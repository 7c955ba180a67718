// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,74,75] 2048x1x1 conv2d %0 + add %1 + relu %2 + greater %91 + cast %92 (models/vgg_block.ts:8:39)
//   #1 p1 [74,4,5,76,77] 2048x1x1 conv2d %3 + add %4 + relu %5 + greater %85 + cast %86 (models/vgg_block.ts:8:39)
//   #2 p2 [76,78] 512x1x1 max_pool2d %6 (models/vgg_block.ts:9:10)
//   #3 p3 [78,6,7,79,80] 1024x1x1 conv2d %7 + add %8 + relu %9 + greater %78 + cast %79 (models/vgg_block.ts:8:39)
//   #4 p4 [79,8,9,81,82] 1024x1x1 conv2d %10 + add %11 + relu %12 + greater %72 + cast %73 (models/vgg_block.ts:8:39)
//   #5 p5 [81,83] 256x1x1 max_pool2d %13 (models/vgg_block.ts:9:10)
//   #6 p6 [83,10,11,84,85] 512x1x1 conv2d %14 + add %15 + relu %16 + greater %65 + cast %66 (models/vgg_block.ts:8:39)
//   #7 p7 [84,12,13,86,87] 512x1x1 conv2d %17 + add %18 + relu %19 + greater %59 + cast %60 (models/vgg_block.ts:8:39)
//   #8 p8 [86,88] 128x1x1 max_pool2d %20 (models/vgg_block.ts:9:10)
//   #9 p9 [88,14,15,89,90] 8x1x1 matmul %22 + add %23 + relu %24 + greater %51 + cast %52 (models/vgg_block.ts:18:22)
//   #10 p10 [89,16,91] 8x1x1 dropout %25 (models/vgg_block.ts:18:9)
//   #11 p11 [91,17,18,89] 1x1x1 matmul %26 + add %27 (models/vgg_block.ts:19:12)
//   #12 p12 [1,92] 1x1x1 reduce_sum %41
//   #13 p13 [89,92,1,93] 1x1x1 softmax %28 + mul %42 + sub %43 + mul %45 (models/vgg_block.ts:19:12)
//   #14 p14 [89,1,39] 1x1x1 categorical_cross_entropy %29
//   #15 p15 [39,19,40] 1x1x1 mul %31 + add %32
//   #16 p16 [89,92] 1x1x1 argmax %33
//   #17 p16 [1,89] 1x1x1 argmax %34
//   #18 p17 [92,89,94] 1x1x1 equal %35 + cast %36
//   #19 p18 [94,92] 1x1x1 reduce_sum %38
//   #20 p19 [92,20,41] 1x1x1 reduce_sum %39 + add %40
//   #21 p20 [38,89] 1x1x1 mul %158
//   #22 p21 [93,21,89,18,42,43] 1x1x1 reduce_sum %46 + mul %157 + sub %159 + add %160 (models/vgg_block.ts:19:12)
//   #23 p22 [93,17,89] 8x1x1 matmul %47 (models/vgg_block.ts:19:12)
//   #24 p23 [37,92] 20x1x1 mul %154
//   #25 p24 [91,93,21,92,17,44,45] 8x1x1 matmul %48 + mul %153 + sub %155 + add %156 (models/vgg_block.ts:19:12)
//   #26 p10 [89,16,91] 8x1x1 dropout %49 (models/vgg_block.ts:18:9)
//   #27 p25 [91,90,89] 8x1x1 mul %53 (models/vgg_block.ts:18:22)
//   #28 p26 [36,90] 2x1x1 mul %150
//   #29 p27 [89,21,90,15,46,47] 2x1x1 reduce_sum %54 + mul %149 + sub %151 + add %152 (models/vgg_block.ts:18:22)
//   #30 p28 [89,14,92] 128x1x1 matmul %55 (models/vgg_block.ts:18:22)
//   #31 p29 [35,90] 4096x1x1 mul %146
//   #32 p30 [88,89,21,90,14,48,49] 256x1x1 matmul %56 + mul %145 + sub %147 + add %148 (models/vgg_block.ts:18:22)
//   #33 p31 [86,92,90] 512x1x1 max_pool2d_grad %58 (models/vgg_block.ts:9:10)
//   #34 p32 [90,87,86] 512x1x1 mul %61 (models/vgg_block.ts:8:39)
//   #35 p33 [34,89] 2x1x1 mul %142
//   #36 p34 [86,21,89,13,50,51] 128x1x1 reduce_sum %62 + mul %141 + sub %143 + add %144 (models/vgg_block.ts:8:39)
//   #37 p35 [86,12,87] 512x1x1 conv2d_transpose %63 (models/vgg_block.ts:8:39)
//   #38 p36 [84,86,90] 65535x3x1 conv2d_backprop_filter %64 (models/vgg_block.ts:8:39)
//   #39 p37 [87,85,84] 512x1x1 mul %67 (models/vgg_block.ts:8:39)
//   #40 p38 [32,89] 2x1x1 mul %134
//   #41 p39 [84,21,89,11,52,53] 128x1x1 reduce_sum %68 + mul %133 + sub %135 + add %136 (models/vgg_block.ts:8:39)
//   #42 p40 [84,10,85] 256x1x1 conv2d_transpose %69 (models/vgg_block.ts:8:39)
//   #43 p41 [83,84,86] 65535x2x1 conv2d_backprop_filter %70 (models/vgg_block.ts:8:39)
//   #44 p42 [81,85,84] 1024x1x1 max_pool2d_grad %71 (models/vgg_block.ts:9:10)
//   #45 p43 [84,82,81] 1024x1x1 mul %74 (models/vgg_block.ts:8:39)
//   #46 p44 [30,89] 1x1x1 mul %126
//   #47 p45 [81,21,89,9,54,55] 64x1x1 reduce_sum %75 + mul %125 + sub %127 + add %128 (models/vgg_block.ts:8:39)
//   #48 p46 [81,8,82] 1024x1x1 conv2d_transpose %76 (models/vgg_block.ts:8:39)
//   #49 p47 [79,81,84] 36864x1x1 conv2d_backprop_filter %77 (models/vgg_block.ts:8:39)
//   #50 p48 [82,80,79] 1024x1x1 mul %80 (models/vgg_block.ts:8:39)
//   #51 p49 [28,89] 1x1x1 mul %118
//   #52 p50 [79,21,89,7,56,57] 64x1x1 reduce_sum %81 + mul %117 + sub %119 + add %120 (models/vgg_block.ts:8:39)
//   #53 p51 [79,6,85] 512x1x1 conv2d_transpose %82 (models/vgg_block.ts:8:39)
//   #54 p52 [78,79,87] 18432x1x1 conv2d_backprop_filter %83 (models/vgg_block.ts:8:39)
//   #55 p53 [76,85,79] 2048x1x1 max_pool2d_grad %84 (models/vgg_block.ts:9:10)
//   #56 p54 [79,77,76] 2048x1x1 mul %87 (models/vgg_block.ts:8:39)
//   #57 p55 [26,93] 1x1x1 mul %110
//   #58 p56 [76,21,93,5,58,59] 32x1x1 reduce_sum %88 + mul %109 + sub %111 + add %112 (models/vgg_block.ts:8:39)
//   #59 p57 [76,4,77] 2048x1x1 conv2d_transpose %89 (models/vgg_block.ts:8:39)
//   #60 p58 [74,76,83] 9216x1x1 conv2d_backprop_filter %90 (models/vgg_block.ts:8:39)
//   #61 p59 [77,75,74] 2048x1x1 mul %93 (models/vgg_block.ts:8:39)
//   #62 p60 [24,93] 1x1x1 mul %102
//   #63 p61 [74,21,93,3,60,61] 32x1x1 reduce_sum %94 + mul %101 + sub %103 + add %104 (models/vgg_block.ts:8:39)
//   #64 p62 [0,74,88] 864x1x1 conv2d_backprop_filter %95 (models/vgg_block.ts:8:39)
//   #65 p63 [21,88,92] 14x1x1 mul %96
//   #66 p64 [23,92,2,62,63] 14x1x1 mul %98 + sub %99 + add %100
//   #67 p65 [21,83,78] 144x1x1 mul %105
//   #68 p66 [25,78,4,64,65] 144x1x1 mul %106 + sub %107 + add %108
//   #69 p67 [21,87,78] 288x1x1 mul %113
//   #70 p68 [27,78,6,66,67] 288x1x1 mul %114 + sub %115 + add %116
//   #71 p69 [21,84,80] 576x1x1 mul %121
//   #72 p70 [29,80,8,68,69] 576x1x1 mul %122 + sub %123 + add %124
//   #73 p71 [21,86,74] 1152x1x1 mul %129
//   #74 p72 [31,74,10,70,71] 1152x1x1 mul %130 + sub %131 + add %132
//   #75 p73 [21,90,74] 2304x1x1 mul %137
//   #76 p74 [33,74,12,72,73] 2304x1x1 mul %138 + sub %139 + add %140

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 + greater %91 + cast %92 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
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
  let x3 = in2[c1];
  let v20 = (acc + x3);
  let v21 = max(v20, 0.0);
  let v126 = (v20 > 0.0);
  let v127 = select(f32(0), f32(1), v126);
  out0[i] = v21;
  out1[i] = v127;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  dlc_mid(i, dlc_conv((i / 32768u), ((i / 1024u) % 32u), ((i / 32u) % 32u), (i % 32u)));
}

// ---- pipeline 1 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %3 + add %4 + relu %5 + greater %85 + cast %86 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u;
      let wb = (kh * 3u + kw) * 1024u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x5 = in2[c1];
  let v23 = (acc + x5);
  let v24 = max(v23, 0.0);
  let v119 = (v23 > 0.0);
  let v120 = select(f32(0), f32(1), v119);
  out0[i] = v24;
  out1[i] = v120;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  dlc_mid(i, dlc_conv((i / 32768u), ((i / 1024u) % 32u), ((i / 32u) % 32u), (i % 32u)));
}

// ---- pipeline 2 (read, read_write)
// dlc kernel: max_pool2d %6 (models/vgg_block.ts:9:10)
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
  out[i] = x[dlc_pool_argmax((i / 8192u), ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u))];
}

// ---- pipeline 3 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %7 + add %8 + relu %9 + greater %78 + cast %79 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u;
      let wb = (kh * 3u + kw) * 2048u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x7 = in2[c1];
  let v27 = (acc + x7);
  let v28 = max(v27, 0.0);
  let v111 = (v27 > 0.0);
  let v112 = select(f32(0), f32(1), v111);
  out0[i] = v28;
  out1[i] = v112;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i, dlc_conv((i / 16384u), ((i / 1024u) % 16u), ((i / 64u) % 16u), (i % 64u)));
}

// ---- pipeline 4 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %10 + add %11 + relu %12 + greater %72 + cast %73 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u;
      let wb = (kh * 3u + kw) * 4096u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x9 = in2[c1];
  let v30 = (acc + x9);
  let v31 = max(v30, 0.0);
  let v104 = (v30 > 0.0);
  let v105 = select(f32(0), f32(1), v104);
  out0[i] = v31;
  out1[i] = v105;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i, dlc_conv((i / 16384u), ((i / 1024u) % 16u), ((i / 64u) % 16u), (i % 64u)));
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: max_pool2d %13 (models/vgg_block.ts:9:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
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
  out[i] = x[dlc_pool_argmax((i / 4096u), ((i / 512u) % 8u), ((i / 64u) % 8u), (i % 64u))];
}

// ---- pipeline 6 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %14 + add %15 + relu %16 + greater %65 + cast %66 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      let xb = ((n * 8u + u32(ih)) * 8u + u32(iw)) * 64u;
      let wb = (kh * 3u + kw) * 8192u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 128u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x11 = in2[c1];
  let v34 = (acc + x11);
  let v35 = max(v34, 0.0);
  let v96 = (v34 > 0.0);
  let v97 = select(f32(0), f32(1), v96);
  out0[i] = v35;
  out1[i] = v97;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv((i / 8192u), ((i / 1024u) % 8u), ((i / 128u) % 8u), (i % 128u)));
}

// ---- pipeline 7 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %17 + add %18 + relu %19 + greater %59 + cast %60 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      let xb = ((n * 8u + u32(ih)) * 8u + u32(iw)) * 128u;
      let wb = (kh * 3u + kw) * 16384u + co;
      for (var c = 0u; c < 128u; c++) { acc = fma(in0[xb + c], in1[wb + c * 128u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x13 = in2[c1];
  let v37 = (acc + x13);
  let v38 = max(v37, 0.0);
  let v89 = (v37 > 0.0);
  let v90 = select(f32(0), f32(1), v89);
  out0[i] = v38;
  out1[i] = v90;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv((i / 8192u), ((i / 1024u) % 8u), ((i / 128u) % 8u), (i % 128u)));
}

// ---- pipeline 8 (read, read_write)
// dlc kernel: max_pool2d %20 (models/vgg_block.ts:9:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      let off = ((n * 8u + u32(ih)) * 8u + u32(iw)) * 128u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  out[i] = x[dlc_pool_argmax((i / 2048u), ((i / 512u) % 4u), ((i / 128u) % 4u), (i % 128u))];
}

// ---- pipeline 9 (read, read, read, read_write, read_write)
// dlc kernel: matmul %22 + add %23 + relu %24 + greater %51 + cast %52 (models/vgg_block.ts:18:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x15 = in2[c1];
  let v42 = (acc + x15);
  let v43 = max(v42, 0.0);
  let v80 = (v42 > 0.0);
  let v81 = select(f32(0), f32(1), v80);
  out0[i] = v43;
  out1[i] = v81;
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
  let yo = bi * 512u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 2048u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 2048u) { v = in0[ao + gr * 2048u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 2048u) { v = in1[bo + gr + gk * 128u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 10 (read, read, read_write)
// dlc kernel: dropout %25 (models/vgg_block.ts:18:9), dropout %49 (models/vgg_block.ts:18:9)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> step: array<u32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_rng_mix(h: u32, k: u32) -> u32 {
  var m = k * 3432918353u;
  m = ((m << 15u) | (m >> 17u)) * 461845907u;
  let x = h ^ m;
  return ((x << 13u) | (x >> 19u)) * 5u + 3864292196u;
}
fn dlc_rng_fmix(h0: u32) -> u32 {
  var h = h0;
  h ^= h >> 16u;
  h *= 2246822507u;
  h ^= h >> 13u;
  h *= 3266489909u;
  h ^= h >> 16u;
  return h;
}
fn dlc_rng_hash(seed: u32, step: u32, index: u32) -> u32 {
  return dlc_rng_fmix(dlc_rng_mix(dlc_rng_mix(seed, index), step) ^ 8u);
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  out[i] = select(0.0, x[i] * 2.0, dlc_rng_hash(351865049u, step[0], i) < 2147483648u);
}

// ---- pipeline 11 (read, read, read, read_write)
// dlc kernel: matmul %26 + add %27 (models/vgg_block.ts:19:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x18 = in2[c1];
  let v46 = (acc + x18);
  out0[i] = v46;
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
  let yo = bi * 40u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 128u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 128u) { v = in0[ao + gr * 128u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 128u) { v = in1[bo + gr + gk * 10u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 12 (read, read_write)
// dlc kernel: reduce_sum %41
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 10u;
  var acc = 0.0;
  for (var j = 0u; j < 10u; j++) { acc = acc + in0[base + ((j / 1u) % 10u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 13 (read, read, read, read_write)
// dlc kernel: softmax %28 + mul %42 + sub %43 + mul %45 (models/vgg_block.ts:19:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 10u);
  let x64 = in1[c0];
  let x1 = in2[i];
  let v65 = (acc * x64);
  let v66 = (v65 - x1);
  let v69 = (v66 * 0.25);
  out0[i] = v69;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
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

// ---- pipeline 14 (read, read, read_write)
// dlc kernel: categorical_cross_entropy %29
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> tgt: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_row_norm(base: u32) -> f32 {
  var m = pred[base];
  for (var k = 1u; k < 10u; k++) { m = max(m, pred[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 10u; k++) { s += exp(pred[base + k] - m); }
  return m + log(s);
}
fn dlc_log_q(v: f32, z: f32) -> f32 { return v - z; }
fn dlc_term(k: u32) -> f32 {
  let base = k * 10u;
  let z = dlc_row_norm(base);
  var loss = 0.0;
  for (var c = 0u; c < 10u; c++) { loss -= tgt[base + c] * dlc_log_q(pred[base + c], z); }
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

// ---- pipeline 15 (read, read, read_write)
// dlc kernel: mul %31 + add %32
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x48 = in0[i];
  let x51 = in1[i];
  let v50 = (x48 * 4.0);
  let v52 = (x51 + v50);
  out0[i] = v52;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 16 (read, read_write)
// dlc kernel: argmax %33, argmax %34
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<i32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = i * 10u;
  var best = x[base];
  var arg = 0u;
  for (var k = 1u; k < 10u; k++) {
    let v = x[base + k];
    if (v > best) { best = v; arg = k; }
  }
  out[i] = i32(arg);
}

// ---- pipeline 17 (read, read, read_write)
// dlc kernel: equal %35 + cast %36
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x53 = in0[i];
  let x54 = in1[i];
  let v55 = (x53 == x54);
  let v56 = select(f32(0), f32(1), v55);
  out0[i] = v56;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  dlc_mid(i);
}

// ---- pipeline 18 (read, read_write)
// dlc kernel: reduce_sum %38
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

// ---- pipeline 19 (read, read, read_write)
// dlc kernel: reduce_sum %39 + add %40
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x60 = in1[i];
  let v61 = (x60 + acc);
  out0[i] = v61;
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

// ---- pipeline 20 (read, read_write)
// dlc kernel: mul %158
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x226 = in0[i];
  let v227 = (0.9 * x226);
  out0[i] = v227;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  dlc_mid(i);
}

// ---- pipeline 21 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %46 + mul %157 + sub %159 + add %160 (models/vgg_block.ts:19:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x132 = in1[0u];
  let x227 = in2[i];
  let x18 = in3[i];
  let v224 = (x132 * acc);
  let v228 = (x227 - v224);
  let v229 = (x18 + v228);
  out0[i] = v228;
  out1[i] = v229;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let base = ((i / 1u) % 10u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 10u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 22 (read, read, read_write)
// dlc kernel: matmul %47 (models/vgg_block.ts:19:12)
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
  if (g >= 8u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 8u) * 16u;
  let row0 = ((g / 8u) % 1u) * 16u;
  let bi = g / 8u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 512u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 10u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 10u) { v = in0[ao + gr * 10u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 10u) { v = in1[bo + gr * 10u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 23 (read, read_write)
// dlc kernel: mul %154
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x220 = in0[i];
  let v221 = (0.9 * x220);
  out0[i] = v221;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1280u) { return; }
  dlc_mid(i);
}

// ---- pipeline 24 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %48 + mul %153 + sub %155 + add %156 (models/vgg_block.ts:19:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x132 = in2[0u];
  let x221 = in3[i];
  let x17 = in4[i];
  let v218 = (x132 * acc);
  let v222 = (x221 - v218);
  let v223 = (x17 + v222);
  out0[i] = v222;
  out1[i] = v223;
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
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 8u) * 16u;
  let bi = g / 8u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1280u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 4u) { v = in0[ao + gr + gk * 128u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 4u) { v = in1[bo + gr + gk * 10u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 128u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 25 (read, read, read_write)
// dlc kernel: mul %53 (models/vgg_block.ts:18:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x78 = in0[i];
  let x81 = in1[i];
  let v82 = (x78 * x81);
  out0[i] = v82;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: mul %150
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x214 = in0[i];
  let v215 = (0.9 * x214);
  out0[i] = v215;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}

// ---- pipeline 27 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %54 + mul %149 + sub %151 + add %152 (models/vgg_block.ts:18:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x132 = in1[0u];
  let x215 = in2[i];
  let x15 = in3[i];
  let v212 = (x132 * acc);
  let v216 = (x215 - v212);
  let v217 = (x15 + v216);
  out0[i] = v216;
  out1[i] = v217;
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

// ---- pipeline 28 (read, read, read_write)
// dlc kernel: matmul %55 (models/vgg_block.ts:18:22)
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
  if (g >= 128u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 128u) * 16u;
  let row0 = ((g / 128u) % 1u) * 16u;
  let bi = g / 128u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 8192u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 128u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 128u) { v = in0[ao + gr * 128u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 2048u && gk < 128u) { v = in1[bo + gr * 128u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 2048u) { dlc_mid(yo + r * 2048u + c, acc_0_0); } }
}

// ---- pipeline 29 (read, read_write)
// dlc kernel: mul %146
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x208 = in0[i];
  let v209 = (0.9 * x208);
  out0[i] = v209;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 262144u) { return; }
  dlc_mid(i);
}

// ---- pipeline 30 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %56 + mul %145 + sub %147 + add %148 (models/vgg_block.ts:18:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x132 = in2[0u];
  let x209 = in3[i];
  let x14 = in4[i];
  let v206 = (x132 * acc);
  let v210 = (x209 - v206);
  let v211 = (x14 + v210);
  out0[i] = v210;
  out1[i] = v211;
}
var<workgroup> As: array<f32, 528>;
var<workgroup> Bs: array<f32, 528>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 256u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 64u) * 32u;
  let bi = g / 256u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 262144u;
  var acc_0_0 = 0.0; var acc_0_1 = 0.0; var acc_1_0 = 0.0; var acc_1_1 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 256u;
      let r = e % 32u; let kk = e / 32u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 2048u && gk < 4u) { v = in0[ao + gr + gk * 2048u]; }
      As[kk * 33u + r] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 256u;
      let r = e % 32u; let kk = e / 32u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 4u) { v = in1[bo + gr + gk * 128u]; }
      Bs[kk * 33u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 33u + ty + 0u]; let a1 = As[kk * 33u + ty + 16u];
      let b0 = Bs[kk * 33u + tx + 0u]; let b1 = Bs[kk * 33u + tx + 16u];
      acc_0_0 = fma(a0, b0, acc_0_0); acc_0_1 = fma(a0, b1, acc_0_1); acc_1_0 = fma(a1, b0, acc_1_0); acc_1_1 = fma(a1, b1, acc_1_1);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 2048u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
  { let r = row0 + ty + 0u; let c = col0 + tx + 16u; if (r < 2048u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_1); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 0u; if (r < 2048u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_1_0); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 16u; if (r < 2048u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_1_1); } }
}

// ---- pipeline 31 (read, read, read_write)
// dlc kernel: max_pool2d_grad %58 (models/vgg_block.ts:9:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      let off = ((n * 8u + u32(ih)) * 8u + u32(iw)) * 128u + c;
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
  let n = (i / 8192u); let ih = ((i / 1024u) % 8u); let iw = ((i / 128u) % 8u); let c = (i % 128u);
  var acc = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh_t = i32(ih) - i32(kh); if (oh_t < 0 || oh_t % 2 != 0 || oh_t / 2 >= 4) { continue; } let oh = u32(oh_t / 2);
    for (var kw = 0u; kw < 2u; kw++) {
      let ow_t = i32(iw) - i32(kw); if (ow_t < 0 || ow_t % 2 != 0 || ow_t / 2 >= 4) { continue; } let ow = u32(ow_t / 2);
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * 4u + oh) * 4u + ow) * 128u + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 32 (read, read, read_write)
// dlc kernel: mul %61 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x87 = in0[i];
  let x90 = in1[i];
  let v91 = (x87 * x90);
  out0[i] = v91;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 33 (read, read_write)
// dlc kernel: mul %142
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x202 = in0[i];
  let v203 = (0.9 * x202);
  out0[i] = v203;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}

// ---- pipeline 34 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %62 + mul %141 + sub %143 + add %144 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x132 = in1[0u];
  let x203 = in2[i];
  let x13 = in3[i];
  let v200 = (x132 * acc);
  let v204 = (x203 - v200);
  let v205 = (x13 + v204);
  out0[i] = v204;
  out1[i] = v205;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 128u) { return; }
  let base = ((g / 1u) % 128u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 8192u + ((j / 8u) % 8u) * 1024u + ((j / 1u) % 8u) * 128u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 35 (read, read, read_write)
// dlc kernel: conv2d_transpose %63 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  let n = (i / 8192u); let yh = ((i / 1024u) % 8u); let yw = ((i / 128u) % 8u); let o = (i % 128u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 8u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 8u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 8u + h) * 8u + wi) * 128u;
      let wb = ((kh * 3u + kw) * 128u + o) * 128u;
      for (var c = 0u; c < 128u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 36 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %64 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  let g = wid.x + wid.y * 65535u;
  if (g >= 147456u) { return; }
  let kh = (g / 49152u); let kw = ((g / 16384u) % 3u); let c = ((g / 128u) % 128u); let o = (g % 128u);
  var acc = 0.0;
  for (var r = lane; r < 256u; r += 64u) {
    let n = (r / 64u); let oh = ((r / 8u) % 8u); let ow = (r % 8u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 8u && u32(iw) < 8u) {
      acc += x[((n * 8u + u32(ih)) * 8u + u32(iw)) * 128u + c] * dy[r * 128u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 37 (read, read, read_write)
// dlc kernel: mul %67 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x93 = in0[i];
  let x97 = in1[i];
  let v98 = (x93 * x97);
  out0[i] = v98;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 38 (read, read_write)
// dlc kernel: mul %134
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x190 = in0[i];
  let v191 = (0.9 * x190);
  out0[i] = v191;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}

// ---- pipeline 39 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %68 + mul %133 + sub %135 + add %136 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x132 = in1[0u];
  let x191 = in2[i];
  let x11 = in3[i];
  let v188 = (x132 * acc);
  let v192 = (x191 - v188);
  let v193 = (x11 + v192);
  out0[i] = v192;
  out1[i] = v193;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 128u) { return; }
  let base = ((g / 1u) % 128u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 8192u + ((j / 8u) % 8u) * 1024u + ((j / 1u) % 8u) * 128u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 40 (read, read, read_write)
// dlc kernel: conv2d_transpose %69 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  let n = (i / 4096u); let yh = ((i / 512u) % 8u); let yw = ((i / 64u) % 8u); let o = (i % 64u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 8u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 8u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 8u + h) * 8u + wi) * 128u;
      let wb = ((kh * 3u + kw) * 64u + o) * 128u;
      for (var c = 0u; c < 128u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 41 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %70 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  let g = wid.x + wid.y * 65535u;
  if (g >= 73728u) { return; }
  let kh = (g / 24576u); let kw = ((g / 8192u) % 3u); let c = ((g / 128u) % 64u); let o = (g % 128u);
  var acc = 0.0;
  for (var r = lane; r < 256u; r += 64u) {
    let n = (r / 64u); let oh = ((r / 8u) % 8u); let ow = (r % 8u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 8u && u32(iw) < 8u) {
      acc += x[((n * 8u + u32(ih)) * 8u + u32(iw)) * 64u + c] * dy[r * 128u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 42 (read, read, read_write)
// dlc kernel: max_pool2d_grad %71 (models/vgg_block.ts:9:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
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
  if (i >= 65536u) { return; }
  let n = (i / 16384u); let ih = ((i / 1024u) % 16u); let iw = ((i / 64u) % 16u); let c = (i % 64u);
  var acc = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh_t = i32(ih) - i32(kh); if (oh_t < 0 || oh_t % 2 != 0 || oh_t / 2 >= 8) { continue; } let oh = u32(oh_t / 2);
    for (var kw = 0u; kw < 2u; kw++) {
      let ow_t = i32(iw) - i32(kw); if (ow_t < 0 || ow_t % 2 != 0 || ow_t / 2 >= 8) { continue; } let ow = u32(ow_t / 2);
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * 8u + oh) * 8u + ow) * 64u + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 43 (read, read, read_write)
// dlc kernel: mul %74 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x102 = in0[i];
  let x105 = in1[i];
  let v106 = (x102 * x105);
  out0[i] = v106;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 44 (read, read_write)
// dlc kernel: mul %126
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x178 = in0[i];
  let v179 = (0.9 * x178);
  out0[i] = v179;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 45 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %75 + mul %125 + sub %127 + add %128 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x132 = in1[0u];
  let x179 = in2[i];
  let x9 = in3[i];
  let v176 = (x132 * acc);
  let v180 = (x179 - v176);
  let v181 = (x9 + v180);
  out0[i] = v180;
  out1[i] = v181;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 16384u + ((j / 16u) % 16u) * 1024u + ((j / 1u) % 16u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 46 (read, read, read_write)
// dlc kernel: conv2d_transpose %76 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  let n = (i / 16384u); let yh = ((i / 1024u) % 16u); let yw = ((i / 64u) % 16u); let o = (i % 64u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 16u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 16u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 16u + h) * 16u + wi) * 64u;
      let wb = ((kh * 3u + kw) * 64u + o) * 64u;
      for (var c = 0u; c < 64u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 47 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %77 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  if (g >= 36864u) { return; }
  let kh = (g / 12288u); let kw = ((g / 4096u) % 3u); let c = ((g / 64u) % 64u); let o = (g % 64u);
  var acc = 0.0;
  for (var r = lane; r < 1024u; r += 64u) {
    let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 16u && u32(iw) < 16u) {
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c] * dy[r * 64u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 48 (read, read, read_write)
// dlc kernel: mul %80 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x108 = in0[i];
  let x112 = in1[i];
  let v113 = (x108 * x112);
  out0[i] = v113;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 49 (read, read_write)
// dlc kernel: mul %118
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x166 = in0[i];
  let v167 = (0.9 * x166);
  out0[i] = v167;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 50 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %81 + mul %117 + sub %119 + add %120 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x132 = in1[0u];
  let x167 = in2[i];
  let x7 = in3[i];
  let v164 = (x132 * acc);
  let v168 = (x167 - v164);
  let v169 = (x7 + v168);
  out0[i] = v168;
  out1[i] = v169;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 16384u + ((j / 16u) % 16u) * 1024u + ((j / 1u) % 16u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 51 (read, read, read_write)
// dlc kernel: conv2d_transpose %82 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  let n = (i / 8192u); let yh = ((i / 512u) % 16u); let yw = ((i / 32u) % 16u); let o = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 16u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 16u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 16u + h) * 16u + wi) * 64u;
      let wb = ((kh * 3u + kw) * 32u + o) * 64u;
      for (var c = 0u; c < 64u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 52 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %83 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  if (g >= 18432u) { return; }
  let kh = (g / 6144u); let kw = ((g / 2048u) % 3u); let c = ((g / 64u) % 32u); let o = (g % 64u);
  var acc = 0.0;
  for (var r = lane; r < 1024u; r += 64u) {
    let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 16u && u32(iw) < 16u) {
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c] * dy[r * 64u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 53 (read, read, read_write)
// dlc kernel: max_pool2d_grad %84 (models/vgg_block.ts:9:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
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
  if (i >= 131072u) { return; }
  let n = (i / 32768u); let ih = ((i / 1024u) % 32u); let iw = ((i / 32u) % 32u); let c = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh_t = i32(ih) - i32(kh); if (oh_t < 0 || oh_t % 2 != 0 || oh_t / 2 >= 16) { continue; } let oh = u32(oh_t / 2);
    for (var kw = 0u; kw < 2u; kw++) {
      let ow_t = i32(iw) - i32(kw); if (ow_t < 0 || ow_t % 2 != 0 || ow_t / 2 >= 16) { continue; } let ow = u32(ow_t / 2);
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * 16u + oh) * 16u + ow) * 32u + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 54 (read, read, read_write)
// dlc kernel: mul %87 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x117 = in0[i];
  let x120 = in1[i];
  let v121 = (x117 * x120);
  out0[i] = v121;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  dlc_mid(i);
}

// ---- pipeline 55 (read, read_write)
// dlc kernel: mul %110
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x154 = in0[i];
  let v155 = (0.9 * x154);
  out0[i] = v155;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 56 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %88 + mul %109 + sub %111 + add %112 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x132 = in1[0u];
  let x155 = in2[i];
  let x5 = in3[i];
  let v152 = (x132 * acc);
  let v156 = (x155 - v152);
  let v157 = (x5 + v156);
  out0[i] = v156;
  out1[i] = v157;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 32768u + ((j / 32u) % 32u) * 1024u + ((j / 1u) % 32u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 57 (read, read, read_write)
// dlc kernel: conv2d_transpose %89 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  let n = (i / 32768u); let yh = ((i / 1024u) % 32u); let yw = ((i / 32u) % 32u); let o = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 32u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 32u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 32u + h) * 32u + wi) * 32u;
      let wb = ((kh * 3u + kw) * 32u + o) * 32u;
      for (var c = 0u; c < 32u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 58 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %90 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  if (g >= 9216u) { return; }
  let kh = (g / 3072u); let kw = ((g / 1024u) % 3u); let c = ((g / 32u) % 32u); let o = (g % 32u);
  var acc = 0.0;
  for (var r = lane; r < 4096u; r += 64u) {
    let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c] * dy[r * 32u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 59 (read, read, read_write)
// dlc kernel: mul %93 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x123 = in0[i];
  let x127 = in1[i];
  let v128 = (x123 * x127);
  out0[i] = v128;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  dlc_mid(i);
}

// ---- pipeline 60 (read, read_write)
// dlc kernel: mul %102
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x142 = in0[i];
  let v143 = (0.9 * x142);
  out0[i] = v143;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 61 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %94 + mul %101 + sub %103 + add %104 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x132 = in1[0u];
  let x143 = in2[i];
  let x3 = in3[i];
  let v140 = (x132 * acc);
  let v144 = (x143 - v140);
  let v145 = (x3 + v144);
  out0[i] = v144;
  out1[i] = v145;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 32768u + ((j / 32u) % 32u) * 1024u + ((j / 1u) % 32u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 62 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %95 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  if (g >= 864u) { return; }
  let kh = (g / 288u); let kw = ((g / 96u) % 3u); let c = ((g / 32u) % 3u); let o = (g % 32u);
  var acc = 0.0;
  for (var r = lane; r < 4096u; r += 64u) {
    let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 3u + c] * dy[r * 32u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 63 (read, read, read_write)
// dlc kernel: mul %96
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x132 = in0[0u];
  let x131 = in1[i];
  let v134 = (x132 * x131);
  out0[i] = v134;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 64 (read, read, read, read_write, read_write)
// dlc kernel: mul %98 + sub %99 + add %100
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x136 = in0[i];
  let x134 = in1[i];
  let x2 = in2[i];
  let v137 = (0.9 * x136);
  let v138 = (v137 - x134);
  let v139 = (x2 + v138);
  out0[i] = v138;
  out1[i] = v139;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 65 (read, read, read_write)
// dlc kernel: mul %105
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x132 = in0[0u];
  let x124 = in1[i];
  let v146 = (x132 * x124);
  out0[i] = v146;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 9216u) { return; }
  dlc_mid(i);
}

// ---- pipeline 66 (read, read, read, read_write, read_write)
// dlc kernel: mul %106 + sub %107 + add %108
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x148 = in0[i];
  let x146 = in1[i];
  let x4 = in2[i];
  let v149 = (0.9 * x148);
  let v150 = (v149 - x146);
  let v151 = (x4 + v150);
  out0[i] = v150;
  out1[i] = v151;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 9216u) { return; }
  dlc_mid(i);
}

// ---- pipeline 67 (read, read, read_write)
// dlc kernel: mul %113
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x132 = in0[0u];
  let x116 = in1[i];
  let v158 = (x132 * x116);
  out0[i] = v158;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 68 (read, read, read, read_write, read_write)
// dlc kernel: mul %114 + sub %115 + add %116
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x160 = in0[i];
  let x158 = in1[i];
  let x6 = in2[i];
  let v161 = (0.9 * x160);
  let v162 = (v161 - x158);
  let v163 = (x6 + v162);
  out0[i] = v162;
  out1[i] = v163;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 69 (read, read, read_write)
// dlc kernel: mul %121
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x132 = in0[0u];
  let x109 = in1[i];
  let v170 = (x132 * x109);
  out0[i] = v170;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 36864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 70 (read, read, read, read_write, read_write)
// dlc kernel: mul %122 + sub %123 + add %124
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x172 = in0[i];
  let x170 = in1[i];
  let x8 = in2[i];
  let v173 = (0.9 * x172);
  let v174 = (v173 - x170);
  let v175 = (x8 + v174);
  out0[i] = v174;
  out1[i] = v175;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 36864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 71 (read, read, read_write)
// dlc kernel: mul %129
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x132 = in0[0u];
  let x101 = in1[i];
  let v182 = (x132 * x101);
  out0[i] = v182;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 73728u) { return; }
  dlc_mid(i);
}

// ---- pipeline 72 (read, read, read, read_write, read_write)
// dlc kernel: mul %130 + sub %131 + add %132
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x184 = in0[i];
  let x182 = in1[i];
  let x10 = in2[i];
  let v185 = (0.9 * x184);
  let v186 = (v185 - x182);
  let v187 = (x10 + v186);
  out0[i] = v186;
  out1[i] = v187;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 73728u) { return; }
  dlc_mid(i);
}

// ---- pipeline 73 (read, read, read_write)
// dlc kernel: mul %137
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x132 = in0[0u];
  let x94 = in1[i];
  let v194 = (x132 * x94);
  out0[i] = v194;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 147456u) { return; }
  dlc_mid(i);
}

// ---- pipeline 74 (read, read, read, read_write, read_write)
// dlc kernel: mul %138 + sub %139 + add %140
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x196 = in0[i];
  let x194 = in1[i];
  let x12 = in2[i];
  let v197 = (0.9 * x196);
  let v198 = (v197 - x194);
  let v199 = (x12 + v198);
  out0[i] = v198;
  out1[i] = v199;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 147456u) { return; }
  dlc_mid(i);
}
