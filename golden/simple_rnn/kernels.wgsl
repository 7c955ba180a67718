// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,3,7] 4x1x1 matmul %1 + add %2 (models/simple_rnn.ts:8:5)
//   #1 p1 [7,8] 1x1x1 slice %4 (models/simple_rnn.ts:8:5)
//   #2 p2 [8,9] 1x1x1 tanh %6 (models/simple_rnn.ts:8:5)
//   #3 p3 [7,8] 1x1x1 slice %7 (models/simple_rnn.ts:8:5)
//   #4 p4 [9,2,8,10] 2x1x1 matmul %9 + add %10 + tanh %11 (models/simple_rnn.ts:8:5)
//   #5 p5 [7,8] 1x1x1 slice %12 (models/simple_rnn.ts:8:5)
//   #6 p4 [10,2,8,9] 2x1x1 matmul %14 + add %15 + tanh %16 (models/simple_rnn.ts:8:5)
//   #7 p6 [7,8] 1x1x1 slice %17 (models/simple_rnn.ts:8:5)
//   #8 p4 [9,2,8,10] 2x1x1 matmul %19 + add %20 + tanh %21 (models/simple_rnn.ts:8:5)
//   #9 p7 [7,8] 1x1x1 slice %22 (models/simple_rnn.ts:8:5)
//   #10 p4 [10,2,8,9] 2x1x1 matmul %24 + add %25 + tanh %26 (models/simple_rnn.ts:8:5)
//   #11 p8 [7,8] 1x1x1 slice %27 (models/simple_rnn.ts:8:5)
//   #12 p4 [9,2,8,10] 2x1x1 matmul %29 + add %30 + tanh %31 (models/simple_rnn.ts:8:5)
//   #13 p9 [7,8] 1x1x1 slice %32 (models/simple_rnn.ts:8:5)
//   #14 p4 [10,2,8,9] 2x1x1 matmul %34 + add %35 + tanh %36 (models/simple_rnn.ts:8:5)
//   #15 p10 [7,8] 1x1x1 slice %37 (models/simple_rnn.ts:8:5)
//   #16 p4 [9,2,8,10] 2x1x1 matmul %39 + add %40 + tanh %41 (models/simple_rnn.ts:8:5)
//   #17 p11 [7,8] 1x1x1 slice %42 (models/simple_rnn.ts:8:5)
//   #18 p4 [10,2,8,9] 2x1x1 matmul %44 + add %45 + tanh %46 (models/simple_rnn.ts:8:5)
//   #19 p12 [7,8] 1x1x1 slice %47 (models/simple_rnn.ts:8:5)
//   #20 p4 [9,2,8,10] 2x1x1 matmul %49 + add %50 + tanh %51 (models/simple_rnn.ts:8:5)
//   #21 p13 [7,8] 1x1x1 slice %52 (models/simple_rnn.ts:8:5)
//   #22 p4 [10,2,8,9] 2x1x1 matmul %54 + add %55 + tanh %56 (models/simple_rnn.ts:8:5)
//   #23 p14 [7,8] 1x1x1 slice %57 (models/simple_rnn.ts:8:5)
//   #24 p4 [9,2,8,10] 2x1x1 matmul %59 + add %60 + tanh %61 (models/simple_rnn.ts:8:5)
//   #25 p15 [7,8] 1x1x1 slice %62 (models/simple_rnn.ts:8:5)
//   #26 p4 [10,2,8,9] 2x1x1 matmul %64 + add %65 + tanh %66 (models/simple_rnn.ts:8:5)
//   #27 p16 [7,8] 1x1x1 slice %67 (models/simple_rnn.ts:8:5)
//   #28 p4 [9,2,8,10] 2x1x1 matmul %69 + add %70 + tanh %71 (models/simple_rnn.ts:8:5)
//   #29 p17 [7,8] 1x1x1 slice %72 (models/simple_rnn.ts:8:5)
//   #30 p4 [10,2,8,9] 2x1x1 matmul %74 + add %75 + tanh %76 (models/simple_rnn.ts:8:5)
//   #31 p18 [7,8] 1x1x1 slice %77 (models/simple_rnn.ts:8:5)
//   #32 p4 [9,2,8,10] 2x1x1 matmul %79 + add %80 + tanh %81 (models/simple_rnn.ts:8:5)
//   #33 p19 [7,8] 1x1x1 slice %82 (models/simple_rnn.ts:8:5)
//   #34 p4 [10,2,8,9] 2x1x1 matmul %84 + add %85 + tanh %86 (models/simple_rnn.ts:8:5)
//   #35 p20 [7,8] 1x1x1 slice %87 (models/simple_rnn.ts:8:5)
//   #36 p4 [9,2,8,10] 2x1x1 matmul %89 + add %90 + tanh %91 (models/simple_rnn.ts:8:5)
//   #37 p21 [7,8] 1x1x1 slice %92 (models/simple_rnn.ts:8:5)
//   #38 p4 [10,2,8,9] 2x1x1 matmul %94 + add %95 + tanh %96 (models/simple_rnn.ts:8:5)
//   #39 p22 [7,8] 1x1x1 slice %97 (models/simple_rnn.ts:8:5)
//   #40 p4 [9,2,8,10] 2x1x1 matmul %99 + add %100 + tanh %101 (models/simple_rnn.ts:8:5)
//   #41 p23 [7,8] 1x1x1 slice %102 (models/simple_rnn.ts:8:5)
//   #42 p4 [10,2,8,9] 2x1x1 matmul %104 + add %105 + tanh %106 (models/simple_rnn.ts:8:5)
//   #43 p24 [7,8] 1x1x1 slice %107 (models/simple_rnn.ts:8:5)
//   #44 p4 [9,2,8,10] 2x1x1 matmul %109 + add %110 + tanh %111 (models/simple_rnn.ts:8:5)
//   #45 p25 [7,8] 1x1x1 slice %112 (models/simple_rnn.ts:8:5)
//   #46 p4 [10,2,8,9] 2x1x1 matmul %114 + add %115 + tanh %116 (models/simple_rnn.ts:8:5)
//   #47 p26 [7,8] 1x1x1 slice %117 (models/simple_rnn.ts:8:5)
//   #48 p4 [9,2,8,10] 2x1x1 matmul %119 + add %120 + tanh %121 (models/simple_rnn.ts:8:5)
//   #49 p27 [7,8] 1x1x1 slice %122 (models/simple_rnn.ts:8:5)
//   #50 p4 [10,2,8,9] 2x1x1 matmul %124 + add %125 + tanh %126 (models/simple_rnn.ts:8:5)
//   #51 p28 [7,8] 1x1x1 slice %127 (models/simple_rnn.ts:8:5)
//   #52 p4 [9,2,8,10] 2x1x1 matmul %129 + add %130 + tanh %131 (models/simple_rnn.ts:8:5)
//   #53 p29 [7,8] 1x1x1 slice %132 (models/simple_rnn.ts:8:5)
//   #54 p4 [10,2,8,9] 2x1x1 matmul %134 + add %135 + tanh %136 (models/simple_rnn.ts:8:5)
//   #55 p30 [7,8] 1x1x1 slice %137 (models/simple_rnn.ts:8:5)
//   #56 p4 [9,2,8,10] 2x1x1 matmul %139 + add %140 + tanh %141 (models/simple_rnn.ts:8:5)
//   #57 p31 [7,8] 1x1x1 slice %142 (models/simple_rnn.ts:8:5)
//   #58 p4 [10,2,8,9] 2x1x1 matmul %144 + add %145 + tanh %146 (models/simple_rnn.ts:8:5)
//   #59 p32 [7,8] 1x1x1 slice %147 (models/simple_rnn.ts:8:5)
//   #60 p4 [9,2,8,10] 2x1x1 matmul %149 + add %150 + tanh %151 (models/simple_rnn.ts:8:5)
//   #61 p33 [7,8] 1x1x1 slice %152 (models/simple_rnn.ts:8:5)
//   #62 p4 [10,2,8,9] 2x1x1 matmul %154 + add %155 + tanh %156 (models/simple_rnn.ts:8:5)
//   #63 p34 [7,8] 1x1x1 slice %157 (models/simple_rnn.ts:8:5)
//   #64 p4 [9,2,8,10] 2x1x1 matmul %159 + add %160 + tanh %161 (models/simple_rnn.ts:8:5)
//   #65 p35 [7,8] 1x1x1 slice %162 (models/simple_rnn.ts:8:5)
//   #66 p4 [10,2,8,9] 2x1x1 matmul %164 + add %165 + tanh %166 (models/simple_rnn.ts:8:5)
//   #67 p36 [7,8] 1x1x1 slice %167 (models/simple_rnn.ts:8:5)
//   #68 p4 [9,2,8,10] 2x1x1 matmul %169 + add %170 + tanh %171 (models/simple_rnn.ts:8:5)
//   #69 p37 [7,8] 1x1x1 slice %172 (models/simple_rnn.ts:8:5)
//   #70 p4 [10,2,8,9] 2x1x1 matmul %174 + add %175 + tanh %176 (models/simple_rnn.ts:8:5)
//   #71 p38 [7,8] 1x1x1 slice %177 (models/simple_rnn.ts:8:5)
//   #72 p4 [9,2,8,10] 2x1x1 matmul %179 + add %180 + tanh %181 (models/simple_rnn.ts:8:5)
//   #73 p39 [7,8] 1x1x1 slice %182 (models/simple_rnn.ts:8:5)
//   #74 p4 [10,2,8,9] 2x1x1 matmul %184 + add %185 + tanh %186 (models/simple_rnn.ts:8:5)
//   #75 p40 [7,8] 1x1x1 slice %187 (models/simple_rnn.ts:8:5)
//   #76 p4 [9,2,8,10] 2x1x1 matmul %189 + add %190 + tanh %191 (models/simple_rnn.ts:8:5)
//   #77 p41 [7,8] 1x1x1 slice %192 (models/simple_rnn.ts:8:5)
//   #78 p4 [10,2,8,9] 2x1x1 matmul %194 + add %195 + tanh %196 (models/simple_rnn.ts:8:5)
//   #79 p42 [7,8] 1x1x1 slice %197 (models/simple_rnn.ts:8:5)
//   #80 p4 [9,2,8,10] 2x1x1 matmul %199 + add %200 + tanh %201 (models/simple_rnn.ts:8:5)
//   #81 p43 [7,8] 1x1x1 slice %202 (models/simple_rnn.ts:8:5)
//   #82 p4 [10,2,8,9] 2x1x1 matmul %204 + add %205 + tanh %206 (models/simple_rnn.ts:8:5)
//   #83 p44 [7,8] 1x1x1 slice %207 (models/simple_rnn.ts:8:5)
//   #84 p4 [9,2,8,10] 2x1x1 matmul %209 + add %210 + tanh %211 (models/simple_rnn.ts:8:5)
//   #85 p45 [7,8] 1x1x1 slice %212 (models/simple_rnn.ts:8:5)
//   #86 p4 [10,2,8,9] 2x1x1 matmul %214 + add %215 + tanh %216 (models/simple_rnn.ts:8:5)
//   #87 p46 [7,8] 1x1x1 slice %217 (models/simple_rnn.ts:8:5)
//   #88 p4 [9,2,8,10] 2x1x1 matmul %219 + add %220 + tanh %221 (models/simple_rnn.ts:8:5)
//   #89 p47 [7,8] 1x1x1 slice %222 (models/simple_rnn.ts:8:5)
//   #90 p4 [10,2,8,9] 2x1x1 matmul %224 + add %225 + tanh %226 (models/simple_rnn.ts:8:5)
//   #91 p48 [7,8] 1x1x1 slice %227 (models/simple_rnn.ts:8:5)
//   #92 p4 [9,2,8,10] 2x1x1 matmul %229 + add %230 + tanh %231 (models/simple_rnn.ts:8:5)
//   #93 p49 [7,8] 1x1x1 slice %232 (models/simple_rnn.ts:8:5)
//   #94 p4 [10,2,8,9] 2x1x1 matmul %234 + add %235 + tanh %236 (models/simple_rnn.ts:8:5)
//   #95 p50 [7,8] 1x1x1 slice %237 (models/simple_rnn.ts:8:5)
//   #96 p4 [9,2,8,10] 2x1x1 matmul %239 + add %240 + tanh %241 (models/simple_rnn.ts:8:5)
//   #97 p51 [7,8] 1x1x1 slice %242 (models/simple_rnn.ts:8:5)
//   #98 p4 [10,2,8,9] 2x1x1 matmul %244 + add %245 + tanh %246 (models/simple_rnn.ts:8:5)
//   #99 p52 [7,8] 1x1x1 slice %247 (models/simple_rnn.ts:8:5)
//   #100 p4 [9,2,8,10] 2x1x1 matmul %249 + add %250 + tanh %251 (models/simple_rnn.ts:8:5)
//   #101 p53 [7,8] 1x1x1 slice %252 (models/simple_rnn.ts:8:5)
//   #102 p4 [10,2,8,9] 2x1x1 matmul %254 + add %255 + tanh %256 (models/simple_rnn.ts:8:5)
//   #103 p54 [7,8] 1x1x1 slice %257 (models/simple_rnn.ts:8:5)
//   #104 p4 [9,2,8,10] 2x1x1 matmul %259 + add %260 + tanh %261 (models/simple_rnn.ts:8:5)
//   #105 p55 [7,8] 1x1x1 slice %262 (models/simple_rnn.ts:8:5)
//   #106 p4 [10,2,8,9] 2x1x1 matmul %264 + add %265 + tanh %266 (models/simple_rnn.ts:8:5)
//   #107 p56 [7,8] 1x1x1 slice %267 (models/simple_rnn.ts:8:5)
//   #108 p4 [9,2,8,10] 2x1x1 matmul %269 + add %270 + tanh %271 (models/simple_rnn.ts:8:5)
//   #109 p57 [7,8] 1x1x1 slice %272 (models/simple_rnn.ts:8:5)
//   #110 p4 [10,2,8,9] 2x1x1 matmul %274 + add %275 + tanh %276 (models/simple_rnn.ts:8:5)
//   #111 p58 [7,8] 1x1x1 slice %277 (models/simple_rnn.ts:8:5)
//   #112 p4 [9,2,8,10] 2x1x1 matmul %279 + add %280 + tanh %281 (models/simple_rnn.ts:8:5)
//   #113 p59 [7,8] 1x1x1 slice %282 (models/simple_rnn.ts:8:5)
//   #114 p4 [10,2,8,9] 2x1x1 matmul %284 + add %285 + tanh %286 (models/simple_rnn.ts:8:5)
//   #115 p60 [7,8] 1x1x1 slice %287 (models/simple_rnn.ts:8:5)
//   #116 p4 [9,2,8,10] 2x1x1 matmul %289 + add %290 + tanh %291 (models/simple_rnn.ts:8:5)
//   #117 p61 [7,8] 1x1x1 slice %292 (models/simple_rnn.ts:8:5)
//   #118 p4 [10,2,8,9] 2x1x1 matmul %294 + add %295 + tanh %296 (models/simple_rnn.ts:8:5)
//   #119 p62 [7,8] 1x1x1 slice %297 (models/simple_rnn.ts:8:5)
//   #120 p4 [9,2,8,10] 2x1x1 matmul %299 + add %300 + tanh %301 (models/simple_rnn.ts:8:5)
//   #121 p63 [7,8] 1x1x1 slice %302 (models/simple_rnn.ts:8:5)
//   #122 p4 [10,2,8,9] 2x1x1 matmul %304 + add %305 + tanh %306 (models/simple_rnn.ts:8:5)
//   #123 p64 [7,8] 1x1x1 slice %307 (models/simple_rnn.ts:8:5)
//   #124 p4 [9,2,8,10] 2x1x1 matmul %309 + add %310 + tanh %311 (models/simple_rnn.ts:8:5)
//   #125 p65 [7,8] 1x1x1 slice %312 (models/simple_rnn.ts:8:5)
//   #126 p4 [10,2,8,9] 2x1x1 matmul %314 + add %315 + tanh %316 (models/simple_rnn.ts:8:5)
//   #127 p66 [7,8] 1x1x1 slice %317 (models/simple_rnn.ts:8:5)
//   #128 p4 [9,2,8,10] 2x1x1 matmul %319 + add %320 + tanh %321 (models/simple_rnn.ts:8:5)
//   #129 p67 [7,8] 1x1x1 slice %322 (models/simple_rnn.ts:8:5)
//   #130 p4 [10,2,8,9] 2x1x1 matmul %324 + add %325 + tanh %326 (models/simple_rnn.ts:8:5)
//   #131 p68 [7,8] 1x1x1 slice %327 (models/simple_rnn.ts:8:5)
//   #132 p4 [9,2,8,10] 2x1x1 matmul %329 + add %330 + tanh %331 (models/simple_rnn.ts:8:5)
//   #133 p69 [7,8] 1x1x1 slice %332 (models/simple_rnn.ts:8:5)
//   #134 p4 [10,2,8,9] 2x1x1 matmul %334 + add %335 + tanh %336 (models/simple_rnn.ts:8:5)
//   #135 p70 [7,8] 1x1x1 slice %337 (models/simple_rnn.ts:8:5)
//   #136 p4 [9,2,8,10] 2x1x1 matmul %339 + add %340 + tanh %341 (models/simple_rnn.ts:8:5)
//   #137 p71 [7,8] 1x1x1 slice %342 (models/simple_rnn.ts:8:5)
//   #138 p4 [10,2,8,9] 2x1x1 matmul %344 + add %345 + tanh %346 (models/simple_rnn.ts:8:5)
//   #139 p72 [7,8] 1x1x1 slice %347 (models/simple_rnn.ts:8:5)
//   #140 p4 [9,2,8,10] 2x1x1 matmul %349 + add %350 + tanh %351 (models/simple_rnn.ts:8:5)
//   #141 p73 [7,8] 1x1x1 slice %352 (models/simple_rnn.ts:8:5)
//   #142 p4 [10,2,8,9] 2x1x1 matmul %354 + add %355 + tanh %356 (models/simple_rnn.ts:8:5)
//   #143 p74 [7,8] 1x1x1 slice %357 (models/simple_rnn.ts:8:5)
//   #144 p4 [9,2,8,10] 2x1x1 matmul %359 + add %360 + tanh %361 (models/simple_rnn.ts:8:5)
//   #145 p75 [7,8] 1x1x1 slice %362 (models/simple_rnn.ts:8:5)
//   #146 p4 [10,2,8,9] 2x1x1 matmul %364 + add %365 + tanh %366 (models/simple_rnn.ts:8:5)
//   #147 p76 [7,8] 1x1x1 slice %367 (models/simple_rnn.ts:8:5)
//   #148 p4 [9,2,8,10] 2x1x1 matmul %369 + add %370 + tanh %371 (models/simple_rnn.ts:8:5)
//   #149 p77 [7,8] 1x1x1 slice %372 (models/simple_rnn.ts:8:5)
//   #150 p4 [10,2,8,9] 2x1x1 matmul %374 + add %375 + tanh %376 (models/simple_rnn.ts:8:5)
//   #151 p78 [7,8] 1x1x1 slice %377 (models/simple_rnn.ts:8:5)
//   #152 p4 [9,2,8,10] 2x1x1 matmul %379 + add %380 + tanh %381 (models/simple_rnn.ts:8:5)
//   #153 p79 [7,8] 1x1x1 slice %382 (models/simple_rnn.ts:8:5)
//   #154 p4 [10,2,8,9] 2x1x1 matmul %384 + add %385 + tanh %386 (models/simple_rnn.ts:8:5)
//   #155 p80 [7,8] 1x1x1 slice %387 (models/simple_rnn.ts:8:5)
//   #156 p4 [9,2,8,10] 2x1x1 matmul %389 + add %390 + tanh %391 (models/simple_rnn.ts:8:5)
//   #157 p81 [7,8] 1x1x1 slice %392 (models/simple_rnn.ts:8:5)
//   #158 p4 [10,2,8,9] 2x1x1 matmul %394 + add %395 + tanh %396 (models/simple_rnn.ts:8:5)
//   #159 p82 [7,8] 1x1x1 slice %397 (models/simple_rnn.ts:8:5)
//   #160 p4 [9,2,8,10] 2x1x1 matmul %399 + add %400 + tanh %401 (models/simple_rnn.ts:8:5)
//   #161 p83 [7,8] 1x1x1 slice %402 (models/simple_rnn.ts:8:5)
//   #162 p4 [10,2,8,9] 2x1x1 matmul %404 + add %405 + tanh %406 (models/simple_rnn.ts:8:5)
//   #163 p84 [7,8] 1x1x1 slice %407 (models/simple_rnn.ts:8:5)
//   #164 p4 [9,2,8,10] 2x1x1 matmul %409 + add %410 + tanh %411 (models/simple_rnn.ts:8:5)
//   #165 p85 [7,8] 1x1x1 slice %412 (models/simple_rnn.ts:8:5)
//   #166 p4 [10,2,8,9] 2x1x1 matmul %414 + add %415 + tanh %416 (models/simple_rnn.ts:8:5)
//   #167 p86 [7,8] 1x1x1 slice %417 (models/simple_rnn.ts:8:5)
//   #168 p4 [9,2,8,10] 2x1x1 matmul %419 + add %420 + tanh %421 (models/simple_rnn.ts:8:5)
//   #169 p87 [7,8] 1x1x1 slice %422 (models/simple_rnn.ts:8:5)
//   #170 p4 [10,2,8,9] 2x1x1 matmul %424 + add %425 + tanh %426 (models/simple_rnn.ts:8:5)
//   #171 p88 [7,8] 1x1x1 slice %427 (models/simple_rnn.ts:8:5)
//   #172 p4 [9,2,8,10] 2x1x1 matmul %429 + add %430 + tanh %431 (models/simple_rnn.ts:8:5)
//   #173 p89 [7,8] 1x1x1 slice %432 (models/simple_rnn.ts:8:5)
//   #174 p4 [10,2,8,9] 2x1x1 matmul %434 + add %435 + tanh %436 (models/simple_rnn.ts:8:5)
//   #175 p90 [7,8] 1x1x1 slice %437 (models/simple_rnn.ts:8:5)
//   #176 p4 [9,2,8,10] 2x1x1 matmul %439 + add %440 + tanh %441 (models/simple_rnn.ts:8:5)
//   #177 p91 [7,8] 1x1x1 slice %442 (models/simple_rnn.ts:8:5)
//   #178 p4 [10,2,8,9] 2x1x1 matmul %444 + add %445 + tanh %446 (models/simple_rnn.ts:8:5)
//   #179 p92 [7,8] 1x1x1 slice %447 (models/simple_rnn.ts:8:5)
//   #180 p4 [9,2,8,10] 2x1x1 matmul %449 + add %450 + tanh %451 (models/simple_rnn.ts:8:5)
//   #181 p93 [7,8] 1x1x1 slice %452 (models/simple_rnn.ts:8:5)
//   #182 p4 [10,2,8,9] 2x1x1 matmul %454 + add %455 + tanh %456 (models/simple_rnn.ts:8:5)
//   #183 p94 [7,8] 1x1x1 slice %457 (models/simple_rnn.ts:8:5)
//   #184 p4 [9,2,8,10] 2x1x1 matmul %459 + add %460 + tanh %461 (models/simple_rnn.ts:8:5)
//   #185 p95 [7,8] 1x1x1 slice %462 (models/simple_rnn.ts:8:5)
//   #186 p4 [10,2,8,9] 2x1x1 matmul %464 + add %465 + tanh %466 (models/simple_rnn.ts:8:5)
//   #187 p96 [7,8] 1x1x1 slice %467 (models/simple_rnn.ts:8:5)
//   #188 p4 [9,2,8,10] 2x1x1 matmul %469 + add %470 + tanh %471 (models/simple_rnn.ts:8:5)
//   #189 p97 [7,8] 1x1x1 slice %472 (models/simple_rnn.ts:8:5)
//   #190 p4 [10,2,8,9] 2x1x1 matmul %474 + add %475 + tanh %476 (models/simple_rnn.ts:8:5)
//   #191 p98 [7,8] 1x1x1 slice %477 (models/simple_rnn.ts:8:5)
//   #192 p4 [9,2,8,10] 2x1x1 matmul %479 + add %480 + tanh %481 (models/simple_rnn.ts:8:5)
//   #193 p99 [7,8] 1x1x1 slice %482 (models/simple_rnn.ts:8:5)
//   #194 p4 [10,2,8,9] 2x1x1 matmul %484 + add %485 + tanh %486 (models/simple_rnn.ts:8:5)
//   #195 p100 [7,8] 1x1x1 slice %487 (models/simple_rnn.ts:8:5)
//   #196 p4 [9,2,8,10] 2x1x1 matmul %489 + add %490 + tanh %491 (models/simple_rnn.ts:8:5)
//   #197 p101 [7,8] 1x1x1 slice %492 (models/simple_rnn.ts:8:5)
//   #198 p4 [10,2,8,9] 2x1x1 matmul %494 + add %495 + tanh %496 (models/simple_rnn.ts:8:5)
//   #199 p102 [7,8] 1x1x1 slice %497 (models/simple_rnn.ts:8:5)
//   #200 p4 [9,2,8,10] 2x1x1 matmul %499 + add %500 + tanh %501 (models/simple_rnn.ts:8:5)
//   #201 p103 [10,4,5,6] 1x1x1 matmul %502 + add %503 (models/simple_rnn.ts:9:5)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: matmul %1 + add %2 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k];
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
  let yo = bi * 3200u;
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
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 1u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 100u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 100u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 100u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 100u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: slice %4 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u)];
}

// ---- pipeline 2 (read, read_write)
// dlc kernel: tanh %6 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
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
  let v0 = dlc_tanh(x0);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: slice %7 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 32u];
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: matmul %9 + add %10 + tanh %11 (models/simple_rnn.ts:8:5), matmul %14 + add %15 + tanh %16 (models/simple_rnn.ts:8:5), matmul %19 + add %20 + tanh %21 (models/simple_rnn.ts:8:5) (+96 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_tanh(x: f32) -> f32 {
  let a = abs(x);
  if (a < 0.25) {
    let x2 = x * x;
    return x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * (-0.053968254 + x2 * 0.021869488))));
  }
  let z = exp(-2.0 * a);
  return sign(x) * ((1.0 - z) / (1.0 + z));
}
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (x0 + acc);
  let v1 = dlc_tanh(v0);
  out0[i] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 32u + k];
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
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 32u + col, red[0u + c]);
  }
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: slice %12 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 64u];
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: slice %17 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 96u];
}

// ---- pipeline 7 (read, read_write)
// dlc kernel: slice %22 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 128u];
}

// ---- pipeline 8 (read, read_write)
// dlc kernel: slice %27 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 160u];
}

// ---- pipeline 9 (read, read_write)
// dlc kernel: slice %32 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 192u];
}

// ---- pipeline 10 (read, read_write)
// dlc kernel: slice %37 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 224u];
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: slice %42 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 256u];
}

// ---- pipeline 12 (read, read_write)
// dlc kernel: slice %47 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 288u];
}

// ---- pipeline 13 (read, read_write)
// dlc kernel: slice %52 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 320u];
}

// ---- pipeline 14 (read, read_write)
// dlc kernel: slice %57 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 352u];
}

// ---- pipeline 15 (read, read_write)
// dlc kernel: slice %62 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 384u];
}

// ---- pipeline 16 (read, read_write)
// dlc kernel: slice %67 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 416u];
}

// ---- pipeline 17 (read, read_write)
// dlc kernel: slice %72 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 448u];
}

// ---- pipeline 18 (read, read_write)
// dlc kernel: slice %77 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 480u];
}

// ---- pipeline 19 (read, read_write)
// dlc kernel: slice %82 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 512u];
}

// ---- pipeline 20 (read, read_write)
// dlc kernel: slice %87 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 544u];
}

// ---- pipeline 21 (read, read_write)
// dlc kernel: slice %92 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 576u];
}

// ---- pipeline 22 (read, read_write)
// dlc kernel: slice %97 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 608u];
}

// ---- pipeline 23 (read, read_write)
// dlc kernel: slice %102 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 640u];
}

// ---- pipeline 24 (read, read_write)
// dlc kernel: slice %107 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 672u];
}

// ---- pipeline 25 (read, read_write)
// dlc kernel: slice %112 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 704u];
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: slice %117 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 736u];
}

// ---- pipeline 27 (read, read_write)
// dlc kernel: slice %122 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 768u];
}

// ---- pipeline 28 (read, read_write)
// dlc kernel: slice %127 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 800u];
}

// ---- pipeline 29 (read, read_write)
// dlc kernel: slice %132 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 832u];
}

// ---- pipeline 30 (read, read_write)
// dlc kernel: slice %137 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 864u];
}

// ---- pipeline 31 (read, read_write)
// dlc kernel: slice %142 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 896u];
}

// ---- pipeline 32 (read, read_write)
// dlc kernel: slice %147 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 928u];
}

// ---- pipeline 33 (read, read_write)
// dlc kernel: slice %152 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 960u];
}

// ---- pipeline 34 (read, read_write)
// dlc kernel: slice %157 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 992u];
}

// ---- pipeline 35 (read, read_write)
// dlc kernel: slice %162 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1024u];
}

// ---- pipeline 36 (read, read_write)
// dlc kernel: slice %167 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1056u];
}

// ---- pipeline 37 (read, read_write)
// dlc kernel: slice %172 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1088u];
}

// ---- pipeline 38 (read, read_write)
// dlc kernel: slice %177 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1120u];
}

// ---- pipeline 39 (read, read_write)
// dlc kernel: slice %182 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1152u];
}

// ---- pipeline 40 (read, read_write)
// dlc kernel: slice %187 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1184u];
}

// ---- pipeline 41 (read, read_write)
// dlc kernel: slice %192 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1216u];
}

// ---- pipeline 42 (read, read_write)
// dlc kernel: slice %197 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1248u];
}

// ---- pipeline 43 (read, read_write)
// dlc kernel: slice %202 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1280u];
}

// ---- pipeline 44 (read, read_write)
// dlc kernel: slice %207 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1312u];
}

// ---- pipeline 45 (read, read_write)
// dlc kernel: slice %212 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1344u];
}

// ---- pipeline 46 (read, read_write)
// dlc kernel: slice %217 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1376u];
}

// ---- pipeline 47 (read, read_write)
// dlc kernel: slice %222 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1408u];
}

// ---- pipeline 48 (read, read_write)
// dlc kernel: slice %227 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1440u];
}

// ---- pipeline 49 (read, read_write)
// dlc kernel: slice %232 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1472u];
}

// ---- pipeline 50 (read, read_write)
// dlc kernel: slice %237 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1504u];
}

// ---- pipeline 51 (read, read_write)
// dlc kernel: slice %242 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1536u];
}

// ---- pipeline 52 (read, read_write)
// dlc kernel: slice %247 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1568u];
}

// ---- pipeline 53 (read, read_write)
// dlc kernel: slice %252 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1600u];
}

// ---- pipeline 54 (read, read_write)
// dlc kernel: slice %257 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1632u];
}

// ---- pipeline 55 (read, read_write)
// dlc kernel: slice %262 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1664u];
}

// ---- pipeline 56 (read, read_write)
// dlc kernel: slice %267 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1696u];
}

// ---- pipeline 57 (read, read_write)
// dlc kernel: slice %272 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1728u];
}

// ---- pipeline 58 (read, read_write)
// dlc kernel: slice %277 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1760u];
}

// ---- pipeline 59 (read, read_write)
// dlc kernel: slice %282 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1792u];
}

// ---- pipeline 60 (read, read_write)
// dlc kernel: slice %287 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1824u];
}

// ---- pipeline 61 (read, read_write)
// dlc kernel: slice %292 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1856u];
}

// ---- pipeline 62 (read, read_write)
// dlc kernel: slice %297 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1888u];
}

// ---- pipeline 63 (read, read_write)
// dlc kernel: slice %302 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1920u];
}

// ---- pipeline 64 (read, read_write)
// dlc kernel: slice %307 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1952u];
}

// ---- pipeline 65 (read, read_write)
// dlc kernel: slice %312 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1984u];
}

// ---- pipeline 66 (read, read_write)
// dlc kernel: slice %317 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2016u];
}

// ---- pipeline 67 (read, read_write)
// dlc kernel: slice %322 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2048u];
}

// ---- pipeline 68 (read, read_write)
// dlc kernel: slice %327 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2080u];
}

// ---- pipeline 69 (read, read_write)
// dlc kernel: slice %332 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2112u];
}

// ---- pipeline 70 (read, read_write)
// dlc kernel: slice %337 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2144u];
}

// ---- pipeline 71 (read, read_write)
// dlc kernel: slice %342 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2176u];
}

// ---- pipeline 72 (read, read_write)
// dlc kernel: slice %347 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2208u];
}

// ---- pipeline 73 (read, read_write)
// dlc kernel: slice %352 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2240u];
}

// ---- pipeline 74 (read, read_write)
// dlc kernel: slice %357 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2272u];
}

// ---- pipeline 75 (read, read_write)
// dlc kernel: slice %362 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2304u];
}

// ---- pipeline 76 (read, read_write)
// dlc kernel: slice %367 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2336u];
}

// ---- pipeline 77 (read, read_write)
// dlc kernel: slice %372 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2368u];
}

// ---- pipeline 78 (read, read_write)
// dlc kernel: slice %377 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2400u];
}

// ---- pipeline 79 (read, read_write)
// dlc kernel: slice %382 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2432u];
}

// ---- pipeline 80 (read, read_write)
// dlc kernel: slice %387 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2464u];
}

// ---- pipeline 81 (read, read_write)
// dlc kernel: slice %392 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2496u];
}

// ---- pipeline 82 (read, read_write)
// dlc kernel: slice %397 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2528u];
}

// ---- pipeline 83 (read, read_write)
// dlc kernel: slice %402 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2560u];
}

// ---- pipeline 84 (read, read_write)
// dlc kernel: slice %407 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2592u];
}

// ---- pipeline 85 (read, read_write)
// dlc kernel: slice %412 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2624u];
}

// ---- pipeline 86 (read, read_write)
// dlc kernel: slice %417 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2656u];
}

// ---- pipeline 87 (read, read_write)
// dlc kernel: slice %422 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2688u];
}

// ---- pipeline 88 (read, read_write)
// dlc kernel: slice %427 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2720u];
}

// ---- pipeline 89 (read, read_write)
// dlc kernel: slice %432 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2752u];
}

// ---- pipeline 90 (read, read_write)
// dlc kernel: slice %437 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2784u];
}

// ---- pipeline 91 (read, read_write)
// dlc kernel: slice %442 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2816u];
}

// ---- pipeline 92 (read, read_write)
// dlc kernel: slice %447 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2848u];
}

// ---- pipeline 93 (read, read_write)
// dlc kernel: slice %452 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2880u];
}

// ---- pipeline 94 (read, read_write)
// dlc kernel: slice %457 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2912u];
}

// ---- pipeline 95 (read, read_write)
// dlc kernel: slice %462 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2944u];
}

// ---- pipeline 96 (read, read_write)
// dlc kernel: slice %467 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2976u];
}

// ---- pipeline 97 (read, read_write)
// dlc kernel: slice %472 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3008u];
}

// ---- pipeline 98 (read, read_write)
// dlc kernel: slice %477 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3040u];
}

// ---- pipeline 99 (read, read_write)
// dlc kernel: slice %482 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3072u];
}

// ---- pipeline 100 (read, read_write)
// dlc kernel: slice %487 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3104u];
}

// ---- pipeline 101 (read, read_write)
// dlc kernel: slice %492 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3136u];
}

// ---- pipeline 102 (read, read_write)
// dlc kernel: slice %497 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3168u];
}

// ---- pipeline 103 (read, read, read, read_write)
// dlc kernel: matmul %502 + add %503 (models/simple_rnn.ts:9:5)
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
  if (sl == 0u && col < 1u) {
    dlc_mid(yo + (row0 + 0u) * 1u + col, red[0u + c]);
  }
}
