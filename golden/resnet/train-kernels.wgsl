// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,161] 1024x1x1 conv2d %0 (models/resnet.ts:12:22)
//   #1 p1 [5,162] 1x1x1 mul %7 (models/resnet.ts:12:10)
//   #2 p2 [161,162,163,82] 16x1x1 reduce_mean %1 + mul %8 + add %9 (models/resnet.ts:12:10)
//   #3 p3 [6,162] 1x1x1 mul %10 (models/resnet.ts:12:10)
//   #4 p4 [161,163,162,83] 16x1x1 sub %2 + square %3 + reduce_mean %4 + mul %11 + add %12 (models/resnet.ts:12:10)
//   #5 p5 [161,3,4,5,6,162] 16x1x1 batch_norm %13 (models/resnet.ts:12:10)
//   #6 p6 [162,163] 1024x1x1 relu %14 (models/resnet.ts:27:13)
//   #7 p7 [163,7,164] 1024x1x1 conv2d %15 (models/resnet.ts:12:22)
//   #8 p8 [10,165] 1x1x1 mul %20 (models/resnet.ts:12:10)
//   #9 p9 [164,165,166,84] 16x1x1 reduce_mean %16 + mul %21 + add %22 (models/resnet.ts:12:10)
//   #10 p10 [11,165] 1x1x1 mul %23 (models/resnet.ts:12:10)
//   #11 p11 [164,166,165,85] 16x1x1 sub %17 + square %18 + reduce_mean %19 + mul %24 + add %25 (models/resnet.ts:12:10)
//   #12 p5 [164,8,9,10,11,165] 16x1x1 batch_norm %26 (models/resnet.ts:12:10)
//   #13 p12 [165,166] 1024x1x1 relu %27 (models/resnet.ts:16:13)
//   #14 p7 [166,12,167] 1024x1x1 conv2d %28 (models/resnet.ts:12:22)
//   #15 p13 [15,168] 1x1x1 mul %33 (models/resnet.ts:12:10)
//   #16 p14 [167,168,169,86] 16x1x1 reduce_mean %29 + mul %34 + add %35 (models/resnet.ts:12:10)
//   #17 p15 [16,168] 1x1x1 mul %36 (models/resnet.ts:12:10)
//   #18 p16 [167,169,168,87] 16x1x1 sub %30 + square %31 + reduce_mean %32 + mul %37 + add %38 (models/resnet.ts:12:10)
//   #19 p5 [167,13,14,15,16,168] 16x1x1 batch_norm %39 (models/resnet.ts:12:10)
//   #20 p17 [168,163,169,170] 1024x1x1 add %40 + relu %41 + greater %282 + cast %283 (models/resnet.ts:20:15, models/resnet.ts:20:10)
//   #21 p18 [169,17,168] 512x1x1 conv2d %42 (models/resnet.ts:12:22)
//   #22 p19 [20,171] 1x1x1 mul %47 (models/resnet.ts:12:10)
//   #23 p20 [168,171,172,88] 32x1x1 reduce_mean %43 + mul %48 + add %49 (models/resnet.ts:12:10)
//   #24 p21 [21,171] 1x1x1 mul %50 (models/resnet.ts:12:10)
//   #25 p22 [168,172,171,89] 32x1x1 sub %44 + square %45 + reduce_mean %46 + mul %51 + add %52 (models/resnet.ts:12:10)
//   #26 p23 [168,18,19,20,21,171] 32x1x1 batch_norm %53 (models/resnet.ts:12:10)
//   #27 p24 [171,172] 512x1x1 relu %54 (models/resnet.ts:16:13)
//   #28 p25 [172,22,173] 512x1x1 conv2d %55 (models/resnet.ts:12:22)
//   #29 p26 [25,174] 1x1x1 mul %60 (models/resnet.ts:12:10)
//   #30 p27 [173,174,175,90] 32x1x1 reduce_mean %56 + mul %61 + add %62 (models/resnet.ts:12:10)
//   #31 p28 [26,174] 1x1x1 mul %63 (models/resnet.ts:12:10)
//   #32 p29 [173,175,174,91] 32x1x1 sub %57 + square %58 + reduce_mean %59 + mul %64 + add %65 (models/resnet.ts:12:10)
//   #33 p23 [173,23,24,25,26,174] 32x1x1 batch_norm %66 (models/resnet.ts:12:10)
//   #34 p30 [169,27,175] 512x1x1 conv2d %67 (models/resnet.ts:12:22)
//   #35 p31 [30,176] 1x1x1 mul %72 (models/resnet.ts:12:10)
//   #36 p32 [175,176,177,92] 32x1x1 reduce_mean %68 + mul %73 + add %74 (models/resnet.ts:12:10)
//   #37 p33 [31,176] 1x1x1 mul %75 (models/resnet.ts:12:10)
//   #38 p34 [175,177,176,93] 32x1x1 sub %69 + square %70 + reduce_mean %71 + mul %76 + add %77 (models/resnet.ts:12:10)
//   #39 p23 [175,28,29,30,31,176] 32x1x1 batch_norm %78 (models/resnet.ts:12:10)
//   #40 p35 [174,176,177,178] 512x1x1 add %79 + relu %80 + greater %216 + cast %217 (models/resnet.ts:20:15, models/resnet.ts:20:10)
//   #41 p36 [177,32,174] 256x1x1 conv2d %81 (models/resnet.ts:12:22)
//   #42 p37 [35,176] 1x1x1 mul %86 (models/resnet.ts:12:10)
//   #43 p38 [174,176,179,94] 64x1x1 reduce_mean %82 + mul %87 + add %88 (models/resnet.ts:12:10)
//   #44 p39 [36,176] 1x1x1 mul %89 (models/resnet.ts:12:10)
//   #45 p40 [174,179,176,95] 64x1x1 sub %83 + square %84 + reduce_mean %85 + mul %90 + add %91 (models/resnet.ts:12:10)
//   #46 p41 [174,33,34,35,36,176] 64x1x1 batch_norm %92 (models/resnet.ts:12:10)
//   #47 p42 [176,179] 256x1x1 relu %93 (models/resnet.ts:16:13)
//   #48 p43 [179,37,180] 256x1x1 conv2d %94 (models/resnet.ts:12:22)
//   #49 p44 [40,181] 1x1x1 mul %99 (models/resnet.ts:12:10)
//   #50 p45 [180,181,182,96] 64x1x1 reduce_mean %95 + mul %100 + add %101 (models/resnet.ts:12:10)
//   #51 p46 [41,181] 1x1x1 mul %102 (models/resnet.ts:12:10)
//   #52 p47 [180,182,181,97] 64x1x1 sub %96 + square %97 + reduce_mean %98 + mul %103 + add %104 (models/resnet.ts:12:10)
//   #53 p41 [180,38,39,40,41,181] 64x1x1 batch_norm %105 (models/resnet.ts:12:10)
//   #54 p48 [177,42,182] 256x1x1 conv2d %106 (models/resnet.ts:12:22)
//   #55 p49 [45,183] 1x1x1 mul %111 (models/resnet.ts:12:10)
//   #56 p50 [182,183,184,98] 64x1x1 reduce_mean %107 + mul %112 + add %113 (models/resnet.ts:12:10)
//   #57 p51 [46,183] 1x1x1 mul %114 (models/resnet.ts:12:10)
//   #58 p52 [182,184,183,99] 64x1x1 sub %108 + square %109 + reduce_mean %110 + mul %115 + add %116 (models/resnet.ts:12:10)
//   #59 p41 [182,43,44,45,46,183] 64x1x1 batch_norm %117 (models/resnet.ts:12:10)
//   #60 p53 [181,183,184,185] 256x1x1 add %118 + relu %119 + greater %149 + cast %150 (models/resnet.ts:20:15, models/resnet.ts:20:10)
//   #61 p54 [184,181] 4x1x1 global_avg_pool2d %120 (models/resnet.ts:31:49)
//   #62 p55 [181,47,48,183] 1x1x1 matmul %121 + add %122 (models/resnet.ts:31:12)
//   #63 p56 [1,184] 1x1x1 reduce_sum %136
//   #64 p57 [183,184,1,186] 1x1x1 softmax %123 + mul %137 + sub %138 + mul %140 (models/resnet.ts:31:12)
//   #65 p58 [183,1,100] 1x1x1 categorical_cross_entropy %124
//   #66 p59 [100,49,101] 1x1x1 mul %126 + add %127
//   #67 p60 [183,184] 1x1x1 argmax %128
//   #68 p60 [1,183] 1x1x1 argmax %129
//   #69 p61 [184,183,187] 1x1x1 equal %130 + cast %131
//   #70 p62 [187,183] 1x1x1 reduce_sum %133
//   #71 p63 [183,50,102] 1x1x1 reduce_sum %134 + add %135
//   #72 p64 [51,187] 1x1x1 mul %352
//   #73 p65 [187,48,183] 1x1x1 mul %520 + sub %521
//   #74 p66 [81,184] 1x1x1 mul %523
//   #75 p67 [186,51,184,183,103,104] 1x1x1 reduce_sum %141 + mul %522 + sub %524 + add %525 (models/resnet.ts:31:12)
//   #76 p68 [186,47,183] 4x1x1 matmul %142 (models/resnet.ts:31:12)
//   #77 p69 [187,47,184] 10x1x1 mul %514 + sub %515
//   #78 p70 [80,188] 10x1x1 mul %517
//   #79 p71 [181,186,51,188,184,105,106] 4x1x1 matmul %143 + mul %516 + sub %518 + add %519 (models/resnet.ts:31:12)
//   #80 p72 [183,181] 256x1x1 broadcast_to %145 (models/resnet.ts:31:49)
//   #81 p73 [181,185,43,38,183,184,188] 256x1x1 mul %147 + mul %151 + mul %160 + mul %180 (models/resnet.ts:31:49, models/resnet.ts:20:10, models/resnet.ts:12:10)
//   #82 p74 [182,181] 64x1x1 reduce_mean %152 (models/resnet.ts:12:10)
//   #83 p75 [182,181,185,186] 256x1x1 sub %153 + mul %154 (models/resnet.ts:12:10)
//   #84 p76 [186,181] 64x1x1 reduce_mean %155 + add %157 + rsqrt %158 (models/resnet.ts:12:10)
//   #85 p77 [185,181,184,183,182,186,189] 256x1x1 mul %159 + mul %163 + mul %168 (models/resnet.ts:12:10)
//   #86 p74 [184,185] 64x1x1 reduce_mean %161 (models/resnet.ts:12:10)
//   #87 p78 [184,185,190] 256x1x1 sub %162 (models/resnet.ts:12:10)
//   #88 p74 [186,184] 64x1x1 reduce_mean %164 (models/resnet.ts:12:10)
//   #89 p79 [182,184,190,181,185] 256x1x1 mul %165 + sub %166 + mul %167 (models/resnet.ts:12:10)
//   #90 p80 [187,43,181] 1x1x1 mul %503 + sub %504
//   #91 p81 [78,182] 1x1x1 mul %506
//   #92 p82 [189,51,182,181,107,108] 64x1x1 reduce_sum %169 + mul %505 + sub %507 + add %508 (models/resnet.ts:12:10)
//   #93 p83 [187,39,181] 1x1x1 mul %491 + sub %492
//   #94 p84 [76,182] 1x1x1 mul %494
//   #95 p85 [79,184] 1x1x1 mul %511
//   #96 p86 [183,51,182,181,184,109,110,111] 64x1x1 reduce_sum %170 + mul %493 + sub %495 + add %496 + sub %512 (models/resnet.ts:12:10)
//   #97 p87 [185,42,181] 512x1x1 conv2d_transpose %171 (models/resnet.ts:12:22)
//   #98 p88 [177,185,182] 2048x1x1 conv2d_backprop_filter %172 (models/resnet.ts:12:22)
//   #99 p74 [180,184] 64x1x1 reduce_mean %173 (models/resnet.ts:12:10)
//   #100 p89 [180,184,185,186] 256x1x1 sub %174 + mul %175 (models/resnet.ts:12:10)
//   #101 p90 [186,180] 64x1x1 reduce_mean %176 + add %177 + rsqrt %178 (models/resnet.ts:12:10)
//   #102 p91 [185,180,188,183,184,186,189] 256x1x1 mul %179 + mul %183 + mul %188 (models/resnet.ts:12:10)
//   #103 p74 [188,183] 64x1x1 reduce_mean %181 (models/resnet.ts:12:10)
//   #104 p92 [188,183,185] 256x1x1 sub %182 (models/resnet.ts:12:10)
//   #105 p74 [186,183] 64x1x1 reduce_mean %184 (models/resnet.ts:12:10)
//   #106 p93 [184,183,185,180,186] 256x1x1 mul %185 + sub %186 + mul %187 (models/resnet.ts:12:10)
//   #107 p94 [187,38,180] 1x1x1 mul %485 + sub %486
//   #108 p95 [75,183] 1x1x1 mul %488
//   #109 p96 [189,51,183,180,112,113] 64x1x1 reduce_sum %189 + mul %487 + sub %489 + add %490 (models/resnet.ts:12:10)
//   #110 p97 [186,37,180] 256x1x1 conv2d_transpose %190 (models/resnet.ts:12:22)
//   #111 p98 [179,186,183] 36864x1x1 conv2d_backprop_filter %191 (models/resnet.ts:12:22)
//   #112 p99 [176,180,33,179,184] 256x1x1 greater %192 + cast %193 + mul %194 + mul %202 (models/resnet.ts:16:13, models/resnet.ts:12:10)
//   #113 p74 [174,180] 64x1x1 reduce_mean %195 (models/resnet.ts:12:10)
//   #114 p100 [174,180,185,186] 256x1x1 sub %196 + mul %197 (models/resnet.ts:12:10)
//   #115 p101 [186,180] 64x1x1 reduce_mean %198 + add %199 + rsqrt %200 (models/resnet.ts:12:10)
//   #116 p102 [185,180,184,179,186,188,189] 256x1x1 mul %201 + mul %205 + mul %210 (models/resnet.ts:12:10)
//   #117 p74 [184,185] 64x1x1 reduce_mean %203 (models/resnet.ts:12:10)
//   #118 p103 [184,185,190] 256x1x1 sub %204 (models/resnet.ts:12:10)
//   #119 p74 [188,184] 64x1x1 reduce_mean %206 (models/resnet.ts:12:10)
//   #120 p104 [186,184,190,180,185] 256x1x1 mul %207 + sub %208 + mul %209 (models/resnet.ts:12:10)
//   #121 p105 [187,33,180] 1x1x1 mul %467 + sub %468
//   #122 p106 [72,184] 1x1x1 mul %470
//   #123 p107 [189,51,184,180,114,115] 64x1x1 reduce_sum %211 + mul %469 + sub %471 + add %472 (models/resnet.ts:12:10)
//   #124 p108 [187,34,180] 1x1x1 mul %473 + sub %474
//   #125 p109 [73,184] 1x1x1 mul %476
//   #126 p110 [179,51,184,180,116,117] 64x1x1 reduce_sum %212 + mul %475 + sub %477 + add %478 (models/resnet.ts:12:10)
//   #127 p111 [185,32,174] 512x1x1 conv2d_transpose %213 (models/resnet.ts:12:22)
//   #128 p112 [177,185,176] 18432x1x1 conv2d_backprop_filter %214 (models/resnet.ts:12:22)
//   #129 p113 [181,174,178,28,23,177,179,180] 512x1x1 add %215 + mul %218 + mul %226 + mul %246 (models/resnet.ts:12:22, models/resnet.ts:20:10, models/resnet.ts:12:10)
//   #130 p114 [175,184] 32x1x1 reduce_mean %219 (models/resnet.ts:12:10)
//   #131 p115 [175,184,174,178] 512x1x1 sub %220 + mul %221 (models/resnet.ts:12:10)
//   #132 p116 [178,184] 32x1x1 reduce_mean %222 + add %223 + rsqrt %224 (models/resnet.ts:12:10)
//   #133 p117 [174,184,179,177,175,178,181] 512x1x1 mul %225 + mul %229 + mul %234 (models/resnet.ts:12:10)
//   #134 p114 [179,185] 32x1x1 reduce_mean %227 (models/resnet.ts:12:10)
//   #135 p118 [179,185,174] 512x1x1 sub %228 (models/resnet.ts:12:10)
//   #136 p114 [178,185] 32x1x1 reduce_mean %230 (models/resnet.ts:12:10)
//   #137 p119 [175,185,174,184,178] 512x1x1 mul %231 + sub %232 + mul %233 (models/resnet.ts:12:10)
//   #138 p120 [187,28,184] 1x1x1 mul %450 + sub %451
//   #139 p121 [69,185] 1x1x1 mul %453
//   #140 p122 [181,51,185,184,118,119] 32x1x1 reduce_sum %235 + mul %452 + sub %454 + add %455 (models/resnet.ts:12:10)
//   #141 p123 [187,24,184] 1x1x1 mul %438 + sub %439
//   #142 p124 [67,185] 1x1x1 mul %441
//   #143 p125 [70,186] 1x1x1 mul %458
//   #144 p126 [177,51,185,184,186,120,121,122] 32x1x1 reduce_sum %236 + mul %440 + sub %442 + add %443 + sub %459 (models/resnet.ts:12:10)
//   #145 p127 [178,27,174] 1024x1x1 conv2d_transpose %237 (models/resnet.ts:12:22)
//   #146 p128 [169,178,184] 512x1x1 conv2d_backprop_filter %238 (models/resnet.ts:12:22)
//   #147 p114 [173,185] 32x1x1 reduce_mean %239 (models/resnet.ts:12:10)
//   #148 p129 [173,185,175,178] 512x1x1 sub %240 + mul %241 (models/resnet.ts:12:10)
//   #149 p130 [178,185] 32x1x1 reduce_mean %242 + add %243 + rsqrt %244 (models/resnet.ts:12:10)
//   #150 p131 [175,185,180,177,173,178,179] 512x1x1 mul %245 + mul %249 + mul %254 (models/resnet.ts:12:10)
//   #151 p114 [180,186] 32x1x1 reduce_mean %247 (models/resnet.ts:12:10)
//   #152 p132 [180,186,175] 512x1x1 sub %248 (models/resnet.ts:12:10)
//   #153 p114 [178,186] 32x1x1 reduce_mean %250 (models/resnet.ts:12:10)
//   #154 p133 [173,186,175,185,177] 512x1x1 mul %251 + sub %252 + mul %253 (models/resnet.ts:12:10)
//   #155 p134 [187,23,185] 1x1x1 mul %432 + sub %433
//   #156 p135 [66,186] 1x1x1 mul %435
//   #157 p136 [179,51,186,185,123,124] 32x1x1 reduce_sum %255 + mul %434 + sub %436 + add %437 (models/resnet.ts:12:10)
//   #158 p137 [177,22,173] 512x1x1 conv2d_transpose %256 (models/resnet.ts:12:22)
//   #159 p138 [172,177,185] 9216x1x1 conv2d_backprop_filter %257 (models/resnet.ts:12:22)
//   #160 p139 [171,173,18,172,175] 512x1x1 greater %258 + cast %259 + mul %260 + mul %268 (models/resnet.ts:16:13, models/resnet.ts:12:10)
//   #161 p114 [168,186] 32x1x1 reduce_mean %261 (models/resnet.ts:12:10)
//   #162 p140 [168,186,171,173] 512x1x1 sub %262 + mul %263 (models/resnet.ts:12:10)
//   #163 p141 [173,186] 32x1x1 reduce_mean %264 + add %265 + rsqrt %266 (models/resnet.ts:12:10)
//   #164 p142 [171,186,175,172,173,177,178] 512x1x1 mul %267 + mul %271 + mul %276 (models/resnet.ts:12:10)
//   #165 p114 [175,188] 32x1x1 reduce_mean %269 (models/resnet.ts:12:10)
//   #166 p143 [175,188,171] 512x1x1 sub %270 (models/resnet.ts:12:10)
//   #167 p114 [177,188] 32x1x1 reduce_mean %272 (models/resnet.ts:12:10)
//   #168 p144 [173,188,171,186,175] 512x1x1 mul %273 + sub %274 + mul %275 (models/resnet.ts:12:10)
//   #169 p145 [187,18,186] 1x1x1 mul %414 + sub %415
//   #170 p146 [63,188] 1x1x1 mul %417
//   #171 p147 [178,51,188,186,125,126] 32x1x1 reduce_sum %277 + mul %416 + sub %418 + add %419 (models/resnet.ts:12:10)
//   #172 p148 [187,19,186] 1x1x1 mul %420 + sub %421
//   #173 p149 [64,188] 1x1x1 mul %423
//   #174 p150 [172,51,188,186,127,128] 32x1x1 reduce_sum %278 + mul %422 + sub %424 + add %425 (models/resnet.ts:12:10)
//   #175 p151 [175,17,168] 1024x1x1 conv2d_transpose %279 (models/resnet.ts:12:22)
//   #176 p152 [169,175,186] 4608x1x1 conv2d_backprop_filter %280 (models/resnet.ts:12:22)
//   #177 p153 [174,168,170,13,169,171] 1024x1x1 add %281 + mul %284 + mul %292 (models/resnet.ts:12:22, models/resnet.ts:20:10, models/resnet.ts:12:10)
//   #178 p154 [167,188] 16x1x1 reduce_mean %285 (models/resnet.ts:12:10)
//   #179 p155 [167,188,168,170] 1024x1x1 sub %286 + mul %287 (models/resnet.ts:12:10)
//   #180 p156 [170,188] 16x1x1 reduce_mean %288 + add %289 + rsqrt %290 (models/resnet.ts:12:10)
//   #181 p157 [168,188,171,169,167,170,174] 1024x1x1 mul %291 + mul %295 + mul %300 (models/resnet.ts:12:10)
//   #182 p154 [171,189] 16x1x1 reduce_mean %293 (models/resnet.ts:12:10)
//   #183 p158 [171,189,168] 1024x1x1 sub %294 (models/resnet.ts:12:10)
//   #184 p154 [170,189] 16x1x1 reduce_mean %296 (models/resnet.ts:12:10)
//   #185 p159 [167,189,168,188,170] 1024x1x1 mul %297 + sub %298 + mul %299 (models/resnet.ts:12:10)
//   #186 p160 [187,13,188] 1x1x1 mul %396 + sub %397
//   #187 p161 [60,189] 1x1x1 mul %399
//   #188 p162 [174,51,189,188,129,130] 16x1x1 reduce_sum %301 + mul %398 + sub %400 + add %401 (models/resnet.ts:12:10)
//   #189 p163 [187,14,188] 1x1x1 mul %402 + sub %403
//   #190 p164 [61,189] 1x1x1 mul %405
//   #191 p165 [169,51,189,188,131,132] 16x1x1 reduce_sum %302 + mul %404 + sub %406 + add %407 (models/resnet.ts:12:10)
//   #192 p166 [170,12,167] 1024x1x1 conv2d_transpose %303 (models/resnet.ts:12:22)
//   #193 p167 [166,170,188] 2304x1x1 conv2d_backprop_filter %304 (models/resnet.ts:12:22)
//   #194 p168 [165,167,8,166,168] 1024x1x1 greater %305 + cast %306 + mul %307 + mul %315 (models/resnet.ts:16:13, models/resnet.ts:12:10)
//   #195 p154 [164,189] 16x1x1 reduce_mean %308 (models/resnet.ts:12:10)
//   #196 p169 [164,189,165,167] 1024x1x1 sub %309 + mul %310 (models/resnet.ts:12:10)
//   #197 p170 [167,189] 16x1x1 reduce_mean %311 + add %312 + rsqrt %313 (models/resnet.ts:12:10)
//   #198 p171 [165,189,168,166,164,167,170] 1024x1x1 mul %314 + mul %318 + mul %323 (models/resnet.ts:12:10)
//   #199 p154 [168,190] 16x1x1 reduce_mean %316 (models/resnet.ts:12:10)
//   #200 p172 [168,190,165] 1024x1x1 sub %317 (models/resnet.ts:12:10)
//   #201 p154 [167,190] 16x1x1 reduce_mean %319 (models/resnet.ts:12:10)
//   #202 p173 [164,190,165,189,167] 1024x1x1 mul %320 + sub %321 + mul %322 (models/resnet.ts:12:10)
//   #203 p174 [187,8,189] 1x1x1 mul %378 + sub %379
//   #204 p175 [57,190] 1x1x1 mul %381
//   #205 p176 [170,51,190,189,133,134] 16x1x1 reduce_sum %324 + mul %380 + sub %382 + add %383 (models/resnet.ts:12:10)
//   #206 p177 [187,9,189] 1x1x1 mul %384 + sub %385
//   #207 p178 [58,190] 1x1x1 mul %387
//   #208 p179 [166,51,190,189,135,136] 16x1x1 reduce_sum %325 + mul %386 + sub %388 + add %389 (models/resnet.ts:12:10)
//   #209 p166 [167,7,164] 1024x1x1 conv2d_transpose %326 (models/resnet.ts:12:22)
//   #210 p167 [163,167,189] 2304x1x1 conv2d_backprop_filter %327 (models/resnet.ts:12:22)
//   #211 p180 [169,164,163] 1024x1x1 add %328 (models/resnet.ts:12:22)
//   #212 p181 [162,163,3,164,165] 1024x1x1 greater %329 + cast %330 + mul %331 + mul %339 (models/resnet.ts:27:13, models/resnet.ts:12:10)
//   #213 p154 [161,190] 16x1x1 reduce_mean %332 (models/resnet.ts:12:10)
//   #214 p182 [161,190,162,163] 1024x1x1 sub %333 + mul %334 (models/resnet.ts:12:10)
//   #215 p183 [163,190] 16x1x1 reduce_mean %335 + add %336 + rsqrt %337 (models/resnet.ts:12:10)
//   #216 p184 [162,190,165,164,161,163,166] 1024x1x1 mul %338 + mul %342 + mul %347 (models/resnet.ts:12:10)
//   #217 p154 [165,172] 16x1x1 reduce_mean %340 (models/resnet.ts:12:10)
//   #218 p185 [165,172,162] 1024x1x1 sub %341 (models/resnet.ts:12:10)
//   #219 p154 [163,172] 16x1x1 reduce_mean %343 (models/resnet.ts:12:10)
//   #220 p186 [161,172,162,190,163] 1024x1x1 mul %344 + sub %345 + mul %346 (models/resnet.ts:12:10)
//   #221 p187 [187,3,190] 1x1x1 mul %360 + sub %361
//   #222 p188 [54,172] 1x1x1 mul %363
//   #223 p189 [166,51,172,190,137,138] 16x1x1 reduce_sum %348 + mul %362 + sub %364 + add %365 (models/resnet.ts:12:10)
//   #224 p190 [187,4,190] 1x1x1 mul %366 + sub %367
//   #225 p191 [55,172] 1x1x1 mul %369
//   #226 p192 [164,51,172,190,139,140] 16x1x1 reduce_sum %349 + mul %368 + sub %370 + add %371 (models/resnet.ts:12:10)
//   #227 p193 [0,163,190] 432x1x1 conv2d_backprop_filter %350 (models/resnet.ts:12:22)
//   #228 p194 [187,2,172] 7x1x1 mul %353 + sub %354
//   #229 p195 [51,190,173] 7x1x1 mul %355
//   #230 p196 [53,173,172,141,142] 7x1x1 mul %357 + sub %358 + add %359
//   #231 p197 [187,7,190] 36x1x1 mul %372 + sub %373
//   #232 p198 [51,189,172] 36x1x1 mul %374
//   #233 p199 [56,172,190,143,144] 36x1x1 mul %375 + sub %376 + add %377
//   #234 p200 [187,12,189] 36x1x1 mul %390 + sub %391
//   #235 p201 [51,188,190] 36x1x1 mul %392
//   #236 p202 [59,190,189,145,146] 36x1x1 mul %393 + sub %394 + add %395
//   #237 p203 [187,17,188] 72x1x1 mul %408 + sub %409
//   #238 p204 [51,186,189] 72x1x1 mul %410
//   #239 p205 [62,189,188,147,148] 72x1x1 mul %411 + sub %412 + add %413
//   #240 p206 [187,22,186] 144x1x1 mul %426 + sub %427
//   #241 p207 [51,185,188] 144x1x1 mul %428
//   #242 p208 [65,188,186,149,150] 144x1x1 mul %429 + sub %430 + add %431
//   #243 p209 [187,27,185] 8x1x1 mul %444 + sub %445
//   #244 p210 [51,184,186] 8x1x1 mul %446
//   #245 p211 [68,186,185,151,152] 8x1x1 mul %447 + sub %448 + add %449
//   #246 p212 [187,29,122,153] 1x1x1 mul %456 + sub %457 + add %460
//   #247 p213 [187,32,172] 288x1x1 mul %461 + sub %462
//   #248 p214 [51,176,173] 288x1x1 mul %463
//   #249 p215 [71,173,172,154,155] 288x1x1 mul %464 + sub %465 + add %466
//   #250 p216 [187,37,161] 576x1x1 mul %479 + sub %480
//   #251 p217 [51,183,162] 576x1x1 mul %481
//   #252 p218 [74,162,161,156,157] 576x1x1 mul %482 + sub %483 + add %484
//   #253 p219 [187,42,184] 32x1x1 mul %497 + sub %498
//   #254 p220 [51,182,185] 32x1x1 mul %499
//   #255 p221 [77,185,184,158,159] 32x1x1 mul %500 + sub %501 + add %502
//   #256 p222 [187,44,111,160] 1x1x1 mul %509 + sub %510 + add %513

// ---- pipeline 0 (read, read, read_write)
// dlc kernel: conv2d %0 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 3u;
      let wb = (kh * 3u + kw) * 48u + co;
      for (var c = 0u; c < 3u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i, dlc_conv((i / 16384u), ((i / 512u) % 32u), ((i / 16u) % 32u), (i % 16u)));
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: mul %7 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x5 = in0[i];
  let v56 = (x5 * 0.99);
  out0[i] = v56;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 2 (read, read, read_write, read_write)
// dlc kernel: reduce_mean %1 + mul %8 + add %9 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x56 = in1[i];
  let v57 = (acc * 0.01);
  let v58 = (x56 + v57);
  out0[i] = acc;
  out1[i] = v58;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: mul %10 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x6 = in0[i];
  let v59 = (x6 * 0.99);
  out0[i] = v59;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: sub %2 + square %3 + reduce_mean %4 + mul %11 + add %12 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 16u;
  let x49 = in0[i];
  let x50 = in1[c1];
  let v51 = (x49 - x50);
  let v52 = dlc_square_f32(v51);
  return v52;
}
fn dlc_mid(i: u32, acc: f32) {
  let x59 = in2[i];
  let v60 = (acc * 0.01);
  let v61 = (x59 + v60);
  out0[i] = v61;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + dlc_pre(base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 5 (read, read, read, read, read, read_write)
// dlc kernel: batch_norm %13 (models/resnet.ts:12:10), batch_norm %26 (models/resnet.ts:12:10), batch_norm %39 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> gamma: array<f32>;
@group(0) @binding(2) var<storage, read> beta: array<f32>;
@group(0) @binding(3) var<storage, read> mean: array<f32>;
@group(0) @binding(4) var<storage, read> variance: array<f32>;
@group(0) @binding(5) var<storage, read_write> out: array<f32>;
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
  _ = &mean; _ = &variance;
  let g = wid.x;
  if (g >= 16u) { return; }
  var s = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { let at = g * 1u + j * 16u; s += x[at]; }
  let mean = dlc_lane_sum(s, lane) / 4096.0;
  var q = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { let at = g * 1u + j * 16u; let dev = x[at] - mean; q += dev * dev; }
  let inv = inverseSqrt(dlc_lane_sum(q, lane) / 4096.0 + 0.001);
  for (var j = lane; j < 4096u; j += 64u) { let at = g * 1u + j * 16u; out[at] = (x[at] - mean) * inv * gamma[g] + beta[g]; }
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: relu %14 (models/resnet.ts:27:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x62 = in0[i];
  let v63 = max(x62, 0.0);
  out0[i] = v63;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 7 (read, read, read_write)
// dlc kernel: conv2d %15 (models/resnet.ts:12:22), conv2d %28 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u;
      let wb = (kh * 3u + kw) * 256u + co;
      for (var c = 0u; c < 16u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i, dlc_conv((i / 16384u), ((i / 512u) % 32u), ((i / 16u) % 32u), (i % 16u)));
}

// ---- pipeline 8 (read, read_write)
// dlc kernel: mul %20 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x10 = in0[i];
  let v71 = (x10 * 0.99);
  out0[i] = v71;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 9 (read, read, read_write, read_write)
// dlc kernel: reduce_mean %16 + mul %21 + add %22 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x71 = in1[i];
  let v72 = (acc * 0.01);
  let v73 = (x71 + v72);
  out0[i] = acc;
  out1[i] = v73;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 10 (read, read_write)
// dlc kernel: mul %23 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x11 = in0[i];
  let v74 = (x11 * 0.99);
  out0[i] = v74;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 11 (read, read, read, read_write)
// dlc kernel: sub %17 + square %18 + reduce_mean %19 + mul %24 + add %25 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 16u;
  let x64 = in0[i];
  let x65 = in1[c1];
  let v66 = (x64 - x65);
  let v67 = dlc_square_f32(v66);
  return v67;
}
fn dlc_mid(i: u32, acc: f32) {
  let x74 = in2[i];
  let v75 = (acc * 0.01);
  let v76 = (x74 + v75);
  out0[i] = v76;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + dlc_pre(base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 12 (read, read_write)
// dlc kernel: relu %27 (models/resnet.ts:16:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x77 = in0[i];
  let v78 = max(x77, 0.0);
  out0[i] = v78;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 13 (read, read_write)
// dlc kernel: mul %33 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x15 = in0[i];
  let v86 = (x15 * 0.99);
  out0[i] = v86;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 14 (read, read, read_write, read_write)
// dlc kernel: reduce_mean %29 + mul %34 + add %35 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x86 = in1[i];
  let v87 = (acc * 0.01);
  let v88 = (x86 + v87);
  out0[i] = acc;
  out1[i] = v88;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 15 (read, read_write)
// dlc kernel: mul %36 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x16 = in0[i];
  let v89 = (x16 * 0.99);
  out0[i] = v89;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 16 (read, read, read, read_write)
// dlc kernel: sub %30 + square %31 + reduce_mean %32 + mul %37 + add %38 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 16u;
  let x79 = in0[i];
  let x80 = in1[c1];
  let v81 = (x79 - x80);
  let v82 = dlc_square_f32(v81);
  return v82;
}
fn dlc_mid(i: u32, acc: f32) {
  let x89 = in2[i];
  let v90 = (acc * 0.01);
  let v91 = (x89 + v90);
  out0[i] = v91;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + dlc_pre(base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 17 (read, read, read_write, read_write)
// dlc kernel: add %40 + relu %41 + greater %282 + cast %283 (models/resnet.ts:20:15, models/resnet.ts:20:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x92 = in0[i];
  let x63 = in1[i];
  let v93 = (x92 + x63);
  let v94 = max(v93, 0.0);
  let v368 = (v93 > 0.0);
  let v369 = select(f32(0), f32(1), v368);
  out0[i] = v94;
  out1[i] = v369;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 18 (read, read, read_write)
// dlc kernel: conv2d %42 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u;
      let wb = (kh * 3u + kw) * 512u + co;
      for (var c = 0u; c < 16u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv((i / 8192u), ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u)));
}

// ---- pipeline 19 (read, read_write)
// dlc kernel: mul %47 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x20 = in0[i];
  let v102 = (x20 * 0.99);
  out0[i] = v102;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 20 (read, read, read_write, read_write)
// dlc kernel: reduce_mean %43 + mul %48 + add %49 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x102 = in1[i];
  let v103 = (acc * 0.01);
  let v104 = (x102 + v103);
  out0[i] = acc;
  out1[i] = v104;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 21 (read, read_write)
// dlc kernel: mul %50 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x21 = in0[i];
  let v105 = (x21 * 0.99);
  out0[i] = v105;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 22 (read, read, read, read_write)
// dlc kernel: sub %44 + square %45 + reduce_mean %46 + mul %51 + add %52 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 32u;
  let x95 = in0[i];
  let x96 = in1[c1];
  let v97 = (x95 - x96);
  let v98 = dlc_square_f32(v97);
  return v98;
}
fn dlc_mid(i: u32, acc: f32) {
  let x105 = in2[i];
  let v106 = (acc * 0.01);
  let v107 = (x105 + v106);
  out0[i] = v107;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + dlc_pre(base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 23 (read, read, read, read, read, read_write)
// dlc kernel: batch_norm %53 (models/resnet.ts:12:10), batch_norm %66 (models/resnet.ts:12:10), batch_norm %78 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> gamma: array<f32>;
@group(0) @binding(2) var<storage, read> beta: array<f32>;
@group(0) @binding(3) var<storage, read> mean: array<f32>;
@group(0) @binding(4) var<storage, read> variance: array<f32>;
@group(0) @binding(5) var<storage, read_write> out: array<f32>;
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
  _ = &mean; _ = &variance;
  let g = wid.x;
  if (g >= 32u) { return; }
  var s = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { let at = g * 1u + j * 32u; s += x[at]; }
  let mean = dlc_lane_sum(s, lane) / 1024.0;
  var q = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { let at = g * 1u + j * 32u; let dev = x[at] - mean; q += dev * dev; }
  let inv = inverseSqrt(dlc_lane_sum(q, lane) / 1024.0 + 0.001);
  for (var j = lane; j < 1024u; j += 64u) { let at = g * 1u + j * 32u; out[at] = (x[at] - mean) * inv * gamma[g] + beta[g]; }
}

// ---- pipeline 24 (read, read_write)
// dlc kernel: relu %54 (models/resnet.ts:16:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x108 = in0[i];
  let v109 = max(x108, 0.0);
  out0[i] = v109;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 25 (read, read, read_write)
// dlc kernel: conv2d %55 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u;
      let wb = (kh * 3u + kw) * 1024u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv((i / 8192u), ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u)));
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: mul %60 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x25 = in0[i];
  let v117 = (x25 * 0.99);
  out0[i] = v117;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 27 (read, read, read_write, read_write)
// dlc kernel: reduce_mean %56 + mul %61 + add %62 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x117 = in1[i];
  let v118 = (acc * 0.01);
  let v119 = (x117 + v118);
  out0[i] = acc;
  out1[i] = v119;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 28 (read, read_write)
// dlc kernel: mul %63 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x26 = in0[i];
  let v120 = (x26 * 0.99);
  out0[i] = v120;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 29 (read, read, read, read_write)
// dlc kernel: sub %57 + square %58 + reduce_mean %59 + mul %64 + add %65 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 32u;
  let x110 = in0[i];
  let x111 = in1[c1];
  let v112 = (x110 - x111);
  let v113 = dlc_square_f32(v112);
  return v113;
}
fn dlc_mid(i: u32, acc: f32) {
  let x120 = in2[i];
  let v121 = (acc * 0.01);
  let v122 = (x120 + v121);
  out0[i] = v122;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + dlc_pre(base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 30 (read, read, read_write)
// dlc kernel: conv2d %67 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u;
      let wb = (kh * 1u + kw) * 512u + co;
      for (var c = 0u; c < 16u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv((i / 8192u), ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u)));
}

// ---- pipeline 31 (read, read_write)
// dlc kernel: mul %72 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x30 = in0[i];
  let v131 = (x30 * 0.99);
  out0[i] = v131;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 32 (read, read, read_write, read_write)
// dlc kernel: reduce_mean %68 + mul %73 + add %74 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x131 = in1[i];
  let v132 = (acc * 0.01);
  let v133 = (x131 + v132);
  out0[i] = acc;
  out1[i] = v133;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 33 (read, read_write)
// dlc kernel: mul %75 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x31 = in0[i];
  let v134 = (x31 * 0.99);
  out0[i] = v134;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 34 (read, read, read, read_write)
// dlc kernel: sub %69 + square %70 + reduce_mean %71 + mul %76 + add %77 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 32u;
  let x124 = in0[i];
  let x125 = in1[c1];
  let v126 = (x124 - x125);
  let v127 = dlc_square_f32(v126);
  return v127;
}
fn dlc_mid(i: u32, acc: f32) {
  let x134 = in2[i];
  let v135 = (acc * 0.01);
  let v136 = (x134 + v135);
  out0[i] = v136;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + dlc_pre(base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 35 (read, read, read_write, read_write)
// dlc kernel: add %79 + relu %80 + greater %216 + cast %217 (models/resnet.ts:20:15, models/resnet.ts:20:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x123 = in0[i];
  let x137 = in1[i];
  let v138 = (x123 + x137);
  let v139 = max(v138, 0.0);
  let v296 = (v138 > 0.0);
  let v297 = select(f32(0), f32(1), v296);
  out0[i] = v139;
  out1[i] = v297;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 36 (read, read, read_write)
// dlc kernel: conv2d %81 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u;
      let wb = (kh * 3u + kw) * 2048u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i, dlc_conv((i / 4096u), ((i / 512u) % 8u), ((i / 64u) % 8u), (i % 64u)));
}

// ---- pipeline 37 (read, read_write)
// dlc kernel: mul %86 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x35 = in0[i];
  let v147 = (x35 * 0.99);
  out0[i] = v147;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 38 (read, read, read_write, read_write)
// dlc kernel: reduce_mean %82 + mul %87 + add %88 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x147 = in1[i];
  let v148 = (acc * 0.01);
  let v149 = (x147 + v148);
  out0[i] = acc;
  out1[i] = v149;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 39 (read, read_write)
// dlc kernel: mul %89 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x36 = in0[i];
  let v150 = (x36 * 0.99);
  out0[i] = v150;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 40 (read, read, read, read_write)
// dlc kernel: sub %83 + square %84 + reduce_mean %85 + mul %90 + add %91 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 64u;
  let x140 = in0[i];
  let x141 = in1[c1];
  let v142 = (x140 - x141);
  let v143 = dlc_square_f32(v142);
  return v143;
}
fn dlc_mid(i: u32, acc: f32) {
  let x150 = in2[i];
  let v151 = (acc * 0.01);
  let v152 = (x150 + v151);
  out0[i] = v152;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + dlc_pre(base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 41 (read, read, read, read, read, read_write)
// dlc kernel: batch_norm %92 (models/resnet.ts:12:10), batch_norm %105 (models/resnet.ts:12:10), batch_norm %117 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> gamma: array<f32>;
@group(0) @binding(2) var<storage, read> beta: array<f32>;
@group(0) @binding(3) var<storage, read> mean: array<f32>;
@group(0) @binding(4) var<storage, read> variance: array<f32>;
@group(0) @binding(5) var<storage, read_write> out: array<f32>;
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
  _ = &mean; _ = &variance;
  let g = wid.x;
  if (g >= 64u) { return; }
  var s = 0.0;
  for (var j = lane; j < 256u; j += 64u) { let at = g * 1u + j * 64u; s += x[at]; }
  let mean = dlc_lane_sum(s, lane) / 256.0;
  var q = 0.0;
  for (var j = lane; j < 256u; j += 64u) { let at = g * 1u + j * 64u; let dev = x[at] - mean; q += dev * dev; }
  let inv = inverseSqrt(dlc_lane_sum(q, lane) / 256.0 + 0.001);
  for (var j = lane; j < 256u; j += 64u) { let at = g * 1u + j * 64u; out[at] = (x[at] - mean) * inv * gamma[g] + beta[g]; }
}

// ---- pipeline 42 (read, read_write)
// dlc kernel: relu %93 (models/resnet.ts:16:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x153 = in0[i];
  let v154 = max(x153, 0.0);
  out0[i] = v154;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 43 (read, read, read_write)
// dlc kernel: conv2d %94 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      let xb = ((n * 8u + u32(ih)) * 8u + u32(iw)) * 64u;
      let wb = (kh * 3u + kw) * 4096u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i, dlc_conv((i / 4096u), ((i / 512u) % 8u), ((i / 64u) % 8u), (i % 64u)));
}

// ---- pipeline 44 (read, read_write)
// dlc kernel: mul %99 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x40 = in0[i];
  let v162 = (x40 * 0.99);
  out0[i] = v162;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 45 (read, read, read_write, read_write)
// dlc kernel: reduce_mean %95 + mul %100 + add %101 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x162 = in1[i];
  let v163 = (acc * 0.01);
  let v164 = (x162 + v163);
  out0[i] = acc;
  out1[i] = v164;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 46 (read, read_write)
// dlc kernel: mul %102 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x41 = in0[i];
  let v165 = (x41 * 0.99);
  out0[i] = v165;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 47 (read, read, read, read_write)
// dlc kernel: sub %96 + square %97 + reduce_mean %98 + mul %103 + add %104 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 64u;
  let x155 = in0[i];
  let x156 = in1[c1];
  let v157 = (x155 - x156);
  let v158 = dlc_square_f32(v157);
  return v158;
}
fn dlc_mid(i: u32, acc: f32) {
  let x165 = in2[i];
  let v166 = (acc * 0.01);
  let v167 = (x165 + v166);
  out0[i] = v167;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + dlc_pre(base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 48 (read, read, read_write)
// dlc kernel: conv2d %106 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u;
      let wb = (kh * 1u + kw) * 2048u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i, dlc_conv((i / 4096u), ((i / 512u) % 8u), ((i / 64u) % 8u), (i % 64u)));
}

// ---- pipeline 49 (read, read_write)
// dlc kernel: mul %111 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x45 = in0[i];
  let v176 = (x45 * 0.99);
  out0[i] = v176;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 50 (read, read, read_write, read_write)
// dlc kernel: reduce_mean %107 + mul %112 + add %113 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x176 = in1[i];
  let v177 = (acc * 0.01);
  let v178 = (x176 + v177);
  out0[i] = acc;
  out1[i] = v178;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 51 (read, read_write)
// dlc kernel: mul %114 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x46 = in0[i];
  let v179 = (x46 * 0.99);
  out0[i] = v179;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 52 (read, read, read, read_write)
// dlc kernel: sub %108 + square %109 + reduce_mean %110 + mul %115 + add %116 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 64u;
  let x169 = in0[i];
  let x170 = in1[c1];
  let v171 = (x169 - x170);
  let v172 = dlc_square_f32(v171);
  return v172;
}
fn dlc_mid(i: u32, acc: f32) {
  let x179 = in2[i];
  let v180 = (acc * 0.01);
  let v181 = (x179 + v180);
  out0[i] = v181;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + dlc_pre(base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 53 (read, read, read_write, read_write)
// dlc kernel: add %118 + relu %119 + greater %149 + cast %150 (models/resnet.ts:20:15, models/resnet.ts:20:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x168 = in0[i];
  let x182 = in1[i];
  let v183 = (x168 + x182);
  let v184 = max(v183, 0.0);
  let v224 = (v183 > 0.0);
  let v225 = select(f32(0), f32(1), v224);
  out0[i] = v184;
  out1[i] = v225;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 54 (read, read_write)
// dlc kernel: global_avg_pool2d %120 (models/resnet.ts:31:49)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  let n = i / 64u; let c = i % 64u;
  var s = 0.0;
  for (var p = 0u; p < 64u; p++) { s += x[(n * 64u + p) * 64u + c]; }
  out[i] = s / 64.0;
}

// ---- pipeline 55 (read, read, read, read_write)
// dlc kernel: matmul %121 + add %122 (models/resnet.ts:31:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x48 = in2[c1];
  let v187 = (acc + x48);
  out0[i] = v187;
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
  for (var k0 = 0u; k0 < 64u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 64u) { v = in0[ao + gr * 64u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 64u) { v = in1[bo + gr + gk * 10u]; }
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

// ---- pipeline 56 (read, read_write)
// dlc kernel: reduce_sum %136
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

// ---- pipeline 57 (read, read, read, read_write)
// dlc kernel: softmax %123 + mul %137 + sub %138 + mul %140 (models/resnet.ts:31:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 10u);
  let x205 = in1[c0];
  let x1 = in2[i];
  let v206 = (acc * x205);
  let v207 = (v206 - x1);
  let v210 = (v207 * 0.25);
  out0[i] = v210;
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

// ---- pipeline 58 (read, read, read_write)
// dlc kernel: categorical_cross_entropy %124
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

// ---- pipeline 59 (read, read, read_write)
// dlc kernel: mul %126 + add %127
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x189 = in0[i];
  let x192 = in1[i];
  let v191 = (x189 * 4.0);
  let v193 = (x192 + v191);
  out0[i] = v193;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 60 (read, read_write)
// dlc kernel: argmax %128, argmax %129
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

// ---- pipeline 61 (read, read, read_write)
// dlc kernel: equal %130 + cast %131
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x194 = in0[i];
  let x195 = in1[i];
  let v196 = (x194 == x195);
  let v197 = select(f32(0), f32(1), v196);
  out0[i] = v197;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  dlc_mid(i);
}

// ---- pipeline 62 (read, read_write)
// dlc kernel: reduce_sum %133
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

// ---- pipeline 63 (read, read, read_write)
// dlc kernel: reduce_sum %134 + add %135
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x201 = in1[i];
  let v202 = (x201 + acc);
  out0[i] = v202;
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

// ---- pipeline 64 (read, read_write)
// dlc kernel: mul %352
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x443 = in0[i];
  let v446 = (x443 * 0.0001);
  out0[i] = v446;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 65 (read, read, read_write)
// dlc kernel: mul %520 + sub %521
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x48 = in1[i];
  let v727 = (x446 * x48);
  let v728 = (x48 - v727);
  out0[i] = v728;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  dlc_mid(i);
}

// ---- pipeline 66 (read, read_write)
// dlc kernel: mul %523
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x731 = in0[i];
  let v732 = (0.9 * x731);
  out0[i] = v732;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  dlc_mid(i);
}

// ---- pipeline 67 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %141 + mul %522 + sub %524 + add %525 (models/resnet.ts:31:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x732 = in2[i];
  let x728 = in3[i];
  let v729 = (x443 * acc);
  let v733 = (x732 - v729);
  let v734 = (x728 + v733);
  out0[i] = v733;
  out1[i] = v734;
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

// ---- pipeline 68 (read, read, read_write)
// dlc kernel: matmul %142 (models/resnet.ts:31:12)
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
  let col0 = (g % 4u) * 16u;
  let row0 = ((g / 4u) % 1u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 256u;
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
      if (gr < 64u && gk < 10u) { v = in1[bo + gr * 10u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 64u) { dlc_mid(yo + r * 64u + c, acc_0_0); } }
}

// ---- pipeline 69 (read, read, read_write)
// dlc kernel: mul %514 + sub %515
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x47 = in1[i];
  let v717 = (x446 * x47);
  let v718 = (x47 - v717);
  out0[i] = v718;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 640u) { return; }
  dlc_mid(i);
}

// ---- pipeline 70 (read, read_write)
// dlc kernel: mul %517
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x721 = in0[i];
  let v722 = (0.9 * x721);
  out0[i] = v722;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 640u) { return; }
  dlc_mid(i);
}

// ---- pipeline 71 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %143 + mul %516 + sub %518 + add %519 (models/resnet.ts:31:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x443 = in2[0u];
  let x722 = in3[i];
  let x718 = in4[i];
  let v719 = (x443 * acc);
  let v723 = (x722 - v719);
  let v724 = (x718 + v723);
  out0[i] = v723;
  out1[i] = v724;
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
  let row0 = ((g / 1u) % 4u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 640u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 64u && gk < 4u) { v = in0[ao + gr + gk * 64u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 64u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 72 (read, read_write)
// dlc kernel: broadcast_to %145 (models/resnet.ts:31:49)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  out[i] = x[((i / 4096u) % 4u) * 64u + ((i / 1u) % 64u) * 1u];
}

// ---- pipeline 73 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %147 + mul %151 + mul %160 + mul %180 (models/resnet.ts:31:49, models/resnet.ts:20:10, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x220 = in0[i];
  let x225 = in1[i];
  let x43 = in2[c1];
  let x38 = in3[c1];
  let v222 = (x220 * 0.015625);
  let v226 = (v222 * x225);
  let v235 = (v226 * x43);
  let v256 = (v226 * x38);
  out0[i] = v226;
  out1[i] = v235;
  out2[i] = v256;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 74 (read, read_write)
// dlc kernel: reduce_mean %152 (models/resnet.ts:12:10), reduce_mean %161 (models/resnet.ts:12:10), reduce_mean %164 (models/resnet.ts:12:10) (+6 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 75 (read, read, read_write, read_write)
// dlc kernel: sub %153 + mul %154 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x169 = in0[i];
  let x227 = in1[c1];
  let v228 = (x169 - x227);
  let v229 = (v228 * v228);
  out0[i] = v228;
  out1[i] = v229;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 76 (read, read_write)
// dlc kernel: reduce_mean %155 + add %157 + rsqrt %158 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v232 = (acc + 0.001);
  let v233 = inverseSqrt(v232);
  out0[i] = v233;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 77 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %159 + mul %163 + mul %168 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x228 = in0[i];
  let x233 = in1[c1];
  let x235 = in2[i];
  let x226 = in3[i];
  let v234 = (x228 * x233);
  let v238 = (x235 * v234);
  let v243 = (x226 * v234);
  out0[i] = v234;
  out1[i] = v238;
  out2[i] = v243;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 78 (read, read, read_write)
// dlc kernel: sub %162 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x235 = in0[i];
  let x236 = in1[c1];
  let v237 = (x235 - x236);
  out0[i] = v237;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 79 (read, read, read, read, read_write)
// dlc kernel: mul %165 + sub %166 + mul %167 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x234 = in0[i];
  let x239 = in1[c1];
  let x237 = in2[i];
  let x233 = in3[c1];
  let v240 = (x234 * x239);
  let v241 = (x237 - v240);
  let v242 = (x233 * v241);
  out0[i] = v242;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 80 (read, read, read_write)
// dlc kernel: mul %503 + sub %504
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x43 = in1[i];
  let v697 = (x446 * x43);
  let v698 = (x43 - v697);
  out0[i] = v698;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 81 (read, read_write)
// dlc kernel: mul %506
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x701 = in0[i];
  let v702 = (0.9 * x701);
  out0[i] = v702;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 82 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %169 + mul %505 + sub %507 + add %508 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x702 = in2[i];
  let x698 = in3[i];
  let v699 = (x443 * acc);
  let v703 = (x702 - v699);
  let v704 = (x698 + v703);
  out0[i] = v703;
  out1[i] = v704;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 83 (read, read, read_write)
// dlc kernel: mul %491 + sub %492
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x39 = in1[i];
  let v677 = (x446 * x39);
  let v678 = (x39 - v677);
  out0[i] = v678;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 84 (read, read_write)
// dlc kernel: mul %494
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x681 = in0[i];
  let v682 = (0.9 * x681);
  out0[i] = v682;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 85 (read, read_write)
// dlc kernel: mul %511
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x711 = in0[i];
  let v712 = (0.9 * x711);
  out0[i] = v712;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 86 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %170 + mul %493 + sub %495 + add %496 + sub %512 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x682 = in2[i];
  let x678 = in3[i];
  let x712 = in4[i];
  let v679 = (x443 * acc);
  let v683 = (x682 - v679);
  let v684 = (x678 + v683);
  let v713 = (x712 - v679);
  out0[i] = v683;
  out1[i] = v684;
  out2[i] = v713;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 87 (read, read, read_write)
// dlc kernel: conv2d_transpose %171 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  let n = (i / 8192u); let yh = ((i / 512u) % 16u); let yw = ((i / 32u) % 16u); let o = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let h_t = i32(yh) - i32(kh); if (h_t < 0 || h_t % 2 != 0 || h_t / 2 >= 8) { continue; } let h = u32(h_t / 2);
    for (var kw = 0u; kw < 1u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (wi_t < 0 || wi_t % 2 != 0 || wi_t / 2 >= 8) { continue; } let wi = u32(wi_t / 2);
      let xb = ((n * 8u + h) * 8u + wi) * 64u;
      let wb = ((kh * 1u + kw) * 32u + o) * 64u;
      for (var c = 0u; c < 64u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 88 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %172 (models/resnet.ts:12:22)
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
  if (g >= 2048u) { return; }
  let kh = 0u; let kw = 0u; let c = ((g / 64u) % 32u); let o = (g % 64u);
  var acc = 0.0;
  for (var r = lane; r < 256u; r += 64u) {
    let n = (r / 64u); let oh = ((r / 8u) % 8u); let ow = (r % 8u);
    let ih = i32(oh) * 2 + i32(kh);
    let iw = i32(ow) * 2 + i32(kw);
    if (u32(ih) < 16u && u32(iw) < 16u) {
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c] * dy[r * 64u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 89 (read, read, read_write, read_write)
// dlc kernel: sub %174 + mul %175 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x155 = in0[i];
  let x248 = in1[c1];
  let v249 = (x155 - x248);
  let v250 = (v249 * v249);
  out0[i] = v249;
  out1[i] = v250;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 90 (read, read_write)
// dlc kernel: reduce_mean %176 + add %177 + rsqrt %178 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v253 = (acc + 0.001);
  let v254 = inverseSqrt(v253);
  out0[i] = v254;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 91 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %179 + mul %183 + mul %188 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x249 = in0[i];
  let x254 = in1[c1];
  let x256 = in2[i];
  let x226 = in3[i];
  let v255 = (x249 * x254);
  let v259 = (x256 * v255);
  let v264 = (x226 * v255);
  out0[i] = v255;
  out1[i] = v259;
  out2[i] = v264;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 92 (read, read, read_write)
// dlc kernel: sub %182 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x256 = in0[i];
  let x257 = in1[c1];
  let v258 = (x256 - x257);
  out0[i] = v258;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 93 (read, read, read, read, read_write)
// dlc kernel: mul %185 + sub %186 + mul %187 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x255 = in0[i];
  let x260 = in1[c1];
  let x258 = in2[i];
  let x254 = in3[c1];
  let v261 = (x255 * x260);
  let v262 = (x258 - v261);
  let v263 = (x254 * v262);
  out0[i] = v263;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 94 (read, read, read_write)
// dlc kernel: mul %485 + sub %486
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x38 = in1[i];
  let v667 = (x446 * x38);
  let v668 = (x38 - v667);
  out0[i] = v668;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 95 (read, read_write)
// dlc kernel: mul %488
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x671 = in0[i];
  let v672 = (0.9 * x671);
  out0[i] = v672;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 96 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %189 + mul %487 + sub %489 + add %490 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x672 = in2[i];
  let x668 = in3[i];
  let v669 = (x443 * acc);
  let v673 = (x672 - v669);
  let v674 = (x668 + v673);
  out0[i] = v673;
  out1[i] = v674;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 97 (read, read, read_write)
// dlc kernel: conv2d_transpose %190 (models/resnet.ts:12:22)
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
      let xb = ((n * 8u + h) * 8u + wi) * 64u;
      let wb = ((kh * 3u + kw) * 64u + o) * 64u;
      for (var c = 0u; c < 64u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 98 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %191 (models/resnet.ts:12:22)
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
  for (var r = lane; r < 256u; r += 64u) {
    let n = (r / 64u); let oh = ((r / 8u) % 8u); let ow = (r % 8u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 8u && u32(iw) < 8u) {
      acc += x[((n * 8u + u32(ih)) * 8u + u32(iw)) * 64u + c] * dy[r * 64u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 99 (read, read, read, read_write, read_write)
// dlc kernel: greater %192 + cast %193 + mul %194 + mul %202 (models/resnet.ts:16:13, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x153 = in0[i];
  let x267 = in1[i];
  let x33 = in2[c1];
  let v270 = (x153 > 0.0);
  let v271 = select(f32(0), f32(1), v270);
  let v272 = (x267 * v271);
  let v281 = (v272 * x33);
  out0[i] = v272;
  out1[i] = v281;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 100 (read, read, read_write, read_write)
// dlc kernel: sub %196 + mul %197 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x140 = in0[i];
  let x273 = in1[c1];
  let v274 = (x140 - x273);
  let v275 = (v274 * v274);
  out0[i] = v274;
  out1[i] = v275;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 101 (read, read_write)
// dlc kernel: reduce_mean %198 + add %199 + rsqrt %200 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v278 = (acc + 0.001);
  let v279 = inverseSqrt(v278);
  out0[i] = v279;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 102 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %201 + mul %205 + mul %210 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x274 = in0[i];
  let x279 = in1[c1];
  let x281 = in2[i];
  let x272 = in3[i];
  let v280 = (x274 * x279);
  let v284 = (x281 * v280);
  let v289 = (x272 * v280);
  out0[i] = v280;
  out1[i] = v284;
  out2[i] = v289;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 103 (read, read, read_write)
// dlc kernel: sub %204 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x281 = in0[i];
  let x282 = in1[c1];
  let v283 = (x281 - x282);
  out0[i] = v283;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 104 (read, read, read, read, read_write)
// dlc kernel: mul %207 + sub %208 + mul %209 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x280 = in0[i];
  let x285 = in1[c1];
  let x283 = in2[i];
  let x279 = in3[c1];
  let v286 = (x280 * x285);
  let v287 = (x283 - v286);
  let v288 = (x279 * v287);
  out0[i] = v288;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 105 (read, read, read_write)
// dlc kernel: mul %467 + sub %468
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x33 = in1[i];
  let v637 = (x446 * x33);
  let v638 = (x33 - v637);
  out0[i] = v638;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 106 (read, read_write)
// dlc kernel: mul %470
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x641 = in0[i];
  let v642 = (0.9 * x641);
  out0[i] = v642;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 107 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %211 + mul %469 + sub %471 + add %472 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x642 = in2[i];
  let x638 = in3[i];
  let v639 = (x443 * acc);
  let v643 = (x642 - v639);
  let v644 = (x638 + v643);
  out0[i] = v643;
  out1[i] = v644;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 108 (read, read, read_write)
// dlc kernel: mul %473 + sub %474
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x34 = in1[i];
  let v647 = (x446 * x34);
  let v648 = (x34 - v647);
  out0[i] = v648;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 109 (read, read_write)
// dlc kernel: mul %476
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x651 = in0[i];
  let v652 = (0.9 * x651);
  out0[i] = v652;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 110 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %212 + mul %475 + sub %477 + add %478 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x652 = in2[i];
  let x648 = in3[i];
  let v649 = (x443 * acc);
  let v653 = (x652 - v649);
  let v654 = (x648 + v653);
  out0[i] = v653;
  out1[i] = v654;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 111 (read, read, read_write)
// dlc kernel: conv2d_transpose %213 (models/resnet.ts:12:22)
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
    let h_t = i32(yh) - i32(kh); if (h_t < 0 || h_t % 2 != 0 || h_t / 2 >= 8) { continue; } let h = u32(h_t / 2);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (wi_t < 0 || wi_t % 2 != 0 || wi_t / 2 >= 8) { continue; } let wi = u32(wi_t / 2);
      let xb = ((n * 8u + h) * 8u + wi) * 64u;
      let wb = ((kh * 3u + kw) * 32u + o) * 64u;
      for (var c = 0u; c < 64u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 112 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %214 (models/resnet.ts:12:22)
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
  for (var r = lane; r < 256u; r += 64u) {
    let n = (r / 64u); let oh = ((r / 8u) % 8u); let ow = (r % 8u);
    let ih = i32(oh) * 2 + i32(kh);
    let iw = i32(ow) * 2 + i32(kw);
    if (u32(ih) < 16u && u32(iw) < 16u) {
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c] * dy[r * 64u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 113 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: add %215 + mul %218 + mul %226 + mul %246 (models/resnet.ts:12:22, models/resnet.ts:20:10, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x246 = in0[i];
  let x292 = in1[i];
  let x297 = in2[i];
  let x28 = in3[c1];
  let x23 = in4[c1];
  let v294 = (x246 + x292);
  let v298 = (v294 * x297);
  let v307 = (v298 * x28);
  let v328 = (v298 * x23);
  out0[i] = v298;
  out1[i] = v307;
  out2[i] = v328;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 114 (read, read_write)
// dlc kernel: reduce_mean %219 (models/resnet.ts:12:10), reduce_mean %227 (models/resnet.ts:12:10), reduce_mean %230 (models/resnet.ts:12:10) (+6 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 115 (read, read, read_write, read_write)
// dlc kernel: sub %220 + mul %221 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x124 = in0[i];
  let x299 = in1[c1];
  let v300 = (x124 - x299);
  let v301 = (v300 * v300);
  out0[i] = v300;
  out1[i] = v301;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 116 (read, read_write)
// dlc kernel: reduce_mean %222 + add %223 + rsqrt %224 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v304 = (acc + 0.001);
  let v305 = inverseSqrt(v304);
  out0[i] = v305;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 117 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %225 + mul %229 + mul %234 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x300 = in0[i];
  let x305 = in1[c1];
  let x307 = in2[i];
  let x298 = in3[i];
  let v306 = (x300 * x305);
  let v310 = (x307 * v306);
  let v315 = (x298 * v306);
  out0[i] = v306;
  out1[i] = v310;
  out2[i] = v315;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 118 (read, read, read_write)
// dlc kernel: sub %228 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x307 = in0[i];
  let x308 = in1[c1];
  let v309 = (x307 - x308);
  out0[i] = v309;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 119 (read, read, read, read, read_write)
// dlc kernel: mul %231 + sub %232 + mul %233 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x306 = in0[i];
  let x311 = in1[c1];
  let x309 = in2[i];
  let x305 = in3[c1];
  let v312 = (x306 * x311);
  let v313 = (x309 - v312);
  let v314 = (x305 * v313);
  out0[i] = v314;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 120 (read, read, read_write)
// dlc kernel: mul %450 + sub %451
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x28 = in1[i];
  let v607 = (x446 * x28);
  let v608 = (x28 - v607);
  out0[i] = v608;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 121 (read, read_write)
// dlc kernel: mul %453
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x611 = in0[i];
  let v612 = (0.9 * x611);
  out0[i] = v612;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 122 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %235 + mul %452 + sub %454 + add %455 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x612 = in2[i];
  let x608 = in3[i];
  let v609 = (x443 * acc);
  let v613 = (x612 - v609);
  let v614 = (x608 + v613);
  out0[i] = v613;
  out1[i] = v614;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 123 (read, read, read_write)
// dlc kernel: mul %438 + sub %439
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x24 = in1[i];
  let v587 = (x446 * x24);
  let v588 = (x24 - v587);
  out0[i] = v588;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 124 (read, read_write)
// dlc kernel: mul %441
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x591 = in0[i];
  let v592 = (0.9 * x591);
  out0[i] = v592;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 125 (read, read_write)
// dlc kernel: mul %458
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x621 = in0[i];
  let v622 = (0.9 * x621);
  out0[i] = v622;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 126 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %236 + mul %440 + sub %442 + add %443 + sub %459 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x592 = in2[i];
  let x588 = in3[i];
  let x622 = in4[i];
  let v589 = (x443 * acc);
  let v593 = (x592 - v589);
  let v594 = (x588 + v593);
  let v623 = (x622 - v589);
  out0[i] = v593;
  out1[i] = v594;
  out2[i] = v623;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 127 (read, read, read_write)
// dlc kernel: conv2d_transpose %237 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  let n = (i / 16384u); let yh = ((i / 512u) % 32u); let yw = ((i / 16u) % 32u); let o = (i % 16u);
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let h_t = i32(yh) - i32(kh); if (h_t < 0 || h_t % 2 != 0 || h_t / 2 >= 16) { continue; } let h = u32(h_t / 2);
    for (var kw = 0u; kw < 1u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (wi_t < 0 || wi_t % 2 != 0 || wi_t / 2 >= 16) { continue; } let wi = u32(wi_t / 2);
      let xb = ((n * 16u + h) * 16u + wi) * 32u;
      let wb = ((kh * 1u + kw) * 16u + o) * 32u;
      for (var c = 0u; c < 32u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 128 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %238 (models/resnet.ts:12:22)
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
  if (g >= 512u) { return; }
  let kh = 0u; let kw = 0u; let c = ((g / 32u) % 16u); let o = (g % 32u);
  var acc = 0.0;
  for (var r = lane; r < 1024u; r += 64u) {
    let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u);
    let ih = i32(oh) * 2 + i32(kh);
    let iw = i32(ow) * 2 + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u + c] * dy[r * 32u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 129 (read, read, read_write, read_write)
// dlc kernel: sub %240 + mul %241 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x110 = in0[i];
  let x320 = in1[c1];
  let v321 = (x110 - x320);
  let v322 = (v321 * v321);
  out0[i] = v321;
  out1[i] = v322;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 130 (read, read_write)
// dlc kernel: reduce_mean %242 + add %243 + rsqrt %244 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v325 = (acc + 0.001);
  let v326 = inverseSqrt(v325);
  out0[i] = v326;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 131 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %245 + mul %249 + mul %254 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x321 = in0[i];
  let x326 = in1[c1];
  let x328 = in2[i];
  let x298 = in3[i];
  let v327 = (x321 * x326);
  let v331 = (x328 * v327);
  let v336 = (x298 * v327);
  out0[i] = v327;
  out1[i] = v331;
  out2[i] = v336;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 132 (read, read, read_write)
// dlc kernel: sub %248 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x328 = in0[i];
  let x329 = in1[c1];
  let v330 = (x328 - x329);
  out0[i] = v330;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 133 (read, read, read, read, read_write)
// dlc kernel: mul %251 + sub %252 + mul %253 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x327 = in0[i];
  let x332 = in1[c1];
  let x330 = in2[i];
  let x326 = in3[c1];
  let v333 = (x327 * x332);
  let v334 = (x330 - v333);
  let v335 = (x326 * v334);
  out0[i] = v335;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 134 (read, read, read_write)
// dlc kernel: mul %432 + sub %433
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x23 = in1[i];
  let v577 = (x446 * x23);
  let v578 = (x23 - v577);
  out0[i] = v578;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 135 (read, read_write)
// dlc kernel: mul %435
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x581 = in0[i];
  let v582 = (0.9 * x581);
  out0[i] = v582;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 136 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %255 + mul %434 + sub %436 + add %437 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x582 = in2[i];
  let x578 = in3[i];
  let v579 = (x443 * acc);
  let v583 = (x582 - v579);
  let v584 = (x578 + v583);
  out0[i] = v583;
  out1[i] = v584;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 137 (read, read, read_write)
// dlc kernel: conv2d_transpose %256 (models/resnet.ts:12:22)
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
      let xb = ((n * 16u + h) * 16u + wi) * 32u;
      let wb = ((kh * 3u + kw) * 32u + o) * 32u;
      for (var c = 0u; c < 32u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 138 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %257 (models/resnet.ts:12:22)
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
  for (var r = lane; r < 1024u; r += 64u) {
    let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 16u && u32(iw) < 16u) {
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c] * dy[r * 32u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 139 (read, read, read, read_write, read_write)
// dlc kernel: greater %258 + cast %259 + mul %260 + mul %268 (models/resnet.ts:16:13, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x108 = in0[i];
  let x339 = in1[i];
  let x18 = in2[c1];
  let v342 = (x108 > 0.0);
  let v343 = select(f32(0), f32(1), v342);
  let v344 = (x339 * v343);
  let v353 = (v344 * x18);
  out0[i] = v344;
  out1[i] = v353;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 140 (read, read, read_write, read_write)
// dlc kernel: sub %262 + mul %263 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x95 = in0[i];
  let x345 = in1[c1];
  let v346 = (x95 - x345);
  let v347 = (v346 * v346);
  out0[i] = v346;
  out1[i] = v347;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 141 (read, read_write)
// dlc kernel: reduce_mean %264 + add %265 + rsqrt %266 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v350 = (acc + 0.001);
  let v351 = inverseSqrt(v350);
  out0[i] = v351;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 142 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %267 + mul %271 + mul %276 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x346 = in0[i];
  let x351 = in1[c1];
  let x353 = in2[i];
  let x344 = in3[i];
  let v352 = (x346 * x351);
  let v356 = (x353 * v352);
  let v361 = (x344 * v352);
  out0[i] = v352;
  out1[i] = v356;
  out2[i] = v361;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 143 (read, read, read_write)
// dlc kernel: sub %270 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x353 = in0[i];
  let x354 = in1[c1];
  let v355 = (x353 - x354);
  out0[i] = v355;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 144 (read, read, read, read, read_write)
// dlc kernel: mul %273 + sub %274 + mul %275 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x352 = in0[i];
  let x357 = in1[c1];
  let x355 = in2[i];
  let x351 = in3[c1];
  let v358 = (x352 * x357);
  let v359 = (x355 - v358);
  let v360 = (x351 * v359);
  out0[i] = v360;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 145 (read, read, read_write)
// dlc kernel: mul %414 + sub %415
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x18 = in1[i];
  let v547 = (x446 * x18);
  let v548 = (x18 - v547);
  out0[i] = v548;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 146 (read, read_write)
// dlc kernel: mul %417
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x551 = in0[i];
  let v552 = (0.9 * x551);
  out0[i] = v552;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 147 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %277 + mul %416 + sub %418 + add %419 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x552 = in2[i];
  let x548 = in3[i];
  let v549 = (x443 * acc);
  let v553 = (x552 - v549);
  let v554 = (x548 + v553);
  out0[i] = v553;
  out1[i] = v554;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 148 (read, read, read_write)
// dlc kernel: mul %420 + sub %421
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x19 = in1[i];
  let v557 = (x446 * x19);
  let v558 = (x19 - v557);
  out0[i] = v558;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 149 (read, read_write)
// dlc kernel: mul %423
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x561 = in0[i];
  let v562 = (0.9 * x561);
  out0[i] = v562;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 150 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %278 + mul %422 + sub %424 + add %425 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x562 = in2[i];
  let x558 = in3[i];
  let v559 = (x443 * acc);
  let v563 = (x562 - v559);
  let v564 = (x558 + v563);
  out0[i] = v563;
  out1[i] = v564;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 151 (read, read, read_write)
// dlc kernel: conv2d_transpose %279 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  let n = (i / 16384u); let yh = ((i / 512u) % 32u); let yw = ((i / 16u) % 32u); let o = (i % 16u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) - i32(kh); if (h_t < 0 || h_t % 2 != 0 || h_t / 2 >= 16) { continue; } let h = u32(h_t / 2);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (wi_t < 0 || wi_t % 2 != 0 || wi_t / 2 >= 16) { continue; } let wi = u32(wi_t / 2);
      let xb = ((n * 16u + h) * 16u + wi) * 32u;
      let wb = ((kh * 3u + kw) * 16u + o) * 32u;
      for (var c = 0u; c < 32u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 152 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %280 (models/resnet.ts:12:22)
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
  if (g >= 4608u) { return; }
  let kh = (g / 1536u); let kw = ((g / 512u) % 3u); let c = ((g / 32u) % 16u); let o = (g % 32u);
  var acc = 0.0;
  for (var r = lane; r < 1024u; r += 64u) {
    let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u);
    let ih = i32(oh) * 2 + i32(kh);
    let iw = i32(ow) * 2 + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u + c] * dy[r * 32u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 153 (read, read, read, read, read_write, read_write)
// dlc kernel: add %281 + mul %284 + mul %292 (models/resnet.ts:12:22, models/resnet.ts:20:10, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x318 = in0[i];
  let x364 = in1[i];
  let x369 = in2[i];
  let x13 = in3[c1];
  let v366 = (x318 + x364);
  let v370 = (v366 * x369);
  let v379 = (v370 * x13);
  out0[i] = v370;
  out1[i] = v379;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 154 (read, read_write)
// dlc kernel: reduce_mean %285 (models/resnet.ts:12:10), reduce_mean %293 (models/resnet.ts:12:10), reduce_mean %296 (models/resnet.ts:12:10) (+6 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 155 (read, read, read_write, read_write)
// dlc kernel: sub %286 + mul %287 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x79 = in0[i];
  let x371 = in1[c1];
  let v372 = (x79 - x371);
  let v373 = (v372 * v372);
  out0[i] = v372;
  out1[i] = v373;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 156 (read, read_write)
// dlc kernel: reduce_mean %288 + add %289 + rsqrt %290 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v376 = (acc + 0.001);
  let v377 = inverseSqrt(v376);
  out0[i] = v377;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 157 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %291 + mul %295 + mul %300 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x372 = in0[i];
  let x377 = in1[c1];
  let x379 = in2[i];
  let x370 = in3[i];
  let v378 = (x372 * x377);
  let v382 = (x379 * v378);
  let v387 = (x370 * v378);
  out0[i] = v378;
  out1[i] = v382;
  out2[i] = v387;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 158 (read, read, read_write)
// dlc kernel: sub %294 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x379 = in0[i];
  let x380 = in1[c1];
  let v381 = (x379 - x380);
  out0[i] = v381;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 159 (read, read, read, read, read_write)
// dlc kernel: mul %297 + sub %298 + mul %299 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x378 = in0[i];
  let x383 = in1[c1];
  let x381 = in2[i];
  let x377 = in3[c1];
  let v384 = (x378 * x383);
  let v385 = (x381 - v384);
  let v386 = (x377 * v385);
  out0[i] = v386;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 160 (read, read, read_write)
// dlc kernel: mul %396 + sub %397
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x13 = in1[i];
  let v517 = (x446 * x13);
  let v518 = (x13 - v517);
  out0[i] = v518;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 161 (read, read_write)
// dlc kernel: mul %399
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x521 = in0[i];
  let v522 = (0.9 * x521);
  out0[i] = v522;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 162 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %301 + mul %398 + sub %400 + add %401 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x522 = in2[i];
  let x518 = in3[i];
  let v519 = (x443 * acc);
  let v523 = (x522 - v519);
  let v524 = (x518 + v523);
  out0[i] = v523;
  out1[i] = v524;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 163 (read, read, read_write)
// dlc kernel: mul %402 + sub %403
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x14 = in1[i];
  let v527 = (x446 * x14);
  let v528 = (x14 - v527);
  out0[i] = v528;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 164 (read, read_write)
// dlc kernel: mul %405
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x531 = in0[i];
  let v532 = (0.9 * x531);
  out0[i] = v532;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 165 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %302 + mul %404 + sub %406 + add %407 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x532 = in2[i];
  let x528 = in3[i];
  let v529 = (x443 * acc);
  let v533 = (x532 - v529);
  let v534 = (x528 + v533);
  out0[i] = v533;
  out1[i] = v534;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 166 (read, read, read_write)
// dlc kernel: conv2d_transpose %303 (models/resnet.ts:12:22), conv2d_transpose %326 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  let n = (i / 16384u); let yh = ((i / 512u) % 32u); let yw = ((i / 16u) % 32u); let o = (i % 16u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 32u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 32u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 32u + h) * 32u + wi) * 16u;
      let wb = ((kh * 3u + kw) * 16u + o) * 16u;
      for (var c = 0u; c < 16u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 167 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %304 (models/resnet.ts:12:22), conv2d_backprop_filter %327 (models/resnet.ts:12:22)
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
  if (g >= 2304u) { return; }
  let kh = (g / 768u); let kw = ((g / 256u) % 3u); let c = ((g / 16u) % 16u); let o = (g % 16u);
  var acc = 0.0;
  for (var r = lane; r < 4096u; r += 64u) {
    let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u + c] * dy[r * 16u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 168 (read, read, read, read_write, read_write)
// dlc kernel: greater %305 + cast %306 + mul %307 + mul %315 (models/resnet.ts:16:13, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x77 = in0[i];
  let x390 = in1[i];
  let x8 = in2[c1];
  let v393 = (x77 > 0.0);
  let v394 = select(f32(0), f32(1), v393);
  let v395 = (x390 * v394);
  let v404 = (v395 * x8);
  out0[i] = v395;
  out1[i] = v404;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 169 (read, read, read_write, read_write)
// dlc kernel: sub %309 + mul %310 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x64 = in0[i];
  let x396 = in1[c1];
  let v397 = (x64 - x396);
  let v398 = (v397 * v397);
  out0[i] = v397;
  out1[i] = v398;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 170 (read, read_write)
// dlc kernel: reduce_mean %311 + add %312 + rsqrt %313 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v401 = (acc + 0.001);
  let v402 = inverseSqrt(v401);
  out0[i] = v402;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 171 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %314 + mul %318 + mul %323 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x397 = in0[i];
  let x402 = in1[c1];
  let x404 = in2[i];
  let x395 = in3[i];
  let v403 = (x397 * x402);
  let v407 = (x404 * v403);
  let v412 = (x395 * v403);
  out0[i] = v403;
  out1[i] = v407;
  out2[i] = v412;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 172 (read, read, read_write)
// dlc kernel: sub %317 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x404 = in0[i];
  let x405 = in1[c1];
  let v406 = (x404 - x405);
  out0[i] = v406;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 173 (read, read, read, read, read_write)
// dlc kernel: mul %320 + sub %321 + mul %322 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x403 = in0[i];
  let x408 = in1[c1];
  let x406 = in2[i];
  let x402 = in3[c1];
  let v409 = (x403 * x408);
  let v410 = (x406 - v409);
  let v411 = (x402 * v410);
  out0[i] = v411;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 174 (read, read, read_write)
// dlc kernel: mul %378 + sub %379
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x8 = in1[i];
  let v487 = (x446 * x8);
  let v488 = (x8 - v487);
  out0[i] = v488;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 175 (read, read_write)
// dlc kernel: mul %381
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x491 = in0[i];
  let v492 = (0.9 * x491);
  out0[i] = v492;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 176 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %324 + mul %380 + sub %382 + add %383 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x492 = in2[i];
  let x488 = in3[i];
  let v489 = (x443 * acc);
  let v493 = (x492 - v489);
  let v494 = (x488 + v493);
  out0[i] = v493;
  out1[i] = v494;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 177 (read, read, read_write)
// dlc kernel: mul %384 + sub %385
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x9 = in1[i];
  let v497 = (x446 * x9);
  let v498 = (x9 - v497);
  out0[i] = v498;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 178 (read, read_write)
// dlc kernel: mul %387
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x501 = in0[i];
  let v502 = (0.9 * x501);
  out0[i] = v502;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 179 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %325 + mul %386 + sub %388 + add %389 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x502 = in2[i];
  let x498 = in3[i];
  let v499 = (x443 * acc);
  let v503 = (x502 - v499);
  let v504 = (x498 + v503);
  out0[i] = v503;
  out1[i] = v504;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 180 (read, read, read_write)
// dlc kernel: add %328 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x370 = in0[i];
  let x415 = in1[i];
  let v417 = (x370 + x415);
  out0[i] = v417;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 181 (read, read, read, read_write, read_write)
// dlc kernel: greater %329 + cast %330 + mul %331 + mul %339 (models/resnet.ts:27:13, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x62 = in0[i];
  let x417 = in1[i];
  let x3 = in2[c1];
  let v419 = (x62 > 0.0);
  let v420 = select(f32(0), f32(1), v419);
  let v421 = (x417 * v420);
  let v430 = (v421 * x3);
  out0[i] = v421;
  out1[i] = v430;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 182 (read, read, read_write, read_write)
// dlc kernel: sub %333 + mul %334 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x49 = in0[i];
  let x422 = in1[c1];
  let v423 = (x49 - x422);
  let v424 = (v423 * v423);
  out0[i] = v423;
  out1[i] = v424;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 183 (read, read_write)
// dlc kernel: reduce_mean %335 + add %336 + rsqrt %337 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v427 = (acc + 0.001);
  let v428 = inverseSqrt(v427);
  out0[i] = v428;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 184 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %338 + mul %342 + mul %347 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x423 = in0[i];
  let x428 = in1[c1];
  let x430 = in2[i];
  let x421 = in3[i];
  let v429 = (x423 * x428);
  let v433 = (x430 * v429);
  let v438 = (x421 * v429);
  out0[i] = v429;
  out1[i] = v433;
  out2[i] = v438;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 185 (read, read, read_write)
// dlc kernel: sub %341 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x430 = in0[i];
  let x431 = in1[c1];
  let v432 = (x430 - x431);
  out0[i] = v432;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 186 (read, read, read, read, read_write)
// dlc kernel: mul %344 + sub %345 + mul %346 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x429 = in0[i];
  let x434 = in1[c1];
  let x432 = in2[i];
  let x428 = in3[c1];
  let v435 = (x429 * x434);
  let v436 = (x432 - v435);
  let v437 = (x428 * v436);
  out0[i] = v437;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 187 (read, read, read_write)
// dlc kernel: mul %360 + sub %361
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x3 = in1[i];
  let v457 = (x446 * x3);
  let v458 = (x3 - v457);
  out0[i] = v458;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 188 (read, read_write)
// dlc kernel: mul %363
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x461 = in0[i];
  let v462 = (0.9 * x461);
  out0[i] = v462;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 189 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %348 + mul %362 + sub %364 + add %365 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x462 = in2[i];
  let x458 = in3[i];
  let v459 = (x443 * acc);
  let v463 = (x462 - v459);
  let v464 = (x458 + v463);
  out0[i] = v463;
  out1[i] = v464;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 190 (read, read, read_write)
// dlc kernel: mul %366 + sub %367
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x4 = in1[i];
  let v467 = (x446 * x4);
  let v468 = (x4 - v467);
  out0[i] = v468;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 191 (read, read_write)
// dlc kernel: mul %369
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x471 = in0[i];
  let v472 = (0.9 * x471);
  out0[i] = v472;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 192 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %349 + mul %368 + sub %370 + add %371 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x443 = in1[0u];
  let x472 = in2[i];
  let x468 = in3[i];
  let v469 = (x443 * acc);
  let v473 = (x472 - v469);
  let v474 = (x468 + v473);
  out0[i] = v473;
  out1[i] = v474;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 193 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %350 (models/resnet.ts:12:22)
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
  if (g >= 432u) { return; }
  let kh = (g / 144u); let kw = ((g / 48u) % 3u); let c = ((g / 16u) % 3u); let o = (g % 16u);
  var acc = 0.0;
  for (var r = lane; r < 4096u; r += 64u) {
    let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 3u + c] * dy[r * 16u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 194 (read, read, read_write)
// dlc kernel: mul %353 + sub %354
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x2 = in1[i];
  let v447 = (x446 * x2);
  let v448 = (x2 - v447);
  out0[i] = v448;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 195 (read, read, read_write)
// dlc kernel: mul %355
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x443 = in0[0u];
  let x442 = in1[i];
  let v449 = (x443 * x442);
  out0[i] = v449;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 196 (read, read, read, read_write, read_write)
// dlc kernel: mul %357 + sub %358 + add %359
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x451 = in0[i];
  let x449 = in1[i];
  let x448 = in2[i];
  let v452 = (0.9 * x451);
  let v453 = (v452 - x449);
  let v454 = (x448 + v453);
  out0[i] = v453;
  out1[i] = v454;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 197 (read, read, read_write)
// dlc kernel: mul %372 + sub %373
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x7 = in1[i];
  let v477 = (x446 * x7);
  let v478 = (x7 - v477);
  out0[i] = v478;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2304u) { return; }
  dlc_mid(i);
}

// ---- pipeline 198 (read, read, read_write)
// dlc kernel: mul %374
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x443 = in0[0u];
  let x416 = in1[i];
  let v479 = (x443 * x416);
  out0[i] = v479;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2304u) { return; }
  dlc_mid(i);
}

// ---- pipeline 199 (read, read, read, read_write, read_write)
// dlc kernel: mul %375 + sub %376 + add %377
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x481 = in0[i];
  let x479 = in1[i];
  let x478 = in2[i];
  let v482 = (0.9 * x481);
  let v483 = (v482 - x479);
  let v484 = (x478 + v483);
  out0[i] = v483;
  out1[i] = v484;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2304u) { return; }
  dlc_mid(i);
}

// ---- pipeline 200 (read, read, read_write)
// dlc kernel: mul %390 + sub %391
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x12 = in1[i];
  let v507 = (x446 * x12);
  let v508 = (x12 - v507);
  out0[i] = v508;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2304u) { return; }
  dlc_mid(i);
}

// ---- pipeline 201 (read, read, read_write)
// dlc kernel: mul %392
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x443 = in0[0u];
  let x391 = in1[i];
  let v509 = (x443 * x391);
  out0[i] = v509;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2304u) { return; }
  dlc_mid(i);
}

// ---- pipeline 202 (read, read, read, read_write, read_write)
// dlc kernel: mul %393 + sub %394 + add %395
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x511 = in0[i];
  let x509 = in1[i];
  let x508 = in2[i];
  let v512 = (0.9 * x511);
  let v513 = (v512 - x509);
  let v514 = (x508 + v513);
  out0[i] = v513;
  out1[i] = v514;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2304u) { return; }
  dlc_mid(i);
}

// ---- pipeline 203 (read, read, read_write)
// dlc kernel: mul %408 + sub %409
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x17 = in1[i];
  let v537 = (x446 * x17);
  let v538 = (x17 - v537);
  out0[i] = v538;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4608u) { return; }
  dlc_mid(i);
}

// ---- pipeline 204 (read, read, read_write)
// dlc kernel: mul %410
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x443 = in0[0u];
  let x365 = in1[i];
  let v539 = (x443 * x365);
  out0[i] = v539;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4608u) { return; }
  dlc_mid(i);
}

// ---- pipeline 205 (read, read, read, read_write, read_write)
// dlc kernel: mul %411 + sub %412 + add %413
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x541 = in0[i];
  let x539 = in1[i];
  let x538 = in2[i];
  let v542 = (0.9 * x541);
  let v543 = (v542 - x539);
  let v544 = (x538 + v543);
  out0[i] = v543;
  out1[i] = v544;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4608u) { return; }
  dlc_mid(i);
}

// ---- pipeline 206 (read, read, read_write)
// dlc kernel: mul %426 + sub %427
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x22 = in1[i];
  let v567 = (x446 * x22);
  let v568 = (x22 - v567);
  out0[i] = v568;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 9216u) { return; }
  dlc_mid(i);
}

// ---- pipeline 207 (read, read, read_write)
// dlc kernel: mul %428
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x443 = in0[0u];
  let x340 = in1[i];
  let v569 = (x443 * x340);
  out0[i] = v569;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 9216u) { return; }
  dlc_mid(i);
}

// ---- pipeline 208 (read, read, read, read_write, read_write)
// dlc kernel: mul %429 + sub %430 + add %431
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x571 = in0[i];
  let x569 = in1[i];
  let x568 = in2[i];
  let v572 = (0.9 * x571);
  let v573 = (v572 - x569);
  let v574 = (x568 + v573);
  out0[i] = v573;
  out1[i] = v574;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 9216u) { return; }
  dlc_mid(i);
}

// ---- pipeline 209 (read, read, read_write)
// dlc kernel: mul %444 + sub %445
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x27 = in1[i];
  let v597 = (x446 * x27);
  let v598 = (x27 - v597);
  out0[i] = v598;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 210 (read, read, read_write)
// dlc kernel: mul %446
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x443 = in0[0u];
  let x319 = in1[i];
  let v599 = (x443 * x319);
  out0[i] = v599;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 211 (read, read, read, read_write, read_write)
// dlc kernel: mul %447 + sub %448 + add %449
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x601 = in0[i];
  let x599 = in1[i];
  let x598 = in2[i];
  let v602 = (0.9 * x601);
  let v603 = (v602 - x599);
  let v604 = (x598 + v603);
  out0[i] = v603;
  out1[i] = v604;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 212 (read, read, read, read_write)
// dlc kernel: mul %456 + sub %457 + add %460
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x29 = in1[i];
  let x623 = in2[i];
  let v617 = (x446 * x29);
  let v618 = (x29 - v617);
  let v624 = (v618 + x623);
  out0[i] = v624;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 213 (read, read, read_write)
// dlc kernel: mul %461 + sub %462
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x32 = in1[i];
  let v627 = (x446 * x32);
  let v628 = (x32 - v627);
  out0[i] = v628;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 214 (read, read, read_write)
// dlc kernel: mul %463
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x443 = in0[0u];
  let x293 = in1[i];
  let v629 = (x443 * x293);
  out0[i] = v629;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 215 (read, read, read, read_write, read_write)
// dlc kernel: mul %464 + sub %465 + add %466
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x631 = in0[i];
  let x629 = in1[i];
  let x628 = in2[i];
  let v632 = (0.9 * x631);
  let v633 = (v632 - x629);
  let v634 = (x628 + v633);
  out0[i] = v633;
  out1[i] = v634;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 216 (read, read, read_write)
// dlc kernel: mul %479 + sub %480
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x37 = in1[i];
  let v657 = (x446 * x37);
  let v658 = (x37 - v657);
  out0[i] = v658;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 36864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 217 (read, read, read_write)
// dlc kernel: mul %481
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x443 = in0[0u];
  let x268 = in1[i];
  let v659 = (x443 * x268);
  out0[i] = v659;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 36864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 218 (read, read, read, read_write, read_write)
// dlc kernel: mul %482 + sub %483 + add %484
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x661 = in0[i];
  let x659 = in1[i];
  let x658 = in2[i];
  let v662 = (0.9 * x661);
  let v663 = (v662 - x659);
  let v664 = (x658 + v663);
  out0[i] = v663;
  out1[i] = v664;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 36864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 219 (read, read, read_write)
// dlc kernel: mul %497 + sub %498
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x42 = in1[i];
  let v687 = (x446 * x42);
  let v688 = (x42 - v687);
  out0[i] = v688;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  dlc_mid(i);
}

// ---- pipeline 220 (read, read, read_write)
// dlc kernel: mul %499
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x443 = in0[0u];
  let x247 = in1[i];
  let v689 = (x443 * x247);
  out0[i] = v689;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  dlc_mid(i);
}

// ---- pipeline 221 (read, read, read, read_write, read_write)
// dlc kernel: mul %500 + sub %501 + add %502
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x691 = in0[i];
  let x689 = in1[i];
  let x688 = in2[i];
  let v692 = (0.9 * x691);
  let v693 = (v692 - x689);
  let v694 = (x688 + v693);
  out0[i] = v693;
  out1[i] = v694;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  dlc_mid(i);
}

// ---- pipeline 222 (read, read, read, read_write)
// dlc kernel: mul %509 + sub %510 + add %513
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x446 = in0[0u];
  let x44 = in1[i];
  let x713 = in2[i];
  let v707 = (x446 * x44);
  let v708 = (x44 - v707);
  let v714 = (v708 + x713);
  out0[i] = v714;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}
