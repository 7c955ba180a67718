// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [1,0,11] 2x1x1 gather %0 (models/bidirectional_lstm.ts:12:22)
//   #1 p1 [11,2,4,12] 3x1x1 matmul %2 + add %3 (models/bidirectional_lstm.ts:13:15)
//   #2 p2 [12,13] 2x1x1 slice %5 (models/bidirectional_lstm.ts:13:15)
//   #3 p3 [13,14] 1x1x1 slice %7 (models/bidirectional_lstm.ts:13:15)
//   #4 p4 [13,15] 1x1x1 slice %9 (models/bidirectional_lstm.ts:13:15)
//   #5 p5 [13,16] 1x1x1 slice %11 (models/bidirectional_lstm.ts:13:15)
//   #6 p6 [14,15,16,13,17] 1x1x1 sigmoid %8 + tanh %10 + sigmoid %12 + mul %13 + tanh %14 + mul %15 (models/bidirectional_lstm.ts:13:15)
//   #7 p7 [12,14] 2x1x1 slice %17 (models/bidirectional_lstm.ts:13:15)
//   #8 p8 [17,3,14,15] 3x1x1 matmul %19 + add %20 (models/bidirectional_lstm.ts:13:15)
//   #9 p3 [15,16] 1x1x1 slice %21 (models/bidirectional_lstm.ts:13:15)
//   #10 p4 [15,14] 1x1x1 slice %23 (models/bidirectional_lstm.ts:13:15)
//   #11 p5 [15,18] 1x1x1 slice %25 (models/bidirectional_lstm.ts:13:15)
//   #12 p9 [15,19] 1x1x1 slice %28 (models/bidirectional_lstm.ts:13:15)
//   #13 p10 [16,14,18,19,13,15,20] 1x1x1 sigmoid %22 + tanh %24 + sigmoid %26 + mul %27 + sigmoid %29 + mul %30 + add %31 + tanh %32 + mul %33 (models/bidirectional_lstm.ts:13:15)
//   #14 p11 [12,13] 2x1x1 slice %35 (models/bidirectional_lstm.ts:13:15)
//   #15 p8 [20,3,13,14] 3x1x1 matmul %37 + add %38 (models/bidirectional_lstm.ts:13:15)
//   #16 p3 [14,16] 1x1x1 slice %39 (models/bidirectional_lstm.ts:13:15)
//   #17 p4 [14,18] 1x1x1 slice %41 (models/bidirectional_lstm.ts:13:15)
//   #18 p5 [14,19] 1x1x1 slice %43 (models/bidirectional_lstm.ts:13:15)
//   #19 p9 [14,13] 1x1x1 slice %46 (models/bidirectional_lstm.ts:13:15)
//   #20 p10 [16,18,19,13,15,14,21] 1x1x1 sigmoid %40 + tanh %42 + sigmoid %44 + mul %45 + sigmoid %47 + mul %48 + add %49 + tanh %50 + mul %51 (models/bidirectional_lstm.ts:13:15)
//   #21 p12 [12,13] 2x1x1 slice %53 (models/bidirectional_lstm.ts:13:15)
//   #22 p8 [21,3,13,15] 3x1x1 matmul %55 + add %56 (models/bidirectional_lstm.ts:13:15)
//   #23 p3 [15,16] 1x1x1 slice %57 (models/bidirectional_lstm.ts:13:15)
//   #24 p4 [15,18] 1x1x1 slice %59 (models/bidirectional_lstm.ts:13:15)
//   #25 p5 [15,19] 1x1x1 slice %61 (models/bidirectional_lstm.ts:13:15)
//   #26 p9 [15,13] 1x1x1 slice %64 (models/bidirectional_lstm.ts:13:15)
//   #27 p10 [16,18,19,13,14,15,22] 1x1x1 sigmoid %58 + tanh %60 + sigmoid %62 + mul %63 + sigmoid %65 + mul %66 + add %67 + tanh %68 + mul %69 (models/bidirectional_lstm.ts:13:15)
//   #28 p13 [12,13] 2x1x1 slice %71 (models/bidirectional_lstm.ts:13:15)
//   #29 p8 [22,3,13,14] 3x1x1 matmul %73 + add %74 (models/bidirectional_lstm.ts:13:15)
//   #30 p3 [14,16] 1x1x1 slice %75 (models/bidirectional_lstm.ts:13:15)
//   #31 p4 [14,18] 1x1x1 slice %77 (models/bidirectional_lstm.ts:13:15)
//   #32 p5 [14,19] 1x1x1 slice %79 (models/bidirectional_lstm.ts:13:15)
//   #33 p9 [14,13] 1x1x1 slice %82 (models/bidirectional_lstm.ts:13:15)
//   #34 p10 [16,18,19,13,15,14,23] 1x1x1 sigmoid %76 + tanh %78 + sigmoid %80 + mul %81 + sigmoid %83 + mul %84 + add %85 + tanh %86 + mul %87 (models/bidirectional_lstm.ts:13:15)
//   #35 p14 [12,13] 2x1x1 slice %89 (models/bidirectional_lstm.ts:13:15)
//   #36 p8 [23,3,13,15] 3x1x1 matmul %91 + add %92 (models/bidirectional_lstm.ts:13:15)
//   #37 p3 [15,16] 1x1x1 slice %93 (models/bidirectional_lstm.ts:13:15)
//   #38 p4 [15,18] 1x1x1 slice %95 (models/bidirectional_lstm.ts:13:15)
//   #39 p5 [15,19] 1x1x1 slice %97 (models/bidirectional_lstm.ts:13:15)
//   #40 p9 [15,13] 1x1x1 slice %100 (models/bidirectional_lstm.ts:13:15)
//   #41 p15 [16,18,19,13,14,15] 1x1x1 sigmoid %94 + tanh %96 + sigmoid %98 + mul %99 + sigmoid %101 + mul %102 + add %103 + tanh %104 + mul %105 (models/bidirectional_lstm.ts:13:15)
//   #42 p16 [17,20,21,22,23,15,12] 3x1x1 concat %107 (models/bidirectional_lstm.ts:13:15)
//   #43 p1 [11,5,7,13] 3x1x1 matmul %108 + add %109 (models/bidirectional_lstm.ts:13:15)
//   #44 p14 [13,11] 2x1x1 slice %111 (models/bidirectional_lstm.ts:13:15)
//   #45 p3 [11,16] 1x1x1 slice %113 (models/bidirectional_lstm.ts:13:15)
//   #46 p4 [11,17] 1x1x1 slice %115 (models/bidirectional_lstm.ts:13:15)
//   #47 p5 [11,18] 1x1x1 slice %117 (models/bidirectional_lstm.ts:13:15)
//   #48 p6 [16,17,18,19,20] 1x1x1 sigmoid %114 + tanh %116 + sigmoid %118 + mul %119 + tanh %120 + mul %121 (models/bidirectional_lstm.ts:13:15)
//   #49 p13 [13,11] 2x1x1 slice %123 (models/bidirectional_lstm.ts:13:15)
//   #50 p8 [20,6,11,14] 3x1x1 matmul %125 + add %126 (models/bidirectional_lstm.ts:13:15)
//   #51 p3 [14,16] 1x1x1 slice %127 (models/bidirectional_lstm.ts:13:15)
//   #52 p4 [14,17] 1x1x1 slice %129 (models/bidirectional_lstm.ts:13:15)
//   #53 p5 [14,18] 1x1x1 slice %131 (models/bidirectional_lstm.ts:13:15)
//   #54 p9 [14,21] 1x1x1 slice %134 (models/bidirectional_lstm.ts:13:15)
//   #55 p10 [16,17,18,21,19,22,23] 1x1x1 sigmoid %128 + tanh %130 + sigmoid %132 + mul %133 + sigmoid %135 + mul %136 + add %137 + tanh %138 + mul %139 (models/bidirectional_lstm.ts:13:15)
//   #56 p12 [13,11] 2x1x1 slice %141 (models/bidirectional_lstm.ts:13:15)
//   #57 p8 [23,6,11,14] 3x1x1 matmul %143 + add %144 (models/bidirectional_lstm.ts:13:15)
//   #58 p3 [14,16] 1x1x1 slice %145 (models/bidirectional_lstm.ts:13:15)
//   #59 p4 [14,17] 1x1x1 slice %147 (models/bidirectional_lstm.ts:13:15)
//   #60 p5 [14,18] 1x1x1 slice %149 (models/bidirectional_lstm.ts:13:15)
//   #61 p9 [14,19] 1x1x1 slice %152 (models/bidirectional_lstm.ts:13:15)
//   #62 p10 [16,17,18,19,22,21,11] 1x1x1 sigmoid %146 + tanh %148 + sigmoid %150 + mul %151 + sigmoid %153 + mul %154 + add %155 + tanh %156 + mul %157 (models/bidirectional_lstm.ts:13:15)
//   #63 p11 [13,14] 2x1x1 slice %159 (models/bidirectional_lstm.ts:13:15)
//   #64 p8 [11,6,14,15] 3x1x1 matmul %161 + add %162 (models/bidirectional_lstm.ts:13:15)
//   #65 p3 [15,16] 1x1x1 slice %163 (models/bidirectional_lstm.ts:13:15)
//   #66 p4 [15,17] 1x1x1 slice %165 (models/bidirectional_lstm.ts:13:15)
//   #67 p5 [15,18] 1x1x1 slice %167 (models/bidirectional_lstm.ts:13:15)
//   #68 p9 [15,19] 1x1x1 slice %170 (models/bidirectional_lstm.ts:13:15)
//   #69 p10 [16,17,18,19,21,22,14] 1x1x1 sigmoid %164 + tanh %166 + sigmoid %168 + mul %169 + sigmoid %171 + mul %172 + add %173 + tanh %174 + mul %175 (models/bidirectional_lstm.ts:13:15)
//   #70 p7 [13,15] 2x1x1 slice %177 (models/bidirectional_lstm.ts:13:15)
//   #71 p8 [14,6,15,16] 3x1x1 matmul %179 + add %180 (models/bidirectional_lstm.ts:13:15)
//   #72 p3 [16,17] 1x1x1 slice %181 (models/bidirectional_lstm.ts:13:15)
//   #73 p4 [16,18] 1x1x1 slice %183 (models/bidirectional_lstm.ts:13:15)
//   #74 p5 [16,19] 1x1x1 slice %185 (models/bidirectional_lstm.ts:13:15)
//   #75 p9 [16,21] 1x1x1 slice %188 (models/bidirectional_lstm.ts:13:15)
//   #76 p10 [17,18,19,21,22,15,16] 1x1x1 sigmoid %182 + tanh %184 + sigmoid %186 + mul %187 + sigmoid %189 + mul %190 + add %191 + tanh %192 + mul %193 (models/bidirectional_lstm.ts:13:15)
//   #77 p2 [13,17] 2x1x1 slice %195 (models/bidirectional_lstm.ts:13:15)
//   #78 p8 [16,6,17,13] 3x1x1 matmul %197 + add %198 (models/bidirectional_lstm.ts:13:15)
//   #79 p3 [13,18] 1x1x1 slice %199 (models/bidirectional_lstm.ts:13:15)
//   #80 p4 [13,19] 1x1x1 slice %201 (models/bidirectional_lstm.ts:13:15)
//   #81 p5 [13,21] 1x1x1 slice %203 (models/bidirectional_lstm.ts:13:15)
//   #82 p9 [13,22] 1x1x1 slice %206 (models/bidirectional_lstm.ts:13:15)
//   #83 p15 [18,19,21,22,15,17] 1x1x1 sigmoid %200 + tanh %202 + sigmoid %204 + mul %205 + sigmoid %207 + mul %208 + add %209 + tanh %210 + mul %211 (models/bidirectional_lstm.ts:13:15)
//   #84 p16 [17,16,14,11,23,20,13] 3x1x1 concat %213 (models/bidirectional_lstm.ts:13:15)
//   #85 p17 [12,13,11] 5x1x1 concat %214 (models/bidirectional_lstm.ts:13:15)
//   #86 p18 [11,8,9,14] 6x1x1 matmul %216 + add %217 + softmax %218 (models/bidirectional_lstm.ts:14:12)
//   #87 p19 [14,10] 1x1x1 reshape %219 (models/bidirectional_lstm.ts:14:12)

// ---- pipeline 0 (read, read, read_write)
// dlc kernel: gather %0 (models/bidirectional_lstm.ts:12:22)
@group(0) @binding(0) var<storage, read> table: array<f32>;
@group(0) @binding(1) var<storage, read> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 96u) { return; }
  let r = i % 16u;
  let q = (i / 16u) % 6u;
  let p = i / 96u;
  let k = indices[q];
  if (k >= 0i && k < 8i) { out[i] = table[(p * 8u + u32(k)) * 16u + r]; } else { out[i] = 0.0; }
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: matmul %2 + add %3 (models/bidirectional_lstm.ts:13:15), matmul %108 + add %109 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 96u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 96u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 3u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 3u) * 32u;
  let row0 = ((g / 3u) % 1u) * 32u;
  let bi = g / 3u;
  let yo = bi * 576u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 6u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
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
  { let r = row0 + ty * 4u + 0u; if (r < 6u) { dlc_mid(yo + r * 96u + c0 + 0u, acc0.x); dlc_mid(yo + r * 96u + c0 + 1u, acc0.y); dlc_mid(yo + r * 96u + c0 + 2u, acc0.z); dlc_mid(yo + r * 96u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 6u) { dlc_mid(yo + r * 96u + c0 + 0u, acc1.x); dlc_mid(yo + r * 96u + c0 + 1u, acc1.y); dlc_mid(yo + r * 96u + c0 + 2u, acc1.z); dlc_mid(yo + r * 96u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 6u) { dlc_mid(yo + r * 96u + c0 + 0u, acc2.x); dlc_mid(yo + r * 96u + c0 + 1u, acc2.y); dlc_mid(yo + r * 96u + c0 + 2u, acc2.z); dlc_mid(yo + r * 96u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 6u) { dlc_mid(yo + r * 96u + c0 + 0u, acc3.x); dlc_mid(yo + r * 96u + c0 + 1u, acc3.y); dlc_mid(yo + r * 96u + c0 + 2u, acc3.z); dlc_mid(yo + r * 96u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 2 (read, read_write)
// dlc kernel: slice %5 (models/bidirectional_lstm.ts:13:15), slice %195 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 96u) { return; }
  out[i] = x[(i % 96u)];
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: slice %7 (models/bidirectional_lstm.ts:13:15), slice %21 (models/bidirectional_lstm.ts:13:15), slice %39 (models/bidirectional_lstm.ts:13:15) (+9 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24u) { return; }
  out[i] = x[(i % 24u)];
}

// ---- pipeline 4 (read, read_write)
// dlc kernel: slice %9 (models/bidirectional_lstm.ts:13:15), slice %23 (models/bidirectional_lstm.ts:13:15), slice %41 (models/bidirectional_lstm.ts:13:15) (+9 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24u) { return; }
  out[i] = x[(i % 24u) + 48u];
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: slice %11 (models/bidirectional_lstm.ts:13:15), slice %25 (models/bidirectional_lstm.ts:13:15), slice %43 (models/bidirectional_lstm.ts:13:15) (+9 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24u) { return; }
  out[i] = x[(i % 24u) + 72u];
}

// ---- pipeline 6 (read, read, read, read_write, read_write)
// dlc kernel: sigmoid %8 + tanh %10 + sigmoid %12 + mul %13 + tanh %14 + mul %15 (models/bidirectional_lstm.ts:13:15), sigmoid %114 + tanh %116 + sigmoid %118 + mul %119 + tanh %120 + mul %121 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
fn dlc_tanh(x: f32) -> f32 {
  let a = abs(x);
  if (a < 0.25) {
    let x2 = x * x;
    return x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * (-0.053968254 + x2 * 0.021869488))));
  }
  let z = exp(-2.0 * a);
  return sign(x) * ((1.0 - z) / (1.0 + z));
}
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = in2[i];
  let v0 = dlc_sigmoid(x0);
  let v1 = dlc_tanh(x1);
  let v2 = dlc_sigmoid(x2);
  let v3 = (v0 * v1);
  let v4 = dlc_tanh(v3);
  let v5 = (v2 * v4);
  out0[i] = v3;
  out1[i] = v5;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24u) { return; }
  dlc_mid(i);
}

// ---- pipeline 7 (read, read_write)
// dlc kernel: slice %17 (models/bidirectional_lstm.ts:13:15), slice %177 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 96u) { return; }
  out[i] = x[(i % 96u) + 96u];
}

// ---- pipeline 8 (read, read, read, read_write)
// dlc kernel: matmul %19 + add %20 (models/bidirectional_lstm.ts:13:15), matmul %37 + add %38 (models/bidirectional_lstm.ts:13:15), matmul %55 + add %56 (models/bidirectional_lstm.ts:13:15) (+7 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (x0 + acc);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 24u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 96u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 3u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 3u) * 32u;
  let row0 = ((g / 3u) % 1u) * 32u;
  let bi = g / 3u;
  let yo = bi * 96u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 24u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 1u && k0 + kk < 24u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 96u && k0 + kk < 24u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 1u) { dlc_mid(yo + r * 96u + c0 + 0u, acc0.x); dlc_mid(yo + r * 96u + c0 + 1u, acc0.y); dlc_mid(yo + r * 96u + c0 + 2u, acc0.z); dlc_mid(yo + r * 96u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 1u) { dlc_mid(yo + r * 96u + c0 + 0u, acc1.x); dlc_mid(yo + r * 96u + c0 + 1u, acc1.y); dlc_mid(yo + r * 96u + c0 + 2u, acc1.z); dlc_mid(yo + r * 96u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 1u) { dlc_mid(yo + r * 96u + c0 + 0u, acc2.x); dlc_mid(yo + r * 96u + c0 + 1u, acc2.y); dlc_mid(yo + r * 96u + c0 + 2u, acc2.z); dlc_mid(yo + r * 96u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 1u) { dlc_mid(yo + r * 96u + c0 + 0u, acc3.x); dlc_mid(yo + r * 96u + c0 + 1u, acc3.y); dlc_mid(yo + r * 96u + c0 + 2u, acc3.z); dlc_mid(yo + r * 96u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 9 (read, read_write)
// dlc kernel: slice %28 (models/bidirectional_lstm.ts:13:15), slice %46 (models/bidirectional_lstm.ts:13:15), slice %64 (models/bidirectional_lstm.ts:13:15) (+7 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24u) { return; }
  out[i] = x[(i % 24u) + 24u];
}

// ---- pipeline 10 (read, read, read, read, read, read_write, read_write)
// dlc kernel: sigmoid %22 + tanh %24 + sigmoid %26 + mul %27 + sigmoid %29 + mul %30 + add %31 + tanh %32 + mul %33 (models/bidirectional_lstm.ts:13:15), sigmoid %40 + tanh %42 + sigmoid %44 + mul %45 + sigmoid %47 + mul %48 + add %49 + tanh %50 + mul %51 (models/bidirectional_lstm.ts:13:15), sigmoid %58 + tanh %60 + sigmoid %62 + mul %63 + sigmoid %65 + mul %66 + add %67 + tanh %68 + mul %69 (models/bidirectional_lstm.ts:13:15) (+5 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
fn dlc_tanh(x: f32) -> f32 {
  let a = abs(x);
  if (a < 0.25) {
    let x2 = x * x;
    return x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * (-0.053968254 + x2 * 0.021869488))));
  }
  let z = exp(-2.0 * a);
  return sign(x) * ((1.0 - z) / (1.0 + z));
}
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = in2[i];
  let x3 = in3[i];
  let x4 = in4[i];
  let v0 = dlc_sigmoid(x0);
  let v1 = dlc_tanh(x1);
  let v2 = dlc_sigmoid(x2);
  let v3 = (v0 * v1);
  let v4 = dlc_sigmoid(x3);
  let v5 = (v4 * x4);
  let v6 = (v5 + v3);
  let v7 = dlc_tanh(v6);
  let v8 = (v2 * v7);
  out0[i] = v6;
  out1[i] = v8;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24u) { return; }
  dlc_mid(i);
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: slice %35 (models/bidirectional_lstm.ts:13:15), slice %159 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 96u) { return; }
  out[i] = x[(i % 96u) + 192u];
}

// ---- pipeline 12 (read, read_write)
// dlc kernel: slice %53 (models/bidirectional_lstm.ts:13:15), slice %141 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 96u) { return; }
  out[i] = x[(i % 96u) + 288u];
}

// ---- pipeline 13 (read, read_write)
// dlc kernel: slice %71 (models/bidirectional_lstm.ts:13:15), slice %123 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 96u) { return; }
  out[i] = x[(i % 96u) + 384u];
}

// ---- pipeline 14 (read, read_write)
// dlc kernel: slice %89 (models/bidirectional_lstm.ts:13:15), slice %111 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 96u) { return; }
  out[i] = x[(i % 96u) + 480u];
}

// ---- pipeline 15 (read, read, read, read, read, read_write)
// dlc kernel: sigmoid %94 + tanh %96 + sigmoid %98 + mul %99 + sigmoid %101 + mul %102 + add %103 + tanh %104 + mul %105 (models/bidirectional_lstm.ts:13:15), sigmoid %200 + tanh %202 + sigmoid %204 + mul %205 + sigmoid %207 + mul %208 + add %209 + tanh %210 + mul %211 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
fn dlc_tanh(x: f32) -> f32 {
  let a = abs(x);
  if (a < 0.25) {
    let x2 = x * x;
    return x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * (-0.053968254 + x2 * 0.021869488))));
  }
  let z = exp(-2.0 * a);
  return sign(x) * ((1.0 - z) / (1.0 + z));
}
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = in2[i];
  let x3 = in3[i];
  let x4 = in4[i];
  let v0 = dlc_sigmoid(x0);
  let v1 = dlc_tanh(x1);
  let v2 = dlc_sigmoid(x2);
  let v3 = (v0 * v1);
  let v4 = dlc_sigmoid(x3);
  let v5 = (v4 * x4);
  let v6 = (v5 + v3);
  let v7 = dlc_tanh(v6);
  let v8 = (v2 * v7);
  out0[i] = v8;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24u) { return; }
  dlc_mid(i);
}

// ---- pipeline 16 (read, read, read, read, read, read, read_write)
// dlc kernel: concat %107 (models/bidirectional_lstm.ts:13:15), concat %213 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read> x3: array<f32>;
@group(0) @binding(4) var<storage, read> x4: array<f32>;
@group(0) @binding(5) var<storage, read> x5: array<f32>;
@group(0) @binding(6) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 144u) { return; }
  let o = i / 144u;
  let k = (i / 24u) % 6u;
  let r = i % 24u;
  if (k < 1u) { out[i] = x0[(o * 1u + k) * 24u + r]; } else if (k < 2u) { out[i] = x1[(o * 1u + k - 1u) * 24u + r]; } else if (k < 3u) { out[i] = x2[(o * 1u + k - 2u) * 24u + r]; } else if (k < 4u) { out[i] = x3[(o * 1u + k - 3u) * 24u + r]; } else if (k < 5u) { out[i] = x4[(o * 1u + k - 4u) * 24u + r]; } else { out[i] = x5[(o * 1u + k - 5u) * 24u + r]; }
}

// ---- pipeline 17 (read, read, read_write)
// dlc kernel: concat %214 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 288u) { return; }
  let o = i / 48u;
  let k = (i / 1u) % 48u;
  let r = i % 1u;
  if (k < 24u) { out[i] = x0[o * 24u + k]; } else { out[i] = x1[o * 24u + k - 24u]; }
}

// ---- pipeline 18 (read, read, read, read_write)
// dlc kernel: matmul %216 + add %217 + softmax %218 (models/bidirectional_lstm.ts:14:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let c1 = i % 8u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  return v0;
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
var<workgroup> arow: array<f32, 48>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 6u) { return; }
  let row = g;
  for (var k = lane; k < 48u; k += 64u) { arow[k] = in0[row * 48u + k]; }
  workgroupBarrier();
  var vals: array<f32, 1>;
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 8u) {
      var acc = 0.0;
      for (var k = 0u; k < 48u; k++) { acc = fma(arow[k], in1[k * 8u + c * 1u], acc); }
      vals[j] = dlc_mid(row * 8u + c, acc);
    }
  }
  var mx = -3.4028234e38;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 8u) { mx = max(mx, vals[j]); } }
  mx = dlc_lane_max(mx, lane);
  var s = 0.0;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 8u) { s += exp(vals[j] - mx); } }
  s = dlc_lane_sum(s, lane);
  let lse = mx + log(s);
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 8u) { dlc_tail(row * 8u + c, exp(vals[j] - lse)); }
  }
}

// ---- pipeline 19 (read, read_write)
// dlc kernel: reshape %219 (models/bidirectional_lstm.ts:14:12)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[i];
}
