// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,3,10] 28x1x1 matmul %1 + add %2 (models/lstm.ts:8:5)
//   #1 p1 [10,11] 4x1x1 slice %4 (models/lstm.ts:8:5)
//   #2 p2 [11,12] 1x1x1 slice %6 (models/lstm.ts:8:5)
//   #3 p3 [11,13] 1x1x1 slice %8 (models/lstm.ts:8:5)
//   #4 p4 [11,14] 1x1x1 slice %10 (models/lstm.ts:8:5)
//   #5 p5 [12,13,14,11,15] 1x1x1 sigmoid %7 + tanh %9 + sigmoid %11 + mul %12 + tanh %13 + mul %14 (models/lstm.ts:8:5)
//   #6 p6 [10,12] 4x1x1 slice %16 (models/lstm.ts:8:5)
//   #7 p7 [15,2,12,13] 13x1x1 matmul %18 + add %19 (models/lstm.ts:8:5)
//   #8 p2 [13,14] 1x1x1 slice %20 (models/lstm.ts:8:5)
//   #9 p3 [13,12] 1x1x1 slice %22 (models/lstm.ts:8:5)
//   #10 p4 [13,16] 1x1x1 slice %24 (models/lstm.ts:8:5)
//   #11 p8 [13,17] 1x1x1 slice %27 (models/lstm.ts:8:5)
//   #12 p9 [14,12,16,17,11,13,18] 1x1x1 sigmoid %21 + tanh %23 + sigmoid %25 + mul %26 + sigmoid %28 + mul %29 + add %30 + tanh %31 + mul %32 (models/lstm.ts:8:5)
//   #13 p10 [10,11] 4x1x1 slice %34 (models/lstm.ts:8:5)
//   #14 p7 [18,2,11,12] 13x1x1 matmul %36 + add %37 (models/lstm.ts:8:5)
//   #15 p2 [12,14] 1x1x1 slice %38 (models/lstm.ts:8:5)
//   #16 p3 [12,16] 1x1x1 slice %40 (models/lstm.ts:8:5)
//   #17 p4 [12,17] 1x1x1 slice %42 (models/lstm.ts:8:5)
//   #18 p8 [12,11] 1x1x1 slice %45 (models/lstm.ts:8:5)
//   #19 p9 [14,16,17,11,13,12,19] 1x1x1 sigmoid %39 + tanh %41 + sigmoid %43 + mul %44 + sigmoid %46 + mul %47 + add %48 + tanh %49 + mul %50 (models/lstm.ts:8:5)
//   #20 p11 [10,11] 4x1x1 slice %52 (models/lstm.ts:8:5)
//   #21 p7 [19,2,11,13] 13x1x1 matmul %54 + add %55 (models/lstm.ts:8:5)
//   #22 p2 [13,14] 1x1x1 slice %56 (models/lstm.ts:8:5)
//   #23 p3 [13,16] 1x1x1 slice %58 (models/lstm.ts:8:5)
//   #24 p4 [13,17] 1x1x1 slice %60 (models/lstm.ts:8:5)
//   #25 p8 [13,11] 1x1x1 slice %63 (models/lstm.ts:8:5)
//   #26 p9 [14,16,17,11,12,13,20] 1x1x1 sigmoid %57 + tanh %59 + sigmoid %61 + mul %62 + sigmoid %64 + mul %65 + add %66 + tanh %67 + mul %68 (models/lstm.ts:8:5)
//   #27 p12 [10,11] 4x1x1 slice %70 (models/lstm.ts:8:5)
//   #28 p7 [20,2,11,12] 13x1x1 matmul %72 + add %73 (models/lstm.ts:8:5)
//   #29 p2 [12,14] 1x1x1 slice %74 (models/lstm.ts:8:5)
//   #30 p3 [12,16] 1x1x1 slice %76 (models/lstm.ts:8:5)
//   #31 p4 [12,17] 1x1x1 slice %78 (models/lstm.ts:8:5)
//   #32 p8 [12,11] 1x1x1 slice %81 (models/lstm.ts:8:5)
//   #33 p9 [14,16,17,11,13,12,21] 1x1x1 sigmoid %75 + tanh %77 + sigmoid %79 + mul %80 + sigmoid %82 + mul %83 + add %84 + tanh %85 + mul %86 (models/lstm.ts:8:5)
//   #34 p13 [10,11] 4x1x1 slice %88 (models/lstm.ts:8:5)
//   #35 p7 [21,2,11,13] 13x1x1 matmul %90 + add %91 (models/lstm.ts:8:5)
//   #36 p2 [13,14] 1x1x1 slice %92 (models/lstm.ts:8:5)
//   #37 p3 [13,16] 1x1x1 slice %94 (models/lstm.ts:8:5)
//   #38 p4 [13,17] 1x1x1 slice %96 (models/lstm.ts:8:5)
//   #39 p8 [13,11] 1x1x1 slice %99 (models/lstm.ts:8:5)
//   #40 p9 [14,16,17,11,12,13,22] 1x1x1 sigmoid %93 + tanh %95 + sigmoid %97 + mul %98 + sigmoid %100 + mul %101 + add %102 + tanh %103 + mul %104 (models/lstm.ts:8:5)
//   #41 p14 [10,11] 4x1x1 slice %106 (models/lstm.ts:8:5)
//   #42 p7 [22,2,11,12] 13x1x1 matmul %108 + add %109 (models/lstm.ts:8:5)
//   #43 p2 [12,14] 1x1x1 slice %110 (models/lstm.ts:8:5)
//   #44 p3 [12,16] 1x1x1 slice %112 (models/lstm.ts:8:5)
//   #45 p4 [12,17] 1x1x1 slice %114 (models/lstm.ts:8:5)
//   #46 p8 [12,11] 1x1x1 slice %117 (models/lstm.ts:8:5)
//   #47 p9 [14,16,17,11,13,12,23] 1x1x1 sigmoid %111 + tanh %113 + sigmoid %115 + mul %116 + sigmoid %118 + mul %119 + add %120 + tanh %121 + mul %122 (models/lstm.ts:8:5)
//   #48 p15 [10,11] 4x1x1 slice %124 (models/lstm.ts:8:5)
//   #49 p7 [23,2,11,13] 13x1x1 matmul %126 + add %127 (models/lstm.ts:8:5)
//   #50 p2 [13,14] 1x1x1 slice %128 (models/lstm.ts:8:5)
//   #51 p3 [13,16] 1x1x1 slice %130 (models/lstm.ts:8:5)
//   #52 p4 [13,17] 1x1x1 slice %132 (models/lstm.ts:8:5)
//   #53 p8 [13,11] 1x1x1 slice %135 (models/lstm.ts:8:5)
//   #54 p9 [14,16,17,11,12,13,24] 1x1x1 sigmoid %129 + tanh %131 + sigmoid %133 + mul %134 + sigmoid %136 + mul %137 + add %138 + tanh %139 + mul %140 (models/lstm.ts:8:5)
//   #55 p16 [10,11] 4x1x1 slice %142 (models/lstm.ts:8:5)
//   #56 p7 [24,2,11,12] 13x1x1 matmul %144 + add %145 (models/lstm.ts:8:5)
//   #57 p2 [12,14] 1x1x1 slice %146 (models/lstm.ts:8:5)
//   #58 p3 [12,16] 1x1x1 slice %148 (models/lstm.ts:8:5)
//   #59 p4 [12,17] 1x1x1 slice %150 (models/lstm.ts:8:5)
//   #60 p8 [12,11] 1x1x1 slice %153 (models/lstm.ts:8:5)
//   #61 p9 [14,16,17,11,13,12,25] 1x1x1 sigmoid %147 + tanh %149 + sigmoid %151 + mul %152 + sigmoid %154 + mul %155 + add %156 + tanh %157 + mul %158 (models/lstm.ts:8:5)
//   #62 p17 [10,11] 4x1x1 slice %160 (models/lstm.ts:8:5)
//   #63 p7 [25,2,11,13] 13x1x1 matmul %162 + add %163 (models/lstm.ts:8:5)
//   #64 p2 [13,14] 1x1x1 slice %164 (models/lstm.ts:8:5)
//   #65 p3 [13,16] 1x1x1 slice %166 (models/lstm.ts:8:5)
//   #66 p4 [13,17] 1x1x1 slice %168 (models/lstm.ts:8:5)
//   #67 p8 [13,11] 1x1x1 slice %171 (models/lstm.ts:8:5)
//   #68 p9 [14,16,17,11,12,13,26] 1x1x1 sigmoid %165 + tanh %167 + sigmoid %169 + mul %170 + sigmoid %172 + mul %173 + add %174 + tanh %175 + mul %176 (models/lstm.ts:8:5)
//   #69 p18 [10,11] 4x1x1 slice %178 (models/lstm.ts:8:5)
//   #70 p7 [26,2,11,12] 13x1x1 matmul %180 + add %181 (models/lstm.ts:8:5)
//   #71 p2 [12,14] 1x1x1 slice %182 (models/lstm.ts:8:5)
//   #72 p3 [12,16] 1x1x1 slice %184 (models/lstm.ts:8:5)
//   #73 p4 [12,17] 1x1x1 slice %186 (models/lstm.ts:8:5)
//   #74 p8 [12,11] 1x1x1 slice %189 (models/lstm.ts:8:5)
//   #75 p9 [14,16,17,11,13,12,27] 1x1x1 sigmoid %183 + tanh %185 + sigmoid %187 + mul %188 + sigmoid %190 + mul %191 + add %192 + tanh %193 + mul %194 (models/lstm.ts:8:5)
//   #76 p19 [10,11] 4x1x1 slice %196 (models/lstm.ts:8:5)
//   #77 p7 [27,2,11,13] 13x1x1 matmul %198 + add %199 (models/lstm.ts:8:5)
//   #78 p2 [13,14] 1x1x1 slice %200 (models/lstm.ts:8:5)
//   #79 p3 [13,16] 1x1x1 slice %202 (models/lstm.ts:8:5)
//   #80 p4 [13,17] 1x1x1 slice %204 (models/lstm.ts:8:5)
//   #81 p8 [13,11] 1x1x1 slice %207 (models/lstm.ts:8:5)
//   #82 p9 [14,16,17,11,12,13,28] 1x1x1 sigmoid %201 + tanh %203 + sigmoid %205 + mul %206 + sigmoid %208 + mul %209 + add %210 + tanh %211 + mul %212 (models/lstm.ts:8:5)
//   #83 p20 [10,11] 4x1x1 slice %214 (models/lstm.ts:8:5)
//   #84 p7 [28,2,11,12] 13x1x1 matmul %216 + add %217 (models/lstm.ts:8:5)
//   #85 p2 [12,14] 1x1x1 slice %218 (models/lstm.ts:8:5)
//   #86 p3 [12,16] 1x1x1 slice %220 (models/lstm.ts:8:5)
//   #87 p4 [12,17] 1x1x1 slice %222 (models/lstm.ts:8:5)
//   #88 p8 [12,11] 1x1x1 slice %225 (models/lstm.ts:8:5)
//   #89 p9 [14,16,17,11,13,12,29] 1x1x1 sigmoid %219 + tanh %221 + sigmoid %223 + mul %224 + sigmoid %226 + mul %227 + add %228 + tanh %229 + mul %230 (models/lstm.ts:8:5)
//   #90 p21 [10,11] 4x1x1 slice %232 (models/lstm.ts:8:5)
//   #91 p7 [29,2,11,13] 13x1x1 matmul %234 + add %235 (models/lstm.ts:8:5)
//   #92 p2 [13,14] 1x1x1 slice %236 (models/lstm.ts:8:5)
//   #93 p3 [13,16] 1x1x1 slice %238 (models/lstm.ts:8:5)
//   #94 p4 [13,17] 1x1x1 slice %240 (models/lstm.ts:8:5)
//   #95 p8 [13,11] 1x1x1 slice %243 (models/lstm.ts:8:5)
//   #96 p9 [14,16,17,11,12,13,30] 1x1x1 sigmoid %237 + tanh %239 + sigmoid %241 + mul %242 + sigmoid %244 + mul %245 + add %246 + tanh %247 + mul %248 (models/lstm.ts:8:5)
//   #97 p22 [10,11] 4x1x1 slice %250 (models/lstm.ts:8:5)
//   #98 p7 [30,2,11,12] 13x1x1 matmul %252 + add %253 (models/lstm.ts:8:5)
//   #99 p2 [12,14] 1x1x1 slice %254 (models/lstm.ts:8:5)
//   #100 p3 [12,16] 1x1x1 slice %256 (models/lstm.ts:8:5)
//   #101 p4 [12,17] 1x1x1 slice %258 (models/lstm.ts:8:5)
//   #102 p8 [12,11] 1x1x1 slice %261 (models/lstm.ts:8:5)
//   #103 p9 [14,16,17,11,13,12,31] 1x1x1 sigmoid %255 + tanh %257 + sigmoid %259 + mul %260 + sigmoid %262 + mul %263 + add %264 + tanh %265 + mul %266 (models/lstm.ts:8:5)
//   #104 p23 [10,11] 4x1x1 slice %268 (models/lstm.ts:8:5)
//   #105 p7 [31,2,11,13] 13x1x1 matmul %270 + add %271 (models/lstm.ts:8:5)
//   #106 p2 [13,14] 1x1x1 slice %272 (models/lstm.ts:8:5)
//   #107 p3 [13,16] 1x1x1 slice %274 (models/lstm.ts:8:5)
//   #108 p4 [13,17] 1x1x1 slice %276 (models/lstm.ts:8:5)
//   #109 p8 [13,11] 1x1x1 slice %279 (models/lstm.ts:8:5)
//   #110 p9 [14,16,17,11,12,13,32] 1x1x1 sigmoid %273 + tanh %275 + sigmoid %277 + mul %278 + sigmoid %280 + mul %281 + add %282 + tanh %283 + mul %284 (models/lstm.ts:8:5)
//   #111 p24 [10,11] 4x1x1 slice %286 (models/lstm.ts:8:5)
//   #112 p7 [32,2,11,12] 13x1x1 matmul %288 + add %289 (models/lstm.ts:8:5)
//   #113 p2 [12,14] 1x1x1 slice %290 (models/lstm.ts:8:5)
//   #114 p3 [12,16] 1x1x1 slice %292 (models/lstm.ts:8:5)
//   #115 p4 [12,17] 1x1x1 slice %294 (models/lstm.ts:8:5)
//   #116 p8 [12,11] 1x1x1 slice %297 (models/lstm.ts:8:5)
//   #117 p9 [14,16,17,11,13,12,33] 1x1x1 sigmoid %291 + tanh %293 + sigmoid %295 + mul %296 + sigmoid %298 + mul %299 + add %300 + tanh %301 + mul %302 (models/lstm.ts:8:5)
//   #118 p25 [10,11] 4x1x1 slice %304 (models/lstm.ts:8:5)
//   #119 p7 [33,2,11,13] 13x1x1 matmul %306 + add %307 (models/lstm.ts:8:5)
//   #120 p2 [13,14] 1x1x1 slice %308 (models/lstm.ts:8:5)
//   #121 p3 [13,16] 1x1x1 slice %310 (models/lstm.ts:8:5)
//   #122 p4 [13,17] 1x1x1 slice %312 (models/lstm.ts:8:5)
//   #123 p8 [13,11] 1x1x1 slice %315 (models/lstm.ts:8:5)
//   #124 p9 [14,16,17,11,12,13,34] 1x1x1 sigmoid %309 + tanh %311 + sigmoid %313 + mul %314 + sigmoid %316 + mul %317 + add %318 + tanh %319 + mul %320 (models/lstm.ts:8:5)
//   #125 p26 [10,11] 4x1x1 slice %322 (models/lstm.ts:8:5)
//   #126 p7 [34,2,11,12] 13x1x1 matmul %324 + add %325 (models/lstm.ts:8:5)
//   #127 p2 [12,14] 1x1x1 slice %326 (models/lstm.ts:8:5)
//   #128 p3 [12,16] 1x1x1 slice %328 (models/lstm.ts:8:5)
//   #129 p4 [12,17] 1x1x1 slice %330 (models/lstm.ts:8:5)
//   #130 p8 [12,11] 1x1x1 slice %333 (models/lstm.ts:8:5)
//   #131 p9 [14,16,17,11,13,12,35] 1x1x1 sigmoid %327 + tanh %329 + sigmoid %331 + mul %332 + sigmoid %334 + mul %335 + add %336 + tanh %337 + mul %338 (models/lstm.ts:8:5)
//   #132 p27 [10,11] 4x1x1 slice %340 (models/lstm.ts:8:5)
//   #133 p7 [35,2,11,13] 13x1x1 matmul %342 + add %343 (models/lstm.ts:8:5)
//   #134 p2 [13,14] 1x1x1 slice %344 (models/lstm.ts:8:5)
//   #135 p3 [13,16] 1x1x1 slice %346 (models/lstm.ts:8:5)
//   #136 p4 [13,17] 1x1x1 slice %348 (models/lstm.ts:8:5)
//   #137 p8 [13,11] 1x1x1 slice %351 (models/lstm.ts:8:5)
//   #138 p9 [14,16,17,11,12,13,36] 1x1x1 sigmoid %345 + tanh %347 + sigmoid %349 + mul %350 + sigmoid %352 + mul %353 + add %354 + tanh %355 + mul %356 (models/lstm.ts:8:5)
//   #139 p28 [10,11] 4x1x1 slice %358 (models/lstm.ts:8:5)
//   #140 p7 [36,2,11,12] 13x1x1 matmul %360 + add %361 (models/lstm.ts:8:5)
//   #141 p2 [12,14] 1x1x1 slice %362 (models/lstm.ts:8:5)
//   #142 p3 [12,16] 1x1x1 slice %364 (models/lstm.ts:8:5)
//   #143 p4 [12,17] 1x1x1 slice %366 (models/lstm.ts:8:5)
//   #144 p8 [12,11] 1x1x1 slice %369 (models/lstm.ts:8:5)
//   #145 p9 [14,16,17,11,13,12,37] 1x1x1 sigmoid %363 + tanh %365 + sigmoid %367 + mul %368 + sigmoid %370 + mul %371 + add %372 + tanh %373 + mul %374 (models/lstm.ts:8:5)
//   #146 p29 [10,11] 4x1x1 slice %376 (models/lstm.ts:8:5)
//   #147 p7 [37,2,11,13] 13x1x1 matmul %378 + add %379 (models/lstm.ts:8:5)
//   #148 p2 [13,14] 1x1x1 slice %380 (models/lstm.ts:8:5)
//   #149 p3 [13,16] 1x1x1 slice %382 (models/lstm.ts:8:5)
//   #150 p4 [13,17] 1x1x1 slice %384 (models/lstm.ts:8:5)
//   #151 p8 [13,11] 1x1x1 slice %387 (models/lstm.ts:8:5)
//   #152 p9 [14,16,17,11,12,13,38] 1x1x1 sigmoid %381 + tanh %383 + sigmoid %385 + mul %386 + sigmoid %388 + mul %389 + add %390 + tanh %391 + mul %392 (models/lstm.ts:8:5)
//   #153 p30 [10,11] 4x1x1 slice %394 (models/lstm.ts:8:5)
//   #154 p7 [38,2,11,12] 13x1x1 matmul %396 + add %397 (models/lstm.ts:8:5)
//   #155 p2 [12,14] 1x1x1 slice %398 (models/lstm.ts:8:5)
//   #156 p3 [12,16] 1x1x1 slice %400 (models/lstm.ts:8:5)
//   #157 p4 [12,17] 1x1x1 slice %402 (models/lstm.ts:8:5)
//   #158 p8 [12,11] 1x1x1 slice %405 (models/lstm.ts:8:5)
//   #159 p9 [14,16,17,11,13,12,39] 1x1x1 sigmoid %399 + tanh %401 + sigmoid %403 + mul %404 + sigmoid %406 + mul %407 + add %408 + tanh %409 + mul %410 (models/lstm.ts:8:5)
//   #160 p31 [10,11] 4x1x1 slice %412 (models/lstm.ts:8:5)
//   #161 p7 [39,2,11,13] 13x1x1 matmul %414 + add %415 (models/lstm.ts:8:5)
//   #162 p2 [13,14] 1x1x1 slice %416 (models/lstm.ts:8:5)
//   #163 p3 [13,16] 1x1x1 slice %418 (models/lstm.ts:8:5)
//   #164 p4 [13,17] 1x1x1 slice %420 (models/lstm.ts:8:5)
//   #165 p8 [13,11] 1x1x1 slice %423 (models/lstm.ts:8:5)
//   #166 p9 [14,16,17,11,12,13,40] 1x1x1 sigmoid %417 + tanh %419 + sigmoid %421 + mul %422 + sigmoid %424 + mul %425 + add %426 + tanh %427 + mul %428 (models/lstm.ts:8:5)
//   #167 p32 [10,11] 4x1x1 slice %430 (models/lstm.ts:8:5)
//   #168 p7 [40,2,11,12] 13x1x1 matmul %432 + add %433 (models/lstm.ts:8:5)
//   #169 p2 [12,14] 1x1x1 slice %434 (models/lstm.ts:8:5)
//   #170 p3 [12,16] 1x1x1 slice %436 (models/lstm.ts:8:5)
//   #171 p4 [12,17] 1x1x1 slice %438 (models/lstm.ts:8:5)
//   #172 p8 [12,11] 1x1x1 slice %441 (models/lstm.ts:8:5)
//   #173 p9 [14,16,17,11,13,12,41] 1x1x1 sigmoid %435 + tanh %437 + sigmoid %439 + mul %440 + sigmoid %442 + mul %443 + add %444 + tanh %445 + mul %446 (models/lstm.ts:8:5)
//   #174 p33 [10,11] 4x1x1 slice %448 (models/lstm.ts:8:5)
//   #175 p7 [41,2,11,13] 13x1x1 matmul %450 + add %451 (models/lstm.ts:8:5)
//   #176 p2 [13,14] 1x1x1 slice %452 (models/lstm.ts:8:5)
//   #177 p3 [13,16] 1x1x1 slice %454 (models/lstm.ts:8:5)
//   #178 p4 [13,17] 1x1x1 slice %456 (models/lstm.ts:8:5)
//   #179 p8 [13,11] 1x1x1 slice %459 (models/lstm.ts:8:5)
//   #180 p9 [14,16,17,11,12,13,42] 1x1x1 sigmoid %453 + tanh %455 + sigmoid %457 + mul %458 + sigmoid %460 + mul %461 + add %462 + tanh %463 + mul %464 (models/lstm.ts:8:5)
//   #181 p34 [10,11] 4x1x1 slice %466 (models/lstm.ts:8:5)
//   #182 p7 [42,2,11,12] 13x1x1 matmul %468 + add %469 (models/lstm.ts:8:5)
//   #183 p2 [12,14] 1x1x1 slice %470 (models/lstm.ts:8:5)
//   #184 p3 [12,16] 1x1x1 slice %472 (models/lstm.ts:8:5)
//   #185 p4 [12,17] 1x1x1 slice %474 (models/lstm.ts:8:5)
//   #186 p8 [12,11] 1x1x1 slice %477 (models/lstm.ts:8:5)
//   #187 p9 [14,16,17,11,13,12,43] 1x1x1 sigmoid %471 + tanh %473 + sigmoid %475 + mul %476 + sigmoid %478 + mul %479 + add %480 + tanh %481 + mul %482 (models/lstm.ts:8:5)
//   #188 p35 [10,11] 4x1x1 slice %484 (models/lstm.ts:8:5)
//   #189 p7 [43,2,11,13] 13x1x1 matmul %486 + add %487 (models/lstm.ts:8:5)
//   #190 p2 [13,14] 1x1x1 slice %488 (models/lstm.ts:8:5)
//   #191 p3 [13,16] 1x1x1 slice %490 (models/lstm.ts:8:5)
//   #192 p4 [13,17] 1x1x1 slice %492 (models/lstm.ts:8:5)
//   #193 p8 [13,11] 1x1x1 slice %495 (models/lstm.ts:8:5)
//   #194 p9 [14,16,17,11,12,13,44] 1x1x1 sigmoid %489 + tanh %491 + sigmoid %493 + mul %494 + sigmoid %496 + mul %497 + add %498 + tanh %499 + mul %500 (models/lstm.ts:8:5)
//   #195 p36 [10,11] 4x1x1 slice %502 (models/lstm.ts:8:5)
//   #196 p7 [44,2,11,12] 13x1x1 matmul %504 + add %505 (models/lstm.ts:8:5)
//   #197 p2 [12,14] 1x1x1 slice %506 (models/lstm.ts:8:5)
//   #198 p3 [12,16] 1x1x1 slice %508 (models/lstm.ts:8:5)
//   #199 p4 [12,17] 1x1x1 slice %510 (models/lstm.ts:8:5)
//   #200 p8 [12,11] 1x1x1 slice %513 (models/lstm.ts:8:5)
//   #201 p9 [14,16,17,11,13,12,45] 1x1x1 sigmoid %507 + tanh %509 + sigmoid %511 + mul %512 + sigmoid %514 + mul %515 + add %516 + tanh %517 + mul %518 (models/lstm.ts:8:5)
//   #202 p37 [10,11] 4x1x1 slice %520 (models/lstm.ts:8:5)
//   #203 p7 [45,2,11,13] 13x1x1 matmul %522 + add %523 (models/lstm.ts:8:5)
//   #204 p2 [13,14] 1x1x1 slice %524 (models/lstm.ts:8:5)
//   #205 p3 [13,16] 1x1x1 slice %526 (models/lstm.ts:8:5)
//   #206 p4 [13,17] 1x1x1 slice %528 (models/lstm.ts:8:5)
//   #207 p8 [13,11] 1x1x1 slice %531 (models/lstm.ts:8:5)
//   #208 p9 [14,16,17,11,12,13,46] 1x1x1 sigmoid %525 + tanh %527 + sigmoid %529 + mul %530 + sigmoid %532 + mul %533 + add %534 + tanh %535 + mul %536 (models/lstm.ts:8:5)
//   #209 p38 [10,11] 4x1x1 slice %538 (models/lstm.ts:8:5)
//   #210 p7 [46,2,11,12] 13x1x1 matmul %540 + add %541 (models/lstm.ts:8:5)
//   #211 p2 [12,14] 1x1x1 slice %542 (models/lstm.ts:8:5)
//   #212 p3 [12,16] 1x1x1 slice %544 (models/lstm.ts:8:5)
//   #213 p4 [12,17] 1x1x1 slice %546 (models/lstm.ts:8:5)
//   #214 p8 [12,11] 1x1x1 slice %549 (models/lstm.ts:8:5)
//   #215 p9 [14,16,17,11,13,12,47] 1x1x1 sigmoid %543 + tanh %545 + sigmoid %547 + mul %548 + sigmoid %550 + mul %551 + add %552 + tanh %553 + mul %554 (models/lstm.ts:8:5)
//   #216 p39 [10,11] 4x1x1 slice %556 (models/lstm.ts:8:5)
//   #217 p7 [47,2,11,13] 13x1x1 matmul %558 + add %559 (models/lstm.ts:8:5)
//   #218 p2 [13,14] 1x1x1 slice %560 (models/lstm.ts:8:5)
//   #219 p3 [13,16] 1x1x1 slice %562 (models/lstm.ts:8:5)
//   #220 p4 [13,17] 1x1x1 slice %564 (models/lstm.ts:8:5)
//   #221 p8 [13,11] 1x1x1 slice %567 (models/lstm.ts:8:5)
//   #222 p9 [14,16,17,11,12,13,48] 1x1x1 sigmoid %561 + tanh %563 + sigmoid %565 + mul %566 + sigmoid %568 + mul %569 + add %570 + tanh %571 + mul %572 (models/lstm.ts:8:5)
//   #223 p40 [10,11] 4x1x1 slice %574 (models/lstm.ts:8:5)
//   #224 p7 [48,2,11,12] 13x1x1 matmul %576 + add %577 (models/lstm.ts:8:5)
//   #225 p2 [12,14] 1x1x1 slice %578 (models/lstm.ts:8:5)
//   #226 p3 [12,16] 1x1x1 slice %580 (models/lstm.ts:8:5)
//   #227 p4 [12,17] 1x1x1 slice %582 (models/lstm.ts:8:5)
//   #228 p8 [12,11] 1x1x1 slice %585 (models/lstm.ts:8:5)
//   #229 p9 [14,16,17,11,13,12,49] 1x1x1 sigmoid %579 + tanh %581 + sigmoid %583 + mul %584 + sigmoid %586 + mul %587 + add %588 + tanh %589 + mul %590 (models/lstm.ts:8:5)
//   #230 p41 [10,11] 4x1x1 slice %592 (models/lstm.ts:8:5)
//   #231 p7 [49,2,11,13] 13x1x1 matmul %594 + add %595 (models/lstm.ts:8:5)
//   #232 p2 [13,14] 1x1x1 slice %596 (models/lstm.ts:8:5)
//   #233 p3 [13,16] 1x1x1 slice %598 (models/lstm.ts:8:5)
//   #234 p4 [13,17] 1x1x1 slice %600 (models/lstm.ts:8:5)
//   #235 p8 [13,11] 1x1x1 slice %603 (models/lstm.ts:8:5)
//   #236 p9 [14,16,17,11,12,13,50] 1x1x1 sigmoid %597 + tanh %599 + sigmoid %601 + mul %602 + sigmoid %604 + mul %605 + add %606 + tanh %607 + mul %608 (models/lstm.ts:8:5)
//   #237 p42 [10,11] 4x1x1 slice %610 (models/lstm.ts:8:5)
//   #238 p7 [50,2,11,12] 13x1x1 matmul %612 + add %613 (models/lstm.ts:8:5)
//   #239 p2 [12,14] 1x1x1 slice %614 (models/lstm.ts:8:5)
//   #240 p3 [12,16] 1x1x1 slice %616 (models/lstm.ts:8:5)
//   #241 p4 [12,17] 1x1x1 slice %618 (models/lstm.ts:8:5)
//   #242 p8 [12,11] 1x1x1 slice %621 (models/lstm.ts:8:5)
//   #243 p9 [14,16,17,11,13,12,51] 1x1x1 sigmoid %615 + tanh %617 + sigmoid %619 + mul %620 + sigmoid %622 + mul %623 + add %624 + tanh %625 + mul %626 (models/lstm.ts:8:5)
//   #244 p43 [10,11] 4x1x1 slice %628 (models/lstm.ts:8:5)
//   #245 p7 [51,2,11,13] 13x1x1 matmul %630 + add %631 (models/lstm.ts:8:5)
//   #246 p2 [13,14] 1x1x1 slice %632 (models/lstm.ts:8:5)
//   #247 p3 [13,16] 1x1x1 slice %634 (models/lstm.ts:8:5)
//   #248 p4 [13,17] 1x1x1 slice %636 (models/lstm.ts:8:5)
//   #249 p8 [13,11] 1x1x1 slice %639 (models/lstm.ts:8:5)
//   #250 p9 [14,16,17,11,12,13,52] 1x1x1 sigmoid %633 + tanh %635 + sigmoid %637 + mul %638 + sigmoid %640 + mul %641 + add %642 + tanh %643 + mul %644 (models/lstm.ts:8:5)
//   #251 p44 [10,11] 4x1x1 slice %646 (models/lstm.ts:8:5)
//   #252 p7 [52,2,11,12] 13x1x1 matmul %648 + add %649 (models/lstm.ts:8:5)
//   #253 p2 [12,14] 1x1x1 slice %650 (models/lstm.ts:8:5)
//   #254 p3 [12,16] 1x1x1 slice %652 (models/lstm.ts:8:5)
//   #255 p4 [12,17] 1x1x1 slice %654 (models/lstm.ts:8:5)
//   #256 p8 [12,11] 1x1x1 slice %657 (models/lstm.ts:8:5)
//   #257 p9 [14,16,17,11,13,12,53] 1x1x1 sigmoid %651 + tanh %653 + sigmoid %655 + mul %656 + sigmoid %658 + mul %659 + add %660 + tanh %661 + mul %662 (models/lstm.ts:8:5)
//   #258 p45 [10,11] 4x1x1 slice %664 (models/lstm.ts:8:5)
//   #259 p7 [53,2,11,13] 13x1x1 matmul %666 + add %667 (models/lstm.ts:8:5)
//   #260 p2 [13,14] 1x1x1 slice %668 (models/lstm.ts:8:5)
//   #261 p3 [13,16] 1x1x1 slice %670 (models/lstm.ts:8:5)
//   #262 p4 [13,17] 1x1x1 slice %672 (models/lstm.ts:8:5)
//   #263 p8 [13,11] 1x1x1 slice %675 (models/lstm.ts:8:5)
//   #264 p9 [14,16,17,11,12,13,54] 1x1x1 sigmoid %669 + tanh %671 + sigmoid %673 + mul %674 + sigmoid %676 + mul %677 + add %678 + tanh %679 + mul %680 (models/lstm.ts:8:5)
//   #265 p46 [10,11] 4x1x1 slice %682 (models/lstm.ts:8:5)
//   #266 p7 [54,2,11,12] 13x1x1 matmul %684 + add %685 (models/lstm.ts:8:5)
//   #267 p2 [12,14] 1x1x1 slice %686 (models/lstm.ts:8:5)
//   #268 p3 [12,16] 1x1x1 slice %688 (models/lstm.ts:8:5)
//   #269 p4 [12,17] 1x1x1 slice %690 (models/lstm.ts:8:5)
//   #270 p8 [12,11] 1x1x1 slice %693 (models/lstm.ts:8:5)
//   #271 p9 [14,16,17,11,13,12,55] 1x1x1 sigmoid %687 + tanh %689 + sigmoid %691 + mul %692 + sigmoid %694 + mul %695 + add %696 + tanh %697 + mul %698 (models/lstm.ts:8:5)
//   #272 p47 [10,11] 4x1x1 slice %700 (models/lstm.ts:8:5)
//   #273 p7 [55,2,11,13] 13x1x1 matmul %702 + add %703 (models/lstm.ts:8:5)
//   #274 p2 [13,14] 1x1x1 slice %704 (models/lstm.ts:8:5)
//   #275 p3 [13,16] 1x1x1 slice %706 (models/lstm.ts:8:5)
//   #276 p4 [13,17] 1x1x1 slice %708 (models/lstm.ts:8:5)
//   #277 p8 [13,11] 1x1x1 slice %711 (models/lstm.ts:8:5)
//   #278 p9 [14,16,17,11,12,13,56] 1x1x1 sigmoid %705 + tanh %707 + sigmoid %709 + mul %710 + sigmoid %712 + mul %713 + add %714 + tanh %715 + mul %716 (models/lstm.ts:8:5)
//   #279 p48 [10,11] 4x1x1 slice %718 (models/lstm.ts:8:5)
//   #280 p7 [56,2,11,12] 13x1x1 matmul %720 + add %721 (models/lstm.ts:8:5)
//   #281 p2 [12,14] 1x1x1 slice %722 (models/lstm.ts:8:5)
//   #282 p3 [12,16] 1x1x1 slice %724 (models/lstm.ts:8:5)
//   #283 p4 [12,17] 1x1x1 slice %726 (models/lstm.ts:8:5)
//   #284 p8 [12,11] 1x1x1 slice %729 (models/lstm.ts:8:5)
//   #285 p9 [14,16,17,11,13,12,57] 1x1x1 sigmoid %723 + tanh %725 + sigmoid %727 + mul %728 + sigmoid %730 + mul %731 + add %732 + tanh %733 + mul %734 (models/lstm.ts:8:5)
//   #286 p49 [10,11] 4x1x1 slice %736 (models/lstm.ts:8:5)
//   #287 p7 [57,2,11,13] 13x1x1 matmul %738 + add %739 (models/lstm.ts:8:5)
//   #288 p2 [13,14] 1x1x1 slice %740 (models/lstm.ts:8:5)
//   #289 p3 [13,16] 1x1x1 slice %742 (models/lstm.ts:8:5)
//   #290 p4 [13,17] 1x1x1 slice %744 (models/lstm.ts:8:5)
//   #291 p8 [13,11] 1x1x1 slice %747 (models/lstm.ts:8:5)
//   #292 p9 [14,16,17,11,12,13,58] 1x1x1 sigmoid %741 + tanh %743 + sigmoid %745 + mul %746 + sigmoid %748 + mul %749 + add %750 + tanh %751 + mul %752 (models/lstm.ts:8:5)
//   #293 p50 [10,11] 4x1x1 slice %754 (models/lstm.ts:8:5)
//   #294 p7 [58,2,11,12] 13x1x1 matmul %756 + add %757 (models/lstm.ts:8:5)
//   #295 p2 [12,14] 1x1x1 slice %758 (models/lstm.ts:8:5)
//   #296 p3 [12,16] 1x1x1 slice %760 (models/lstm.ts:8:5)
//   #297 p4 [12,17] 1x1x1 slice %762 (models/lstm.ts:8:5)
//   #298 p8 [12,11] 1x1x1 slice %765 (models/lstm.ts:8:5)
//   #299 p9 [14,16,17,11,13,12,59] 1x1x1 sigmoid %759 + tanh %761 + sigmoid %763 + mul %764 + sigmoid %766 + mul %767 + add %768 + tanh %769 + mul %770 (models/lstm.ts:8:5)
//   #300 p51 [10,11] 4x1x1 slice %772 (models/lstm.ts:8:5)
//   #301 p7 [59,2,11,13] 13x1x1 matmul %774 + add %775 (models/lstm.ts:8:5)
//   #302 p2 [13,14] 1x1x1 slice %776 (models/lstm.ts:8:5)
//   #303 p3 [13,16] 1x1x1 slice %778 (models/lstm.ts:8:5)
//   #304 p4 [13,17] 1x1x1 slice %780 (models/lstm.ts:8:5)
//   #305 p8 [13,11] 1x1x1 slice %783 (models/lstm.ts:8:5)
//   #306 p9 [14,16,17,11,12,13,60] 1x1x1 sigmoid %777 + tanh %779 + sigmoid %781 + mul %782 + sigmoid %784 + mul %785 + add %786 + tanh %787 + mul %788 (models/lstm.ts:8:5)
//   #307 p52 [10,11] 4x1x1 slice %790 (models/lstm.ts:8:5)
//   #308 p7 [60,2,11,12] 13x1x1 matmul %792 + add %793 (models/lstm.ts:8:5)
//   #309 p2 [12,14] 1x1x1 slice %794 (models/lstm.ts:8:5)
//   #310 p3 [12,16] 1x1x1 slice %796 (models/lstm.ts:8:5)
//   #311 p4 [12,17] 1x1x1 slice %798 (models/lstm.ts:8:5)
//   #312 p8 [12,11] 1x1x1 slice %801 (models/lstm.ts:8:5)
//   #313 p9 [14,16,17,11,13,12,61] 1x1x1 sigmoid %795 + tanh %797 + sigmoid %799 + mul %800 + sigmoid %802 + mul %803 + add %804 + tanh %805 + mul %806 (models/lstm.ts:8:5)
//   #314 p53 [10,11] 4x1x1 slice %808 (models/lstm.ts:8:5)
//   #315 p7 [61,2,11,13] 13x1x1 matmul %810 + add %811 (models/lstm.ts:8:5)
//   #316 p2 [13,14] 1x1x1 slice %812 (models/lstm.ts:8:5)
//   #317 p3 [13,16] 1x1x1 slice %814 (models/lstm.ts:8:5)
//   #318 p4 [13,17] 1x1x1 slice %816 (models/lstm.ts:8:5)
//   #319 p8 [13,11] 1x1x1 slice %819 (models/lstm.ts:8:5)
//   #320 p9 [14,16,17,11,12,13,62] 1x1x1 sigmoid %813 + tanh %815 + sigmoid %817 + mul %818 + sigmoid %820 + mul %821 + add %822 + tanh %823 + mul %824 (models/lstm.ts:8:5)
//   #321 p54 [10,11] 4x1x1 slice %826 (models/lstm.ts:8:5)
//   #322 p7 [62,2,11,12] 13x1x1 matmul %828 + add %829 (models/lstm.ts:8:5)
//   #323 p2 [12,14] 1x1x1 slice %830 (models/lstm.ts:8:5)
//   #324 p3 [12,16] 1x1x1 slice %832 (models/lstm.ts:8:5)
//   #325 p4 [12,17] 1x1x1 slice %834 (models/lstm.ts:8:5)
//   #326 p8 [12,11] 1x1x1 slice %837 (models/lstm.ts:8:5)
//   #327 p9 [14,16,17,11,13,12,63] 1x1x1 sigmoid %831 + tanh %833 + sigmoid %835 + mul %836 + sigmoid %838 + mul %839 + add %840 + tanh %841 + mul %842 (models/lstm.ts:8:5)
//   #328 p55 [10,11] 4x1x1 slice %844 (models/lstm.ts:8:5)
//   #329 p7 [63,2,11,13] 13x1x1 matmul %846 + add %847 (models/lstm.ts:8:5)
//   #330 p2 [13,14] 1x1x1 slice %848 (models/lstm.ts:8:5)
//   #331 p3 [13,16] 1x1x1 slice %850 (models/lstm.ts:8:5)
//   #332 p4 [13,17] 1x1x1 slice %852 (models/lstm.ts:8:5)
//   #333 p8 [13,11] 1x1x1 slice %855 (models/lstm.ts:8:5)
//   #334 p9 [14,16,17,11,12,13,64] 1x1x1 sigmoid %849 + tanh %851 + sigmoid %853 + mul %854 + sigmoid %856 + mul %857 + add %858 + tanh %859 + mul %860 (models/lstm.ts:8:5)
//   #335 p56 [10,11] 4x1x1 slice %862 (models/lstm.ts:8:5)
//   #336 p7 [64,2,11,12] 13x1x1 matmul %864 + add %865 (models/lstm.ts:8:5)
//   #337 p2 [12,14] 1x1x1 slice %866 (models/lstm.ts:8:5)
//   #338 p3 [12,16] 1x1x1 slice %868 (models/lstm.ts:8:5)
//   #339 p4 [12,17] 1x1x1 slice %870 (models/lstm.ts:8:5)
//   #340 p8 [12,11] 1x1x1 slice %873 (models/lstm.ts:8:5)
//   #341 p9 [14,16,17,11,13,12,65] 1x1x1 sigmoid %867 + tanh %869 + sigmoid %871 + mul %872 + sigmoid %874 + mul %875 + add %876 + tanh %877 + mul %878 (models/lstm.ts:8:5)
//   #342 p57 [10,11] 4x1x1 slice %880 (models/lstm.ts:8:5)
//   #343 p7 [65,2,11,13] 13x1x1 matmul %882 + add %883 (models/lstm.ts:8:5)
//   #344 p2 [13,14] 1x1x1 slice %884 (models/lstm.ts:8:5)
//   #345 p3 [13,16] 1x1x1 slice %886 (models/lstm.ts:8:5)
//   #346 p4 [13,17] 1x1x1 slice %888 (models/lstm.ts:8:5)
//   #347 p8 [13,11] 1x1x1 slice %891 (models/lstm.ts:8:5)
//   #348 p9 [14,16,17,11,12,13,66] 1x1x1 sigmoid %885 + tanh %887 + sigmoid %889 + mul %890 + sigmoid %892 + mul %893 + add %894 + tanh %895 + mul %896 (models/lstm.ts:8:5)
//   #349 p58 [10,11] 4x1x1 slice %898 (models/lstm.ts:8:5)
//   #350 p7 [66,2,11,12] 13x1x1 matmul %900 + add %901 (models/lstm.ts:8:5)
//   #351 p2 [12,14] 1x1x1 slice %902 (models/lstm.ts:8:5)
//   #352 p3 [12,16] 1x1x1 slice %904 (models/lstm.ts:8:5)
//   #353 p4 [12,17] 1x1x1 slice %906 (models/lstm.ts:8:5)
//   #354 p8 [12,11] 1x1x1 slice %909 (models/lstm.ts:8:5)
//   #355 p9 [14,16,17,11,13,12,67] 1x1x1 sigmoid %903 + tanh %905 + sigmoid %907 + mul %908 + sigmoid %910 + mul %911 + add %912 + tanh %913 + mul %914 (models/lstm.ts:8:5)
//   #356 p59 [10,11] 4x1x1 slice %916 (models/lstm.ts:8:5)
//   #357 p7 [67,2,11,13] 13x1x1 matmul %918 + add %919 (models/lstm.ts:8:5)
//   #358 p2 [13,14] 1x1x1 slice %920 (models/lstm.ts:8:5)
//   #359 p3 [13,16] 1x1x1 slice %922 (models/lstm.ts:8:5)
//   #360 p4 [13,17] 1x1x1 slice %924 (models/lstm.ts:8:5)
//   #361 p8 [13,11] 1x1x1 slice %927 (models/lstm.ts:8:5)
//   #362 p9 [14,16,17,11,12,13,68] 1x1x1 sigmoid %921 + tanh %923 + sigmoid %925 + mul %926 + sigmoid %928 + mul %929 + add %930 + tanh %931 + mul %932 (models/lstm.ts:8:5)
//   #363 p60 [10,11] 4x1x1 slice %934 (models/lstm.ts:8:5)
//   #364 p7 [68,2,11,12] 13x1x1 matmul %936 + add %937 (models/lstm.ts:8:5)
//   #365 p2 [12,14] 1x1x1 slice %938 (models/lstm.ts:8:5)
//   #366 p3 [12,16] 1x1x1 slice %940 (models/lstm.ts:8:5)
//   #367 p4 [12,17] 1x1x1 slice %942 (models/lstm.ts:8:5)
//   #368 p8 [12,11] 1x1x1 slice %945 (models/lstm.ts:8:5)
//   #369 p9 [14,16,17,11,13,12,69] 1x1x1 sigmoid %939 + tanh %941 + sigmoid %943 + mul %944 + sigmoid %946 + mul %947 + add %948 + tanh %949 + mul %950 (models/lstm.ts:8:5)
//   #370 p61 [10,11] 4x1x1 slice %952 (models/lstm.ts:8:5)
//   #371 p7 [69,2,11,13] 13x1x1 matmul %954 + add %955 (models/lstm.ts:8:5)
//   #372 p2 [13,14] 1x1x1 slice %956 (models/lstm.ts:8:5)
//   #373 p3 [13,16] 1x1x1 slice %958 (models/lstm.ts:8:5)
//   #374 p4 [13,17] 1x1x1 slice %960 (models/lstm.ts:8:5)
//   #375 p8 [13,11] 1x1x1 slice %963 (models/lstm.ts:8:5)
//   #376 p9 [14,16,17,11,12,13,70] 1x1x1 sigmoid %957 + tanh %959 + sigmoid %961 + mul %962 + sigmoid %964 + mul %965 + add %966 + tanh %967 + mul %968 (models/lstm.ts:8:5)
//   #377 p62 [10,11] 4x1x1 slice %970 (models/lstm.ts:8:5)
//   #378 p7 [70,2,11,12] 13x1x1 matmul %972 + add %973 (models/lstm.ts:8:5)
//   #379 p2 [12,14] 1x1x1 slice %974 (models/lstm.ts:8:5)
//   #380 p3 [12,16] 1x1x1 slice %976 (models/lstm.ts:8:5)
//   #381 p4 [12,17] 1x1x1 slice %978 (models/lstm.ts:8:5)
//   #382 p8 [12,11] 1x1x1 slice %981 (models/lstm.ts:8:5)
//   #383 p9 [14,16,17,11,13,12,71] 1x1x1 sigmoid %975 + tanh %977 + sigmoid %979 + mul %980 + sigmoid %982 + mul %983 + add %984 + tanh %985 + mul %986 (models/lstm.ts:8:5)
//   #384 p63 [10,11] 4x1x1 slice %988 (models/lstm.ts:8:5)
//   #385 p7 [71,2,11,13] 13x1x1 matmul %990 + add %991 (models/lstm.ts:8:5)
//   #386 p2 [13,14] 1x1x1 slice %992 (models/lstm.ts:8:5)
//   #387 p3 [13,16] 1x1x1 slice %994 (models/lstm.ts:8:5)
//   #388 p4 [13,17] 1x1x1 slice %996 (models/lstm.ts:8:5)
//   #389 p8 [13,11] 1x1x1 slice %999 (models/lstm.ts:8:5)
//   #390 p9 [14,16,17,11,12,13,72] 1x1x1 sigmoid %993 + tanh %995 + sigmoid %997 + mul %998 + sigmoid %1000 + mul %1001 + add %1002 + tanh %1003 + mul %1004 (models/lstm.ts:8:5)
//   #391 p64 [10,11] 4x1x1 slice %1006 (models/lstm.ts:8:5)
//   #392 p7 [72,2,11,12] 13x1x1 matmul %1008 + add %1009 (models/lstm.ts:8:5)
//   #393 p2 [12,14] 1x1x1 slice %1010 (models/lstm.ts:8:5)
//   #394 p3 [12,16] 1x1x1 slice %1012 (models/lstm.ts:8:5)
//   #395 p4 [12,17] 1x1x1 slice %1014 (models/lstm.ts:8:5)
//   #396 p8 [12,11] 1x1x1 slice %1017 (models/lstm.ts:8:5)
//   #397 p9 [14,16,17,11,13,12,73] 1x1x1 sigmoid %1011 + tanh %1013 + sigmoid %1015 + mul %1016 + sigmoid %1018 + mul %1019 + add %1020 + tanh %1021 + mul %1022 (models/lstm.ts:8:5)
//   #398 p65 [10,11] 4x1x1 slice %1024 (models/lstm.ts:8:5)
//   #399 p7 [73,2,11,13] 13x1x1 matmul %1026 + add %1027 (models/lstm.ts:8:5)
//   #400 p2 [13,14] 1x1x1 slice %1028 (models/lstm.ts:8:5)
//   #401 p3 [13,16] 1x1x1 slice %1030 (models/lstm.ts:8:5)
//   #402 p4 [13,17] 1x1x1 slice %1032 (models/lstm.ts:8:5)
//   #403 p8 [13,11] 1x1x1 slice %1035 (models/lstm.ts:8:5)
//   #404 p9 [14,16,17,11,12,13,74] 1x1x1 sigmoid %1029 + tanh %1031 + sigmoid %1033 + mul %1034 + sigmoid %1036 + mul %1037 + add %1038 + tanh %1039 + mul %1040 (models/lstm.ts:8:5)
//   #405 p66 [10,11] 4x1x1 slice %1042 (models/lstm.ts:8:5)
//   #406 p7 [74,2,11,12] 13x1x1 matmul %1044 + add %1045 (models/lstm.ts:8:5)
//   #407 p2 [12,14] 1x1x1 slice %1046 (models/lstm.ts:8:5)
//   #408 p3 [12,16] 1x1x1 slice %1048 (models/lstm.ts:8:5)
//   #409 p4 [12,17] 1x1x1 slice %1050 (models/lstm.ts:8:5)
//   #410 p8 [12,11] 1x1x1 slice %1053 (models/lstm.ts:8:5)
//   #411 p9 [14,16,17,11,13,12,75] 1x1x1 sigmoid %1047 + tanh %1049 + sigmoid %1051 + mul %1052 + sigmoid %1054 + mul %1055 + add %1056 + tanh %1057 + mul %1058 (models/lstm.ts:8:5)
//   #412 p67 [10,11] 4x1x1 slice %1060 (models/lstm.ts:8:5)
//   #413 p7 [75,2,11,13] 13x1x1 matmul %1062 + add %1063 (models/lstm.ts:8:5)
//   #414 p2 [13,14] 1x1x1 slice %1064 (models/lstm.ts:8:5)
//   #415 p3 [13,16] 1x1x1 slice %1066 (models/lstm.ts:8:5)
//   #416 p4 [13,17] 1x1x1 slice %1068 (models/lstm.ts:8:5)
//   #417 p8 [13,11] 1x1x1 slice %1071 (models/lstm.ts:8:5)
//   #418 p9 [14,16,17,11,12,13,76] 1x1x1 sigmoid %1065 + tanh %1067 + sigmoid %1069 + mul %1070 + sigmoid %1072 + mul %1073 + add %1074 + tanh %1075 + mul %1076 (models/lstm.ts:8:5)
//   #419 p68 [10,11] 4x1x1 slice %1078 (models/lstm.ts:8:5)
//   #420 p7 [76,2,11,12] 13x1x1 matmul %1080 + add %1081 (models/lstm.ts:8:5)
//   #421 p2 [12,14] 1x1x1 slice %1082 (models/lstm.ts:8:5)
//   #422 p3 [12,16] 1x1x1 slice %1084 (models/lstm.ts:8:5)
//   #423 p4 [12,17] 1x1x1 slice %1086 (models/lstm.ts:8:5)
//   #424 p8 [12,11] 1x1x1 slice %1089 (models/lstm.ts:8:5)
//   #425 p9 [14,16,17,11,13,12,77] 1x1x1 sigmoid %1083 + tanh %1085 + sigmoid %1087 + mul %1088 + sigmoid %1090 + mul %1091 + add %1092 + tanh %1093 + mul %1094 (models/lstm.ts:8:5)
//   #426 p69 [10,11] 4x1x1 slice %1096 (models/lstm.ts:8:5)
//   #427 p7 [77,2,11,13] 13x1x1 matmul %1098 + add %1099 (models/lstm.ts:8:5)
//   #428 p2 [13,14] 1x1x1 slice %1100 (models/lstm.ts:8:5)
//   #429 p3 [13,16] 1x1x1 slice %1102 (models/lstm.ts:8:5)
//   #430 p4 [13,17] 1x1x1 slice %1104 (models/lstm.ts:8:5)
//   #431 p8 [13,11] 1x1x1 slice %1107 (models/lstm.ts:8:5)
//   #432 p9 [14,16,17,11,12,13,78] 1x1x1 sigmoid %1101 + tanh %1103 + sigmoid %1105 + mul %1106 + sigmoid %1108 + mul %1109 + add %1110 + tanh %1111 + mul %1112 (models/lstm.ts:8:5)
//   #433 p70 [10,11] 4x1x1 slice %1114 (models/lstm.ts:8:5)
//   #434 p7 [78,2,11,12] 13x1x1 matmul %1116 + add %1117 (models/lstm.ts:8:5)
//   #435 p2 [12,14] 1x1x1 slice %1118 (models/lstm.ts:8:5)
//   #436 p3 [12,16] 1x1x1 slice %1120 (models/lstm.ts:8:5)
//   #437 p4 [12,17] 1x1x1 slice %1122 (models/lstm.ts:8:5)
//   #438 p8 [12,11] 1x1x1 slice %1125 (models/lstm.ts:8:5)
//   #439 p9 [14,16,17,11,13,12,79] 1x1x1 sigmoid %1119 + tanh %1121 + sigmoid %1123 + mul %1124 + sigmoid %1126 + mul %1127 + add %1128 + tanh %1129 + mul %1130 (models/lstm.ts:8:5)
//   #440 p71 [10,11] 4x1x1 slice %1132 (models/lstm.ts:8:5)
//   #441 p7 [79,2,11,13] 13x1x1 matmul %1134 + add %1135 (models/lstm.ts:8:5)
//   #442 p2 [13,14] 1x1x1 slice %1136 (models/lstm.ts:8:5)
//   #443 p3 [13,16] 1x1x1 slice %1138 (models/lstm.ts:8:5)
//   #444 p4 [13,17] 1x1x1 slice %1140 (models/lstm.ts:8:5)
//   #445 p8 [13,11] 1x1x1 slice %1143 (models/lstm.ts:8:5)
//   #446 p9 [14,16,17,11,12,13,80] 1x1x1 sigmoid %1137 + tanh %1139 + sigmoid %1141 + mul %1142 + sigmoid %1144 + mul %1145 + add %1146 + tanh %1147 + mul %1148 (models/lstm.ts:8:5)
//   #447 p72 [10,11] 4x1x1 slice %1150 (models/lstm.ts:8:5)
//   #448 p7 [80,2,11,12] 13x1x1 matmul %1152 + add %1153 (models/lstm.ts:8:5)
//   #449 p2 [12,14] 1x1x1 slice %1154 (models/lstm.ts:8:5)
//   #450 p3 [12,16] 1x1x1 slice %1156 (models/lstm.ts:8:5)
//   #451 p4 [12,17] 1x1x1 slice %1158 (models/lstm.ts:8:5)
//   #452 p8 [12,11] 1x1x1 slice %1161 (models/lstm.ts:8:5)
//   #453 p9 [14,16,17,11,13,12,81] 1x1x1 sigmoid %1155 + tanh %1157 + sigmoid %1159 + mul %1160 + sigmoid %1162 + mul %1163 + add %1164 + tanh %1165 + mul %1166 (models/lstm.ts:8:5)
//   #454 p73 [10,11] 4x1x1 slice %1168 (models/lstm.ts:8:5)
//   #455 p7 [81,2,11,13] 13x1x1 matmul %1170 + add %1171 (models/lstm.ts:8:5)
//   #456 p2 [13,14] 1x1x1 slice %1172 (models/lstm.ts:8:5)
//   #457 p3 [13,16] 1x1x1 slice %1174 (models/lstm.ts:8:5)
//   #458 p4 [13,17] 1x1x1 slice %1176 (models/lstm.ts:8:5)
//   #459 p8 [13,11] 1x1x1 slice %1179 (models/lstm.ts:8:5)
//   #460 p9 [14,16,17,11,12,13,82] 1x1x1 sigmoid %1173 + tanh %1175 + sigmoid %1177 + mul %1178 + sigmoid %1180 + mul %1181 + add %1182 + tanh %1183 + mul %1184 (models/lstm.ts:8:5)
//   #461 p74 [10,11] 4x1x1 slice %1186 (models/lstm.ts:8:5)
//   #462 p7 [82,2,11,12] 13x1x1 matmul %1188 + add %1189 (models/lstm.ts:8:5)
//   #463 p2 [12,14] 1x1x1 slice %1190 (models/lstm.ts:8:5)
//   #464 p3 [12,16] 1x1x1 slice %1192 (models/lstm.ts:8:5)
//   #465 p4 [12,17] 1x1x1 slice %1194 (models/lstm.ts:8:5)
//   #466 p8 [12,11] 1x1x1 slice %1197 (models/lstm.ts:8:5)
//   #467 p9 [14,16,17,11,13,12,83] 1x1x1 sigmoid %1191 + tanh %1193 + sigmoid %1195 + mul %1196 + sigmoid %1198 + mul %1199 + add %1200 + tanh %1201 + mul %1202 (models/lstm.ts:8:5)
//   #468 p75 [10,11] 4x1x1 slice %1204 (models/lstm.ts:8:5)
//   #469 p7 [83,2,11,13] 13x1x1 matmul %1206 + add %1207 (models/lstm.ts:8:5)
//   #470 p2 [13,14] 1x1x1 slice %1208 (models/lstm.ts:8:5)
//   #471 p3 [13,16] 1x1x1 slice %1210 (models/lstm.ts:8:5)
//   #472 p4 [13,17] 1x1x1 slice %1212 (models/lstm.ts:8:5)
//   #473 p8 [13,11] 1x1x1 slice %1215 (models/lstm.ts:8:5)
//   #474 p9 [14,16,17,11,12,13,84] 1x1x1 sigmoid %1209 + tanh %1211 + sigmoid %1213 + mul %1214 + sigmoid %1216 + mul %1217 + add %1218 + tanh %1219 + mul %1220 (models/lstm.ts:8:5)
//   #475 p76 [10,11] 4x1x1 slice %1222 (models/lstm.ts:8:5)
//   #476 p7 [84,2,11,12] 13x1x1 matmul %1224 + add %1225 (models/lstm.ts:8:5)
//   #477 p2 [12,14] 1x1x1 slice %1226 (models/lstm.ts:8:5)
//   #478 p3 [12,16] 1x1x1 slice %1228 (models/lstm.ts:8:5)
//   #479 p4 [12,17] 1x1x1 slice %1230 (models/lstm.ts:8:5)
//   #480 p8 [12,11] 1x1x1 slice %1233 (models/lstm.ts:8:5)
//   #481 p9 [14,16,17,11,13,12,85] 1x1x1 sigmoid %1227 + tanh %1229 + sigmoid %1231 + mul %1232 + sigmoid %1234 + mul %1235 + add %1236 + tanh %1237 + mul %1238 (models/lstm.ts:8:5)
//   #482 p77 [10,11] 4x1x1 slice %1240 (models/lstm.ts:8:5)
//   #483 p7 [85,2,11,13] 13x1x1 matmul %1242 + add %1243 (models/lstm.ts:8:5)
//   #484 p2 [13,14] 1x1x1 slice %1244 (models/lstm.ts:8:5)
//   #485 p3 [13,16] 1x1x1 slice %1246 (models/lstm.ts:8:5)
//   #486 p4 [13,17] 1x1x1 slice %1248 (models/lstm.ts:8:5)
//   #487 p8 [13,11] 1x1x1 slice %1251 (models/lstm.ts:8:5)
//   #488 p9 [14,16,17,11,12,13,86] 1x1x1 sigmoid %1245 + tanh %1247 + sigmoid %1249 + mul %1250 + sigmoid %1252 + mul %1253 + add %1254 + tanh %1255 + mul %1256 (models/lstm.ts:8:5)
//   #489 p78 [10,11] 4x1x1 slice %1258 (models/lstm.ts:8:5)
//   #490 p7 [86,2,11,12] 13x1x1 matmul %1260 + add %1261 (models/lstm.ts:8:5)
//   #491 p2 [12,14] 1x1x1 slice %1262 (models/lstm.ts:8:5)
//   #492 p3 [12,16] 1x1x1 slice %1264 (models/lstm.ts:8:5)
//   #493 p4 [12,17] 1x1x1 slice %1266 (models/lstm.ts:8:5)
//   #494 p8 [12,11] 1x1x1 slice %1269 (models/lstm.ts:8:5)
//   #495 p9 [14,16,17,11,13,12,87] 1x1x1 sigmoid %1263 + tanh %1265 + sigmoid %1267 + mul %1268 + sigmoid %1270 + mul %1271 + add %1272 + tanh %1273 + mul %1274 (models/lstm.ts:8:5)
//   #496 p79 [10,11] 4x1x1 slice %1276 (models/lstm.ts:8:5)
//   #497 p7 [87,2,11,13] 13x1x1 matmul %1278 + add %1279 (models/lstm.ts:8:5)
//   #498 p2 [13,14] 1x1x1 slice %1280 (models/lstm.ts:8:5)
//   #499 p3 [13,16] 1x1x1 slice %1282 (models/lstm.ts:8:5)
//   #500 p4 [13,17] 1x1x1 slice %1284 (models/lstm.ts:8:5)
//   #501 p8 [13,11] 1x1x1 slice %1287 (models/lstm.ts:8:5)
//   #502 p9 [14,16,17,11,12,13,88] 1x1x1 sigmoid %1281 + tanh %1283 + sigmoid %1285 + mul %1286 + sigmoid %1288 + mul %1289 + add %1290 + tanh %1291 + mul %1292 (models/lstm.ts:8:5)
//   #503 p80 [10,11] 4x1x1 slice %1294 (models/lstm.ts:8:5)
//   #504 p7 [88,2,11,12] 13x1x1 matmul %1296 + add %1297 (models/lstm.ts:8:5)
//   #505 p2 [12,14] 1x1x1 slice %1298 (models/lstm.ts:8:5)
//   #506 p3 [12,16] 1x1x1 slice %1300 (models/lstm.ts:8:5)
//   #507 p4 [12,17] 1x1x1 slice %1302 (models/lstm.ts:8:5)
//   #508 p8 [12,11] 1x1x1 slice %1305 (models/lstm.ts:8:5)
//   #509 p9 [14,16,17,11,13,12,89] 1x1x1 sigmoid %1299 + tanh %1301 + sigmoid %1303 + mul %1304 + sigmoid %1306 + mul %1307 + add %1308 + tanh %1309 + mul %1310 (models/lstm.ts:8:5)
//   #510 p81 [10,11] 4x1x1 slice %1312 (models/lstm.ts:8:5)
//   #511 p7 [89,2,11,13] 13x1x1 matmul %1314 + add %1315 (models/lstm.ts:8:5)
//   #512 p2 [13,14] 1x1x1 slice %1316 (models/lstm.ts:8:5)
//   #513 p3 [13,16] 1x1x1 slice %1318 (models/lstm.ts:8:5)
//   #514 p4 [13,17] 1x1x1 slice %1320 (models/lstm.ts:8:5)
//   #515 p8 [13,11] 1x1x1 slice %1323 (models/lstm.ts:8:5)
//   #516 p9 [14,16,17,11,12,13,90] 1x1x1 sigmoid %1317 + tanh %1319 + sigmoid %1321 + mul %1322 + sigmoid %1324 + mul %1325 + add %1326 + tanh %1327 + mul %1328 (models/lstm.ts:8:5)
//   #517 p82 [10,11] 4x1x1 slice %1330 (models/lstm.ts:8:5)
//   #518 p7 [90,2,11,12] 13x1x1 matmul %1332 + add %1333 (models/lstm.ts:8:5)
//   #519 p2 [12,14] 1x1x1 slice %1334 (models/lstm.ts:8:5)
//   #520 p3 [12,16] 1x1x1 slice %1336 (models/lstm.ts:8:5)
//   #521 p4 [12,17] 1x1x1 slice %1338 (models/lstm.ts:8:5)
//   #522 p8 [12,11] 1x1x1 slice %1341 (models/lstm.ts:8:5)
//   #523 p9 [14,16,17,11,13,12,91] 1x1x1 sigmoid %1335 + tanh %1337 + sigmoid %1339 + mul %1340 + sigmoid %1342 + mul %1343 + add %1344 + tanh %1345 + mul %1346 (models/lstm.ts:8:5)
//   #524 p83 [10,11] 4x1x1 slice %1348 (models/lstm.ts:8:5)
//   #525 p7 [91,2,11,13] 13x1x1 matmul %1350 + add %1351 (models/lstm.ts:8:5)
//   #526 p2 [13,14] 1x1x1 slice %1352 (models/lstm.ts:8:5)
//   #527 p3 [13,16] 1x1x1 slice %1354 (models/lstm.ts:8:5)
//   #528 p4 [13,17] 1x1x1 slice %1356 (models/lstm.ts:8:5)
//   #529 p8 [13,11] 1x1x1 slice %1359 (models/lstm.ts:8:5)
//   #530 p9 [14,16,17,11,12,13,92] 1x1x1 sigmoid %1353 + tanh %1355 + sigmoid %1357 + mul %1358 + sigmoid %1360 + mul %1361 + add %1362 + tanh %1363 + mul %1364 (models/lstm.ts:8:5)
//   #531 p84 [10,11] 4x1x1 slice %1366 (models/lstm.ts:8:5)
//   #532 p7 [92,2,11,12] 13x1x1 matmul %1368 + add %1369 (models/lstm.ts:8:5)
//   #533 p2 [12,14] 1x1x1 slice %1370 (models/lstm.ts:8:5)
//   #534 p3 [12,16] 1x1x1 slice %1372 (models/lstm.ts:8:5)
//   #535 p4 [12,17] 1x1x1 slice %1374 (models/lstm.ts:8:5)
//   #536 p8 [12,11] 1x1x1 slice %1377 (models/lstm.ts:8:5)
//   #537 p9 [14,16,17,11,13,12,93] 1x1x1 sigmoid %1371 + tanh %1373 + sigmoid %1375 + mul %1376 + sigmoid %1378 + mul %1379 + add %1380 + tanh %1381 + mul %1382 (models/lstm.ts:8:5)
//   #538 p85 [10,11] 4x1x1 slice %1384 (models/lstm.ts:8:5)
//   #539 p7 [93,2,11,13] 13x1x1 matmul %1386 + add %1387 (models/lstm.ts:8:5)
//   #540 p2 [13,14] 1x1x1 slice %1388 (models/lstm.ts:8:5)
//   #541 p3 [13,16] 1x1x1 slice %1390 (models/lstm.ts:8:5)
//   #542 p4 [13,17] 1x1x1 slice %1392 (models/lstm.ts:8:5)
//   #543 p8 [13,11] 1x1x1 slice %1395 (models/lstm.ts:8:5)
//   #544 p9 [14,16,17,11,12,13,94] 1x1x1 sigmoid %1389 + tanh %1391 + sigmoid %1393 + mul %1394 + sigmoid %1396 + mul %1397 + add %1398 + tanh %1399 + mul %1400 (models/lstm.ts:8:5)
//   #545 p86 [10,11] 4x1x1 slice %1402 (models/lstm.ts:8:5)
//   #546 p7 [94,2,11,12] 13x1x1 matmul %1404 + add %1405 (models/lstm.ts:8:5)
//   #547 p2 [12,14] 1x1x1 slice %1406 (models/lstm.ts:8:5)
//   #548 p3 [12,16] 1x1x1 slice %1408 (models/lstm.ts:8:5)
//   #549 p4 [12,17] 1x1x1 slice %1410 (models/lstm.ts:8:5)
//   #550 p8 [12,11] 1x1x1 slice %1413 (models/lstm.ts:8:5)
//   #551 p9 [14,16,17,11,13,12,95] 1x1x1 sigmoid %1407 + tanh %1409 + sigmoid %1411 + mul %1412 + sigmoid %1414 + mul %1415 + add %1416 + tanh %1417 + mul %1418 (models/lstm.ts:8:5)
//   #552 p87 [10,11] 4x1x1 slice %1420 (models/lstm.ts:8:5)
//   #553 p7 [95,2,11,13] 13x1x1 matmul %1422 + add %1423 (models/lstm.ts:8:5)
//   #554 p2 [13,14] 1x1x1 slice %1424 (models/lstm.ts:8:5)
//   #555 p3 [13,16] 1x1x1 slice %1426 (models/lstm.ts:8:5)
//   #556 p4 [13,17] 1x1x1 slice %1428 (models/lstm.ts:8:5)
//   #557 p8 [13,11] 1x1x1 slice %1431 (models/lstm.ts:8:5)
//   #558 p9 [14,16,17,11,12,13,96] 1x1x1 sigmoid %1425 + tanh %1427 + sigmoid %1429 + mul %1430 + sigmoid %1432 + mul %1433 + add %1434 + tanh %1435 + mul %1436 (models/lstm.ts:8:5)
//   #559 p88 [10,11] 4x1x1 slice %1438 (models/lstm.ts:8:5)
//   #560 p7 [96,2,11,12] 13x1x1 matmul %1440 + add %1441 (models/lstm.ts:8:5)
//   #561 p2 [12,14] 1x1x1 slice %1442 (models/lstm.ts:8:5)
//   #562 p3 [12,16] 1x1x1 slice %1444 (models/lstm.ts:8:5)
//   #563 p4 [12,17] 1x1x1 slice %1446 (models/lstm.ts:8:5)
//   #564 p8 [12,11] 1x1x1 slice %1449 (models/lstm.ts:8:5)
//   #565 p9 [14,16,17,11,13,12,97] 1x1x1 sigmoid %1443 + tanh %1445 + sigmoid %1447 + mul %1448 + sigmoid %1450 + mul %1451 + add %1452 + tanh %1453 + mul %1454 (models/lstm.ts:8:5)
//   #566 p89 [10,11] 4x1x1 slice %1456 (models/lstm.ts:8:5)
//   #567 p7 [97,2,11,13] 13x1x1 matmul %1458 + add %1459 (models/lstm.ts:8:5)
//   #568 p2 [13,14] 1x1x1 slice %1460 (models/lstm.ts:8:5)
//   #569 p3 [13,16] 1x1x1 slice %1462 (models/lstm.ts:8:5)
//   #570 p4 [13,17] 1x1x1 slice %1464 (models/lstm.ts:8:5)
//   #571 p8 [13,11] 1x1x1 slice %1467 (models/lstm.ts:8:5)
//   #572 p9 [14,16,17,11,12,13,98] 1x1x1 sigmoid %1461 + tanh %1463 + sigmoid %1465 + mul %1466 + sigmoid %1468 + mul %1469 + add %1470 + tanh %1471 + mul %1472 (models/lstm.ts:8:5)
//   #573 p90 [10,11] 4x1x1 slice %1474 (models/lstm.ts:8:5)
//   #574 p7 [98,2,11,12] 13x1x1 matmul %1476 + add %1477 (models/lstm.ts:8:5)
//   #575 p2 [12,14] 1x1x1 slice %1478 (models/lstm.ts:8:5)
//   #576 p3 [12,16] 1x1x1 slice %1480 (models/lstm.ts:8:5)
//   #577 p4 [12,17] 1x1x1 slice %1482 (models/lstm.ts:8:5)
//   #578 p8 [12,11] 1x1x1 slice %1485 (models/lstm.ts:8:5)
//   #579 p9 [14,16,17,11,13,12,99] 1x1x1 sigmoid %1479 + tanh %1481 + sigmoid %1483 + mul %1484 + sigmoid %1486 + mul %1487 + add %1488 + tanh %1489 + mul %1490 (models/lstm.ts:8:5)
//   #580 p91 [10,11] 4x1x1 slice %1492 (models/lstm.ts:8:5)
//   #581 p7 [99,2,11,13] 13x1x1 matmul %1494 + add %1495 (models/lstm.ts:8:5)
//   #582 p2 [13,14] 1x1x1 slice %1496 (models/lstm.ts:8:5)
//   #583 p3 [13,16] 1x1x1 slice %1498 (models/lstm.ts:8:5)
//   #584 p4 [13,17] 1x1x1 slice %1500 (models/lstm.ts:8:5)
//   #585 p8 [13,11] 1x1x1 slice %1503 (models/lstm.ts:8:5)
//   #586 p9 [14,16,17,11,12,13,100] 1x1x1 sigmoid %1497 + tanh %1499 + sigmoid %1501 + mul %1502 + sigmoid %1504 + mul %1505 + add %1506 + tanh %1507 + mul %1508 (models/lstm.ts:8:5)
//   #587 p92 [10,11] 4x1x1 slice %1510 (models/lstm.ts:8:5)
//   #588 p7 [100,2,11,12] 13x1x1 matmul %1512 + add %1513 (models/lstm.ts:8:5)
//   #589 p2 [12,14] 1x1x1 slice %1514 (models/lstm.ts:8:5)
//   #590 p3 [12,16] 1x1x1 slice %1516 (models/lstm.ts:8:5)
//   #591 p4 [12,17] 1x1x1 slice %1518 (models/lstm.ts:8:5)
//   #592 p8 [12,11] 1x1x1 slice %1521 (models/lstm.ts:8:5)
//   #593 p9 [14,16,17,11,13,12,101] 1x1x1 sigmoid %1515 + tanh %1517 + sigmoid %1519 + mul %1520 + sigmoid %1522 + mul %1523 + add %1524 + tanh %1525 + mul %1526 (models/lstm.ts:8:5)
//   #594 p93 [10,11] 4x1x1 slice %1528 (models/lstm.ts:8:5)
//   #595 p7 [101,2,11,13] 13x1x1 matmul %1530 + add %1531 (models/lstm.ts:8:5)
//   #596 p2 [13,14] 1x1x1 slice %1532 (models/lstm.ts:8:5)
//   #597 p3 [13,16] 1x1x1 slice %1534 (models/lstm.ts:8:5)
//   #598 p4 [13,17] 1x1x1 slice %1536 (models/lstm.ts:8:5)
//   #599 p8 [13,11] 1x1x1 slice %1539 (models/lstm.ts:8:5)
//   #600 p9 [14,16,17,11,12,13,102] 1x1x1 sigmoid %1533 + tanh %1535 + sigmoid %1537 + mul %1538 + sigmoid %1540 + mul %1541 + add %1542 + tanh %1543 + mul %1544 (models/lstm.ts:8:5)
//   #601 p94 [10,11] 4x1x1 slice %1546 (models/lstm.ts:8:5)
//   #602 p7 [102,2,11,12] 13x1x1 matmul %1548 + add %1549 (models/lstm.ts:8:5)
//   #603 p2 [12,14] 1x1x1 slice %1550 (models/lstm.ts:8:5)
//   #604 p3 [12,16] 1x1x1 slice %1552 (models/lstm.ts:8:5)
//   #605 p4 [12,17] 1x1x1 slice %1554 (models/lstm.ts:8:5)
//   #606 p8 [12,11] 1x1x1 slice %1557 (models/lstm.ts:8:5)
//   #607 p9 [14,16,17,11,13,12,103] 1x1x1 sigmoid %1551 + tanh %1553 + sigmoid %1555 + mul %1556 + sigmoid %1558 + mul %1559 + add %1560 + tanh %1561 + mul %1562 (models/lstm.ts:8:5)
//   #608 p95 [10,11] 4x1x1 slice %1564 (models/lstm.ts:8:5)
//   #609 p7 [103,2,11,13] 13x1x1 matmul %1566 + add %1567 (models/lstm.ts:8:5)
//   #610 p2 [13,14] 1x1x1 slice %1568 (models/lstm.ts:8:5)
//   #611 p3 [13,16] 1x1x1 slice %1570 (models/lstm.ts:8:5)
//   #612 p4 [13,17] 1x1x1 slice %1572 (models/lstm.ts:8:5)
//   #613 p8 [13,11] 1x1x1 slice %1575 (models/lstm.ts:8:5)
//   #614 p9 [14,16,17,11,12,13,104] 1x1x1 sigmoid %1569 + tanh %1571 + sigmoid %1573 + mul %1574 + sigmoid %1576 + mul %1577 + add %1578 + tanh %1579 + mul %1580 (models/lstm.ts:8:5)
//   #615 p96 [10,11] 4x1x1 slice %1582 (models/lstm.ts:8:5)
//   #616 p7 [104,2,11,12] 13x1x1 matmul %1584 + add %1585 (models/lstm.ts:8:5)
//   #617 p2 [12,14] 1x1x1 slice %1586 (models/lstm.ts:8:5)
//   #618 p3 [12,16] 1x1x1 slice %1588 (models/lstm.ts:8:5)
//   #619 p4 [12,17] 1x1x1 slice %1590 (models/lstm.ts:8:5)
//   #620 p8 [12,11] 1x1x1 slice %1593 (models/lstm.ts:8:5)
//   #621 p9 [14,16,17,11,13,12,105] 1x1x1 sigmoid %1587 + tanh %1589 + sigmoid %1591 + mul %1592 + sigmoid %1594 + mul %1595 + add %1596 + tanh %1597 + mul %1598 (models/lstm.ts:8:5)
//   #622 p97 [10,11] 4x1x1 slice %1600 (models/lstm.ts:8:5)
//   #623 p7 [105,2,11,13] 13x1x1 matmul %1602 + add %1603 (models/lstm.ts:8:5)
//   #624 p2 [13,14] 1x1x1 slice %1604 (models/lstm.ts:8:5)
//   #625 p3 [13,16] 1x1x1 slice %1606 (models/lstm.ts:8:5)
//   #626 p4 [13,17] 1x1x1 slice %1608 (models/lstm.ts:8:5)
//   #627 p8 [13,11] 1x1x1 slice %1611 (models/lstm.ts:8:5)
//   #628 p9 [14,16,17,11,12,13,106] 1x1x1 sigmoid %1605 + tanh %1607 + sigmoid %1609 + mul %1610 + sigmoid %1612 + mul %1613 + add %1614 + tanh %1615 + mul %1616 (models/lstm.ts:8:5)
//   #629 p98 [10,11] 4x1x1 slice %1618 (models/lstm.ts:8:5)
//   #630 p7 [106,2,11,12] 13x1x1 matmul %1620 + add %1621 (models/lstm.ts:8:5)
//   #631 p2 [12,14] 1x1x1 slice %1622 (models/lstm.ts:8:5)
//   #632 p3 [12,16] 1x1x1 slice %1624 (models/lstm.ts:8:5)
//   #633 p4 [12,17] 1x1x1 slice %1626 (models/lstm.ts:8:5)
//   #634 p8 [12,11] 1x1x1 slice %1629 (models/lstm.ts:8:5)
//   #635 p9 [14,16,17,11,13,12,107] 1x1x1 sigmoid %1623 + tanh %1625 + sigmoid %1627 + mul %1628 + sigmoid %1630 + mul %1631 + add %1632 + tanh %1633 + mul %1634 (models/lstm.ts:8:5)
//   #636 p99 [10,11] 4x1x1 slice %1636 (models/lstm.ts:8:5)
//   #637 p7 [107,2,11,13] 13x1x1 matmul %1638 + add %1639 (models/lstm.ts:8:5)
//   #638 p2 [13,14] 1x1x1 slice %1640 (models/lstm.ts:8:5)
//   #639 p3 [13,16] 1x1x1 slice %1642 (models/lstm.ts:8:5)
//   #640 p4 [13,17] 1x1x1 slice %1644 (models/lstm.ts:8:5)
//   #641 p8 [13,11] 1x1x1 slice %1647 (models/lstm.ts:8:5)
//   #642 p9 [14,16,17,11,12,13,108] 1x1x1 sigmoid %1641 + tanh %1643 + sigmoid %1645 + mul %1646 + sigmoid %1648 + mul %1649 + add %1650 + tanh %1651 + mul %1652 (models/lstm.ts:8:5)
//   #643 p100 [10,11] 4x1x1 slice %1654 (models/lstm.ts:8:5)
//   #644 p7 [108,2,11,12] 13x1x1 matmul %1656 + add %1657 (models/lstm.ts:8:5)
//   #645 p2 [12,14] 1x1x1 slice %1658 (models/lstm.ts:8:5)
//   #646 p3 [12,16] 1x1x1 slice %1660 (models/lstm.ts:8:5)
//   #647 p4 [12,17] 1x1x1 slice %1662 (models/lstm.ts:8:5)
//   #648 p8 [12,11] 1x1x1 slice %1665 (models/lstm.ts:8:5)
//   #649 p9 [14,16,17,11,13,12,109] 1x1x1 sigmoid %1659 + tanh %1661 + sigmoid %1663 + mul %1664 + sigmoid %1666 + mul %1667 + add %1668 + tanh %1669 + mul %1670 (models/lstm.ts:8:5)
//   #650 p101 [10,11] 4x1x1 slice %1672 (models/lstm.ts:8:5)
//   #651 p7 [109,2,11,13] 13x1x1 matmul %1674 + add %1675 (models/lstm.ts:8:5)
//   #652 p2 [13,14] 1x1x1 slice %1676 (models/lstm.ts:8:5)
//   #653 p3 [13,16] 1x1x1 slice %1678 (models/lstm.ts:8:5)
//   #654 p4 [13,17] 1x1x1 slice %1680 (models/lstm.ts:8:5)
//   #655 p8 [13,11] 1x1x1 slice %1683 (models/lstm.ts:8:5)
//   #656 p9 [14,16,17,11,12,13,110] 1x1x1 sigmoid %1677 + tanh %1679 + sigmoid %1681 + mul %1682 + sigmoid %1684 + mul %1685 + add %1686 + tanh %1687 + mul %1688 (models/lstm.ts:8:5)
//   #657 p102 [10,11] 4x1x1 slice %1690 (models/lstm.ts:8:5)
//   #658 p7 [110,2,11,12] 13x1x1 matmul %1692 + add %1693 (models/lstm.ts:8:5)
//   #659 p2 [12,14] 1x1x1 slice %1694 (models/lstm.ts:8:5)
//   #660 p3 [12,16] 1x1x1 slice %1696 (models/lstm.ts:8:5)
//   #661 p4 [12,17] 1x1x1 slice %1698 (models/lstm.ts:8:5)
//   #662 p8 [12,11] 1x1x1 slice %1701 (models/lstm.ts:8:5)
//   #663 p9 [14,16,17,11,13,12,111] 1x1x1 sigmoid %1695 + tanh %1697 + sigmoid %1699 + mul %1700 + sigmoid %1702 + mul %1703 + add %1704 + tanh %1705 + mul %1706 (models/lstm.ts:8:5)
//   #664 p103 [10,11] 4x1x1 slice %1708 (models/lstm.ts:8:5)
//   #665 p7 [111,2,11,13] 13x1x1 matmul %1710 + add %1711 (models/lstm.ts:8:5)
//   #666 p2 [13,14] 1x1x1 slice %1712 (models/lstm.ts:8:5)
//   #667 p3 [13,16] 1x1x1 slice %1714 (models/lstm.ts:8:5)
//   #668 p4 [13,17] 1x1x1 slice %1716 (models/lstm.ts:8:5)
//   #669 p8 [13,11] 1x1x1 slice %1719 (models/lstm.ts:8:5)
//   #670 p9 [14,16,17,11,12,13,112] 1x1x1 sigmoid %1713 + tanh %1715 + sigmoid %1717 + mul %1718 + sigmoid %1720 + mul %1721 + add %1722 + tanh %1723 + mul %1724 (models/lstm.ts:8:5)
//   #671 p104 [10,11] 4x1x1 slice %1726 (models/lstm.ts:8:5)
//   #672 p7 [112,2,11,12] 13x1x1 matmul %1728 + add %1729 (models/lstm.ts:8:5)
//   #673 p2 [12,14] 1x1x1 slice %1730 (models/lstm.ts:8:5)
//   #674 p3 [12,16] 1x1x1 slice %1732 (models/lstm.ts:8:5)
//   #675 p4 [12,17] 1x1x1 slice %1734 (models/lstm.ts:8:5)
//   #676 p8 [12,11] 1x1x1 slice %1737 (models/lstm.ts:8:5)
//   #677 p9 [14,16,17,11,13,12,113] 1x1x1 sigmoid %1731 + tanh %1733 + sigmoid %1735 + mul %1736 + sigmoid %1738 + mul %1739 + add %1740 + tanh %1741 + mul %1742 (models/lstm.ts:8:5)
//   #678 p105 [10,11] 4x1x1 slice %1744 (models/lstm.ts:8:5)
//   #679 p7 [113,2,11,13] 13x1x1 matmul %1746 + add %1747 (models/lstm.ts:8:5)
//   #680 p2 [13,14] 1x1x1 slice %1748 (models/lstm.ts:8:5)
//   #681 p3 [13,16] 1x1x1 slice %1750 (models/lstm.ts:8:5)
//   #682 p4 [13,17] 1x1x1 slice %1752 (models/lstm.ts:8:5)
//   #683 p8 [13,11] 1x1x1 slice %1755 (models/lstm.ts:8:5)
//   #684 p9 [14,16,17,11,12,13,114] 1x1x1 sigmoid %1749 + tanh %1751 + sigmoid %1753 + mul %1754 + sigmoid %1756 + mul %1757 + add %1758 + tanh %1759 + mul %1760 (models/lstm.ts:8:5)
//   #685 p106 [10,11] 4x1x1 slice %1762 (models/lstm.ts:8:5)
//   #686 p7 [114,2,11,12] 13x1x1 matmul %1764 + add %1765 (models/lstm.ts:8:5)
//   #687 p2 [12,14] 1x1x1 slice %1766 (models/lstm.ts:8:5)
//   #688 p3 [12,16] 1x1x1 slice %1768 (models/lstm.ts:8:5)
//   #689 p4 [12,17] 1x1x1 slice %1770 (models/lstm.ts:8:5)
//   #690 p8 [12,11] 1x1x1 slice %1773 (models/lstm.ts:8:5)
//   #691 p9 [14,16,17,11,13,12,115] 1x1x1 sigmoid %1767 + tanh %1769 + sigmoid %1771 + mul %1772 + sigmoid %1774 + mul %1775 + add %1776 + tanh %1777 + mul %1778 (models/lstm.ts:8:5)
//   #692 p107 [10,11] 4x1x1 slice %1780 (models/lstm.ts:8:5)
//   #693 p7 [115,2,11,13] 13x1x1 matmul %1782 + add %1783 (models/lstm.ts:8:5)
//   #694 p2 [13,14] 1x1x1 slice %1784 (models/lstm.ts:8:5)
//   #695 p3 [13,16] 1x1x1 slice %1786 (models/lstm.ts:8:5)
//   #696 p4 [13,17] 1x1x1 slice %1788 (models/lstm.ts:8:5)
//   #697 p8 [13,11] 1x1x1 slice %1791 (models/lstm.ts:8:5)
//   #698 p108 [14,16,17,11,12,13] 1x1x1 sigmoid %1785 + tanh %1787 + sigmoid %1789 + mul %1790 + sigmoid %1792 + mul %1793 + add %1794 + tanh %1795 + mul %1796 (models/lstm.ts:8:5)
//   #699 p109 [15,18,19,20,21,22,23,10] 6x1x1 concat %1798 (models/lstm.ts:8:5)
//   #700 p109 [24,25,26,27,28,29,30,11] 6x1x1 concat %1799 (models/lstm.ts:8:5)
//   #701 p109 [31,32,33,34,35,36,37,12] 6x1x1 concat %1800 (models/lstm.ts:8:5)
//   #702 p109 [38,39,40,41,42,43,44,14] 6x1x1 concat %1801 (models/lstm.ts:8:5)
//   #703 p109 [45,46,47,48,49,50,51,15] 6x1x1 concat %1802 (models/lstm.ts:8:5)
//   #704 p109 [52,53,54,55,56,57,58,16] 6x1x1 concat %1803 (models/lstm.ts:8:5)
//   #705 p109 [59,60,61,62,63,64,65,17] 6x1x1 concat %1804 (models/lstm.ts:8:5)
//   #706 p109 [66,67,68,69,70,71,72,18] 6x1x1 concat %1805 (models/lstm.ts:8:5)
//   #707 p109 [73,74,75,76,77,78,79,19] 6x1x1 concat %1806 (models/lstm.ts:8:5)
//   #708 p109 [80,81,82,83,84,85,86,20] 6x1x1 concat %1807 (models/lstm.ts:8:5)
//   #709 p109 [87,88,89,90,91,92,93,21] 6x1x1 concat %1808 (models/lstm.ts:8:5)
//   #710 p109 [94,95,96,97,98,99,100,22] 6x1x1 concat %1809 (models/lstm.ts:8:5)
//   #711 p109 [101,102,103,104,105,106,107,23] 6x1x1 concat %1810 (models/lstm.ts:8:5)
//   #712 p109 [108,109,110,111,112,113,114,24] 6x1x1 concat %1811 (models/lstm.ts:8:5)
//   #713 p110 [115,13,25] 2x1x1 concat %1812 (models/lstm.ts:8:5)
//   #714 p111 [10,11,12,14,15,16,17,13] 39x1x1 concat %1813 (models/lstm.ts:8:5)
//   #715 p111 [18,19,20,21,22,23,24,10] 39x1x1 concat %1814 (models/lstm.ts:8:5)
//   #716 p112 [13,10,25,11] 79x1x1 concat %1815 (models/lstm.ts:8:5)
//   #717 p113 [11,4,6,10] 28x1x1 matmul %1817 + add %1818 (models/lstm.ts:9:5)
//   #718 p1 [10,12] 4x1x1 slice %1820 (models/lstm.ts:9:5)
//   #719 p2 [12,26] 1x1x1 slice %1822 (models/lstm.ts:9:5)
//   #720 p3 [12,27] 1x1x1 slice %1824 (models/lstm.ts:9:5)
//   #721 p4 [12,28] 1x1x1 slice %1826 (models/lstm.ts:9:5)
//   #722 p5 [26,27,28,29,30] 1x1x1 sigmoid %1823 + tanh %1825 + sigmoid %1827 + mul %1828 + tanh %1829 + mul %1830 (models/lstm.ts:9:5)
//   #723 p6 [10,12] 4x1x1 slice %1831 (models/lstm.ts:9:5)
//   #724 p7 [30,5,12,14] 13x1x1 matmul %1833 + add %1834 (models/lstm.ts:9:5)
//   #725 p2 [14,26] 1x1x1 slice %1835 (models/lstm.ts:9:5)
//   #726 p3 [14,27] 1x1x1 slice %1837 (models/lstm.ts:9:5)
//   #727 p4 [14,28] 1x1x1 slice %1839 (models/lstm.ts:9:5)
//   #728 p8 [14,30] 1x1x1 slice %1842 (models/lstm.ts:9:5)
//   #729 p9 [26,27,28,30,29,31,32] 1x1x1 sigmoid %1836 + tanh %1838 + sigmoid %1840 + mul %1841 + sigmoid %1843 + mul %1844 + add %1845 + tanh %1846 + mul %1847 (models/lstm.ts:9:5)
//   #730 p10 [10,12] 4x1x1 slice %1848 (models/lstm.ts:9:5)
//   #731 p7 [32,5,12,14] 13x1x1 matmul %1850 + add %1851 (models/lstm.ts:9:5)
//   #732 p2 [14,26] 1x1x1 slice %1852 (models/lstm.ts:9:5)
//   #733 p3 [14,27] 1x1x1 slice %1854 (models/lstm.ts:9:5)
//   #734 p4 [14,28] 1x1x1 slice %1856 (models/lstm.ts:9:5)
//   #735 p8 [14,29] 1x1x1 slice %1859 (models/lstm.ts:9:5)
//   #736 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %1853 + tanh %1855 + sigmoid %1857 + mul %1858 + sigmoid %1860 + mul %1861 + add %1862 + tanh %1863 + mul %1864 (models/lstm.ts:9:5)
//   #737 p11 [10,12] 4x1x1 slice %1865 (models/lstm.ts:9:5)
//   #738 p7 [32,5,12,14] 13x1x1 matmul %1867 + add %1868 (models/lstm.ts:9:5)
//   #739 p2 [14,26] 1x1x1 slice %1869 (models/lstm.ts:9:5)
//   #740 p3 [14,27] 1x1x1 slice %1871 (models/lstm.ts:9:5)
//   #741 p4 [14,28] 1x1x1 slice %1873 (models/lstm.ts:9:5)
//   #742 p8 [14,29] 1x1x1 slice %1876 (models/lstm.ts:9:5)
//   #743 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %1870 + tanh %1872 + sigmoid %1874 + mul %1875 + sigmoid %1877 + mul %1878 + add %1879 + tanh %1880 + mul %1881 (models/lstm.ts:9:5)
//   #744 p12 [10,12] 4x1x1 slice %1882 (models/lstm.ts:9:5)
//   #745 p7 [32,5,12,14] 13x1x1 matmul %1884 + add %1885 (models/lstm.ts:9:5)
//   #746 p2 [14,26] 1x1x1 slice %1886 (models/lstm.ts:9:5)
//   #747 p3 [14,27] 1x1x1 slice %1888 (models/lstm.ts:9:5)
//   #748 p4 [14,28] 1x1x1 slice %1890 (models/lstm.ts:9:5)
//   #749 p8 [14,29] 1x1x1 slice %1893 (models/lstm.ts:9:5)
//   #750 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %1887 + tanh %1889 + sigmoid %1891 + mul %1892 + sigmoid %1894 + mul %1895 + add %1896 + tanh %1897 + mul %1898 (models/lstm.ts:9:5)
//   #751 p13 [10,12] 4x1x1 slice %1899 (models/lstm.ts:9:5)
//   #752 p7 [32,5,12,14] 13x1x1 matmul %1901 + add %1902 (models/lstm.ts:9:5)
//   #753 p2 [14,26] 1x1x1 slice %1903 (models/lstm.ts:9:5)
//   #754 p3 [14,27] 1x1x1 slice %1905 (models/lstm.ts:9:5)
//   #755 p4 [14,28] 1x1x1 slice %1907 (models/lstm.ts:9:5)
//   #756 p8 [14,29] 1x1x1 slice %1910 (models/lstm.ts:9:5)
//   #757 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %1904 + tanh %1906 + sigmoid %1908 + mul %1909 + sigmoid %1911 + mul %1912 + add %1913 + tanh %1914 + mul %1915 (models/lstm.ts:9:5)
//   #758 p14 [10,12] 4x1x1 slice %1916 (models/lstm.ts:9:5)
//   #759 p7 [32,5,12,14] 13x1x1 matmul %1918 + add %1919 (models/lstm.ts:9:5)
//   #760 p2 [14,26] 1x1x1 slice %1920 (models/lstm.ts:9:5)
//   #761 p3 [14,27] 1x1x1 slice %1922 (models/lstm.ts:9:5)
//   #762 p4 [14,28] 1x1x1 slice %1924 (models/lstm.ts:9:5)
//   #763 p8 [14,29] 1x1x1 slice %1927 (models/lstm.ts:9:5)
//   #764 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %1921 + tanh %1923 + sigmoid %1925 + mul %1926 + sigmoid %1928 + mul %1929 + add %1930 + tanh %1931 + mul %1932 (models/lstm.ts:9:5)
//   #765 p15 [10,12] 4x1x1 slice %1933 (models/lstm.ts:9:5)
//   #766 p7 [32,5,12,14] 13x1x1 matmul %1935 + add %1936 (models/lstm.ts:9:5)
//   #767 p2 [14,26] 1x1x1 slice %1937 (models/lstm.ts:9:5)
//   #768 p3 [14,27] 1x1x1 slice %1939 (models/lstm.ts:9:5)
//   #769 p4 [14,28] 1x1x1 slice %1941 (models/lstm.ts:9:5)
//   #770 p8 [14,29] 1x1x1 slice %1944 (models/lstm.ts:9:5)
//   #771 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %1938 + tanh %1940 + sigmoid %1942 + mul %1943 + sigmoid %1945 + mul %1946 + add %1947 + tanh %1948 + mul %1949 (models/lstm.ts:9:5)
//   #772 p16 [10,12] 4x1x1 slice %1950 (models/lstm.ts:9:5)
//   #773 p7 [32,5,12,14] 13x1x1 matmul %1952 + add %1953 (models/lstm.ts:9:5)
//   #774 p2 [14,26] 1x1x1 slice %1954 (models/lstm.ts:9:5)
//   #775 p3 [14,27] 1x1x1 slice %1956 (models/lstm.ts:9:5)
//   #776 p4 [14,28] 1x1x1 slice %1958 (models/lstm.ts:9:5)
//   #777 p8 [14,29] 1x1x1 slice %1961 (models/lstm.ts:9:5)
//   #778 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %1955 + tanh %1957 + sigmoid %1959 + mul %1960 + sigmoid %1962 + mul %1963 + add %1964 + tanh %1965 + mul %1966 (models/lstm.ts:9:5)
//   #779 p17 [10,12] 4x1x1 slice %1967 (models/lstm.ts:9:5)
//   #780 p7 [32,5,12,14] 13x1x1 matmul %1969 + add %1970 (models/lstm.ts:9:5)
//   #781 p2 [14,26] 1x1x1 slice %1971 (models/lstm.ts:9:5)
//   #782 p3 [14,27] 1x1x1 slice %1973 (models/lstm.ts:9:5)
//   #783 p4 [14,28] 1x1x1 slice %1975 (models/lstm.ts:9:5)
//   #784 p8 [14,29] 1x1x1 slice %1978 (models/lstm.ts:9:5)
//   #785 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %1972 + tanh %1974 + sigmoid %1976 + mul %1977 + sigmoid %1979 + mul %1980 + add %1981 + tanh %1982 + mul %1983 (models/lstm.ts:9:5)
//   #786 p18 [10,12] 4x1x1 slice %1984 (models/lstm.ts:9:5)
//   #787 p7 [32,5,12,14] 13x1x1 matmul %1986 + add %1987 (models/lstm.ts:9:5)
//   #788 p2 [14,26] 1x1x1 slice %1988 (models/lstm.ts:9:5)
//   #789 p3 [14,27] 1x1x1 slice %1990 (models/lstm.ts:9:5)
//   #790 p4 [14,28] 1x1x1 slice %1992 (models/lstm.ts:9:5)
//   #791 p8 [14,29] 1x1x1 slice %1995 (models/lstm.ts:9:5)
//   #792 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %1989 + tanh %1991 + sigmoid %1993 + mul %1994 + sigmoid %1996 + mul %1997 + add %1998 + tanh %1999 + mul %2000 (models/lstm.ts:9:5)
//   #793 p19 [10,12] 4x1x1 slice %2001 (models/lstm.ts:9:5)
//   #794 p7 [32,5,12,14] 13x1x1 matmul %2003 + add %2004 (models/lstm.ts:9:5)
//   #795 p2 [14,26] 1x1x1 slice %2005 (models/lstm.ts:9:5)
//   #796 p3 [14,27] 1x1x1 slice %2007 (models/lstm.ts:9:5)
//   #797 p4 [14,28] 1x1x1 slice %2009 (models/lstm.ts:9:5)
//   #798 p8 [14,29] 1x1x1 slice %2012 (models/lstm.ts:9:5)
//   #799 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2006 + tanh %2008 + sigmoid %2010 + mul %2011 + sigmoid %2013 + mul %2014 + add %2015 + tanh %2016 + mul %2017 (models/lstm.ts:9:5)
//   #800 p20 [10,12] 4x1x1 slice %2018 (models/lstm.ts:9:5)
//   #801 p7 [32,5,12,14] 13x1x1 matmul %2020 + add %2021 (models/lstm.ts:9:5)
//   #802 p2 [14,26] 1x1x1 slice %2022 (models/lstm.ts:9:5)
//   #803 p3 [14,27] 1x1x1 slice %2024 (models/lstm.ts:9:5)
//   #804 p4 [14,28] 1x1x1 slice %2026 (models/lstm.ts:9:5)
//   #805 p8 [14,29] 1x1x1 slice %2029 (models/lstm.ts:9:5)
//   #806 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2023 + tanh %2025 + sigmoid %2027 + mul %2028 + sigmoid %2030 + mul %2031 + add %2032 + tanh %2033 + mul %2034 (models/lstm.ts:9:5)
//   #807 p21 [10,12] 4x1x1 slice %2035 (models/lstm.ts:9:5)
//   #808 p7 [32,5,12,14] 13x1x1 matmul %2037 + add %2038 (models/lstm.ts:9:5)
//   #809 p2 [14,26] 1x1x1 slice %2039 (models/lstm.ts:9:5)
//   #810 p3 [14,27] 1x1x1 slice %2041 (models/lstm.ts:9:5)
//   #811 p4 [14,28] 1x1x1 slice %2043 (models/lstm.ts:9:5)
//   #812 p8 [14,29] 1x1x1 slice %2046 (models/lstm.ts:9:5)
//   #813 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2040 + tanh %2042 + sigmoid %2044 + mul %2045 + sigmoid %2047 + mul %2048 + add %2049 + tanh %2050 + mul %2051 (models/lstm.ts:9:5)
//   #814 p22 [10,12] 4x1x1 slice %2052 (models/lstm.ts:9:5)
//   #815 p7 [32,5,12,14] 13x1x1 matmul %2054 + add %2055 (models/lstm.ts:9:5)
//   #816 p2 [14,26] 1x1x1 slice %2056 (models/lstm.ts:9:5)
//   #817 p3 [14,27] 1x1x1 slice %2058 (models/lstm.ts:9:5)
//   #818 p4 [14,28] 1x1x1 slice %2060 (models/lstm.ts:9:5)
//   #819 p8 [14,29] 1x1x1 slice %2063 (models/lstm.ts:9:5)
//   #820 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2057 + tanh %2059 + sigmoid %2061 + mul %2062 + sigmoid %2064 + mul %2065 + add %2066 + tanh %2067 + mul %2068 (models/lstm.ts:9:5)
//   #821 p23 [10,12] 4x1x1 slice %2069 (models/lstm.ts:9:5)
//   #822 p7 [32,5,12,14] 13x1x1 matmul %2071 + add %2072 (models/lstm.ts:9:5)
//   #823 p2 [14,26] 1x1x1 slice %2073 (models/lstm.ts:9:5)
//   #824 p3 [14,27] 1x1x1 slice %2075 (models/lstm.ts:9:5)
//   #825 p4 [14,28] 1x1x1 slice %2077 (models/lstm.ts:9:5)
//   #826 p8 [14,29] 1x1x1 slice %2080 (models/lstm.ts:9:5)
//   #827 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2074 + tanh %2076 + sigmoid %2078 + mul %2079 + sigmoid %2081 + mul %2082 + add %2083 + tanh %2084 + mul %2085 (models/lstm.ts:9:5)
//   #828 p24 [10,12] 4x1x1 slice %2086 (models/lstm.ts:9:5)
//   #829 p7 [32,5,12,14] 13x1x1 matmul %2088 + add %2089 (models/lstm.ts:9:5)
//   #830 p2 [14,26] 1x1x1 slice %2090 (models/lstm.ts:9:5)
//   #831 p3 [14,27] 1x1x1 slice %2092 (models/lstm.ts:9:5)
//   #832 p4 [14,28] 1x1x1 slice %2094 (models/lstm.ts:9:5)
//   #833 p8 [14,29] 1x1x1 slice %2097 (models/lstm.ts:9:5)
//   #834 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2091 + tanh %2093 + sigmoid %2095 + mul %2096 + sigmoid %2098 + mul %2099 + add %2100 + tanh %2101 + mul %2102 (models/lstm.ts:9:5)
//   #835 p25 [10,12] 4x1x1 slice %2103 (models/lstm.ts:9:5)
//   #836 p7 [32,5,12,14] 13x1x1 matmul %2105 + add %2106 (models/lstm.ts:9:5)
//   #837 p2 [14,26] 1x1x1 slice %2107 (models/lstm.ts:9:5)
//   #838 p3 [14,27] 1x1x1 slice %2109 (models/lstm.ts:9:5)
//   #839 p4 [14,28] 1x1x1 slice %2111 (models/lstm.ts:9:5)
//   #840 p8 [14,29] 1x1x1 slice %2114 (models/lstm.ts:9:5)
//   #841 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2108 + tanh %2110 + sigmoid %2112 + mul %2113 + sigmoid %2115 + mul %2116 + add %2117 + tanh %2118 + mul %2119 (models/lstm.ts:9:5)
//   #842 p26 [10,12] 4x1x1 slice %2120 (models/lstm.ts:9:5)
//   #843 p7 [32,5,12,14] 13x1x1 matmul %2122 + add %2123 (models/lstm.ts:9:5)
//   #844 p2 [14,26] 1x1x1 slice %2124 (models/lstm.ts:9:5)
//   #845 p3 [14,27] 1x1x1 slice %2126 (models/lstm.ts:9:5)
//   #846 p4 [14,28] 1x1x1 slice %2128 (models/lstm.ts:9:5)
//   #847 p8 [14,29] 1x1x1 slice %2131 (models/lstm.ts:9:5)
//   #848 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2125 + tanh %2127 + sigmoid %2129 + mul %2130 + sigmoid %2132 + mul %2133 + add %2134 + tanh %2135 + mul %2136 (models/lstm.ts:9:5)
//   #849 p27 [10,12] 4x1x1 slice %2137 (models/lstm.ts:9:5)
//   #850 p7 [32,5,12,14] 13x1x1 matmul %2139 + add %2140 (models/lstm.ts:9:5)
//   #851 p2 [14,26] 1x1x1 slice %2141 (models/lstm.ts:9:5)
//   #852 p3 [14,27] 1x1x1 slice %2143 (models/lstm.ts:9:5)
//   #853 p4 [14,28] 1x1x1 slice %2145 (models/lstm.ts:9:5)
//   #854 p8 [14,29] 1x1x1 slice %2148 (models/lstm.ts:9:5)
//   #855 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2142 + tanh %2144 + sigmoid %2146 + mul %2147 + sigmoid %2149 + mul %2150 + add %2151 + tanh %2152 + mul %2153 (models/lstm.ts:9:5)
//   #856 p28 [10,12] 4x1x1 slice %2154 (models/lstm.ts:9:5)
//   #857 p7 [32,5,12,14] 13x1x1 matmul %2156 + add %2157 (models/lstm.ts:9:5)
//   #858 p2 [14,26] 1x1x1 slice %2158 (models/lstm.ts:9:5)
//   #859 p3 [14,27] 1x1x1 slice %2160 (models/lstm.ts:9:5)
//   #860 p4 [14,28] 1x1x1 slice %2162 (models/lstm.ts:9:5)
//   #861 p8 [14,29] 1x1x1 slice %2165 (models/lstm.ts:9:5)
//   #862 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2159 + tanh %2161 + sigmoid %2163 + mul %2164 + sigmoid %2166 + mul %2167 + add %2168 + tanh %2169 + mul %2170 (models/lstm.ts:9:5)
//   #863 p29 [10,12] 4x1x1 slice %2171 (models/lstm.ts:9:5)
//   #864 p7 [32,5,12,14] 13x1x1 matmul %2173 + add %2174 (models/lstm.ts:9:5)
//   #865 p2 [14,26] 1x1x1 slice %2175 (models/lstm.ts:9:5)
//   #866 p3 [14,27] 1x1x1 slice %2177 (models/lstm.ts:9:5)
//   #867 p4 [14,28] 1x1x1 slice %2179 (models/lstm.ts:9:5)
//   #868 p8 [14,29] 1x1x1 slice %2182 (models/lstm.ts:9:5)
//   #869 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2176 + tanh %2178 + sigmoid %2180 + mul %2181 + sigmoid %2183 + mul %2184 + add %2185 + tanh %2186 + mul %2187 (models/lstm.ts:9:5)
//   #870 p30 [10,12] 4x1x1 slice %2188 (models/lstm.ts:9:5)
//   #871 p7 [32,5,12,14] 13x1x1 matmul %2190 + add %2191 (models/lstm.ts:9:5)
//   #872 p2 [14,26] 1x1x1 slice %2192 (models/lstm.ts:9:5)
//   #873 p3 [14,27] 1x1x1 slice %2194 (models/lstm.ts:9:5)
//   #874 p4 [14,28] 1x1x1 slice %2196 (models/lstm.ts:9:5)
//   #875 p8 [14,29] 1x1x1 slice %2199 (models/lstm.ts:9:5)
//   #876 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2193 + tanh %2195 + sigmoid %2197 + mul %2198 + sigmoid %2200 + mul %2201 + add %2202 + tanh %2203 + mul %2204 (models/lstm.ts:9:5)
//   #877 p31 [10,12] 4x1x1 slice %2205 (models/lstm.ts:9:5)
//   #878 p7 [32,5,12,14] 13x1x1 matmul %2207 + add %2208 (models/lstm.ts:9:5)
//   #879 p2 [14,26] 1x1x1 slice %2209 (models/lstm.ts:9:5)
//   #880 p3 [14,27] 1x1x1 slice %2211 (models/lstm.ts:9:5)
//   #881 p4 [14,28] 1x1x1 slice %2213 (models/lstm.ts:9:5)
//   #882 p8 [14,29] 1x1x1 slice %2216 (models/lstm.ts:9:5)
//   #883 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2210 + tanh %2212 + sigmoid %2214 + mul %2215 + sigmoid %2217 + mul %2218 + add %2219 + tanh %2220 + mul %2221 (models/lstm.ts:9:5)
//   #884 p32 [10,12] 4x1x1 slice %2222 (models/lstm.ts:9:5)
//   #885 p7 [32,5,12,14] 13x1x1 matmul %2224 + add %2225 (models/lstm.ts:9:5)
//   #886 p2 [14,26] 1x1x1 slice %2226 (models/lstm.ts:9:5)
//   #887 p3 [14,27] 1x1x1 slice %2228 (models/lstm.ts:9:5)
//   #888 p4 [14,28] 1x1x1 slice %2230 (models/lstm.ts:9:5)
//   #889 p8 [14,29] 1x1x1 slice %2233 (models/lstm.ts:9:5)
//   #890 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2227 + tanh %2229 + sigmoid %2231 + mul %2232 + sigmoid %2234 + mul %2235 + add %2236 + tanh %2237 + mul %2238 (models/lstm.ts:9:5)
//   #891 p33 [10,12] 4x1x1 slice %2239 (models/lstm.ts:9:5)
//   #892 p7 [32,5,12,14] 13x1x1 matmul %2241 + add %2242 (models/lstm.ts:9:5)
//   #893 p2 [14,26] 1x1x1 slice %2243 (models/lstm.ts:9:5)
//   #894 p3 [14,27] 1x1x1 slice %2245 (models/lstm.ts:9:5)
//   #895 p4 [14,28] 1x1x1 slice %2247 (models/lstm.ts:9:5)
//   #896 p8 [14,29] 1x1x1 slice %2250 (models/lstm.ts:9:5)
//   #897 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2244 + tanh %2246 + sigmoid %2248 + mul %2249 + sigmoid %2251 + mul %2252 + add %2253 + tanh %2254 + mul %2255 (models/lstm.ts:9:5)
//   #898 p34 [10,12] 4x1x1 slice %2256 (models/lstm.ts:9:5)
//   #899 p7 [32,5,12,14] 13x1x1 matmul %2258 + add %2259 (models/lstm.ts:9:5)
//   #900 p2 [14,26] 1x1x1 slice %2260 (models/lstm.ts:9:5)
//   #901 p3 [14,27] 1x1x1 slice %2262 (models/lstm.ts:9:5)
//   #902 p4 [14,28] 1x1x1 slice %2264 (models/lstm.ts:9:5)
//   #903 p8 [14,29] 1x1x1 slice %2267 (models/lstm.ts:9:5)
//   #904 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2261 + tanh %2263 + sigmoid %2265 + mul %2266 + sigmoid %2268 + mul %2269 + add %2270 + tanh %2271 + mul %2272 (models/lstm.ts:9:5)
//   #905 p35 [10,12] 4x1x1 slice %2273 (models/lstm.ts:9:5)
//   #906 p7 [32,5,12,14] 13x1x1 matmul %2275 + add %2276 (models/lstm.ts:9:5)
//   #907 p2 [14,26] 1x1x1 slice %2277 (models/lstm.ts:9:5)
//   #908 p3 [14,27] 1x1x1 slice %2279 (models/lstm.ts:9:5)
//   #909 p4 [14,28] 1x1x1 slice %2281 (models/lstm.ts:9:5)
//   #910 p8 [14,29] 1x1x1 slice %2284 (models/lstm.ts:9:5)
//   #911 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2278 + tanh %2280 + sigmoid %2282 + mul %2283 + sigmoid %2285 + mul %2286 + add %2287 + tanh %2288 + mul %2289 (models/lstm.ts:9:5)
//   #912 p36 [10,12] 4x1x1 slice %2290 (models/lstm.ts:9:5)
//   #913 p7 [32,5,12,14] 13x1x1 matmul %2292 + add %2293 (models/lstm.ts:9:5)
//   #914 p2 [14,26] 1x1x1 slice %2294 (models/lstm.ts:9:5)
//   #915 p3 [14,27] 1x1x1 slice %2296 (models/lstm.ts:9:5)
//   #916 p4 [14,28] 1x1x1 slice %2298 (models/lstm.ts:9:5)
//   #917 p8 [14,29] 1x1x1 slice %2301 (models/lstm.ts:9:5)
//   #918 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2295 + tanh %2297 + sigmoid %2299 + mul %2300 + sigmoid %2302 + mul %2303 + add %2304 + tanh %2305 + mul %2306 (models/lstm.ts:9:5)
//   #919 p37 [10,12] 4x1x1 slice %2307 (models/lstm.ts:9:5)
//   #920 p7 [32,5,12,14] 13x1x1 matmul %2309 + add %2310 (models/lstm.ts:9:5)
//   #921 p2 [14,26] 1x1x1 slice %2311 (models/lstm.ts:9:5)
//   #922 p3 [14,27] 1x1x1 slice %2313 (models/lstm.ts:9:5)
//   #923 p4 [14,28] 1x1x1 slice %2315 (models/lstm.ts:9:5)
//   #924 p8 [14,29] 1x1x1 slice %2318 (models/lstm.ts:9:5)
//   #925 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2312 + tanh %2314 + sigmoid %2316 + mul %2317 + sigmoid %2319 + mul %2320 + add %2321 + tanh %2322 + mul %2323 (models/lstm.ts:9:5)
//   #926 p38 [10,12] 4x1x1 slice %2324 (models/lstm.ts:9:5)
//   #927 p7 [32,5,12,14] 13x1x1 matmul %2326 + add %2327 (models/lstm.ts:9:5)
//   #928 p2 [14,26] 1x1x1 slice %2328 (models/lstm.ts:9:5)
//   #929 p3 [14,27] 1x1x1 slice %2330 (models/lstm.ts:9:5)
//   #930 p4 [14,28] 1x1x1 slice %2332 (models/lstm.ts:9:5)
//   #931 p8 [14,29] 1x1x1 slice %2335 (models/lstm.ts:9:5)
//   #932 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2329 + tanh %2331 + sigmoid %2333 + mul %2334 + sigmoid %2336 + mul %2337 + add %2338 + tanh %2339 + mul %2340 (models/lstm.ts:9:5)
//   #933 p39 [10,12] 4x1x1 slice %2341 (models/lstm.ts:9:5)
//   #934 p7 [32,5,12,14] 13x1x1 matmul %2343 + add %2344 (models/lstm.ts:9:5)
//   #935 p2 [14,26] 1x1x1 slice %2345 (models/lstm.ts:9:5)
//   #936 p3 [14,27] 1x1x1 slice %2347 (models/lstm.ts:9:5)
//   #937 p4 [14,28] 1x1x1 slice %2349 (models/lstm.ts:9:5)
//   #938 p8 [14,29] 1x1x1 slice %2352 (models/lstm.ts:9:5)
//   #939 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2346 + tanh %2348 + sigmoid %2350 + mul %2351 + sigmoid %2353 + mul %2354 + add %2355 + tanh %2356 + mul %2357 (models/lstm.ts:9:5)
//   #940 p40 [10,12] 4x1x1 slice %2358 (models/lstm.ts:9:5)
//   #941 p7 [32,5,12,14] 13x1x1 matmul %2360 + add %2361 (models/lstm.ts:9:5)
//   #942 p2 [14,26] 1x1x1 slice %2362 (models/lstm.ts:9:5)
//   #943 p3 [14,27] 1x1x1 slice %2364 (models/lstm.ts:9:5)
//   #944 p4 [14,28] 1x1x1 slice %2366 (models/lstm.ts:9:5)
//   #945 p8 [14,29] 1x1x1 slice %2369 (models/lstm.ts:9:5)
//   #946 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2363 + tanh %2365 + sigmoid %2367 + mul %2368 + sigmoid %2370 + mul %2371 + add %2372 + tanh %2373 + mul %2374 (models/lstm.ts:9:5)
//   #947 p41 [10,12] 4x1x1 slice %2375 (models/lstm.ts:9:5)
//   #948 p7 [32,5,12,14] 13x1x1 matmul %2377 + add %2378 (models/lstm.ts:9:5)
//   #949 p2 [14,26] 1x1x1 slice %2379 (models/lstm.ts:9:5)
//   #950 p3 [14,27] 1x1x1 slice %2381 (models/lstm.ts:9:5)
//   #951 p4 [14,28] 1x1x1 slice %2383 (models/lstm.ts:9:5)
//   #952 p8 [14,29] 1x1x1 slice %2386 (models/lstm.ts:9:5)
//   #953 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2380 + tanh %2382 + sigmoid %2384 + mul %2385 + sigmoid %2387 + mul %2388 + add %2389 + tanh %2390 + mul %2391 (models/lstm.ts:9:5)
//   #954 p42 [10,12] 4x1x1 slice %2392 (models/lstm.ts:9:5)
//   #955 p7 [32,5,12,14] 13x1x1 matmul %2394 + add %2395 (models/lstm.ts:9:5)
//   #956 p2 [14,26] 1x1x1 slice %2396 (models/lstm.ts:9:5)
//   #957 p3 [14,27] 1x1x1 slice %2398 (models/lstm.ts:9:5)
//   #958 p4 [14,28] 1x1x1 slice %2400 (models/lstm.ts:9:5)
//   #959 p8 [14,29] 1x1x1 slice %2403 (models/lstm.ts:9:5)
//   #960 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2397 + tanh %2399 + sigmoid %2401 + mul %2402 + sigmoid %2404 + mul %2405 + add %2406 + tanh %2407 + mul %2408 (models/lstm.ts:9:5)
//   #961 p43 [10,12] 4x1x1 slice %2409 (models/lstm.ts:9:5)
//   #962 p7 [32,5,12,14] 13x1x1 matmul %2411 + add %2412 (models/lstm.ts:9:5)
//   #963 p2 [14,26] 1x1x1 slice %2413 (models/lstm.ts:9:5)
//   #964 p3 [14,27] 1x1x1 slice %2415 (models/lstm.ts:9:5)
//   #965 p4 [14,28] 1x1x1 slice %2417 (models/lstm.ts:9:5)
//   #966 p8 [14,29] 1x1x1 slice %2420 (models/lstm.ts:9:5)
//   #967 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2414 + tanh %2416 + sigmoid %2418 + mul %2419 + sigmoid %2421 + mul %2422 + add %2423 + tanh %2424 + mul %2425 (models/lstm.ts:9:5)
//   #968 p44 [10,12] 4x1x1 slice %2426 (models/lstm.ts:9:5)
//   #969 p7 [32,5,12,14] 13x1x1 matmul %2428 + add %2429 (models/lstm.ts:9:5)
//   #970 p2 [14,26] 1x1x1 slice %2430 (models/lstm.ts:9:5)
//   #971 p3 [14,27] 1x1x1 slice %2432 (models/lstm.ts:9:5)
//   #972 p4 [14,28] 1x1x1 slice %2434 (models/lstm.ts:9:5)
//   #973 p8 [14,29] 1x1x1 slice %2437 (models/lstm.ts:9:5)
//   #974 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2431 + tanh %2433 + sigmoid %2435 + mul %2436 + sigmoid %2438 + mul %2439 + add %2440 + tanh %2441 + mul %2442 (models/lstm.ts:9:5)
//   #975 p45 [10,12] 4x1x1 slice %2443 (models/lstm.ts:9:5)
//   #976 p7 [32,5,12,14] 13x1x1 matmul %2445 + add %2446 (models/lstm.ts:9:5)
//   #977 p2 [14,26] 1x1x1 slice %2447 (models/lstm.ts:9:5)
//   #978 p3 [14,27] 1x1x1 slice %2449 (models/lstm.ts:9:5)
//   #979 p4 [14,28] 1x1x1 slice %2451 (models/lstm.ts:9:5)
//   #980 p8 [14,29] 1x1x1 slice %2454 (models/lstm.ts:9:5)
//   #981 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2448 + tanh %2450 + sigmoid %2452 + mul %2453 + sigmoid %2455 + mul %2456 + add %2457 + tanh %2458 + mul %2459 (models/lstm.ts:9:5)
//   #982 p46 [10,12] 4x1x1 slice %2460 (models/lstm.ts:9:5)
//   #983 p7 [32,5,12,14] 13x1x1 matmul %2462 + add %2463 (models/lstm.ts:9:5)
//   #984 p2 [14,26] 1x1x1 slice %2464 (models/lstm.ts:9:5)
//   #985 p3 [14,27] 1x1x1 slice %2466 (models/lstm.ts:9:5)
//   #986 p4 [14,28] 1x1x1 slice %2468 (models/lstm.ts:9:5)
//   #987 p8 [14,29] 1x1x1 slice %2471 (models/lstm.ts:9:5)
//   #988 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2465 + tanh %2467 + sigmoid %2469 + mul %2470 + sigmoid %2472 + mul %2473 + add %2474 + tanh %2475 + mul %2476 (models/lstm.ts:9:5)
//   #989 p47 [10,12] 4x1x1 slice %2477 (models/lstm.ts:9:5)
//   #990 p7 [32,5,12,14] 13x1x1 matmul %2479 + add %2480 (models/lstm.ts:9:5)
//   #991 p2 [14,26] 1x1x1 slice %2481 (models/lstm.ts:9:5)
//   #992 p3 [14,27] 1x1x1 slice %2483 (models/lstm.ts:9:5)
//   #993 p4 [14,28] 1x1x1 slice %2485 (models/lstm.ts:9:5)
//   #994 p8 [14,29] 1x1x1 slice %2488 (models/lstm.ts:9:5)
//   #995 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2482 + tanh %2484 + sigmoid %2486 + mul %2487 + sigmoid %2489 + mul %2490 + add %2491 + tanh %2492 + mul %2493 (models/lstm.ts:9:5)
//   #996 p48 [10,12] 4x1x1 slice %2494 (models/lstm.ts:9:5)
//   #997 p7 [32,5,12,14] 13x1x1 matmul %2496 + add %2497 (models/lstm.ts:9:5)
//   #998 p2 [14,26] 1x1x1 slice %2498 (models/lstm.ts:9:5)
//   #999 p3 [14,27] 1x1x1 slice %2500 (models/lstm.ts:9:5)
//   #1000 p4 [14,28] 1x1x1 slice %2502 (models/lstm.ts:9:5)
//   #1001 p8 [14,29] 1x1x1 slice %2505 (models/lstm.ts:9:5)
//   #1002 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2499 + tanh %2501 + sigmoid %2503 + mul %2504 + sigmoid %2506 + mul %2507 + add %2508 + tanh %2509 + mul %2510 (models/lstm.ts:9:5)
//   #1003 p49 [10,12] 4x1x1 slice %2511 (models/lstm.ts:9:5)
//   #1004 p7 [32,5,12,14] 13x1x1 matmul %2513 + add %2514 (models/lstm.ts:9:5)
//   #1005 p2 [14,26] 1x1x1 slice %2515 (models/lstm.ts:9:5)
//   #1006 p3 [14,27] 1x1x1 slice %2517 (models/lstm.ts:9:5)
//   #1007 p4 [14,28] 1x1x1 slice %2519 (models/lstm.ts:9:5)
//   #1008 p8 [14,29] 1x1x1 slice %2522 (models/lstm.ts:9:5)
//   #1009 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2516 + tanh %2518 + sigmoid %2520 + mul %2521 + sigmoid %2523 + mul %2524 + add %2525 + tanh %2526 + mul %2527 (models/lstm.ts:9:5)
//   #1010 p50 [10,12] 4x1x1 slice %2528 (models/lstm.ts:9:5)
//   #1011 p7 [32,5,12,14] 13x1x1 matmul %2530 + add %2531 (models/lstm.ts:9:5)
//   #1012 p2 [14,26] 1x1x1 slice %2532 (models/lstm.ts:9:5)
//   #1013 p3 [14,27] 1x1x1 slice %2534 (models/lstm.ts:9:5)
//   #1014 p4 [14,28] 1x1x1 slice %2536 (models/lstm.ts:9:5)
//   #1015 p8 [14,29] 1x1x1 slice %2539 (models/lstm.ts:9:5)
//   #1016 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2533 + tanh %2535 + sigmoid %2537 + mul %2538 + sigmoid %2540 + mul %2541 + add %2542 + tanh %2543 + mul %2544 (models/lstm.ts:9:5)
//   #1017 p51 [10,12] 4x1x1 slice %2545 (models/lstm.ts:9:5)
//   #1018 p7 [32,5,12,14] 13x1x1 matmul %2547 + add %2548 (models/lstm.ts:9:5)
//   #1019 p2 [14,26] 1x1x1 slice %2549 (models/lstm.ts:9:5)
//   #1020 p3 [14,27] 1x1x1 slice %2551 (models/lstm.ts:9:5)
//   #1021 p4 [14,28] 1x1x1 slice %2553 (models/lstm.ts:9:5)
//   #1022 p8 [14,29] 1x1x1 slice %2556 (models/lstm.ts:9:5)
//   #1023 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2550 + tanh %2552 + sigmoid %2554 + mul %2555 + sigmoid %2557 + mul %2558 + add %2559 + tanh %2560 + mul %2561 (models/lstm.ts:9:5)
//   #1024 p52 [10,12] 4x1x1 slice %2562 (models/lstm.ts:9:5)
//   #1025 p7 [32,5,12,14] 13x1x1 matmul %2564 + add %2565 (models/lstm.ts:9:5)
//   #1026 p2 [14,26] 1x1x1 slice %2566 (models/lstm.ts:9:5)
//   #1027 p3 [14,27] 1x1x1 slice %2568 (models/lstm.ts:9:5)
//   #1028 p4 [14,28] 1x1x1 slice %2570 (models/lstm.ts:9:5)
//   #1029 p8 [14,29] 1x1x1 slice %2573 (models/lstm.ts:9:5)
//   #1030 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2567 + tanh %2569 + sigmoid %2571 + mul %2572 + sigmoid %2574 + mul %2575 + add %2576 + tanh %2577 + mul %2578 (models/lstm.ts:9:5)
//   #1031 p53 [10,12] 4x1x1 slice %2579 (models/lstm.ts:9:5)
//   #1032 p7 [32,5,12,14] 13x1x1 matmul %2581 + add %2582 (models/lstm.ts:9:5)
//   #1033 p2 [14,26] 1x1x1 slice %2583 (models/lstm.ts:9:5)
//   #1034 p3 [14,27] 1x1x1 slice %2585 (models/lstm.ts:9:5)
//   #1035 p4 [14,28] 1x1x1 slice %2587 (models/lstm.ts:9:5)
//   #1036 p8 [14,29] 1x1x1 slice %2590 (models/lstm.ts:9:5)
//   #1037 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2584 + tanh %2586 + sigmoid %2588 + mul %2589 + sigmoid %2591 + mul %2592 + add %2593 + tanh %2594 + mul %2595 (models/lstm.ts:9:5)
//   #1038 p54 [10,12] 4x1x1 slice %2596 (models/lstm.ts:9:5)
//   #1039 p7 [32,5,12,14] 13x1x1 matmul %2598 + add %2599 (models/lstm.ts:9:5)
//   #1040 p2 [14,26] 1x1x1 slice %2600 (models/lstm.ts:9:5)
//   #1041 p3 [14,27] 1x1x1 slice %2602 (models/lstm.ts:9:5)
//   #1042 p4 [14,28] 1x1x1 slice %2604 (models/lstm.ts:9:5)
//   #1043 p8 [14,29] 1x1x1 slice %2607 (models/lstm.ts:9:5)
//   #1044 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2601 + tanh %2603 + sigmoid %2605 + mul %2606 + sigmoid %2608 + mul %2609 + add %2610 + tanh %2611 + mul %2612 (models/lstm.ts:9:5)
//   #1045 p55 [10,12] 4x1x1 slice %2613 (models/lstm.ts:9:5)
//   #1046 p7 [32,5,12,14] 13x1x1 matmul %2615 + add %2616 (models/lstm.ts:9:5)
//   #1047 p2 [14,26] 1x1x1 slice %2617 (models/lstm.ts:9:5)
//   #1048 p3 [14,27] 1x1x1 slice %2619 (models/lstm.ts:9:5)
//   #1049 p4 [14,28] 1x1x1 slice %2621 (models/lstm.ts:9:5)
//   #1050 p8 [14,29] 1x1x1 slice %2624 (models/lstm.ts:9:5)
//   #1051 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2618 + tanh %2620 + sigmoid %2622 + mul %2623 + sigmoid %2625 + mul %2626 + add %2627 + tanh %2628 + mul %2629 (models/lstm.ts:9:5)
//   #1052 p56 [10,12] 4x1x1 slice %2630 (models/lstm.ts:9:5)
//   #1053 p7 [32,5,12,14] 13x1x1 matmul %2632 + add %2633 (models/lstm.ts:9:5)
//   #1054 p2 [14,26] 1x1x1 slice %2634 (models/lstm.ts:9:5)
//   #1055 p3 [14,27] 1x1x1 slice %2636 (models/lstm.ts:9:5)
//   #1056 p4 [14,28] 1x1x1 slice %2638 (models/lstm.ts:9:5)
//   #1057 p8 [14,29] 1x1x1 slice %2641 (models/lstm.ts:9:5)
//   #1058 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2635 + tanh %2637 + sigmoid %2639 + mul %2640 + sigmoid %2642 + mul %2643 + add %2644 + tanh %2645 + mul %2646 (models/lstm.ts:9:5)
//   #1059 p57 [10,12] 4x1x1 slice %2647 (models/lstm.ts:9:5)
//   #1060 p7 [32,5,12,14] 13x1x1 matmul %2649 + add %2650 (models/lstm.ts:9:5)
//   #1061 p2 [14,26] 1x1x1 slice %2651 (models/lstm.ts:9:5)
//   #1062 p3 [14,27] 1x1x1 slice %2653 (models/lstm.ts:9:5)
//   #1063 p4 [14,28] 1x1x1 slice %2655 (models/lstm.ts:9:5)
//   #1064 p8 [14,29] 1x1x1 slice %2658 (models/lstm.ts:9:5)
//   #1065 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2652 + tanh %2654 + sigmoid %2656 + mul %2657 + sigmoid %2659 + mul %2660 + add %2661 + tanh %2662 + mul %2663 (models/lstm.ts:9:5)
//   #1066 p58 [10,12] 4x1x1 slice %2664 (models/lstm.ts:9:5)
//   #1067 p7 [32,5,12,14] 13x1x1 matmul %2666 + add %2667 (models/lstm.ts:9:5)
//   #1068 p2 [14,26] 1x1x1 slice %2668 (models/lstm.ts:9:5)
//   #1069 p3 [14,27] 1x1x1 slice %2670 (models/lstm.ts:9:5)
//   #1070 p4 [14,28] 1x1x1 slice %2672 (models/lstm.ts:9:5)
//   #1071 p8 [14,29] 1x1x1 slice %2675 (models/lstm.ts:9:5)
//   #1072 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2669 + tanh %2671 + sigmoid %2673 + mul %2674 + sigmoid %2676 + mul %2677 + add %2678 + tanh %2679 + mul %2680 (models/lstm.ts:9:5)
//   #1073 p59 [10,12] 4x1x1 slice %2681 (models/lstm.ts:9:5)
//   #1074 p7 [32,5,12,14] 13x1x1 matmul %2683 + add %2684 (models/lstm.ts:9:5)
//   #1075 p2 [14,26] 1x1x1 slice %2685 (models/lstm.ts:9:5)
//   #1076 p3 [14,27] 1x1x1 slice %2687 (models/lstm.ts:9:5)
//   #1077 p4 [14,28] 1x1x1 slice %2689 (models/lstm.ts:9:5)
//   #1078 p8 [14,29] 1x1x1 slice %2692 (models/lstm.ts:9:5)
//   #1079 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2686 + tanh %2688 + sigmoid %2690 + mul %2691 + sigmoid %2693 + mul %2694 + add %2695 + tanh %2696 + mul %2697 (models/lstm.ts:9:5)
//   #1080 p60 [10,12] 4x1x1 slice %2698 (models/lstm.ts:9:5)
//   #1081 p7 [32,5,12,14] 13x1x1 matmul %2700 + add %2701 (models/lstm.ts:9:5)
//   #1082 p2 [14,26] 1x1x1 slice %2702 (models/lstm.ts:9:5)
//   #1083 p3 [14,27] 1x1x1 slice %2704 (models/lstm.ts:9:5)
//   #1084 p4 [14,28] 1x1x1 slice %2706 (models/lstm.ts:9:5)
//   #1085 p8 [14,29] 1x1x1 slice %2709 (models/lstm.ts:9:5)
//   #1086 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2703 + tanh %2705 + sigmoid %2707 + mul %2708 + sigmoid %2710 + mul %2711 + add %2712 + tanh %2713 + mul %2714 (models/lstm.ts:9:5)
//   #1087 p61 [10,12] 4x1x1 slice %2715 (models/lstm.ts:9:5)
//   #1088 p7 [32,5,12,14] 13x1x1 matmul %2717 + add %2718 (models/lstm.ts:9:5)
//   #1089 p2 [14,26] 1x1x1 slice %2719 (models/lstm.ts:9:5)
//   #1090 p3 [14,27] 1x1x1 slice %2721 (models/lstm.ts:9:5)
//   #1091 p4 [14,28] 1x1x1 slice %2723 (models/lstm.ts:9:5)
//   #1092 p8 [14,29] 1x1x1 slice %2726 (models/lstm.ts:9:5)
//   #1093 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2720 + tanh %2722 + sigmoid %2724 + mul %2725 + sigmoid %2727 + mul %2728 + add %2729 + tanh %2730 + mul %2731 (models/lstm.ts:9:5)
//   #1094 p62 [10,12] 4x1x1 slice %2732 (models/lstm.ts:9:5)
//   #1095 p7 [32,5,12,14] 13x1x1 matmul %2734 + add %2735 (models/lstm.ts:9:5)
//   #1096 p2 [14,26] 1x1x1 slice %2736 (models/lstm.ts:9:5)
//   #1097 p3 [14,27] 1x1x1 slice %2738 (models/lstm.ts:9:5)
//   #1098 p4 [14,28] 1x1x1 slice %2740 (models/lstm.ts:9:5)
//   #1099 p8 [14,29] 1x1x1 slice %2743 (models/lstm.ts:9:5)
//   #1100 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2737 + tanh %2739 + sigmoid %2741 + mul %2742 + sigmoid %2744 + mul %2745 + add %2746 + tanh %2747 + mul %2748 (models/lstm.ts:9:5)
//   #1101 p63 [10,12] 4x1x1 slice %2749 (models/lstm.ts:9:5)
//   #1102 p7 [32,5,12,14] 13x1x1 matmul %2751 + add %2752 (models/lstm.ts:9:5)
//   #1103 p2 [14,26] 1x1x1 slice %2753 (models/lstm.ts:9:5)
//   #1104 p3 [14,27] 1x1x1 slice %2755 (models/lstm.ts:9:5)
//   #1105 p4 [14,28] 1x1x1 slice %2757 (models/lstm.ts:9:5)
//   #1106 p8 [14,29] 1x1x1 slice %2760 (models/lstm.ts:9:5)
//   #1107 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2754 + tanh %2756 + sigmoid %2758 + mul %2759 + sigmoid %2761 + mul %2762 + add %2763 + tanh %2764 + mul %2765 (models/lstm.ts:9:5)
//   #1108 p64 [10,12] 4x1x1 slice %2766 (models/lstm.ts:9:5)
//   #1109 p7 [32,5,12,14] 13x1x1 matmul %2768 + add %2769 (models/lstm.ts:9:5)
//   #1110 p2 [14,26] 1x1x1 slice %2770 (models/lstm.ts:9:5)
//   #1111 p3 [14,27] 1x1x1 slice %2772 (models/lstm.ts:9:5)
//   #1112 p4 [14,28] 1x1x1 slice %2774 (models/lstm.ts:9:5)
//   #1113 p8 [14,29] 1x1x1 slice %2777 (models/lstm.ts:9:5)
//   #1114 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2771 + tanh %2773 + sigmoid %2775 + mul %2776 + sigmoid %2778 + mul %2779 + add %2780 + tanh %2781 + mul %2782 (models/lstm.ts:9:5)
//   #1115 p65 [10,12] 4x1x1 slice %2783 (models/lstm.ts:9:5)
//   #1116 p7 [32,5,12,14] 13x1x1 matmul %2785 + add %2786 (models/lstm.ts:9:5)
//   #1117 p2 [14,26] 1x1x1 slice %2787 (models/lstm.ts:9:5)
//   #1118 p3 [14,27] 1x1x1 slice %2789 (models/lstm.ts:9:5)
//   #1119 p4 [14,28] 1x1x1 slice %2791 (models/lstm.ts:9:5)
//   #1120 p8 [14,29] 1x1x1 slice %2794 (models/lstm.ts:9:5)
//   #1121 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2788 + tanh %2790 + sigmoid %2792 + mul %2793 + sigmoid %2795 + mul %2796 + add %2797 + tanh %2798 + mul %2799 (models/lstm.ts:9:5)
//   #1122 p66 [10,12] 4x1x1 slice %2800 (models/lstm.ts:9:5)
//   #1123 p7 [32,5,12,14] 13x1x1 matmul %2802 + add %2803 (models/lstm.ts:9:5)
//   #1124 p2 [14,26] 1x1x1 slice %2804 (models/lstm.ts:9:5)
//   #1125 p3 [14,27] 1x1x1 slice %2806 (models/lstm.ts:9:5)
//   #1126 p4 [14,28] 1x1x1 slice %2808 (models/lstm.ts:9:5)
//   #1127 p8 [14,29] 1x1x1 slice %2811 (models/lstm.ts:9:5)
//   #1128 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2805 + tanh %2807 + sigmoid %2809 + mul %2810 + sigmoid %2812 + mul %2813 + add %2814 + tanh %2815 + mul %2816 (models/lstm.ts:9:5)
//   #1129 p67 [10,12] 4x1x1 slice %2817 (models/lstm.ts:9:5)
//   #1130 p7 [32,5,12,14] 13x1x1 matmul %2819 + add %2820 (models/lstm.ts:9:5)
//   #1131 p2 [14,26] 1x1x1 slice %2821 (models/lstm.ts:9:5)
//   #1132 p3 [14,27] 1x1x1 slice %2823 (models/lstm.ts:9:5)
//   #1133 p4 [14,28] 1x1x1 slice %2825 (models/lstm.ts:9:5)
//   #1134 p8 [14,29] 1x1x1 slice %2828 (models/lstm.ts:9:5)
//   #1135 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2822 + tanh %2824 + sigmoid %2826 + mul %2827 + sigmoid %2829 + mul %2830 + add %2831 + tanh %2832 + mul %2833 (models/lstm.ts:9:5)
//   #1136 p68 [10,12] 4x1x1 slice %2834 (models/lstm.ts:9:5)
//   #1137 p7 [32,5,12,14] 13x1x1 matmul %2836 + add %2837 (models/lstm.ts:9:5)
//   #1138 p2 [14,26] 1x1x1 slice %2838 (models/lstm.ts:9:5)
//   #1139 p3 [14,27] 1x1x1 slice %2840 (models/lstm.ts:9:5)
//   #1140 p4 [14,28] 1x1x1 slice %2842 (models/lstm.ts:9:5)
//   #1141 p8 [14,29] 1x1x1 slice %2845 (models/lstm.ts:9:5)
//   #1142 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2839 + tanh %2841 + sigmoid %2843 + mul %2844 + sigmoid %2846 + mul %2847 + add %2848 + tanh %2849 + mul %2850 (models/lstm.ts:9:5)
//   #1143 p69 [10,12] 4x1x1 slice %2851 (models/lstm.ts:9:5)
//   #1144 p7 [32,5,12,14] 13x1x1 matmul %2853 + add %2854 (models/lstm.ts:9:5)
//   #1145 p2 [14,26] 1x1x1 slice %2855 (models/lstm.ts:9:5)
//   #1146 p3 [14,27] 1x1x1 slice %2857 (models/lstm.ts:9:5)
//   #1147 p4 [14,28] 1x1x1 slice %2859 (models/lstm.ts:9:5)
//   #1148 p8 [14,29] 1x1x1 slice %2862 (models/lstm.ts:9:5)
//   #1149 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2856 + tanh %2858 + sigmoid %2860 + mul %2861 + sigmoid %2863 + mul %2864 + add %2865 + tanh %2866 + mul %2867 (models/lstm.ts:9:5)
//   #1150 p70 [10,12] 4x1x1 slice %2868 (models/lstm.ts:9:5)
//   #1151 p7 [32,5,12,14] 13x1x1 matmul %2870 + add %2871 (models/lstm.ts:9:5)
//   #1152 p2 [14,26] 1x1x1 slice %2872 (models/lstm.ts:9:5)
//   #1153 p3 [14,27] 1x1x1 slice %2874 (models/lstm.ts:9:5)
//   #1154 p4 [14,28] 1x1x1 slice %2876 (models/lstm.ts:9:5)
//   #1155 p8 [14,29] 1x1x1 slice %2879 (models/lstm.ts:9:5)
//   #1156 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2873 + tanh %2875 + sigmoid %2877 + mul %2878 + sigmoid %2880 + mul %2881 + add %2882 + tanh %2883 + mul %2884 (models/lstm.ts:9:5)
//   #1157 p71 [10,12] 4x1x1 slice %2885 (models/lstm.ts:9:5)
//   #1158 p7 [32,5,12,14] 13x1x1 matmul %2887 + add %2888 (models/lstm.ts:9:5)
//   #1159 p2 [14,26] 1x1x1 slice %2889 (models/lstm.ts:9:5)
//   #1160 p3 [14,27] 1x1x1 slice %2891 (models/lstm.ts:9:5)
//   #1161 p4 [14,28] 1x1x1 slice %2893 (models/lstm.ts:9:5)
//   #1162 p8 [14,29] 1x1x1 slice %2896 (models/lstm.ts:9:5)
//   #1163 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2890 + tanh %2892 + sigmoid %2894 + mul %2895 + sigmoid %2897 + mul %2898 + add %2899 + tanh %2900 + mul %2901 (models/lstm.ts:9:5)
//   #1164 p72 [10,12] 4x1x1 slice %2902 (models/lstm.ts:9:5)
//   #1165 p7 [32,5,12,14] 13x1x1 matmul %2904 + add %2905 (models/lstm.ts:9:5)
//   #1166 p2 [14,26] 1x1x1 slice %2906 (models/lstm.ts:9:5)
//   #1167 p3 [14,27] 1x1x1 slice %2908 (models/lstm.ts:9:5)
//   #1168 p4 [14,28] 1x1x1 slice %2910 (models/lstm.ts:9:5)
//   #1169 p8 [14,29] 1x1x1 slice %2913 (models/lstm.ts:9:5)
//   #1170 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2907 + tanh %2909 + sigmoid %2911 + mul %2912 + sigmoid %2914 + mul %2915 + add %2916 + tanh %2917 + mul %2918 (models/lstm.ts:9:5)
//   #1171 p73 [10,12] 4x1x1 slice %2919 (models/lstm.ts:9:5)
//   #1172 p7 [32,5,12,14] 13x1x1 matmul %2921 + add %2922 (models/lstm.ts:9:5)
//   #1173 p2 [14,26] 1x1x1 slice %2923 (models/lstm.ts:9:5)
//   #1174 p3 [14,27] 1x1x1 slice %2925 (models/lstm.ts:9:5)
//   #1175 p4 [14,28] 1x1x1 slice %2927 (models/lstm.ts:9:5)
//   #1176 p8 [14,29] 1x1x1 slice %2930 (models/lstm.ts:9:5)
//   #1177 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2924 + tanh %2926 + sigmoid %2928 + mul %2929 + sigmoid %2931 + mul %2932 + add %2933 + tanh %2934 + mul %2935 (models/lstm.ts:9:5)
//   #1178 p74 [10,12] 4x1x1 slice %2936 (models/lstm.ts:9:5)
//   #1179 p7 [32,5,12,14] 13x1x1 matmul %2938 + add %2939 (models/lstm.ts:9:5)
//   #1180 p2 [14,26] 1x1x1 slice %2940 (models/lstm.ts:9:5)
//   #1181 p3 [14,27] 1x1x1 slice %2942 (models/lstm.ts:9:5)
//   #1182 p4 [14,28] 1x1x1 slice %2944 (models/lstm.ts:9:5)
//   #1183 p8 [14,29] 1x1x1 slice %2947 (models/lstm.ts:9:5)
//   #1184 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2941 + tanh %2943 + sigmoid %2945 + mul %2946 + sigmoid %2948 + mul %2949 + add %2950 + tanh %2951 + mul %2952 (models/lstm.ts:9:5)
//   #1185 p75 [10,12] 4x1x1 slice %2953 (models/lstm.ts:9:5)
//   #1186 p7 [32,5,12,14] 13x1x1 matmul %2955 + add %2956 (models/lstm.ts:9:5)
//   #1187 p2 [14,26] 1x1x1 slice %2957 (models/lstm.ts:9:5)
//   #1188 p3 [14,27] 1x1x1 slice %2959 (models/lstm.ts:9:5)
//   #1189 p4 [14,28] 1x1x1 slice %2961 (models/lstm.ts:9:5)
//   #1190 p8 [14,29] 1x1x1 slice %2964 (models/lstm.ts:9:5)
//   #1191 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2958 + tanh %2960 + sigmoid %2962 + mul %2963 + sigmoid %2965 + mul %2966 + add %2967 + tanh %2968 + mul %2969 (models/lstm.ts:9:5)
//   #1192 p76 [10,12] 4x1x1 slice %2970 (models/lstm.ts:9:5)
//   #1193 p7 [32,5,12,14] 13x1x1 matmul %2972 + add %2973 (models/lstm.ts:9:5)
//   #1194 p2 [14,26] 1x1x1 slice %2974 (models/lstm.ts:9:5)
//   #1195 p3 [14,27] 1x1x1 slice %2976 (models/lstm.ts:9:5)
//   #1196 p4 [14,28] 1x1x1 slice %2978 (models/lstm.ts:9:5)
//   #1197 p8 [14,29] 1x1x1 slice %2981 (models/lstm.ts:9:5)
//   #1198 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %2975 + tanh %2977 + sigmoid %2979 + mul %2980 + sigmoid %2982 + mul %2983 + add %2984 + tanh %2985 + mul %2986 (models/lstm.ts:9:5)
//   #1199 p77 [10,12] 4x1x1 slice %2987 (models/lstm.ts:9:5)
//   #1200 p7 [32,5,12,14] 13x1x1 matmul %2989 + add %2990 (models/lstm.ts:9:5)
//   #1201 p2 [14,26] 1x1x1 slice %2991 (models/lstm.ts:9:5)
//   #1202 p3 [14,27] 1x1x1 slice %2993 (models/lstm.ts:9:5)
//   #1203 p4 [14,28] 1x1x1 slice %2995 (models/lstm.ts:9:5)
//   #1204 p8 [14,29] 1x1x1 slice %2998 (models/lstm.ts:9:5)
//   #1205 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %2992 + tanh %2994 + sigmoid %2996 + mul %2997 + sigmoid %2999 + mul %3000 + add %3001 + tanh %3002 + mul %3003 (models/lstm.ts:9:5)
//   #1206 p78 [10,12] 4x1x1 slice %3004 (models/lstm.ts:9:5)
//   #1207 p7 [32,5,12,14] 13x1x1 matmul %3006 + add %3007 (models/lstm.ts:9:5)
//   #1208 p2 [14,26] 1x1x1 slice %3008 (models/lstm.ts:9:5)
//   #1209 p3 [14,27] 1x1x1 slice %3010 (models/lstm.ts:9:5)
//   #1210 p4 [14,28] 1x1x1 slice %3012 (models/lstm.ts:9:5)
//   #1211 p8 [14,29] 1x1x1 slice %3015 (models/lstm.ts:9:5)
//   #1212 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3009 + tanh %3011 + sigmoid %3013 + mul %3014 + sigmoid %3016 + mul %3017 + add %3018 + tanh %3019 + mul %3020 (models/lstm.ts:9:5)
//   #1213 p79 [10,12] 4x1x1 slice %3021 (models/lstm.ts:9:5)
//   #1214 p7 [32,5,12,14] 13x1x1 matmul %3023 + add %3024 (models/lstm.ts:9:5)
//   #1215 p2 [14,26] 1x1x1 slice %3025 (models/lstm.ts:9:5)
//   #1216 p3 [14,27] 1x1x1 slice %3027 (models/lstm.ts:9:5)
//   #1217 p4 [14,28] 1x1x1 slice %3029 (models/lstm.ts:9:5)
//   #1218 p8 [14,29] 1x1x1 slice %3032 (models/lstm.ts:9:5)
//   #1219 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3026 + tanh %3028 + sigmoid %3030 + mul %3031 + sigmoid %3033 + mul %3034 + add %3035 + tanh %3036 + mul %3037 (models/lstm.ts:9:5)
//   #1220 p80 [10,12] 4x1x1 slice %3038 (models/lstm.ts:9:5)
//   #1221 p7 [32,5,12,14] 13x1x1 matmul %3040 + add %3041 (models/lstm.ts:9:5)
//   #1222 p2 [14,26] 1x1x1 slice %3042 (models/lstm.ts:9:5)
//   #1223 p3 [14,27] 1x1x1 slice %3044 (models/lstm.ts:9:5)
//   #1224 p4 [14,28] 1x1x1 slice %3046 (models/lstm.ts:9:5)
//   #1225 p8 [14,29] 1x1x1 slice %3049 (models/lstm.ts:9:5)
//   #1226 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3043 + tanh %3045 + sigmoid %3047 + mul %3048 + sigmoid %3050 + mul %3051 + add %3052 + tanh %3053 + mul %3054 (models/lstm.ts:9:5)
//   #1227 p81 [10,12] 4x1x1 slice %3055 (models/lstm.ts:9:5)
//   #1228 p7 [32,5,12,14] 13x1x1 matmul %3057 + add %3058 (models/lstm.ts:9:5)
//   #1229 p2 [14,26] 1x1x1 slice %3059 (models/lstm.ts:9:5)
//   #1230 p3 [14,27] 1x1x1 slice %3061 (models/lstm.ts:9:5)
//   #1231 p4 [14,28] 1x1x1 slice %3063 (models/lstm.ts:9:5)
//   #1232 p8 [14,29] 1x1x1 slice %3066 (models/lstm.ts:9:5)
//   #1233 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3060 + tanh %3062 + sigmoid %3064 + mul %3065 + sigmoid %3067 + mul %3068 + add %3069 + tanh %3070 + mul %3071 (models/lstm.ts:9:5)
//   #1234 p82 [10,12] 4x1x1 slice %3072 (models/lstm.ts:9:5)
//   #1235 p7 [32,5,12,14] 13x1x1 matmul %3074 + add %3075 (models/lstm.ts:9:5)
//   #1236 p2 [14,26] 1x1x1 slice %3076 (models/lstm.ts:9:5)
//   #1237 p3 [14,27] 1x1x1 slice %3078 (models/lstm.ts:9:5)
//   #1238 p4 [14,28] 1x1x1 slice %3080 (models/lstm.ts:9:5)
//   #1239 p8 [14,29] 1x1x1 slice %3083 (models/lstm.ts:9:5)
//   #1240 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3077 + tanh %3079 + sigmoid %3081 + mul %3082 + sigmoid %3084 + mul %3085 + add %3086 + tanh %3087 + mul %3088 (models/lstm.ts:9:5)
//   #1241 p83 [10,12] 4x1x1 slice %3089 (models/lstm.ts:9:5)
//   #1242 p7 [32,5,12,14] 13x1x1 matmul %3091 + add %3092 (models/lstm.ts:9:5)
//   #1243 p2 [14,26] 1x1x1 slice %3093 (models/lstm.ts:9:5)
//   #1244 p3 [14,27] 1x1x1 slice %3095 (models/lstm.ts:9:5)
//   #1245 p4 [14,28] 1x1x1 slice %3097 (models/lstm.ts:9:5)
//   #1246 p8 [14,29] 1x1x1 slice %3100 (models/lstm.ts:9:5)
//   #1247 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3094 + tanh %3096 + sigmoid %3098 + mul %3099 + sigmoid %3101 + mul %3102 + add %3103 + tanh %3104 + mul %3105 (models/lstm.ts:9:5)
//   #1248 p84 [10,12] 4x1x1 slice %3106 (models/lstm.ts:9:5)
//   #1249 p7 [32,5,12,14] 13x1x1 matmul %3108 + add %3109 (models/lstm.ts:9:5)
//   #1250 p2 [14,26] 1x1x1 slice %3110 (models/lstm.ts:9:5)
//   #1251 p3 [14,27] 1x1x1 slice %3112 (models/lstm.ts:9:5)
//   #1252 p4 [14,28] 1x1x1 slice %3114 (models/lstm.ts:9:5)
//   #1253 p8 [14,29] 1x1x1 slice %3117 (models/lstm.ts:9:5)
//   #1254 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3111 + tanh %3113 + sigmoid %3115 + mul %3116 + sigmoid %3118 + mul %3119 + add %3120 + tanh %3121 + mul %3122 (models/lstm.ts:9:5)
//   #1255 p85 [10,12] 4x1x1 slice %3123 (models/lstm.ts:9:5)
//   #1256 p7 [32,5,12,14] 13x1x1 matmul %3125 + add %3126 (models/lstm.ts:9:5)
//   #1257 p2 [14,26] 1x1x1 slice %3127 (models/lstm.ts:9:5)
//   #1258 p3 [14,27] 1x1x1 slice %3129 (models/lstm.ts:9:5)
//   #1259 p4 [14,28] 1x1x1 slice %3131 (models/lstm.ts:9:5)
//   #1260 p8 [14,29] 1x1x1 slice %3134 (models/lstm.ts:9:5)
//   #1261 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3128 + tanh %3130 + sigmoid %3132 + mul %3133 + sigmoid %3135 + mul %3136 + add %3137 + tanh %3138 + mul %3139 (models/lstm.ts:9:5)
//   #1262 p86 [10,12] 4x1x1 slice %3140 (models/lstm.ts:9:5)
//   #1263 p7 [32,5,12,14] 13x1x1 matmul %3142 + add %3143 (models/lstm.ts:9:5)
//   #1264 p2 [14,26] 1x1x1 slice %3144 (models/lstm.ts:9:5)
//   #1265 p3 [14,27] 1x1x1 slice %3146 (models/lstm.ts:9:5)
//   #1266 p4 [14,28] 1x1x1 slice %3148 (models/lstm.ts:9:5)
//   #1267 p8 [14,29] 1x1x1 slice %3151 (models/lstm.ts:9:5)
//   #1268 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3145 + tanh %3147 + sigmoid %3149 + mul %3150 + sigmoid %3152 + mul %3153 + add %3154 + tanh %3155 + mul %3156 (models/lstm.ts:9:5)
//   #1269 p87 [10,12] 4x1x1 slice %3157 (models/lstm.ts:9:5)
//   #1270 p7 [32,5,12,14] 13x1x1 matmul %3159 + add %3160 (models/lstm.ts:9:5)
//   #1271 p2 [14,26] 1x1x1 slice %3161 (models/lstm.ts:9:5)
//   #1272 p3 [14,27] 1x1x1 slice %3163 (models/lstm.ts:9:5)
//   #1273 p4 [14,28] 1x1x1 slice %3165 (models/lstm.ts:9:5)
//   #1274 p8 [14,29] 1x1x1 slice %3168 (models/lstm.ts:9:5)
//   #1275 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3162 + tanh %3164 + sigmoid %3166 + mul %3167 + sigmoid %3169 + mul %3170 + add %3171 + tanh %3172 + mul %3173 (models/lstm.ts:9:5)
//   #1276 p88 [10,12] 4x1x1 slice %3174 (models/lstm.ts:9:5)
//   #1277 p7 [32,5,12,14] 13x1x1 matmul %3176 + add %3177 (models/lstm.ts:9:5)
//   #1278 p2 [14,26] 1x1x1 slice %3178 (models/lstm.ts:9:5)
//   #1279 p3 [14,27] 1x1x1 slice %3180 (models/lstm.ts:9:5)
//   #1280 p4 [14,28] 1x1x1 slice %3182 (models/lstm.ts:9:5)
//   #1281 p8 [14,29] 1x1x1 slice %3185 (models/lstm.ts:9:5)
//   #1282 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3179 + tanh %3181 + sigmoid %3183 + mul %3184 + sigmoid %3186 + mul %3187 + add %3188 + tanh %3189 + mul %3190 (models/lstm.ts:9:5)
//   #1283 p89 [10,12] 4x1x1 slice %3191 (models/lstm.ts:9:5)
//   #1284 p7 [32,5,12,14] 13x1x1 matmul %3193 + add %3194 (models/lstm.ts:9:5)
//   #1285 p2 [14,26] 1x1x1 slice %3195 (models/lstm.ts:9:5)
//   #1286 p3 [14,27] 1x1x1 slice %3197 (models/lstm.ts:9:5)
//   #1287 p4 [14,28] 1x1x1 slice %3199 (models/lstm.ts:9:5)
//   #1288 p8 [14,29] 1x1x1 slice %3202 (models/lstm.ts:9:5)
//   #1289 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3196 + tanh %3198 + sigmoid %3200 + mul %3201 + sigmoid %3203 + mul %3204 + add %3205 + tanh %3206 + mul %3207 (models/lstm.ts:9:5)
//   #1290 p90 [10,12] 4x1x1 slice %3208 (models/lstm.ts:9:5)
//   #1291 p7 [32,5,12,14] 13x1x1 matmul %3210 + add %3211 (models/lstm.ts:9:5)
//   #1292 p2 [14,26] 1x1x1 slice %3212 (models/lstm.ts:9:5)
//   #1293 p3 [14,27] 1x1x1 slice %3214 (models/lstm.ts:9:5)
//   #1294 p4 [14,28] 1x1x1 slice %3216 (models/lstm.ts:9:5)
//   #1295 p8 [14,29] 1x1x1 slice %3219 (models/lstm.ts:9:5)
//   #1296 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3213 + tanh %3215 + sigmoid %3217 + mul %3218 + sigmoid %3220 + mul %3221 + add %3222 + tanh %3223 + mul %3224 (models/lstm.ts:9:5)
//   #1297 p91 [10,12] 4x1x1 slice %3225 (models/lstm.ts:9:5)
//   #1298 p7 [32,5,12,14] 13x1x1 matmul %3227 + add %3228 (models/lstm.ts:9:5)
//   #1299 p2 [14,26] 1x1x1 slice %3229 (models/lstm.ts:9:5)
//   #1300 p3 [14,27] 1x1x1 slice %3231 (models/lstm.ts:9:5)
//   #1301 p4 [14,28] 1x1x1 slice %3233 (models/lstm.ts:9:5)
//   #1302 p8 [14,29] 1x1x1 slice %3236 (models/lstm.ts:9:5)
//   #1303 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3230 + tanh %3232 + sigmoid %3234 + mul %3235 + sigmoid %3237 + mul %3238 + add %3239 + tanh %3240 + mul %3241 (models/lstm.ts:9:5)
//   #1304 p92 [10,12] 4x1x1 slice %3242 (models/lstm.ts:9:5)
//   #1305 p7 [32,5,12,14] 13x1x1 matmul %3244 + add %3245 (models/lstm.ts:9:5)
//   #1306 p2 [14,26] 1x1x1 slice %3246 (models/lstm.ts:9:5)
//   #1307 p3 [14,27] 1x1x1 slice %3248 (models/lstm.ts:9:5)
//   #1308 p4 [14,28] 1x1x1 slice %3250 (models/lstm.ts:9:5)
//   #1309 p8 [14,29] 1x1x1 slice %3253 (models/lstm.ts:9:5)
//   #1310 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3247 + tanh %3249 + sigmoid %3251 + mul %3252 + sigmoid %3254 + mul %3255 + add %3256 + tanh %3257 + mul %3258 (models/lstm.ts:9:5)
//   #1311 p93 [10,12] 4x1x1 slice %3259 (models/lstm.ts:9:5)
//   #1312 p7 [32,5,12,14] 13x1x1 matmul %3261 + add %3262 (models/lstm.ts:9:5)
//   #1313 p2 [14,26] 1x1x1 slice %3263 (models/lstm.ts:9:5)
//   #1314 p3 [14,27] 1x1x1 slice %3265 (models/lstm.ts:9:5)
//   #1315 p4 [14,28] 1x1x1 slice %3267 (models/lstm.ts:9:5)
//   #1316 p8 [14,29] 1x1x1 slice %3270 (models/lstm.ts:9:5)
//   #1317 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3264 + tanh %3266 + sigmoid %3268 + mul %3269 + sigmoid %3271 + mul %3272 + add %3273 + tanh %3274 + mul %3275 (models/lstm.ts:9:5)
//   #1318 p94 [10,12] 4x1x1 slice %3276 (models/lstm.ts:9:5)
//   #1319 p7 [32,5,12,14] 13x1x1 matmul %3278 + add %3279 (models/lstm.ts:9:5)
//   #1320 p2 [14,26] 1x1x1 slice %3280 (models/lstm.ts:9:5)
//   #1321 p3 [14,27] 1x1x1 slice %3282 (models/lstm.ts:9:5)
//   #1322 p4 [14,28] 1x1x1 slice %3284 (models/lstm.ts:9:5)
//   #1323 p8 [14,29] 1x1x1 slice %3287 (models/lstm.ts:9:5)
//   #1324 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3281 + tanh %3283 + sigmoid %3285 + mul %3286 + sigmoid %3288 + mul %3289 + add %3290 + tanh %3291 + mul %3292 (models/lstm.ts:9:5)
//   #1325 p95 [10,12] 4x1x1 slice %3293 (models/lstm.ts:9:5)
//   #1326 p7 [32,5,12,14] 13x1x1 matmul %3295 + add %3296 (models/lstm.ts:9:5)
//   #1327 p2 [14,26] 1x1x1 slice %3297 (models/lstm.ts:9:5)
//   #1328 p3 [14,27] 1x1x1 slice %3299 (models/lstm.ts:9:5)
//   #1329 p4 [14,28] 1x1x1 slice %3301 (models/lstm.ts:9:5)
//   #1330 p8 [14,29] 1x1x1 slice %3304 (models/lstm.ts:9:5)
//   #1331 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3298 + tanh %3300 + sigmoid %3302 + mul %3303 + sigmoid %3305 + mul %3306 + add %3307 + tanh %3308 + mul %3309 (models/lstm.ts:9:5)
//   #1332 p96 [10,12] 4x1x1 slice %3310 (models/lstm.ts:9:5)
//   #1333 p7 [32,5,12,14] 13x1x1 matmul %3312 + add %3313 (models/lstm.ts:9:5)
//   #1334 p2 [14,26] 1x1x1 slice %3314 (models/lstm.ts:9:5)
//   #1335 p3 [14,27] 1x1x1 slice %3316 (models/lstm.ts:9:5)
//   #1336 p4 [14,28] 1x1x1 slice %3318 (models/lstm.ts:9:5)
//   #1337 p8 [14,29] 1x1x1 slice %3321 (models/lstm.ts:9:5)
//   #1338 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3315 + tanh %3317 + sigmoid %3319 + mul %3320 + sigmoid %3322 + mul %3323 + add %3324 + tanh %3325 + mul %3326 (models/lstm.ts:9:5)
//   #1339 p97 [10,12] 4x1x1 slice %3327 (models/lstm.ts:9:5)
//   #1340 p7 [32,5,12,14] 13x1x1 matmul %3329 + add %3330 (models/lstm.ts:9:5)
//   #1341 p2 [14,26] 1x1x1 slice %3331 (models/lstm.ts:9:5)
//   #1342 p3 [14,27] 1x1x1 slice %3333 (models/lstm.ts:9:5)
//   #1343 p4 [14,28] 1x1x1 slice %3335 (models/lstm.ts:9:5)
//   #1344 p8 [14,29] 1x1x1 slice %3338 (models/lstm.ts:9:5)
//   #1345 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3332 + tanh %3334 + sigmoid %3336 + mul %3337 + sigmoid %3339 + mul %3340 + add %3341 + tanh %3342 + mul %3343 (models/lstm.ts:9:5)
//   #1346 p98 [10,12] 4x1x1 slice %3344 (models/lstm.ts:9:5)
//   #1347 p7 [32,5,12,14] 13x1x1 matmul %3346 + add %3347 (models/lstm.ts:9:5)
//   #1348 p2 [14,26] 1x1x1 slice %3348 (models/lstm.ts:9:5)
//   #1349 p3 [14,27] 1x1x1 slice %3350 (models/lstm.ts:9:5)
//   #1350 p4 [14,28] 1x1x1 slice %3352 (models/lstm.ts:9:5)
//   #1351 p8 [14,29] 1x1x1 slice %3355 (models/lstm.ts:9:5)
//   #1352 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3349 + tanh %3351 + sigmoid %3353 + mul %3354 + sigmoid %3356 + mul %3357 + add %3358 + tanh %3359 + mul %3360 (models/lstm.ts:9:5)
//   #1353 p99 [10,12] 4x1x1 slice %3361 (models/lstm.ts:9:5)
//   #1354 p7 [32,5,12,14] 13x1x1 matmul %3363 + add %3364 (models/lstm.ts:9:5)
//   #1355 p2 [14,26] 1x1x1 slice %3365 (models/lstm.ts:9:5)
//   #1356 p3 [14,27] 1x1x1 slice %3367 (models/lstm.ts:9:5)
//   #1357 p4 [14,28] 1x1x1 slice %3369 (models/lstm.ts:9:5)
//   #1358 p8 [14,29] 1x1x1 slice %3372 (models/lstm.ts:9:5)
//   #1359 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3366 + tanh %3368 + sigmoid %3370 + mul %3371 + sigmoid %3373 + mul %3374 + add %3375 + tanh %3376 + mul %3377 (models/lstm.ts:9:5)
//   #1360 p100 [10,12] 4x1x1 slice %3378 (models/lstm.ts:9:5)
//   #1361 p7 [32,5,12,14] 13x1x1 matmul %3380 + add %3381 (models/lstm.ts:9:5)
//   #1362 p2 [14,26] 1x1x1 slice %3382 (models/lstm.ts:9:5)
//   #1363 p3 [14,27] 1x1x1 slice %3384 (models/lstm.ts:9:5)
//   #1364 p4 [14,28] 1x1x1 slice %3386 (models/lstm.ts:9:5)
//   #1365 p8 [14,29] 1x1x1 slice %3389 (models/lstm.ts:9:5)
//   #1366 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3383 + tanh %3385 + sigmoid %3387 + mul %3388 + sigmoid %3390 + mul %3391 + add %3392 + tanh %3393 + mul %3394 (models/lstm.ts:9:5)
//   #1367 p101 [10,12] 4x1x1 slice %3395 (models/lstm.ts:9:5)
//   #1368 p7 [32,5,12,14] 13x1x1 matmul %3397 + add %3398 (models/lstm.ts:9:5)
//   #1369 p2 [14,26] 1x1x1 slice %3399 (models/lstm.ts:9:5)
//   #1370 p3 [14,27] 1x1x1 slice %3401 (models/lstm.ts:9:5)
//   #1371 p4 [14,28] 1x1x1 slice %3403 (models/lstm.ts:9:5)
//   #1372 p8 [14,29] 1x1x1 slice %3406 (models/lstm.ts:9:5)
//   #1373 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3400 + tanh %3402 + sigmoid %3404 + mul %3405 + sigmoid %3407 + mul %3408 + add %3409 + tanh %3410 + mul %3411 (models/lstm.ts:9:5)
//   #1374 p102 [10,12] 4x1x1 slice %3412 (models/lstm.ts:9:5)
//   #1375 p7 [32,5,12,14] 13x1x1 matmul %3414 + add %3415 (models/lstm.ts:9:5)
//   #1376 p2 [14,26] 1x1x1 slice %3416 (models/lstm.ts:9:5)
//   #1377 p3 [14,27] 1x1x1 slice %3418 (models/lstm.ts:9:5)
//   #1378 p4 [14,28] 1x1x1 slice %3420 (models/lstm.ts:9:5)
//   #1379 p8 [14,29] 1x1x1 slice %3423 (models/lstm.ts:9:5)
//   #1380 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3417 + tanh %3419 + sigmoid %3421 + mul %3422 + sigmoid %3424 + mul %3425 + add %3426 + tanh %3427 + mul %3428 (models/lstm.ts:9:5)
//   #1381 p103 [10,12] 4x1x1 slice %3429 (models/lstm.ts:9:5)
//   #1382 p7 [32,5,12,14] 13x1x1 matmul %3431 + add %3432 (models/lstm.ts:9:5)
//   #1383 p2 [14,26] 1x1x1 slice %3433 (models/lstm.ts:9:5)
//   #1384 p3 [14,27] 1x1x1 slice %3435 (models/lstm.ts:9:5)
//   #1385 p4 [14,28] 1x1x1 slice %3437 (models/lstm.ts:9:5)
//   #1386 p8 [14,29] 1x1x1 slice %3440 (models/lstm.ts:9:5)
//   #1387 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3434 + tanh %3436 + sigmoid %3438 + mul %3439 + sigmoid %3441 + mul %3442 + add %3443 + tanh %3444 + mul %3445 (models/lstm.ts:9:5)
//   #1388 p104 [10,12] 4x1x1 slice %3446 (models/lstm.ts:9:5)
//   #1389 p7 [32,5,12,14] 13x1x1 matmul %3448 + add %3449 (models/lstm.ts:9:5)
//   #1390 p2 [14,26] 1x1x1 slice %3450 (models/lstm.ts:9:5)
//   #1391 p3 [14,27] 1x1x1 slice %3452 (models/lstm.ts:9:5)
//   #1392 p4 [14,28] 1x1x1 slice %3454 (models/lstm.ts:9:5)
//   #1393 p8 [14,29] 1x1x1 slice %3457 (models/lstm.ts:9:5)
//   #1394 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3451 + tanh %3453 + sigmoid %3455 + mul %3456 + sigmoid %3458 + mul %3459 + add %3460 + tanh %3461 + mul %3462 (models/lstm.ts:9:5)
//   #1395 p105 [10,12] 4x1x1 slice %3463 (models/lstm.ts:9:5)
//   #1396 p7 [32,5,12,14] 13x1x1 matmul %3465 + add %3466 (models/lstm.ts:9:5)
//   #1397 p2 [14,26] 1x1x1 slice %3467 (models/lstm.ts:9:5)
//   #1398 p3 [14,27] 1x1x1 slice %3469 (models/lstm.ts:9:5)
//   #1399 p4 [14,28] 1x1x1 slice %3471 (models/lstm.ts:9:5)
//   #1400 p8 [14,29] 1x1x1 slice %3474 (models/lstm.ts:9:5)
//   #1401 p9 [26,27,28,29,30,31,32] 1x1x1 sigmoid %3468 + tanh %3470 + sigmoid %3472 + mul %3473 + sigmoid %3475 + mul %3476 + add %3477 + tanh %3478 + mul %3479 (models/lstm.ts:9:5)
//   #1402 p106 [10,12] 4x1x1 slice %3480 (models/lstm.ts:9:5)
//   #1403 p7 [32,5,12,14] 13x1x1 matmul %3482 + add %3483 (models/lstm.ts:9:5)
//   #1404 p2 [14,26] 1x1x1 slice %3484 (models/lstm.ts:9:5)
//   #1405 p3 [14,27] 1x1x1 slice %3486 (models/lstm.ts:9:5)
//   #1406 p4 [14,28] 1x1x1 slice %3488 (models/lstm.ts:9:5)
//   #1407 p8 [14,29] 1x1x1 slice %3491 (models/lstm.ts:9:5)
//   #1408 p9 [26,27,28,29,31,30,32] 1x1x1 sigmoid %3485 + tanh %3487 + sigmoid %3489 + mul %3490 + sigmoid %3492 + mul %3493 + add %3494 + tanh %3495 + mul %3496 (models/lstm.ts:9:5)
//   #1409 p107 [10,12] 4x1x1 slice %3497 (models/lstm.ts:9:5)
//   #1410 p7 [32,5,12,14] 13x1x1 matmul %3499 + add %3500 (models/lstm.ts:9:5)
//   #1411 p2 [14,26] 1x1x1 slice %3501 (models/lstm.ts:9:5)
//   #1412 p3 [14,27] 1x1x1 slice %3503 (models/lstm.ts:9:5)
//   #1413 p4 [14,28] 1x1x1 slice %3505 (models/lstm.ts:9:5)
//   #1414 p8 [14,29] 1x1x1 slice %3508 (models/lstm.ts:9:5)
//   #1415 p108 [26,27,28,29,30,31] 1x1x1 sigmoid %3502 + tanh %3504 + sigmoid %3506 + mul %3507 + sigmoid %3509 + mul %3510 + add %3511 + tanh %3512 + mul %3513 (models/lstm.ts:9:5)
//   #1416 p114 [31,7,8,9] 1x1x1 matmul %3514 + add %3515 (models/lstm.ts:10:5)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: matmul %1 + add %2 (models/lstm.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 200u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 200u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 28u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 7u) * 32u;
  let row0 = ((g / 7u) % 4u) * 32u;
  let bi = g / 28u;
  let yo = bi * 20000u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 1u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (row0 + r < 100u && k0 + kk < 1u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 200u && k0 + kk < 1u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc0.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc0.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc0.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc1.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc1.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc1.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc2.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc2.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc2.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc3.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc3.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc3.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: slice %4 (models/lstm.ts:8:5), slice %1820 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u)];
}

// ---- pipeline 2 (read, read_write)
// dlc kernel: slice %6 (models/lstm.ts:8:5), slice %20 (models/lstm.ts:8:5), slice %38 (models/lstm.ts:8:5) (+197 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  out[i] = x[(i % 50u)];
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: slice %8 (models/lstm.ts:8:5), slice %22 (models/lstm.ts:8:5), slice %40 (models/lstm.ts:8:5) (+197 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  out[i] = x[(i % 50u) + 100u];
}

// ---- pipeline 4 (read, read_write)
// dlc kernel: slice %10 (models/lstm.ts:8:5), slice %24 (models/lstm.ts:8:5), slice %42 (models/lstm.ts:8:5) (+197 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  out[i] = x[(i % 50u) + 150u];
}

// ---- pipeline 5 (read, read, read, read_write, read_write)
// dlc kernel: sigmoid %7 + tanh %9 + sigmoid %11 + mul %12 + tanh %13 + mul %14 (models/lstm.ts:8:5), sigmoid %1823 + tanh %1825 + sigmoid %1827 + mul %1828 + tanh %1829 + mul %1830 (models/lstm.ts:9:5)
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
  if (i >= 50u) { return; }
  dlc_mid(i);
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: slice %16 (models/lstm.ts:8:5), slice %1831 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 200u];
}

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: matmul %18 + add %19 (models/lstm.ts:8:5), matmul %36 + add %37 (models/lstm.ts:8:5), matmul %54 + add %55 (models/lstm.ts:8:5) (+195 more)
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
  return in0[0u + r * 50u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 200u];
}
var<workgroup> red: array<f32, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 13u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 13u) * 16u + c;
  let row0 = ((g / 13u) % 1u) * 1u;
  let bi = g / 13u;
  let yo = bi * 200u;
  var acc0 = 0.0;
  if (col < 200u) {
    for (var k = sl; k < 50u; k += 16u) {
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
  if (sl == 0u && col < 200u) {
    dlc_mid(yo + (row0 + 0u) * 200u + col, red[0u + c]);
  }
}

// ---- pipeline 8 (read, read_write)
// dlc kernel: slice %27 (models/lstm.ts:8:5), slice %45 (models/lstm.ts:8:5), slice %63 (models/lstm.ts:8:5) (+195 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  out[i] = x[(i % 50u) + 50u];
}

// ---- pipeline 9 (read, read, read, read, read, read_write, read_write)
// dlc kernel: sigmoid %21 + tanh %23 + sigmoid %25 + mul %26 + sigmoid %28 + mul %29 + add %30 + tanh %31 + mul %32 (models/lstm.ts:8:5), sigmoid %39 + tanh %41 + sigmoid %43 + mul %44 + sigmoid %46 + mul %47 + add %48 + tanh %49 + mul %50 (models/lstm.ts:8:5), sigmoid %57 + tanh %59 + sigmoid %61 + mul %62 + sigmoid %64 + mul %65 + add %66 + tanh %67 + mul %68 (models/lstm.ts:8:5) (+193 more)
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
  if (i >= 50u) { return; }
  dlc_mid(i);
}

// ---- pipeline 10 (read, read_write)
// dlc kernel: slice %34 (models/lstm.ts:8:5), slice %1848 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 400u];
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: slice %52 (models/lstm.ts:8:5), slice %1865 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 600u];
}

// ---- pipeline 12 (read, read_write)
// dlc kernel: slice %70 (models/lstm.ts:8:5), slice %1882 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 800u];
}

// ---- pipeline 13 (read, read_write)
// dlc kernel: slice %88 (models/lstm.ts:8:5), slice %1899 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 1000u];
}

// ---- pipeline 14 (read, read_write)
// dlc kernel: slice %106 (models/lstm.ts:8:5), slice %1916 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 1200u];
}

// ---- pipeline 15 (read, read_write)
// dlc kernel: slice %124 (models/lstm.ts:8:5), slice %1933 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 1400u];
}

// ---- pipeline 16 (read, read_write)
// dlc kernel: slice %142 (models/lstm.ts:8:5), slice %1950 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 1600u];
}

// ---- pipeline 17 (read, read_write)
// dlc kernel: slice %160 (models/lstm.ts:8:5), slice %1967 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 1800u];
}

// ---- pipeline 18 (read, read_write)
// dlc kernel: slice %178 (models/lstm.ts:8:5), slice %1984 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 2000u];
}

// ---- pipeline 19 (read, read_write)
// dlc kernel: slice %196 (models/lstm.ts:8:5), slice %2001 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 2200u];
}

// ---- pipeline 20 (read, read_write)
// dlc kernel: slice %214 (models/lstm.ts:8:5), slice %2018 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 2400u];
}

// ---- pipeline 21 (read, read_write)
// dlc kernel: slice %232 (models/lstm.ts:8:5), slice %2035 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 2600u];
}

// ---- pipeline 22 (read, read_write)
// dlc kernel: slice %250 (models/lstm.ts:8:5), slice %2052 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 2800u];
}

// ---- pipeline 23 (read, read_write)
// dlc kernel: slice %268 (models/lstm.ts:8:5), slice %2069 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 3000u];
}

// ---- pipeline 24 (read, read_write)
// dlc kernel: slice %286 (models/lstm.ts:8:5), slice %2086 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 3200u];
}

// ---- pipeline 25 (read, read_write)
// dlc kernel: slice %304 (models/lstm.ts:8:5), slice %2103 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 3400u];
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: slice %322 (models/lstm.ts:8:5), slice %2120 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 3600u];
}

// ---- pipeline 27 (read, read_write)
// dlc kernel: slice %340 (models/lstm.ts:8:5), slice %2137 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 3800u];
}

// ---- pipeline 28 (read, read_write)
// dlc kernel: slice %358 (models/lstm.ts:8:5), slice %2154 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 4000u];
}

// ---- pipeline 29 (read, read_write)
// dlc kernel: slice %376 (models/lstm.ts:8:5), slice %2171 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 4200u];
}

// ---- pipeline 30 (read, read_write)
// dlc kernel: slice %394 (models/lstm.ts:8:5), slice %2188 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 4400u];
}

// ---- pipeline 31 (read, read_write)
// dlc kernel: slice %412 (models/lstm.ts:8:5), slice %2205 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 4600u];
}

// ---- pipeline 32 (read, read_write)
// dlc kernel: slice %430 (models/lstm.ts:8:5), slice %2222 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 4800u];
}

// ---- pipeline 33 (read, read_write)
// dlc kernel: slice %448 (models/lstm.ts:8:5), slice %2239 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 5000u];
}

// ---- pipeline 34 (read, read_write)
// dlc kernel: slice %466 (models/lstm.ts:8:5), slice %2256 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 5200u];
}

// ---- pipeline 35 (read, read_write)
// dlc kernel: slice %484 (models/lstm.ts:8:5), slice %2273 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 5400u];
}

// ---- pipeline 36 (read, read_write)
// dlc kernel: slice %502 (models/lstm.ts:8:5), slice %2290 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 5600u];
}

// ---- pipeline 37 (read, read_write)
// dlc kernel: slice %520 (models/lstm.ts:8:5), slice %2307 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 5800u];
}

// ---- pipeline 38 (read, read_write)
// dlc kernel: slice %538 (models/lstm.ts:8:5), slice %2324 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 6000u];
}

// ---- pipeline 39 (read, read_write)
// dlc kernel: slice %556 (models/lstm.ts:8:5), slice %2341 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 6200u];
}

// ---- pipeline 40 (read, read_write)
// dlc kernel: slice %574 (models/lstm.ts:8:5), slice %2358 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 6400u];
}

// ---- pipeline 41 (read, read_write)
// dlc kernel: slice %592 (models/lstm.ts:8:5), slice %2375 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 6600u];
}

// ---- pipeline 42 (read, read_write)
// dlc kernel: slice %610 (models/lstm.ts:8:5), slice %2392 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 6800u];
}

// ---- pipeline 43 (read, read_write)
// dlc kernel: slice %628 (models/lstm.ts:8:5), slice %2409 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 7000u];
}

// ---- pipeline 44 (read, read_write)
// dlc kernel: slice %646 (models/lstm.ts:8:5), slice %2426 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 7200u];
}

// ---- pipeline 45 (read, read_write)
// dlc kernel: slice %664 (models/lstm.ts:8:5), slice %2443 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 7400u];
}

// ---- pipeline 46 (read, read_write)
// dlc kernel: slice %682 (models/lstm.ts:8:5), slice %2460 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 7600u];
}

// ---- pipeline 47 (read, read_write)
// dlc kernel: slice %700 (models/lstm.ts:8:5), slice %2477 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 7800u];
}

// ---- pipeline 48 (read, read_write)
// dlc kernel: slice %718 (models/lstm.ts:8:5), slice %2494 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 8000u];
}

// ---- pipeline 49 (read, read_write)
// dlc kernel: slice %736 (models/lstm.ts:8:5), slice %2511 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 8200u];
}

// ---- pipeline 50 (read, read_write)
// dlc kernel: slice %754 (models/lstm.ts:8:5), slice %2528 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 8400u];
}

// ---- pipeline 51 (read, read_write)
// dlc kernel: slice %772 (models/lstm.ts:8:5), slice %2545 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 8600u];
}

// ---- pipeline 52 (read, read_write)
// dlc kernel: slice %790 (models/lstm.ts:8:5), slice %2562 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 8800u];
}

// ---- pipeline 53 (read, read_write)
// dlc kernel: slice %808 (models/lstm.ts:8:5), slice %2579 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 9000u];
}

// ---- pipeline 54 (read, read_write)
// dlc kernel: slice %826 (models/lstm.ts:8:5), slice %2596 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 9200u];
}

// ---- pipeline 55 (read, read_write)
// dlc kernel: slice %844 (models/lstm.ts:8:5), slice %2613 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 9400u];
}

// ---- pipeline 56 (read, read_write)
// dlc kernel: slice %862 (models/lstm.ts:8:5), slice %2630 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 9600u];
}

// ---- pipeline 57 (read, read_write)
// dlc kernel: slice %880 (models/lstm.ts:8:5), slice %2647 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 9800u];
}

// ---- pipeline 58 (read, read_write)
// dlc kernel: slice %898 (models/lstm.ts:8:5), slice %2664 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 10000u];
}

// ---- pipeline 59 (read, read_write)
// dlc kernel: slice %916 (models/lstm.ts:8:5), slice %2681 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 10200u];
}

// ---- pipeline 60 (read, read_write)
// dlc kernel: slice %934 (models/lstm.ts:8:5), slice %2698 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 10400u];
}

// ---- pipeline 61 (read, read_write)
// dlc kernel: slice %952 (models/lstm.ts:8:5), slice %2715 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 10600u];
}

// ---- pipeline 62 (read, read_write)
// dlc kernel: slice %970 (models/lstm.ts:8:5), slice %2732 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 10800u];
}

// ---- pipeline 63 (read, read_write)
// dlc kernel: slice %988 (models/lstm.ts:8:5), slice %2749 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 11000u];
}

// ---- pipeline 64 (read, read_write)
// dlc kernel: slice %1006 (models/lstm.ts:8:5), slice %2766 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 11200u];
}

// ---- pipeline 65 (read, read_write)
// dlc kernel: slice %1024 (models/lstm.ts:8:5), slice %2783 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 11400u];
}

// ---- pipeline 66 (read, read_write)
// dlc kernel: slice %1042 (models/lstm.ts:8:5), slice %2800 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 11600u];
}

// ---- pipeline 67 (read, read_write)
// dlc kernel: slice %1060 (models/lstm.ts:8:5), slice %2817 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 11800u];
}

// ---- pipeline 68 (read, read_write)
// dlc kernel: slice %1078 (models/lstm.ts:8:5), slice %2834 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 12000u];
}

// ---- pipeline 69 (read, read_write)
// dlc kernel: slice %1096 (models/lstm.ts:8:5), slice %2851 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 12200u];
}

// ---- pipeline 70 (read, read_write)
// dlc kernel: slice %1114 (models/lstm.ts:8:5), slice %2868 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 12400u];
}

// ---- pipeline 71 (read, read_write)
// dlc kernel: slice %1132 (models/lstm.ts:8:5), slice %2885 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 12600u];
}

// ---- pipeline 72 (read, read_write)
// dlc kernel: slice %1150 (models/lstm.ts:8:5), slice %2902 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 12800u];
}

// ---- pipeline 73 (read, read_write)
// dlc kernel: slice %1168 (models/lstm.ts:8:5), slice %2919 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 13000u];
}

// ---- pipeline 74 (read, read_write)
// dlc kernel: slice %1186 (models/lstm.ts:8:5), slice %2936 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 13200u];
}

// ---- pipeline 75 (read, read_write)
// dlc kernel: slice %1204 (models/lstm.ts:8:5), slice %2953 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 13400u];
}

// ---- pipeline 76 (read, read_write)
// dlc kernel: slice %1222 (models/lstm.ts:8:5), slice %2970 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 13600u];
}

// ---- pipeline 77 (read, read_write)
// dlc kernel: slice %1240 (models/lstm.ts:8:5), slice %2987 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 13800u];
}

// ---- pipeline 78 (read, read_write)
// dlc kernel: slice %1258 (models/lstm.ts:8:5), slice %3004 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 14000u];
}

// ---- pipeline 79 (read, read_write)
// dlc kernel: slice %1276 (models/lstm.ts:8:5), slice %3021 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 14200u];
}

// ---- pipeline 80 (read, read_write)
// dlc kernel: slice %1294 (models/lstm.ts:8:5), slice %3038 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 14400u];
}

// ---- pipeline 81 (read, read_write)
// dlc kernel: slice %1312 (models/lstm.ts:8:5), slice %3055 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 14600u];
}

// ---- pipeline 82 (read, read_write)
// dlc kernel: slice %1330 (models/lstm.ts:8:5), slice %3072 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 14800u];
}

// ---- pipeline 83 (read, read_write)
// dlc kernel: slice %1348 (models/lstm.ts:8:5), slice %3089 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 15000u];
}

// ---- pipeline 84 (read, read_write)
// dlc kernel: slice %1366 (models/lstm.ts:8:5), slice %3106 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 15200u];
}

// ---- pipeline 85 (read, read_write)
// dlc kernel: slice %1384 (models/lstm.ts:8:5), slice %3123 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 15400u];
}

// ---- pipeline 86 (read, read_write)
// dlc kernel: slice %1402 (models/lstm.ts:8:5), slice %3140 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 15600u];
}

// ---- pipeline 87 (read, read_write)
// dlc kernel: slice %1420 (models/lstm.ts:8:5), slice %3157 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 15800u];
}

// ---- pipeline 88 (read, read_write)
// dlc kernel: slice %1438 (models/lstm.ts:8:5), slice %3174 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 16000u];
}

// ---- pipeline 89 (read, read_write)
// dlc kernel: slice %1456 (models/lstm.ts:8:5), slice %3191 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 16200u];
}

// ---- pipeline 90 (read, read_write)
// dlc kernel: slice %1474 (models/lstm.ts:8:5), slice %3208 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 16400u];
}

// ---- pipeline 91 (read, read_write)
// dlc kernel: slice %1492 (models/lstm.ts:8:5), slice %3225 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 16600u];
}

// ---- pipeline 92 (read, read_write)
// dlc kernel: slice %1510 (models/lstm.ts:8:5), slice %3242 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 16800u];
}

// ---- pipeline 93 (read, read_write)
// dlc kernel: slice %1528 (models/lstm.ts:8:5), slice %3259 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 17000u];
}

// ---- pipeline 94 (read, read_write)
// dlc kernel: slice %1546 (models/lstm.ts:8:5), slice %3276 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 17200u];
}

// ---- pipeline 95 (read, read_write)
// dlc kernel: slice %1564 (models/lstm.ts:8:5), slice %3293 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 17400u];
}

// ---- pipeline 96 (read, read_write)
// dlc kernel: slice %1582 (models/lstm.ts:8:5), slice %3310 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 17600u];
}

// ---- pipeline 97 (read, read_write)
// dlc kernel: slice %1600 (models/lstm.ts:8:5), slice %3327 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 17800u];
}

// ---- pipeline 98 (read, read_write)
// dlc kernel: slice %1618 (models/lstm.ts:8:5), slice %3344 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 18000u];
}

// ---- pipeline 99 (read, read_write)
// dlc kernel: slice %1636 (models/lstm.ts:8:5), slice %3361 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 18200u];
}

// ---- pipeline 100 (read, read_write)
// dlc kernel: slice %1654 (models/lstm.ts:8:5), slice %3378 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 18400u];
}

// ---- pipeline 101 (read, read_write)
// dlc kernel: slice %1672 (models/lstm.ts:8:5), slice %3395 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 18600u];
}

// ---- pipeline 102 (read, read_write)
// dlc kernel: slice %1690 (models/lstm.ts:8:5), slice %3412 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 18800u];
}

// ---- pipeline 103 (read, read_write)
// dlc kernel: slice %1708 (models/lstm.ts:8:5), slice %3429 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 19000u];
}

// ---- pipeline 104 (read, read_write)
// dlc kernel: slice %1726 (models/lstm.ts:8:5), slice %3446 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 19200u];
}

// ---- pipeline 105 (read, read_write)
// dlc kernel: slice %1744 (models/lstm.ts:8:5), slice %3463 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 19400u];
}

// ---- pipeline 106 (read, read_write)
// dlc kernel: slice %1762 (models/lstm.ts:8:5), slice %3480 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 19600u];
}

// ---- pipeline 107 (read, read_write)
// dlc kernel: slice %1780 (models/lstm.ts:8:5), slice %3497 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200u) { return; }
  out[i] = x[(i % 200u) + 19800u];
}

// ---- pipeline 108 (read, read, read, read, read, read_write)
// dlc kernel: sigmoid %1785 + tanh %1787 + sigmoid %1789 + mul %1790 + sigmoid %1792 + mul %1793 + add %1794 + tanh %1795 + mul %1796 (models/lstm.ts:8:5), sigmoid %3502 + tanh %3504 + sigmoid %3506 + mul %3507 + sigmoid %3509 + mul %3510 + add %3511 + tanh %3512 + mul %3513 (models/lstm.ts:9:5)
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
  if (i >= 50u) { return; }
  dlc_mid(i);
}

// ---- pipeline 109 (read, read, read, read, read, read, read, read_write)
// dlc kernel: concat %1798 (models/lstm.ts:8:5), concat %1799 (models/lstm.ts:8:5), concat %1800 (models/lstm.ts:8:5) (+11 more)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read> x3: array<f32>;
@group(0) @binding(4) var<storage, read> x4: array<f32>;
@group(0) @binding(5) var<storage, read> x5: array<f32>;
@group(0) @binding(6) var<storage, read> x6: array<f32>;
@group(0) @binding(7) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 350u) { return; }
  let o = i / 350u;
  let k = (i / 50u) % 7u;
  let r = i % 50u;
  if (k < 1u) { out[i] = x0[(o * 1u + k) * 50u + r]; } else if (k < 2u) { out[i] = x1[(o * 1u + k - 1u) * 50u + r]; } else if (k < 3u) { out[i] = x2[(o * 1u + k - 2u) * 50u + r]; } else if (k < 4u) { out[i] = x3[(o * 1u + k - 3u) * 50u + r]; } else if (k < 5u) { out[i] = x4[(o * 1u + k - 4u) * 50u + r]; } else if (k < 6u) { out[i] = x5[(o * 1u + k - 5u) * 50u + r]; } else { out[i] = x6[(o * 1u + k - 6u) * 50u + r]; }
}

// ---- pipeline 110 (read, read, read_write)
// dlc kernel: concat %1812 (models/lstm.ts:8:5)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  let o = i / 100u;
  let k = (i / 50u) % 2u;
  let r = i % 50u;
  if (k < 1u) { out[i] = x0[(o * 1u + k) * 50u + r]; } else { out[i] = x1[(o * 1u + k - 1u) * 50u + r]; }
}

// ---- pipeline 111 (read, read, read, read, read, read, read, read_write)
// dlc kernel: concat %1813 (models/lstm.ts:8:5), concat %1814 (models/lstm.ts:8:5)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read> x3: array<f32>;
@group(0) @binding(4) var<storage, read> x4: array<f32>;
@group(0) @binding(5) var<storage, read> x5: array<f32>;
@group(0) @binding(6) var<storage, read> x6: array<f32>;
@group(0) @binding(7) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2450u) { return; }
  let o = i / 2450u;
  let k = (i / 50u) % 49u;
  let r = i % 50u;
  if (k < 7u) { out[i] = x0[(o * 7u + k) * 50u + r]; } else if (k < 14u) { out[i] = x1[(o * 7u + k - 7u) * 50u + r]; } else if (k < 21u) { out[i] = x2[(o * 7u + k - 14u) * 50u + r]; } else if (k < 28u) { out[i] = x3[(o * 7u + k - 21u) * 50u + r]; } else if (k < 35u) { out[i] = x4[(o * 7u + k - 28u) * 50u + r]; } else if (k < 42u) { out[i] = x5[(o * 7u + k - 35u) * 50u + r]; } else { out[i] = x6[(o * 7u + k - 42u) * 50u + r]; }
}

// ---- pipeline 112 (read, read, read, read_write)
// dlc kernel: concat %1815 (models/lstm.ts:8:5)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 5000u) { return; }
  let o = i / 5000u;
  let k = (i / 50u) % 100u;
  let r = i % 50u;
  if (k < 49u) { out[i] = x0[(o * 49u + k) * 50u + r]; } else if (k < 98u) { out[i] = x1[(o * 49u + k - 49u) * 50u + r]; } else { out[i] = x2[(o * 2u + k - 98u) * 50u + r]; }
}

// ---- pipeline 113 (read, read, read, read_write)
// dlc kernel: matmul %1817 + add %1818 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 200u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 50u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 200u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 28u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 7u) * 32u;
  let row0 = ((g / 7u) % 4u) * 32u;
  let bi = g / 28u;
  let yo = bi * 20000u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 50u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 100u && k0 + kk < 50u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 200u && k0 + kk < 50u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc0.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc0.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc0.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc1.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc1.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc1.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc2.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc2.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc2.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc3.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc3.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc3.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 114 (read, read, read, read_write)
// dlc kernel: matmul %3514 + add %3515 (models/lstm.ts:10:5)
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
  return in0[0u + r * 50u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k];
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
  let yo = bi * 1u;
  var acc0 = 0.0;
  if (col < 1u) {
    for (var k = sl; k < 50u; k += 16u) {
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
  if (sl == 0u && col < 1u) {
    dlc_mid(yo + (row0 + 0u) * 1u + col, red[0u + c]);
  }
}
