// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,7,18] 4x1x1 matmul %1 + add %2 (models/gru_forecaster.ts:9:5)
//   #1 p1 [18,19] 1x1x1 slice %4 (models/gru_forecaster.ts:9:5)
//   #2 p2 [19,20] 1x1x1 slice %6 (models/gru_forecaster.ts:9:5)
//   #3 p3 [19,21] 1x1x1 slice %9 (models/gru_forecaster.ts:9:5)
//   #4 p4 [19,22] 1x1x1 slice %13 (models/gru_forecaster.ts:9:5)
//   #5 p5 [20,9,21,10,11,22,19] 1x1x1 add %7 + sigmoid %8 + add %10 + sigmoid %11 + mul %12 + add %14 + tanh %15 + sub %17 + mul %18 (models/gru_forecaster.ts:9:5)
//   #6 p6 [18,20] 1x1x1 slice %20 (models/gru_forecaster.ts:9:5)
//   #7 p7 [19,2,8,21] 2x1x1 matmul %22 + add %23 (models/gru_forecaster.ts:9:5)
//   #8 p2 [20,22] 1x1x1 slice %24 (models/gru_forecaster.ts:9:5)
//   #9 p2 [21,23] 1x1x1 slice %25 (models/gru_forecaster.ts:9:5)
//   #10 p8 [22,23,24] 1x1x1 add %26 + sigmoid %27 (models/gru_forecaster.ts:9:5)
//   #11 p3 [20,22] 1x1x1 slice %28 (models/gru_forecaster.ts:9:5)
//   #12 p3 [21,23] 1x1x1 slice %29 (models/gru_forecaster.ts:9:5)
//   #13 p4 [21,25] 1x1x1 slice %32 (models/gru_forecaster.ts:9:5)
//   #14 p4 [20,21] 1x1x1 slice %34 (models/gru_forecaster.ts:9:5)
//   #15 p9 [22,23,25,21,19,24,20] 1x1x1 add %30 + sigmoid %31 + mul %33 + add %35 + tanh %36 + sub %37 + mul %38 + add %39 (models/gru_forecaster.ts:9:5)
//   #16 p10 [18,21] 1x1x1 slice %41 (models/gru_forecaster.ts:9:5)
//   #17 p7 [20,2,8,22] 2x1x1 matmul %43 + add %44 (models/gru_forecaster.ts:9:5)
//   #18 p2 [21,23] 1x1x1 slice %45 (models/gru_forecaster.ts:9:5)
//   #19 p2 [22,24] 1x1x1 slice %46 (models/gru_forecaster.ts:9:5)
//   #20 p8 [23,24,25] 1x1x1 add %47 + sigmoid %48 (models/gru_forecaster.ts:9:5)
//   #21 p3 [21,23] 1x1x1 slice %49 (models/gru_forecaster.ts:9:5)
//   #22 p3 [22,24] 1x1x1 slice %50 (models/gru_forecaster.ts:9:5)
//   #23 p4 [22,26] 1x1x1 slice %53 (models/gru_forecaster.ts:9:5)
//   #24 p4 [21,22] 1x1x1 slice %55 (models/gru_forecaster.ts:9:5)
//   #25 p9 [23,24,26,22,20,25,21] 1x1x1 add %51 + sigmoid %52 + mul %54 + add %56 + tanh %57 + sub %58 + mul %59 + add %60 (models/gru_forecaster.ts:9:5)
//   #26 p11 [18,22] 1x1x1 slice %62 (models/gru_forecaster.ts:9:5)
//   #27 p7 [21,2,8,23] 2x1x1 matmul %64 + add %65 (models/gru_forecaster.ts:9:5)
//   #28 p2 [22,24] 1x1x1 slice %66 (models/gru_forecaster.ts:9:5)
//   #29 p2 [23,25] 1x1x1 slice %67 (models/gru_forecaster.ts:9:5)
//   #30 p8 [24,25,26] 1x1x1 add %68 + sigmoid %69 (models/gru_forecaster.ts:9:5)
//   #31 p3 [22,24] 1x1x1 slice %70 (models/gru_forecaster.ts:9:5)
//   #32 p3 [23,25] 1x1x1 slice %71 (models/gru_forecaster.ts:9:5)
//   #33 p4 [23,27] 1x1x1 slice %74 (models/gru_forecaster.ts:9:5)
//   #34 p4 [22,23] 1x1x1 slice %76 (models/gru_forecaster.ts:9:5)
//   #35 p9 [24,25,27,23,21,26,22] 1x1x1 add %72 + sigmoid %73 + mul %75 + add %77 + tanh %78 + sub %79 + mul %80 + add %81 (models/gru_forecaster.ts:9:5)
//   #36 p12 [18,23] 1x1x1 slice %83 (models/gru_forecaster.ts:9:5)
//   #37 p7 [22,2,8,24] 2x1x1 matmul %85 + add %86 (models/gru_forecaster.ts:9:5)
//   #38 p2 [23,25] 1x1x1 slice %87 (models/gru_forecaster.ts:9:5)
//   #39 p2 [24,26] 1x1x1 slice %88 (models/gru_forecaster.ts:9:5)
//   #40 p8 [25,26,27] 1x1x1 add %89 + sigmoid %90 (models/gru_forecaster.ts:9:5)
//   #41 p3 [23,25] 1x1x1 slice %91 (models/gru_forecaster.ts:9:5)
//   #42 p3 [24,26] 1x1x1 slice %92 (models/gru_forecaster.ts:9:5)
//   #43 p4 [24,28] 1x1x1 slice %95 (models/gru_forecaster.ts:9:5)
//   #44 p4 [23,24] 1x1x1 slice %97 (models/gru_forecaster.ts:9:5)
//   #45 p9 [25,26,28,24,22,27,23] 1x1x1 add %93 + sigmoid %94 + mul %96 + add %98 + tanh %99 + sub %100 + mul %101 + add %102 (models/gru_forecaster.ts:9:5)
//   #46 p13 [18,24] 1x1x1 slice %104 (models/gru_forecaster.ts:9:5)
//   #47 p7 [23,2,8,25] 2x1x1 matmul %106 + add %107 (models/gru_forecaster.ts:9:5)
//   #48 p2 [24,26] 1x1x1 slice %108 (models/gru_forecaster.ts:9:5)
//   #49 p2 [25,27] 1x1x1 slice %109 (models/gru_forecaster.ts:9:5)
//   #50 p8 [26,27,28] 1x1x1 add %110 + sigmoid %111 (models/gru_forecaster.ts:9:5)
//   #51 p3 [24,26] 1x1x1 slice %112 (models/gru_forecaster.ts:9:5)
//   #52 p3 [25,27] 1x1x1 slice %113 (models/gru_forecaster.ts:9:5)
//   #53 p4 [25,29] 1x1x1 slice %116 (models/gru_forecaster.ts:9:5)
//   #54 p4 [24,25] 1x1x1 slice %118 (models/gru_forecaster.ts:9:5)
//   #55 p9 [26,27,29,25,23,28,24] 1x1x1 add %114 + sigmoid %115 + mul %117 + add %119 + tanh %120 + sub %121 + mul %122 + add %123 (models/gru_forecaster.ts:9:5)
//   #56 p14 [18,25] 1x1x1 slice %125 (models/gru_forecaster.ts:9:5)
//   #57 p7 [24,2,8,26] 2x1x1 matmul %127 + add %128 (models/gru_forecaster.ts:9:5)
//   #58 p2 [25,27] 1x1x1 slice %129 (models/gru_forecaster.ts:9:5)
//   #59 p2 [26,28] 1x1x1 slice %130 (models/gru_forecaster.ts:9:5)
//   #60 p8 [27,28,29] 1x1x1 add %131 + sigmoid %132 (models/gru_forecaster.ts:9:5)
//   #61 p3 [25,27] 1x1x1 slice %133 (models/gru_forecaster.ts:9:5)
//   #62 p3 [26,28] 1x1x1 slice %134 (models/gru_forecaster.ts:9:5)
//   #63 p4 [26,30] 1x1x1 slice %137 (models/gru_forecaster.ts:9:5)
//   #64 p4 [25,26] 1x1x1 slice %139 (models/gru_forecaster.ts:9:5)
//   #65 p9 [27,28,30,26,24,29,25] 1x1x1 add %135 + sigmoid %136 + mul %138 + add %140 + tanh %141 + sub %142 + mul %143 + add %144 (models/gru_forecaster.ts:9:5)
//   #66 p15 [18,26] 1x1x1 slice %146 (models/gru_forecaster.ts:9:5)
//   #67 p7 [25,2,8,27] 2x1x1 matmul %148 + add %149 (models/gru_forecaster.ts:9:5)
//   #68 p2 [26,28] 1x1x1 slice %150 (models/gru_forecaster.ts:9:5)
//   #69 p2 [27,29] 1x1x1 slice %151 (models/gru_forecaster.ts:9:5)
//   #70 p8 [28,29,30] 1x1x1 add %152 + sigmoid %153 (models/gru_forecaster.ts:9:5)
//   #71 p3 [26,28] 1x1x1 slice %154 (models/gru_forecaster.ts:9:5)
//   #72 p3 [27,29] 1x1x1 slice %155 (models/gru_forecaster.ts:9:5)
//   #73 p4 [27,31] 1x1x1 slice %158 (models/gru_forecaster.ts:9:5)
//   #74 p4 [26,27] 1x1x1 slice %160 (models/gru_forecaster.ts:9:5)
//   #75 p9 [28,29,31,27,25,30,26] 1x1x1 add %156 + sigmoid %157 + mul %159 + add %161 + tanh %162 + sub %163 + mul %164 + add %165 (models/gru_forecaster.ts:9:5)
//   #76 p16 [18,27] 1x1x1 slice %167 (models/gru_forecaster.ts:9:5)
//   #77 p7 [26,2,8,28] 2x1x1 matmul %169 + add %170 (models/gru_forecaster.ts:9:5)
//   #78 p2 [27,29] 1x1x1 slice %171 (models/gru_forecaster.ts:9:5)
//   #79 p2 [28,30] 1x1x1 slice %172 (models/gru_forecaster.ts:9:5)
//   #80 p8 [29,30,31] 1x1x1 add %173 + sigmoid %174 (models/gru_forecaster.ts:9:5)
//   #81 p3 [27,29] 1x1x1 slice %175 (models/gru_forecaster.ts:9:5)
//   #82 p3 [28,30] 1x1x1 slice %176 (models/gru_forecaster.ts:9:5)
//   #83 p4 [28,32] 1x1x1 slice %179 (models/gru_forecaster.ts:9:5)
//   #84 p4 [27,28] 1x1x1 slice %181 (models/gru_forecaster.ts:9:5)
//   #85 p9 [29,30,32,28,26,31,27] 1x1x1 add %177 + sigmoid %178 + mul %180 + add %182 + tanh %183 + sub %184 + mul %185 + add %186 (models/gru_forecaster.ts:9:5)
//   #86 p17 [18,28] 1x1x1 slice %188 (models/gru_forecaster.ts:9:5)
//   #87 p7 [27,2,8,29] 2x1x1 matmul %190 + add %191 (models/gru_forecaster.ts:9:5)
//   #88 p2 [28,30] 1x1x1 slice %192 (models/gru_forecaster.ts:9:5)
//   #89 p2 [29,31] 1x1x1 slice %193 (models/gru_forecaster.ts:9:5)
//   #90 p8 [30,31,32] 1x1x1 add %194 + sigmoid %195 (models/gru_forecaster.ts:9:5)
//   #91 p3 [28,30] 1x1x1 slice %196 (models/gru_forecaster.ts:9:5)
//   #92 p3 [29,31] 1x1x1 slice %197 (models/gru_forecaster.ts:9:5)
//   #93 p4 [29,33] 1x1x1 slice %200 (models/gru_forecaster.ts:9:5)
//   #94 p4 [28,29] 1x1x1 slice %202 (models/gru_forecaster.ts:9:5)
//   #95 p9 [30,31,33,29,27,32,28] 1x1x1 add %198 + sigmoid %199 + mul %201 + add %203 + tanh %204 + sub %205 + mul %206 + add %207 (models/gru_forecaster.ts:9:5)
//   #96 p18 [18,29] 1x1x1 slice %209 (models/gru_forecaster.ts:9:5)
//   #97 p7 [28,2,8,30] 2x1x1 matmul %211 + add %212 (models/gru_forecaster.ts:9:5)
//   #98 p2 [29,31] 1x1x1 slice %213 (models/gru_forecaster.ts:9:5)
//   #99 p2 [30,32] 1x1x1 slice %214 (models/gru_forecaster.ts:9:5)
//   #100 p8 [31,32,33] 1x1x1 add %215 + sigmoid %216 (models/gru_forecaster.ts:9:5)
//   #101 p3 [29,31] 1x1x1 slice %217 (models/gru_forecaster.ts:9:5)
//   #102 p3 [30,32] 1x1x1 slice %218 (models/gru_forecaster.ts:9:5)
//   #103 p4 [30,34] 1x1x1 slice %221 (models/gru_forecaster.ts:9:5)
//   #104 p4 [29,30] 1x1x1 slice %223 (models/gru_forecaster.ts:9:5)
//   #105 p9 [31,32,34,30,28,33,29] 1x1x1 add %219 + sigmoid %220 + mul %222 + add %224 + tanh %225 + sub %226 + mul %227 + add %228 (models/gru_forecaster.ts:9:5)
//   #106 p19 [18,30] 1x1x1 slice %230 (models/gru_forecaster.ts:9:5)
//   #107 p7 [29,2,8,31] 2x1x1 matmul %232 + add %233 (models/gru_forecaster.ts:9:5)
//   #108 p2 [30,32] 1x1x1 slice %234 (models/gru_forecaster.ts:9:5)
//   #109 p2 [31,33] 1x1x1 slice %235 (models/gru_forecaster.ts:9:5)
//   #110 p8 [32,33,34] 1x1x1 add %236 + sigmoid %237 (models/gru_forecaster.ts:9:5)
//   #111 p3 [30,32] 1x1x1 slice %238 (models/gru_forecaster.ts:9:5)
//   #112 p3 [31,33] 1x1x1 slice %239 (models/gru_forecaster.ts:9:5)
//   #113 p4 [31,35] 1x1x1 slice %242 (models/gru_forecaster.ts:9:5)
//   #114 p4 [30,31] 1x1x1 slice %244 (models/gru_forecaster.ts:9:5)
//   #115 p9 [32,33,35,31,29,34,30] 1x1x1 add %240 + sigmoid %241 + mul %243 + add %245 + tanh %246 + sub %247 + mul %248 + add %249 (models/gru_forecaster.ts:9:5)
//   #116 p20 [18,31] 1x1x1 slice %251 (models/gru_forecaster.ts:9:5)
//   #117 p7 [30,2,8,32] 2x1x1 matmul %253 + add %254 (models/gru_forecaster.ts:9:5)
//   #118 p2 [31,33] 1x1x1 slice %255 (models/gru_forecaster.ts:9:5)
//   #119 p2 [32,34] 1x1x1 slice %256 (models/gru_forecaster.ts:9:5)
//   #120 p8 [33,34,35] 1x1x1 add %257 + sigmoid %258 (models/gru_forecaster.ts:9:5)
//   #121 p3 [31,33] 1x1x1 slice %259 (models/gru_forecaster.ts:9:5)
//   #122 p3 [32,34] 1x1x1 slice %260 (models/gru_forecaster.ts:9:5)
//   #123 p4 [32,36] 1x1x1 slice %263 (models/gru_forecaster.ts:9:5)
//   #124 p4 [31,32] 1x1x1 slice %265 (models/gru_forecaster.ts:9:5)
//   #125 p9 [33,34,36,32,30,35,31] 1x1x1 add %261 + sigmoid %262 + mul %264 + add %266 + tanh %267 + sub %268 + mul %269 + add %270 (models/gru_forecaster.ts:9:5)
//   #126 p21 [18,32] 1x1x1 slice %272 (models/gru_forecaster.ts:9:5)
//   #127 p7 [31,2,8,33] 2x1x1 matmul %274 + add %275 (models/gru_forecaster.ts:9:5)
//   #128 p2 [32,34] 1x1x1 slice %276 (models/gru_forecaster.ts:9:5)
//   #129 p2 [33,35] 1x1x1 slice %277 (models/gru_forecaster.ts:9:5)
//   #130 p8 [34,35,36] 1x1x1 add %278 + sigmoid %279 (models/gru_forecaster.ts:9:5)
//   #131 p3 [32,34] 1x1x1 slice %280 (models/gru_forecaster.ts:9:5)
//   #132 p3 [33,35] 1x1x1 slice %281 (models/gru_forecaster.ts:9:5)
//   #133 p4 [33,37] 1x1x1 slice %284 (models/gru_forecaster.ts:9:5)
//   #134 p4 [32,33] 1x1x1 slice %286 (models/gru_forecaster.ts:9:5)
//   #135 p9 [34,35,37,33,31,36,32] 1x1x1 add %282 + sigmoid %283 + mul %285 + add %287 + tanh %288 + sub %289 + mul %290 + add %291 (models/gru_forecaster.ts:9:5)
//   #136 p22 [18,33] 1x1x1 slice %293 (models/gru_forecaster.ts:9:5)
//   #137 p7 [32,2,8,34] 2x1x1 matmul %295 + add %296 (models/gru_forecaster.ts:9:5)
//   #138 p2 [33,35] 1x1x1 slice %297 (models/gru_forecaster.ts:9:5)
//   #139 p2 [34,36] 1x1x1 slice %298 (models/gru_forecaster.ts:9:5)
//   #140 p8 [35,36,37] 1x1x1 add %299 + sigmoid %300 (models/gru_forecaster.ts:9:5)
//   #141 p3 [33,35] 1x1x1 slice %301 (models/gru_forecaster.ts:9:5)
//   #142 p3 [34,36] 1x1x1 slice %302 (models/gru_forecaster.ts:9:5)
//   #143 p4 [34,38] 1x1x1 slice %305 (models/gru_forecaster.ts:9:5)
//   #144 p4 [33,34] 1x1x1 slice %307 (models/gru_forecaster.ts:9:5)
//   #145 p9 [35,36,38,34,32,37,33] 1x1x1 add %303 + sigmoid %304 + mul %306 + add %308 + tanh %309 + sub %310 + mul %311 + add %312 (models/gru_forecaster.ts:9:5)
//   #146 p23 [18,34] 1x1x1 slice %314 (models/gru_forecaster.ts:9:5)
//   #147 p7 [33,2,8,35] 2x1x1 matmul %316 + add %317 (models/gru_forecaster.ts:9:5)
//   #148 p2 [34,36] 1x1x1 slice %318 (models/gru_forecaster.ts:9:5)
//   #149 p2 [35,37] 1x1x1 slice %319 (models/gru_forecaster.ts:9:5)
//   #150 p8 [36,37,38] 1x1x1 add %320 + sigmoid %321 (models/gru_forecaster.ts:9:5)
//   #151 p3 [34,36] 1x1x1 slice %322 (models/gru_forecaster.ts:9:5)
//   #152 p3 [35,37] 1x1x1 slice %323 (models/gru_forecaster.ts:9:5)
//   #153 p4 [35,39] 1x1x1 slice %326 (models/gru_forecaster.ts:9:5)
//   #154 p4 [34,35] 1x1x1 slice %328 (models/gru_forecaster.ts:9:5)
//   #155 p9 [36,37,39,35,33,38,34] 1x1x1 add %324 + sigmoid %325 + mul %327 + add %329 + tanh %330 + sub %331 + mul %332 + add %333 (models/gru_forecaster.ts:9:5)
//   #156 p24 [18,35] 1x1x1 slice %335 (models/gru_forecaster.ts:9:5)
//   #157 p7 [34,2,8,36] 2x1x1 matmul %337 + add %338 (models/gru_forecaster.ts:9:5)
//   #158 p2 [35,37] 1x1x1 slice %339 (models/gru_forecaster.ts:9:5)
//   #159 p2 [36,38] 1x1x1 slice %340 (models/gru_forecaster.ts:9:5)
//   #160 p8 [37,38,39] 1x1x1 add %341 + sigmoid %342 (models/gru_forecaster.ts:9:5)
//   #161 p3 [35,37] 1x1x1 slice %343 (models/gru_forecaster.ts:9:5)
//   #162 p3 [36,38] 1x1x1 slice %344 (models/gru_forecaster.ts:9:5)
//   #163 p4 [36,40] 1x1x1 slice %347 (models/gru_forecaster.ts:9:5)
//   #164 p4 [35,36] 1x1x1 slice %349 (models/gru_forecaster.ts:9:5)
//   #165 p9 [37,38,40,36,34,39,35] 1x1x1 add %345 + sigmoid %346 + mul %348 + add %350 + tanh %351 + sub %352 + mul %353 + add %354 (models/gru_forecaster.ts:9:5)
//   #166 p25 [18,36] 1x1x1 slice %356 (models/gru_forecaster.ts:9:5)
//   #167 p7 [35,2,8,37] 2x1x1 matmul %358 + add %359 (models/gru_forecaster.ts:9:5)
//   #168 p2 [36,38] 1x1x1 slice %360 (models/gru_forecaster.ts:9:5)
//   #169 p2 [37,39] 1x1x1 slice %361 (models/gru_forecaster.ts:9:5)
//   #170 p8 [38,39,40] 1x1x1 add %362 + sigmoid %363 (models/gru_forecaster.ts:9:5)
//   #171 p3 [36,38] 1x1x1 slice %364 (models/gru_forecaster.ts:9:5)
//   #172 p3 [37,39] 1x1x1 slice %365 (models/gru_forecaster.ts:9:5)
//   #173 p4 [37,41] 1x1x1 slice %368 (models/gru_forecaster.ts:9:5)
//   #174 p4 [36,37] 1x1x1 slice %370 (models/gru_forecaster.ts:9:5)
//   #175 p9 [38,39,41,37,35,40,36] 1x1x1 add %366 + sigmoid %367 + mul %369 + add %371 + tanh %372 + sub %373 + mul %374 + add %375 (models/gru_forecaster.ts:9:5)
//   #176 p26 [18,37] 1x1x1 slice %377 (models/gru_forecaster.ts:9:5)
//   #177 p7 [36,2,8,38] 2x1x1 matmul %379 + add %380 (models/gru_forecaster.ts:9:5)
//   #178 p2 [37,39] 1x1x1 slice %381 (models/gru_forecaster.ts:9:5)
//   #179 p2 [38,40] 1x1x1 slice %382 (models/gru_forecaster.ts:9:5)
//   #180 p8 [39,40,41] 1x1x1 add %383 + sigmoid %384 (models/gru_forecaster.ts:9:5)
//   #181 p3 [37,39] 1x1x1 slice %385 (models/gru_forecaster.ts:9:5)
//   #182 p3 [38,40] 1x1x1 slice %386 (models/gru_forecaster.ts:9:5)
//   #183 p4 [38,42] 1x1x1 slice %389 (models/gru_forecaster.ts:9:5)
//   #184 p4 [37,38] 1x1x1 slice %391 (models/gru_forecaster.ts:9:5)
//   #185 p9 [39,40,42,38,36,41,37] 1x1x1 add %387 + sigmoid %388 + mul %390 + add %392 + tanh %393 + sub %394 + mul %395 + add %396 (models/gru_forecaster.ts:9:5)
//   #186 p27 [18,38] 1x1x1 slice %398 (models/gru_forecaster.ts:9:5)
//   #187 p7 [37,2,8,39] 2x1x1 matmul %400 + add %401 (models/gru_forecaster.ts:9:5)
//   #188 p2 [38,40] 1x1x1 slice %402 (models/gru_forecaster.ts:9:5)
//   #189 p2 [39,41] 1x1x1 slice %403 (models/gru_forecaster.ts:9:5)
//   #190 p8 [40,41,42] 1x1x1 add %404 + sigmoid %405 (models/gru_forecaster.ts:9:5)
//   #191 p3 [38,40] 1x1x1 slice %406 (models/gru_forecaster.ts:9:5)
//   #192 p3 [39,41] 1x1x1 slice %407 (models/gru_forecaster.ts:9:5)
//   #193 p4 [39,43] 1x1x1 slice %410 (models/gru_forecaster.ts:9:5)
//   #194 p4 [38,39] 1x1x1 slice %412 (models/gru_forecaster.ts:9:5)
//   #195 p9 [40,41,43,39,37,42,38] 1x1x1 add %408 + sigmoid %409 + mul %411 + add %413 + tanh %414 + sub %415 + mul %416 + add %417 (models/gru_forecaster.ts:9:5)
//   #196 p28 [18,39] 1x1x1 slice %419 (models/gru_forecaster.ts:9:5)
//   #197 p7 [38,2,8,40] 2x1x1 matmul %421 + add %422 (models/gru_forecaster.ts:9:5)
//   #198 p2 [39,41] 1x1x1 slice %423 (models/gru_forecaster.ts:9:5)
//   #199 p2 [40,42] 1x1x1 slice %424 (models/gru_forecaster.ts:9:5)
//   #200 p8 [41,42,43] 1x1x1 add %425 + sigmoid %426 (models/gru_forecaster.ts:9:5)
//   #201 p3 [39,41] 1x1x1 slice %427 (models/gru_forecaster.ts:9:5)
//   #202 p3 [40,42] 1x1x1 slice %428 (models/gru_forecaster.ts:9:5)
//   #203 p4 [40,44] 1x1x1 slice %431 (models/gru_forecaster.ts:9:5)
//   #204 p4 [39,40] 1x1x1 slice %433 (models/gru_forecaster.ts:9:5)
//   #205 p9 [41,42,44,40,38,43,39] 1x1x1 add %429 + sigmoid %430 + mul %432 + add %434 + tanh %435 + sub %436 + mul %437 + add %438 (models/gru_forecaster.ts:9:5)
//   #206 p29 [18,40] 1x1x1 slice %440 (models/gru_forecaster.ts:9:5)
//   #207 p7 [39,2,8,41] 2x1x1 matmul %442 + add %443 (models/gru_forecaster.ts:9:5)
//   #208 p2 [40,42] 1x1x1 slice %444 (models/gru_forecaster.ts:9:5)
//   #209 p2 [41,43] 1x1x1 slice %445 (models/gru_forecaster.ts:9:5)
//   #210 p8 [42,43,44] 1x1x1 add %446 + sigmoid %447 (models/gru_forecaster.ts:9:5)
//   #211 p3 [40,42] 1x1x1 slice %448 (models/gru_forecaster.ts:9:5)
//   #212 p3 [41,43] 1x1x1 slice %449 (models/gru_forecaster.ts:9:5)
//   #213 p4 [41,45] 1x1x1 slice %452 (models/gru_forecaster.ts:9:5)
//   #214 p4 [40,41] 1x1x1 slice %454 (models/gru_forecaster.ts:9:5)
//   #215 p9 [42,43,45,41,39,44,40] 1x1x1 add %450 + sigmoid %451 + mul %453 + add %455 + tanh %456 + sub %457 + mul %458 + add %459 (models/gru_forecaster.ts:9:5)
//   #216 p30 [18,41] 1x1x1 slice %461 (models/gru_forecaster.ts:9:5)
//   #217 p7 [40,2,8,42] 2x1x1 matmul %463 + add %464 (models/gru_forecaster.ts:9:5)
//   #218 p2 [41,43] 1x1x1 slice %465 (models/gru_forecaster.ts:9:5)
//   #219 p2 [42,44] 1x1x1 slice %466 (models/gru_forecaster.ts:9:5)
//   #220 p8 [43,44,45] 1x1x1 add %467 + sigmoid %468 (models/gru_forecaster.ts:9:5)
//   #221 p3 [41,43] 1x1x1 slice %469 (models/gru_forecaster.ts:9:5)
//   #222 p3 [42,44] 1x1x1 slice %470 (models/gru_forecaster.ts:9:5)
//   #223 p4 [42,46] 1x1x1 slice %473 (models/gru_forecaster.ts:9:5)
//   #224 p4 [41,42] 1x1x1 slice %475 (models/gru_forecaster.ts:9:5)
//   #225 p9 [43,44,46,42,40,45,41] 1x1x1 add %471 + sigmoid %472 + mul %474 + add %476 + tanh %477 + sub %478 + mul %479 + add %480 (models/gru_forecaster.ts:9:5)
//   #226 p31 [18,42] 1x1x1 slice %482 (models/gru_forecaster.ts:9:5)
//   #227 p7 [41,2,8,43] 2x1x1 matmul %484 + add %485 (models/gru_forecaster.ts:9:5)
//   #228 p2 [42,44] 1x1x1 slice %486 (models/gru_forecaster.ts:9:5)
//   #229 p2 [43,45] 1x1x1 slice %487 (models/gru_forecaster.ts:9:5)
//   #230 p8 [44,45,46] 1x1x1 add %488 + sigmoid %489 (models/gru_forecaster.ts:9:5)
//   #231 p3 [42,44] 1x1x1 slice %490 (models/gru_forecaster.ts:9:5)
//   #232 p3 [43,45] 1x1x1 slice %491 (models/gru_forecaster.ts:9:5)
//   #233 p4 [43,47] 1x1x1 slice %494 (models/gru_forecaster.ts:9:5)
//   #234 p4 [42,43] 1x1x1 slice %496 (models/gru_forecaster.ts:9:5)
//   #235 p9 [44,45,47,43,41,46,42] 1x1x1 add %492 + sigmoid %493 + mul %495 + add %497 + tanh %498 + sub %499 + mul %500 + add %501 (models/gru_forecaster.ts:9:5)
//   #236 p32 [18,43] 1x1x1 slice %503 (models/gru_forecaster.ts:9:5)
//   #237 p7 [42,2,8,44] 2x1x1 matmul %505 + add %506 (models/gru_forecaster.ts:9:5)
//   #238 p2 [43,45] 1x1x1 slice %507 (models/gru_forecaster.ts:9:5)
//   #239 p2 [44,46] 1x1x1 slice %508 (models/gru_forecaster.ts:9:5)
//   #240 p8 [45,46,47] 1x1x1 add %509 + sigmoid %510 (models/gru_forecaster.ts:9:5)
//   #241 p3 [43,45] 1x1x1 slice %511 (models/gru_forecaster.ts:9:5)
//   #242 p3 [44,46] 1x1x1 slice %512 (models/gru_forecaster.ts:9:5)
//   #243 p4 [44,48] 1x1x1 slice %515 (models/gru_forecaster.ts:9:5)
//   #244 p4 [43,44] 1x1x1 slice %517 (models/gru_forecaster.ts:9:5)
//   #245 p9 [45,46,48,44,42,47,43] 1x1x1 add %513 + sigmoid %514 + mul %516 + add %518 + tanh %519 + sub %520 + mul %521 + add %522 (models/gru_forecaster.ts:9:5)
//   #246 p33 [18,44] 1x1x1 slice %524 (models/gru_forecaster.ts:9:5)
//   #247 p7 [43,2,8,45] 2x1x1 matmul %526 + add %527 (models/gru_forecaster.ts:9:5)
//   #248 p2 [44,46] 1x1x1 slice %528 (models/gru_forecaster.ts:9:5)
//   #249 p2 [45,47] 1x1x1 slice %529 (models/gru_forecaster.ts:9:5)
//   #250 p8 [46,47,48] 1x1x1 add %530 + sigmoid %531 (models/gru_forecaster.ts:9:5)
//   #251 p3 [44,46] 1x1x1 slice %532 (models/gru_forecaster.ts:9:5)
//   #252 p3 [45,47] 1x1x1 slice %533 (models/gru_forecaster.ts:9:5)
//   #253 p4 [45,49] 1x1x1 slice %536 (models/gru_forecaster.ts:9:5)
//   #254 p4 [44,45] 1x1x1 slice %538 (models/gru_forecaster.ts:9:5)
//   #255 p9 [46,47,49,45,43,48,44] 1x1x1 add %534 + sigmoid %535 + mul %537 + add %539 + tanh %540 + sub %541 + mul %542 + add %543 (models/gru_forecaster.ts:9:5)
//   #256 p34 [18,45] 1x1x1 slice %545 (models/gru_forecaster.ts:9:5)
//   #257 p7 [44,2,8,46] 2x1x1 matmul %547 + add %548 (models/gru_forecaster.ts:9:5)
//   #258 p2 [45,47] 1x1x1 slice %549 (models/gru_forecaster.ts:9:5)
//   #259 p2 [46,48] 1x1x1 slice %550 (models/gru_forecaster.ts:9:5)
//   #260 p8 [47,48,49] 1x1x1 add %551 + sigmoid %552 (models/gru_forecaster.ts:9:5)
//   #261 p3 [45,47] 1x1x1 slice %553 (models/gru_forecaster.ts:9:5)
//   #262 p3 [46,48] 1x1x1 slice %554 (models/gru_forecaster.ts:9:5)
//   #263 p4 [46,50] 1x1x1 slice %557 (models/gru_forecaster.ts:9:5)
//   #264 p4 [45,46] 1x1x1 slice %559 (models/gru_forecaster.ts:9:5)
//   #265 p9 [47,48,50,46,44,49,45] 1x1x1 add %555 + sigmoid %556 + mul %558 + add %560 + tanh %561 + sub %562 + mul %563 + add %564 (models/gru_forecaster.ts:9:5)
//   #266 p35 [18,46] 1x1x1 slice %566 (models/gru_forecaster.ts:9:5)
//   #267 p7 [45,2,8,47] 2x1x1 matmul %568 + add %569 (models/gru_forecaster.ts:9:5)
//   #268 p2 [46,48] 1x1x1 slice %570 (models/gru_forecaster.ts:9:5)
//   #269 p2 [47,49] 1x1x1 slice %571 (models/gru_forecaster.ts:9:5)
//   #270 p8 [48,49,50] 1x1x1 add %572 + sigmoid %573 (models/gru_forecaster.ts:9:5)
//   #271 p3 [46,48] 1x1x1 slice %574 (models/gru_forecaster.ts:9:5)
//   #272 p3 [47,49] 1x1x1 slice %575 (models/gru_forecaster.ts:9:5)
//   #273 p4 [47,51] 1x1x1 slice %578 (models/gru_forecaster.ts:9:5)
//   #274 p4 [46,47] 1x1x1 slice %580 (models/gru_forecaster.ts:9:5)
//   #275 p9 [48,49,51,47,45,50,46] 1x1x1 add %576 + sigmoid %577 + mul %579 + add %581 + tanh %582 + sub %583 + mul %584 + add %585 (models/gru_forecaster.ts:9:5)
//   #276 p36 [18,47] 1x1x1 slice %587 (models/gru_forecaster.ts:9:5)
//   #277 p7 [46,2,8,48] 2x1x1 matmul %589 + add %590 (models/gru_forecaster.ts:9:5)
//   #278 p2 [47,49] 1x1x1 slice %591 (models/gru_forecaster.ts:9:5)
//   #279 p2 [48,50] 1x1x1 slice %592 (models/gru_forecaster.ts:9:5)
//   #280 p8 [49,50,51] 1x1x1 add %593 + sigmoid %594 (models/gru_forecaster.ts:9:5)
//   #281 p3 [47,49] 1x1x1 slice %595 (models/gru_forecaster.ts:9:5)
//   #282 p3 [48,50] 1x1x1 slice %596 (models/gru_forecaster.ts:9:5)
//   #283 p4 [48,52] 1x1x1 slice %599 (models/gru_forecaster.ts:9:5)
//   #284 p4 [47,48] 1x1x1 slice %601 (models/gru_forecaster.ts:9:5)
//   #285 p9 [49,50,52,48,46,51,47] 1x1x1 add %597 + sigmoid %598 + mul %600 + add %602 + tanh %603 + sub %604 + mul %605 + add %606 (models/gru_forecaster.ts:9:5)
//   #286 p37 [18,48] 1x1x1 slice %608 (models/gru_forecaster.ts:9:5)
//   #287 p7 [47,2,8,49] 2x1x1 matmul %610 + add %611 (models/gru_forecaster.ts:9:5)
//   #288 p2 [48,50] 1x1x1 slice %612 (models/gru_forecaster.ts:9:5)
//   #289 p2 [49,51] 1x1x1 slice %613 (models/gru_forecaster.ts:9:5)
//   #290 p8 [50,51,52] 1x1x1 add %614 + sigmoid %615 (models/gru_forecaster.ts:9:5)
//   #291 p3 [48,50] 1x1x1 slice %616 (models/gru_forecaster.ts:9:5)
//   #292 p3 [49,51] 1x1x1 slice %617 (models/gru_forecaster.ts:9:5)
//   #293 p4 [49,53] 1x1x1 slice %620 (models/gru_forecaster.ts:9:5)
//   #294 p4 [48,49] 1x1x1 slice %622 (models/gru_forecaster.ts:9:5)
//   #295 p9 [50,51,53,49,47,52,48] 1x1x1 add %618 + sigmoid %619 + mul %621 + add %623 + tanh %624 + sub %625 + mul %626 + add %627 (models/gru_forecaster.ts:9:5)
//   #296 p38 [18,49] 1x1x1 slice %629 (models/gru_forecaster.ts:9:5)
//   #297 p7 [48,2,8,50] 2x1x1 matmul %631 + add %632 (models/gru_forecaster.ts:9:5)
//   #298 p2 [49,51] 1x1x1 slice %633 (models/gru_forecaster.ts:9:5)
//   #299 p2 [50,52] 1x1x1 slice %634 (models/gru_forecaster.ts:9:5)
//   #300 p8 [51,52,53] 1x1x1 add %635 + sigmoid %636 (models/gru_forecaster.ts:9:5)
//   #301 p3 [49,51] 1x1x1 slice %637 (models/gru_forecaster.ts:9:5)
//   #302 p3 [50,52] 1x1x1 slice %638 (models/gru_forecaster.ts:9:5)
//   #303 p4 [50,54] 1x1x1 slice %641 (models/gru_forecaster.ts:9:5)
//   #304 p4 [49,50] 1x1x1 slice %643 (models/gru_forecaster.ts:9:5)
//   #305 p9 [51,52,54,50,48,53,49] 1x1x1 add %639 + sigmoid %640 + mul %642 + add %644 + tanh %645 + sub %646 + mul %647 + add %648 (models/gru_forecaster.ts:9:5)
//   #306 p39 [18,50] 1x1x1 slice %650 (models/gru_forecaster.ts:9:5)
//   #307 p7 [49,2,8,51] 2x1x1 matmul %652 + add %653 (models/gru_forecaster.ts:9:5)
//   #308 p2 [50,52] 1x1x1 slice %654 (models/gru_forecaster.ts:9:5)
//   #309 p2 [51,53] 1x1x1 slice %655 (models/gru_forecaster.ts:9:5)
//   #310 p8 [52,53,54] 1x1x1 add %656 + sigmoid %657 (models/gru_forecaster.ts:9:5)
//   #311 p3 [50,52] 1x1x1 slice %658 (models/gru_forecaster.ts:9:5)
//   #312 p3 [51,53] 1x1x1 slice %659 (models/gru_forecaster.ts:9:5)
//   #313 p4 [51,55] 1x1x1 slice %662 (models/gru_forecaster.ts:9:5)
//   #314 p4 [50,51] 1x1x1 slice %664 (models/gru_forecaster.ts:9:5)
//   #315 p9 [52,53,55,51,49,54,50] 1x1x1 add %660 + sigmoid %661 + mul %663 + add %665 + tanh %666 + sub %667 + mul %668 + add %669 (models/gru_forecaster.ts:9:5)
//   #316 p40 [18,51] 1x1x1 slice %671 (models/gru_forecaster.ts:9:5)
//   #317 p7 [50,2,8,52] 2x1x1 matmul %673 + add %674 (models/gru_forecaster.ts:9:5)
//   #318 p2 [51,53] 1x1x1 slice %675 (models/gru_forecaster.ts:9:5)
//   #319 p2 [52,54] 1x1x1 slice %676 (models/gru_forecaster.ts:9:5)
//   #320 p8 [53,54,55] 1x1x1 add %677 + sigmoid %678 (models/gru_forecaster.ts:9:5)
//   #321 p3 [51,53] 1x1x1 slice %679 (models/gru_forecaster.ts:9:5)
//   #322 p3 [52,54] 1x1x1 slice %680 (models/gru_forecaster.ts:9:5)
//   #323 p4 [52,56] 1x1x1 slice %683 (models/gru_forecaster.ts:9:5)
//   #324 p4 [51,52] 1x1x1 slice %685 (models/gru_forecaster.ts:9:5)
//   #325 p9 [53,54,56,52,50,55,51] 1x1x1 add %681 + sigmoid %682 + mul %684 + add %686 + tanh %687 + sub %688 + mul %689 + add %690 (models/gru_forecaster.ts:9:5)
//   #326 p41 [18,52] 1x1x1 slice %692 (models/gru_forecaster.ts:9:5)
//   #327 p7 [51,2,8,53] 2x1x1 matmul %694 + add %695 (models/gru_forecaster.ts:9:5)
//   #328 p2 [52,54] 1x1x1 slice %696 (models/gru_forecaster.ts:9:5)
//   #329 p2 [53,55] 1x1x1 slice %697 (models/gru_forecaster.ts:9:5)
//   #330 p8 [54,55,56] 1x1x1 add %698 + sigmoid %699 (models/gru_forecaster.ts:9:5)
//   #331 p3 [52,54] 1x1x1 slice %700 (models/gru_forecaster.ts:9:5)
//   #332 p3 [53,55] 1x1x1 slice %701 (models/gru_forecaster.ts:9:5)
//   #333 p4 [53,57] 1x1x1 slice %704 (models/gru_forecaster.ts:9:5)
//   #334 p4 [52,53] 1x1x1 slice %706 (models/gru_forecaster.ts:9:5)
//   #335 p9 [54,55,57,53,51,56,52] 1x1x1 add %702 + sigmoid %703 + mul %705 + add %707 + tanh %708 + sub %709 + mul %710 + add %711 (models/gru_forecaster.ts:9:5)
//   #336 p42 [18,53] 1x1x1 slice %713 (models/gru_forecaster.ts:9:5)
//   #337 p7 [52,2,8,54] 2x1x1 matmul %715 + add %716 (models/gru_forecaster.ts:9:5)
//   #338 p2 [53,55] 1x1x1 slice %717 (models/gru_forecaster.ts:9:5)
//   #339 p2 [54,56] 1x1x1 slice %718 (models/gru_forecaster.ts:9:5)
//   #340 p8 [55,56,57] 1x1x1 add %719 + sigmoid %720 (models/gru_forecaster.ts:9:5)
//   #341 p3 [53,55] 1x1x1 slice %721 (models/gru_forecaster.ts:9:5)
//   #342 p3 [54,56] 1x1x1 slice %722 (models/gru_forecaster.ts:9:5)
//   #343 p4 [54,58] 1x1x1 slice %725 (models/gru_forecaster.ts:9:5)
//   #344 p4 [53,54] 1x1x1 slice %727 (models/gru_forecaster.ts:9:5)
//   #345 p9 [55,56,58,54,52,57,53] 1x1x1 add %723 + sigmoid %724 + mul %726 + add %728 + tanh %729 + sub %730 + mul %731 + add %732 (models/gru_forecaster.ts:9:5)
//   #346 p43 [18,54] 1x1x1 slice %734 (models/gru_forecaster.ts:9:5)
//   #347 p7 [53,2,8,55] 2x1x1 matmul %736 + add %737 (models/gru_forecaster.ts:9:5)
//   #348 p2 [54,56] 1x1x1 slice %738 (models/gru_forecaster.ts:9:5)
//   #349 p2 [55,57] 1x1x1 slice %739 (models/gru_forecaster.ts:9:5)
//   #350 p8 [56,57,58] 1x1x1 add %740 + sigmoid %741 (models/gru_forecaster.ts:9:5)
//   #351 p3 [54,56] 1x1x1 slice %742 (models/gru_forecaster.ts:9:5)
//   #352 p3 [55,57] 1x1x1 slice %743 (models/gru_forecaster.ts:9:5)
//   #353 p4 [55,59] 1x1x1 slice %746 (models/gru_forecaster.ts:9:5)
//   #354 p4 [54,55] 1x1x1 slice %748 (models/gru_forecaster.ts:9:5)
//   #355 p9 [56,57,59,55,53,58,54] 1x1x1 add %744 + sigmoid %745 + mul %747 + add %749 + tanh %750 + sub %751 + mul %752 + add %753 (models/gru_forecaster.ts:9:5)
//   #356 p44 [18,55] 1x1x1 slice %755 (models/gru_forecaster.ts:9:5)
//   #357 p7 [54,2,8,56] 2x1x1 matmul %757 + add %758 (models/gru_forecaster.ts:9:5)
//   #358 p2 [55,57] 1x1x1 slice %759 (models/gru_forecaster.ts:9:5)
//   #359 p2 [56,58] 1x1x1 slice %760 (models/gru_forecaster.ts:9:5)
//   #360 p8 [57,58,59] 1x1x1 add %761 + sigmoid %762 (models/gru_forecaster.ts:9:5)
//   #361 p3 [55,57] 1x1x1 slice %763 (models/gru_forecaster.ts:9:5)
//   #362 p3 [56,58] 1x1x1 slice %764 (models/gru_forecaster.ts:9:5)
//   #363 p4 [56,60] 1x1x1 slice %767 (models/gru_forecaster.ts:9:5)
//   #364 p4 [55,56] 1x1x1 slice %769 (models/gru_forecaster.ts:9:5)
//   #365 p9 [57,58,60,56,54,59,55] 1x1x1 add %765 + sigmoid %766 + mul %768 + add %770 + tanh %771 + sub %772 + mul %773 + add %774 (models/gru_forecaster.ts:9:5)
//   #366 p45 [18,56] 1x1x1 slice %776 (models/gru_forecaster.ts:9:5)
//   #367 p7 [55,2,8,57] 2x1x1 matmul %778 + add %779 (models/gru_forecaster.ts:9:5)
//   #368 p2 [56,58] 1x1x1 slice %780 (models/gru_forecaster.ts:9:5)
//   #369 p2 [57,59] 1x1x1 slice %781 (models/gru_forecaster.ts:9:5)
//   #370 p8 [58,59,60] 1x1x1 add %782 + sigmoid %783 (models/gru_forecaster.ts:9:5)
//   #371 p3 [56,58] 1x1x1 slice %784 (models/gru_forecaster.ts:9:5)
//   #372 p3 [57,59] 1x1x1 slice %785 (models/gru_forecaster.ts:9:5)
//   #373 p4 [57,61] 1x1x1 slice %788 (models/gru_forecaster.ts:9:5)
//   #374 p4 [56,57] 1x1x1 slice %790 (models/gru_forecaster.ts:9:5)
//   #375 p9 [58,59,61,57,55,60,56] 1x1x1 add %786 + sigmoid %787 + mul %789 + add %791 + tanh %792 + sub %793 + mul %794 + add %795 (models/gru_forecaster.ts:9:5)
//   #376 p46 [18,57] 1x1x1 slice %797 (models/gru_forecaster.ts:9:5)
//   #377 p7 [56,2,8,58] 2x1x1 matmul %799 + add %800 (models/gru_forecaster.ts:9:5)
//   #378 p2 [57,59] 1x1x1 slice %801 (models/gru_forecaster.ts:9:5)
//   #379 p2 [58,60] 1x1x1 slice %802 (models/gru_forecaster.ts:9:5)
//   #380 p8 [59,60,61] 1x1x1 add %803 + sigmoid %804 (models/gru_forecaster.ts:9:5)
//   #381 p3 [57,59] 1x1x1 slice %805 (models/gru_forecaster.ts:9:5)
//   #382 p3 [58,60] 1x1x1 slice %806 (models/gru_forecaster.ts:9:5)
//   #383 p4 [58,62] 1x1x1 slice %809 (models/gru_forecaster.ts:9:5)
//   #384 p4 [57,58] 1x1x1 slice %811 (models/gru_forecaster.ts:9:5)
//   #385 p9 [59,60,62,58,56,61,57] 1x1x1 add %807 + sigmoid %808 + mul %810 + add %812 + tanh %813 + sub %814 + mul %815 + add %816 (models/gru_forecaster.ts:9:5)
//   #386 p47 [18,58] 1x1x1 slice %818 (models/gru_forecaster.ts:9:5)
//   #387 p7 [57,2,8,18] 2x1x1 matmul %820 + add %821 (models/gru_forecaster.ts:9:5)
//   #388 p2 [58,59] 1x1x1 slice %822 (models/gru_forecaster.ts:9:5)
//   #389 p2 [18,60] 1x1x1 slice %823 (models/gru_forecaster.ts:9:5)
//   #390 p8 [59,60,61] 1x1x1 add %824 + sigmoid %825 (models/gru_forecaster.ts:9:5)
//   #391 p3 [58,59] 1x1x1 slice %826 (models/gru_forecaster.ts:9:5)
//   #392 p3 [18,60] 1x1x1 slice %827 (models/gru_forecaster.ts:9:5)
//   #393 p4 [18,62] 1x1x1 slice %830 (models/gru_forecaster.ts:9:5)
//   #394 p4 [58,18] 1x1x1 slice %832 (models/gru_forecaster.ts:9:5)
//   #395 p9 [59,60,62,18,57,61,58] 1x1x1 add %828 + sigmoid %829 + mul %831 + add %833 + tanh %834 + sub %835 + mul %836 + add %837 (models/gru_forecaster.ts:9:5)
//   #396 p48 [19,20,21,22,23,24,25,18] 2x1x1 concat %839 (models/gru_forecaster.ts:9:5)
//   #397 p48 [26,27,28,29,30,31,32,19] 2x1x1 concat %840 (models/gru_forecaster.ts:9:5)
//   #398 p48 [33,34,35,36,37,38,39,20] 2x1x1 concat %841 (models/gru_forecaster.ts:9:5)
//   #399 p48 [40,41,42,43,44,45,46,21] 2x1x1 concat %842 (models/gru_forecaster.ts:9:5)
//   #400 p48 [47,48,49,50,51,52,53,22] 2x1x1 concat %843 (models/gru_forecaster.ts:9:5)
//   #401 p49 [54,55,56,57,58,23] 2x1x1 concat %844 (models/gru_forecaster.ts:9:5)
//   #402 p50 [18,19,20,21,22,23,24] 10x1x1 concat %845 (models/gru_forecaster.ts:9:5)
//   #403 p51 [24,3,12,18] 4x1x1 matmul %847 + add %848 (models/gru_forecaster.ts:10:5)
//   #404 p1 [18,25] 1x1x1 slice %850 (models/gru_forecaster.ts:10:5)
//   #405 p2 [25,59] 1x1x1 slice %852 (models/gru_forecaster.ts:10:5)
//   #406 p3 [25,60] 1x1x1 slice %855 (models/gru_forecaster.ts:10:5)
//   #407 p4 [25,61] 1x1x1 slice %859 (models/gru_forecaster.ts:10:5)
//   #408 p5 [59,14,60,15,16,61,62] 1x1x1 add %853 + sigmoid %854 + add %856 + sigmoid %857 + mul %858 + add %860 + tanh %861 + sub %862 + mul %863 (models/gru_forecaster.ts:10:5)
//   #409 p6 [18,25] 1x1x1 slice %864 (models/gru_forecaster.ts:10:5)
//   #410 p7 [62,4,13,26] 2x1x1 matmul %866 + add %867 (models/gru_forecaster.ts:10:5)
//   #411 p2 [25,59] 1x1x1 slice %868 (models/gru_forecaster.ts:10:5)
//   #412 p2 [26,60] 1x1x1 slice %869 (models/gru_forecaster.ts:10:5)
//   #413 p8 [59,60,61] 1x1x1 add %870 + sigmoid %871 (models/gru_forecaster.ts:10:5)
//   #414 p3 [25,59] 1x1x1 slice %872 (models/gru_forecaster.ts:10:5)
//   #415 p3 [26,60] 1x1x1 slice %873 (models/gru_forecaster.ts:10:5)
//   #416 p4 [26,27] 1x1x1 slice %876 (models/gru_forecaster.ts:10:5)
//   #417 p4 [25,26] 1x1x1 slice %878 (models/gru_forecaster.ts:10:5)
//   #418 p9 [59,60,27,26,62,61,25] 1x1x1 add %874 + sigmoid %875 + mul %877 + add %879 + tanh %880 + sub %881 + mul %882 + add %883 (models/gru_forecaster.ts:10:5)
//   #419 p10 [18,26] 1x1x1 slice %884 (models/gru_forecaster.ts:10:5)
//   #420 p7 [25,4,13,27] 2x1x1 matmul %886 + add %887 (models/gru_forecaster.ts:10:5)
//   #421 p2 [26,59] 1x1x1 slice %888 (models/gru_forecaster.ts:10:5)
//   #422 p2 [27,60] 1x1x1 slice %889 (models/gru_forecaster.ts:10:5)
//   #423 p8 [59,60,61] 1x1x1 add %890 + sigmoid %891 (models/gru_forecaster.ts:10:5)
//   #424 p3 [26,59] 1x1x1 slice %892 (models/gru_forecaster.ts:10:5)
//   #425 p3 [27,60] 1x1x1 slice %893 (models/gru_forecaster.ts:10:5)
//   #426 p4 [27,62] 1x1x1 slice %896 (models/gru_forecaster.ts:10:5)
//   #427 p4 [26,27] 1x1x1 slice %898 (models/gru_forecaster.ts:10:5)
//   #428 p9 [59,60,62,27,25,61,26] 1x1x1 add %894 + sigmoid %895 + mul %897 + add %899 + tanh %900 + sub %901 + mul %902 + add %903 (models/gru_forecaster.ts:10:5)
//   #429 p11 [18,25] 1x1x1 slice %904 (models/gru_forecaster.ts:10:5)
//   #430 p7 [26,4,13,27] 2x1x1 matmul %906 + add %907 (models/gru_forecaster.ts:10:5)
//   #431 p2 [25,59] 1x1x1 slice %908 (models/gru_forecaster.ts:10:5)
//   #432 p2 [27,60] 1x1x1 slice %909 (models/gru_forecaster.ts:10:5)
//   #433 p8 [59,60,61] 1x1x1 add %910 + sigmoid %911 (models/gru_forecaster.ts:10:5)
//   #434 p3 [25,59] 1x1x1 slice %912 (models/gru_forecaster.ts:10:5)
//   #435 p3 [27,60] 1x1x1 slice %913 (models/gru_forecaster.ts:10:5)
//   #436 p4 [27,62] 1x1x1 slice %916 (models/gru_forecaster.ts:10:5)
//   #437 p4 [25,27] 1x1x1 slice %918 (models/gru_forecaster.ts:10:5)
//   #438 p9 [59,60,62,27,26,61,25] 1x1x1 add %914 + sigmoid %915 + mul %917 + add %919 + tanh %920 + sub %921 + mul %922 + add %923 (models/gru_forecaster.ts:10:5)
//   #439 p12 [18,26] 1x1x1 slice %924 (models/gru_forecaster.ts:10:5)
//   #440 p7 [25,4,13,27] 2x1x1 matmul %926 + add %927 (models/gru_forecaster.ts:10:5)
//   #441 p2 [26,59] 1x1x1 slice %928 (models/gru_forecaster.ts:10:5)
//   #442 p2 [27,60] 1x1x1 slice %929 (models/gru_forecaster.ts:10:5)
//   #443 p8 [59,60,61] 1x1x1 add %930 + sigmoid %931 (models/gru_forecaster.ts:10:5)
//   #444 p3 [26,59] 1x1x1 slice %932 (models/gru_forecaster.ts:10:5)
//   #445 p3 [27,60] 1x1x1 slice %933 (models/gru_forecaster.ts:10:5)
//   #446 p4 [27,62] 1x1x1 slice %936 (models/gru_forecaster.ts:10:5)
//   #447 p4 [26,27] 1x1x1 slice %938 (models/gru_forecaster.ts:10:5)
//   #448 p9 [59,60,62,27,25,61,26] 1x1x1 add %934 + sigmoid %935 + mul %937 + add %939 + tanh %940 + sub %941 + mul %942 + add %943 (models/gru_forecaster.ts:10:5)
//   #449 p13 [18,25] 1x1x1 slice %944 (models/gru_forecaster.ts:10:5)
//   #450 p7 [26,4,13,27] 2x1x1 matmul %946 + add %947 (models/gru_forecaster.ts:10:5)
//   #451 p2 [25,59] 1x1x1 slice %948 (models/gru_forecaster.ts:10:5)
//   #452 p2 [27,60] 1x1x1 slice %949 (models/gru_forecaster.ts:10:5)
//   #453 p8 [59,60,61] 1x1x1 add %950 + sigmoid %951 (models/gru_forecaster.ts:10:5)
//   #454 p3 [25,59] 1x1x1 slice %952 (models/gru_forecaster.ts:10:5)
//   #455 p3 [27,60] 1x1x1 slice %953 (models/gru_forecaster.ts:10:5)
//   #456 p4 [27,62] 1x1x1 slice %956 (models/gru_forecaster.ts:10:5)
//   #457 p4 [25,27] 1x1x1 slice %958 (models/gru_forecaster.ts:10:5)
//   #458 p9 [59,60,62,27,26,61,25] 1x1x1 add %954 + sigmoid %955 + mul %957 + add %959 + tanh %960 + sub %961 + mul %962 + add %963 (models/gru_forecaster.ts:10:5)
//   #459 p14 [18,26] 1x1x1 slice %964 (models/gru_forecaster.ts:10:5)
//   #460 p7 [25,4,13,27] 2x1x1 matmul %966 + add %967 (models/gru_forecaster.ts:10:5)
//   #461 p2 [26,59] 1x1x1 slice %968 (models/gru_forecaster.ts:10:5)
//   #462 p2 [27,60] 1x1x1 slice %969 (models/gru_forecaster.ts:10:5)
//   #463 p8 [59,60,61] 1x1x1 add %970 + sigmoid %971 (models/gru_forecaster.ts:10:5)
//   #464 p3 [26,59] 1x1x1 slice %972 (models/gru_forecaster.ts:10:5)
//   #465 p3 [27,60] 1x1x1 slice %973 (models/gru_forecaster.ts:10:5)
//   #466 p4 [27,62] 1x1x1 slice %976 (models/gru_forecaster.ts:10:5)
//   #467 p4 [26,27] 1x1x1 slice %978 (models/gru_forecaster.ts:10:5)
//   #468 p9 [59,60,62,27,25,61,26] 1x1x1 add %974 + sigmoid %975 + mul %977 + add %979 + tanh %980 + sub %981 + mul %982 + add %983 (models/gru_forecaster.ts:10:5)
//   #469 p15 [18,25] 1x1x1 slice %984 (models/gru_forecaster.ts:10:5)
//   #470 p7 [26,4,13,27] 2x1x1 matmul %986 + add %987 (models/gru_forecaster.ts:10:5)
//   #471 p2 [25,59] 1x1x1 slice %988 (models/gru_forecaster.ts:10:5)
//   #472 p2 [27,60] 1x1x1 slice %989 (models/gru_forecaster.ts:10:5)
//   #473 p8 [59,60,61] 1x1x1 add %990 + sigmoid %991 (models/gru_forecaster.ts:10:5)
//   #474 p3 [25,59] 1x1x1 slice %992 (models/gru_forecaster.ts:10:5)
//   #475 p3 [27,60] 1x1x1 slice %993 (models/gru_forecaster.ts:10:5)
//   #476 p4 [27,62] 1x1x1 slice %996 (models/gru_forecaster.ts:10:5)
//   #477 p4 [25,27] 1x1x1 slice %998 (models/gru_forecaster.ts:10:5)
//   #478 p9 [59,60,62,27,26,61,25] 1x1x1 add %994 + sigmoid %995 + mul %997 + add %999 + tanh %1000 + sub %1001 + mul %1002 + add %1003 (models/gru_forecaster.ts:10:5)
//   #479 p16 [18,26] 1x1x1 slice %1004 (models/gru_forecaster.ts:10:5)
//   #480 p7 [25,4,13,27] 2x1x1 matmul %1006 + add %1007 (models/gru_forecaster.ts:10:5)
//   #481 p2 [26,59] 1x1x1 slice %1008 (models/gru_forecaster.ts:10:5)
//   #482 p2 [27,60] 1x1x1 slice %1009 (models/gru_forecaster.ts:10:5)
//   #483 p8 [59,60,61] 1x1x1 add %1010 + sigmoid %1011 (models/gru_forecaster.ts:10:5)
//   #484 p3 [26,59] 1x1x1 slice %1012 (models/gru_forecaster.ts:10:5)
//   #485 p3 [27,60] 1x1x1 slice %1013 (models/gru_forecaster.ts:10:5)
//   #486 p4 [27,62] 1x1x1 slice %1016 (models/gru_forecaster.ts:10:5)
//   #487 p4 [26,27] 1x1x1 slice %1018 (models/gru_forecaster.ts:10:5)
//   #488 p9 [59,60,62,27,25,61,26] 1x1x1 add %1014 + sigmoid %1015 + mul %1017 + add %1019 + tanh %1020 + sub %1021 + mul %1022 + add %1023 (models/gru_forecaster.ts:10:5)
//   #489 p17 [18,25] 1x1x1 slice %1024 (models/gru_forecaster.ts:10:5)
//   #490 p7 [26,4,13,27] 2x1x1 matmul %1026 + add %1027 (models/gru_forecaster.ts:10:5)
//   #491 p2 [25,59] 1x1x1 slice %1028 (models/gru_forecaster.ts:10:5)
//   #492 p2 [27,60] 1x1x1 slice %1029 (models/gru_forecaster.ts:10:5)
//   #493 p8 [59,60,61] 1x1x1 add %1030 + sigmoid %1031 (models/gru_forecaster.ts:10:5)
//   #494 p3 [25,59] 1x1x1 slice %1032 (models/gru_forecaster.ts:10:5)
//   #495 p3 [27,60] 1x1x1 slice %1033 (models/gru_forecaster.ts:10:5)
//   #496 p4 [27,62] 1x1x1 slice %1036 (models/gru_forecaster.ts:10:5)
//   #497 p4 [25,27] 1x1x1 slice %1038 (models/gru_forecaster.ts:10:5)
//   #498 p9 [59,60,62,27,26,61,25] 1x1x1 add %1034 + sigmoid %1035 + mul %1037 + add %1039 + tanh %1040 + sub %1041 + mul %1042 + add %1043 (models/gru_forecaster.ts:10:5)
//   #499 p18 [18,26] 1x1x1 slice %1044 (models/gru_forecaster.ts:10:5)
//   #500 p7 [25,4,13,27] 2x1x1 matmul %1046 + add %1047 (models/gru_forecaster.ts:10:5)
//   #501 p2 [26,59] 1x1x1 slice %1048 (models/gru_forecaster.ts:10:5)
//   #502 p2 [27,60] 1x1x1 slice %1049 (models/gru_forecaster.ts:10:5)
//   #503 p8 [59,60,61] 1x1x1 add %1050 + sigmoid %1051 (models/gru_forecaster.ts:10:5)
//   #504 p3 [26,59] 1x1x1 slice %1052 (models/gru_forecaster.ts:10:5)
//   #505 p3 [27,60] 1x1x1 slice %1053 (models/gru_forecaster.ts:10:5)
//   #506 p4 [27,62] 1x1x1 slice %1056 (models/gru_forecaster.ts:10:5)
//   #507 p4 [26,27] 1x1x1 slice %1058 (models/gru_forecaster.ts:10:5)
//   #508 p9 [59,60,62,27,25,61,26] 1x1x1 add %1054 + sigmoid %1055 + mul %1057 + add %1059 + tanh %1060 + sub %1061 + mul %1062 + add %1063 (models/gru_forecaster.ts:10:5)
//   #509 p19 [18,25] 1x1x1 slice %1064 (models/gru_forecaster.ts:10:5)
//   #510 p7 [26,4,13,27] 2x1x1 matmul %1066 + add %1067 (models/gru_forecaster.ts:10:5)
//   #511 p2 [25,59] 1x1x1 slice %1068 (models/gru_forecaster.ts:10:5)
//   #512 p2 [27,60] 1x1x1 slice %1069 (models/gru_forecaster.ts:10:5)
//   #513 p8 [59,60,61] 1x1x1 add %1070 + sigmoid %1071 (models/gru_forecaster.ts:10:5)
//   #514 p3 [25,59] 1x1x1 slice %1072 (models/gru_forecaster.ts:10:5)
//   #515 p3 [27,60] 1x1x1 slice %1073 (models/gru_forecaster.ts:10:5)
//   #516 p4 [27,62] 1x1x1 slice %1076 (models/gru_forecaster.ts:10:5)
//   #517 p4 [25,27] 1x1x1 slice %1078 (models/gru_forecaster.ts:10:5)
//   #518 p9 [59,60,62,27,26,61,25] 1x1x1 add %1074 + sigmoid %1075 + mul %1077 + add %1079 + tanh %1080 + sub %1081 + mul %1082 + add %1083 (models/gru_forecaster.ts:10:5)
//   #519 p20 [18,26] 1x1x1 slice %1084 (models/gru_forecaster.ts:10:5)
//   #520 p7 [25,4,13,27] 2x1x1 matmul %1086 + add %1087 (models/gru_forecaster.ts:10:5)
//   #521 p2 [26,59] 1x1x1 slice %1088 (models/gru_forecaster.ts:10:5)
//   #522 p2 [27,60] 1x1x1 slice %1089 (models/gru_forecaster.ts:10:5)
//   #523 p8 [59,60,61] 1x1x1 add %1090 + sigmoid %1091 (models/gru_forecaster.ts:10:5)
//   #524 p3 [26,59] 1x1x1 slice %1092 (models/gru_forecaster.ts:10:5)
//   #525 p3 [27,60] 1x1x1 slice %1093 (models/gru_forecaster.ts:10:5)
//   #526 p4 [27,62] 1x1x1 slice %1096 (models/gru_forecaster.ts:10:5)
//   #527 p4 [26,27] 1x1x1 slice %1098 (models/gru_forecaster.ts:10:5)
//   #528 p9 [59,60,62,27,25,61,26] 1x1x1 add %1094 + sigmoid %1095 + mul %1097 + add %1099 + tanh %1100 + sub %1101 + mul %1102 + add %1103 (models/gru_forecaster.ts:10:5)
//   #529 p21 [18,25] 1x1x1 slice %1104 (models/gru_forecaster.ts:10:5)
//   #530 p7 [26,4,13,27] 2x1x1 matmul %1106 + add %1107 (models/gru_forecaster.ts:10:5)
//   #531 p2 [25,59] 1x1x1 slice %1108 (models/gru_forecaster.ts:10:5)
//   #532 p2 [27,60] 1x1x1 slice %1109 (models/gru_forecaster.ts:10:5)
//   #533 p8 [59,60,61] 1x1x1 add %1110 + sigmoid %1111 (models/gru_forecaster.ts:10:5)
//   #534 p3 [25,59] 1x1x1 slice %1112 (models/gru_forecaster.ts:10:5)
//   #535 p3 [27,60] 1x1x1 slice %1113 (models/gru_forecaster.ts:10:5)
//   #536 p4 [27,62] 1x1x1 slice %1116 (models/gru_forecaster.ts:10:5)
//   #537 p4 [25,27] 1x1x1 slice %1118 (models/gru_forecaster.ts:10:5)
//   #538 p9 [59,60,62,27,26,61,25] 1x1x1 add %1114 + sigmoid %1115 + mul %1117 + add %1119 + tanh %1120 + sub %1121 + mul %1122 + add %1123 (models/gru_forecaster.ts:10:5)
//   #539 p22 [18,26] 1x1x1 slice %1124 (models/gru_forecaster.ts:10:5)
//   #540 p7 [25,4,13,27] 2x1x1 matmul %1126 + add %1127 (models/gru_forecaster.ts:10:5)
//   #541 p2 [26,59] 1x1x1 slice %1128 (models/gru_forecaster.ts:10:5)
//   #542 p2 [27,60] 1x1x1 slice %1129 (models/gru_forecaster.ts:10:5)
//   #543 p8 [59,60,61] 1x1x1 add %1130 + sigmoid %1131 (models/gru_forecaster.ts:10:5)
//   #544 p3 [26,59] 1x1x1 slice %1132 (models/gru_forecaster.ts:10:5)
//   #545 p3 [27,60] 1x1x1 slice %1133 (models/gru_forecaster.ts:10:5)
//   #546 p4 [27,62] 1x1x1 slice %1136 (models/gru_forecaster.ts:10:5)
//   #547 p4 [26,27] 1x1x1 slice %1138 (models/gru_forecaster.ts:10:5)
//   #548 p9 [59,60,62,27,25,61,26] 1x1x1 add %1134 + sigmoid %1135 + mul %1137 + add %1139 + tanh %1140 + sub %1141 + mul %1142 + add %1143 (models/gru_forecaster.ts:10:5)
//   #549 p23 [18,25] 1x1x1 slice %1144 (models/gru_forecaster.ts:10:5)
//   #550 p7 [26,4,13,27] 2x1x1 matmul %1146 + add %1147 (models/gru_forecaster.ts:10:5)
//   #551 p2 [25,59] 1x1x1 slice %1148 (models/gru_forecaster.ts:10:5)
//   #552 p2 [27,60] 1x1x1 slice %1149 (models/gru_forecaster.ts:10:5)
//   #553 p8 [59,60,61] 1x1x1 add %1150 + sigmoid %1151 (models/gru_forecaster.ts:10:5)
//   #554 p3 [25,59] 1x1x1 slice %1152 (models/gru_forecaster.ts:10:5)
//   #555 p3 [27,60] 1x1x1 slice %1153 (models/gru_forecaster.ts:10:5)
//   #556 p4 [27,62] 1x1x1 slice %1156 (models/gru_forecaster.ts:10:5)
//   #557 p4 [25,27] 1x1x1 slice %1158 (models/gru_forecaster.ts:10:5)
//   #558 p9 [59,60,62,27,26,61,25] 1x1x1 add %1154 + sigmoid %1155 + mul %1157 + add %1159 + tanh %1160 + sub %1161 + mul %1162 + add %1163 (models/gru_forecaster.ts:10:5)
//   #559 p24 [18,26] 1x1x1 slice %1164 (models/gru_forecaster.ts:10:5)
//   #560 p7 [25,4,13,27] 2x1x1 matmul %1166 + add %1167 (models/gru_forecaster.ts:10:5)
//   #561 p2 [26,59] 1x1x1 slice %1168 (models/gru_forecaster.ts:10:5)
//   #562 p2 [27,60] 1x1x1 slice %1169 (models/gru_forecaster.ts:10:5)
//   #563 p8 [59,60,61] 1x1x1 add %1170 + sigmoid %1171 (models/gru_forecaster.ts:10:5)
//   #564 p3 [26,59] 1x1x1 slice %1172 (models/gru_forecaster.ts:10:5)
//   #565 p3 [27,60] 1x1x1 slice %1173 (models/gru_forecaster.ts:10:5)
//   #566 p4 [27,62] 1x1x1 slice %1176 (models/gru_forecaster.ts:10:5)
//   #567 p4 [26,27] 1x1x1 slice %1178 (models/gru_forecaster.ts:10:5)
//   #568 p9 [59,60,62,27,25,61,26] 1x1x1 add %1174 + sigmoid %1175 + mul %1177 + add %1179 + tanh %1180 + sub %1181 + mul %1182 + add %1183 (models/gru_forecaster.ts:10:5)
//   #569 p25 [18,25] 1x1x1 slice %1184 (models/gru_forecaster.ts:10:5)
//   #570 p7 [26,4,13,27] 2x1x1 matmul %1186 + add %1187 (models/gru_forecaster.ts:10:5)
//   #571 p2 [25,59] 1x1x1 slice %1188 (models/gru_forecaster.ts:10:5)
//   #572 p2 [27,60] 1x1x1 slice %1189 (models/gru_forecaster.ts:10:5)
//   #573 p8 [59,60,61] 1x1x1 add %1190 + sigmoid %1191 (models/gru_forecaster.ts:10:5)
//   #574 p3 [25,59] 1x1x1 slice %1192 (models/gru_forecaster.ts:10:5)
//   #575 p3 [27,60] 1x1x1 slice %1193 (models/gru_forecaster.ts:10:5)
//   #576 p4 [27,62] 1x1x1 slice %1196 (models/gru_forecaster.ts:10:5)
//   #577 p4 [25,27] 1x1x1 slice %1198 (models/gru_forecaster.ts:10:5)
//   #578 p9 [59,60,62,27,26,61,25] 1x1x1 add %1194 + sigmoid %1195 + mul %1197 + add %1199 + tanh %1200 + sub %1201 + mul %1202 + add %1203 (models/gru_forecaster.ts:10:5)
//   #579 p26 [18,26] 1x1x1 slice %1204 (models/gru_forecaster.ts:10:5)
//   #580 p7 [25,4,13,27] 2x1x1 matmul %1206 + add %1207 (models/gru_forecaster.ts:10:5)
//   #581 p2 [26,59] 1x1x1 slice %1208 (models/gru_forecaster.ts:10:5)
//   #582 p2 [27,60] 1x1x1 slice %1209 (models/gru_forecaster.ts:10:5)
//   #583 p8 [59,60,61] 1x1x1 add %1210 + sigmoid %1211 (models/gru_forecaster.ts:10:5)
//   #584 p3 [26,59] 1x1x1 slice %1212 (models/gru_forecaster.ts:10:5)
//   #585 p3 [27,60] 1x1x1 slice %1213 (models/gru_forecaster.ts:10:5)
//   #586 p4 [27,62] 1x1x1 slice %1216 (models/gru_forecaster.ts:10:5)
//   #587 p4 [26,27] 1x1x1 slice %1218 (models/gru_forecaster.ts:10:5)
//   #588 p9 [59,60,62,27,25,61,26] 1x1x1 add %1214 + sigmoid %1215 + mul %1217 + add %1219 + tanh %1220 + sub %1221 + mul %1222 + add %1223 (models/gru_forecaster.ts:10:5)
//   #589 p27 [18,25] 1x1x1 slice %1224 (models/gru_forecaster.ts:10:5)
//   #590 p7 [26,4,13,27] 2x1x1 matmul %1226 + add %1227 (models/gru_forecaster.ts:10:5)
//   #591 p2 [25,59] 1x1x1 slice %1228 (models/gru_forecaster.ts:10:5)
//   #592 p2 [27,60] 1x1x1 slice %1229 (models/gru_forecaster.ts:10:5)
//   #593 p8 [59,60,61] 1x1x1 add %1230 + sigmoid %1231 (models/gru_forecaster.ts:10:5)
//   #594 p3 [25,59] 1x1x1 slice %1232 (models/gru_forecaster.ts:10:5)
//   #595 p3 [27,60] 1x1x1 slice %1233 (models/gru_forecaster.ts:10:5)
//   #596 p4 [27,62] 1x1x1 slice %1236 (models/gru_forecaster.ts:10:5)
//   #597 p4 [25,27] 1x1x1 slice %1238 (models/gru_forecaster.ts:10:5)
//   #598 p9 [59,60,62,27,26,61,25] 1x1x1 add %1234 + sigmoid %1235 + mul %1237 + add %1239 + tanh %1240 + sub %1241 + mul %1242 + add %1243 (models/gru_forecaster.ts:10:5)
//   #599 p28 [18,26] 1x1x1 slice %1244 (models/gru_forecaster.ts:10:5)
//   #600 p7 [25,4,13,27] 2x1x1 matmul %1246 + add %1247 (models/gru_forecaster.ts:10:5)
//   #601 p2 [26,59] 1x1x1 slice %1248 (models/gru_forecaster.ts:10:5)
//   #602 p2 [27,60] 1x1x1 slice %1249 (models/gru_forecaster.ts:10:5)
//   #603 p8 [59,60,61] 1x1x1 add %1250 + sigmoid %1251 (models/gru_forecaster.ts:10:5)
//   #604 p3 [26,59] 1x1x1 slice %1252 (models/gru_forecaster.ts:10:5)
//   #605 p3 [27,60] 1x1x1 slice %1253 (models/gru_forecaster.ts:10:5)
//   #606 p4 [27,62] 1x1x1 slice %1256 (models/gru_forecaster.ts:10:5)
//   #607 p4 [26,27] 1x1x1 slice %1258 (models/gru_forecaster.ts:10:5)
//   #608 p9 [59,60,62,27,25,61,26] 1x1x1 add %1254 + sigmoid %1255 + mul %1257 + add %1259 + tanh %1260 + sub %1261 + mul %1262 + add %1263 (models/gru_forecaster.ts:10:5)
//   #609 p29 [18,25] 1x1x1 slice %1264 (models/gru_forecaster.ts:10:5)
//   #610 p7 [26,4,13,27] 2x1x1 matmul %1266 + add %1267 (models/gru_forecaster.ts:10:5)
//   #611 p2 [25,59] 1x1x1 slice %1268 (models/gru_forecaster.ts:10:5)
//   #612 p2 [27,60] 1x1x1 slice %1269 (models/gru_forecaster.ts:10:5)
//   #613 p8 [59,60,61] 1x1x1 add %1270 + sigmoid %1271 (models/gru_forecaster.ts:10:5)
//   #614 p3 [25,59] 1x1x1 slice %1272 (models/gru_forecaster.ts:10:5)
//   #615 p3 [27,60] 1x1x1 slice %1273 (models/gru_forecaster.ts:10:5)
//   #616 p4 [27,62] 1x1x1 slice %1276 (models/gru_forecaster.ts:10:5)
//   #617 p4 [25,27] 1x1x1 slice %1278 (models/gru_forecaster.ts:10:5)
//   #618 p9 [59,60,62,27,26,61,25] 1x1x1 add %1274 + sigmoid %1275 + mul %1277 + add %1279 + tanh %1280 + sub %1281 + mul %1282 + add %1283 (models/gru_forecaster.ts:10:5)
//   #619 p30 [18,26] 1x1x1 slice %1284 (models/gru_forecaster.ts:10:5)
//   #620 p7 [25,4,13,27] 2x1x1 matmul %1286 + add %1287 (models/gru_forecaster.ts:10:5)
//   #621 p2 [26,59] 1x1x1 slice %1288 (models/gru_forecaster.ts:10:5)
//   #622 p2 [27,60] 1x1x1 slice %1289 (models/gru_forecaster.ts:10:5)
//   #623 p8 [59,60,61] 1x1x1 add %1290 + sigmoid %1291 (models/gru_forecaster.ts:10:5)
//   #624 p3 [26,59] 1x1x1 slice %1292 (models/gru_forecaster.ts:10:5)
//   #625 p3 [27,60] 1x1x1 slice %1293 (models/gru_forecaster.ts:10:5)
//   #626 p4 [27,62] 1x1x1 slice %1296 (models/gru_forecaster.ts:10:5)
//   #627 p4 [26,27] 1x1x1 slice %1298 (models/gru_forecaster.ts:10:5)
//   #628 p9 [59,60,62,27,25,61,26] 1x1x1 add %1294 + sigmoid %1295 + mul %1297 + add %1299 + tanh %1300 + sub %1301 + mul %1302 + add %1303 (models/gru_forecaster.ts:10:5)
//   #629 p31 [18,25] 1x1x1 slice %1304 (models/gru_forecaster.ts:10:5)
//   #630 p7 [26,4,13,27] 2x1x1 matmul %1306 + add %1307 (models/gru_forecaster.ts:10:5)
//   #631 p2 [25,59] 1x1x1 slice %1308 (models/gru_forecaster.ts:10:5)
//   #632 p2 [27,60] 1x1x1 slice %1309 (models/gru_forecaster.ts:10:5)
//   #633 p8 [59,60,61] 1x1x1 add %1310 + sigmoid %1311 (models/gru_forecaster.ts:10:5)
//   #634 p3 [25,59] 1x1x1 slice %1312 (models/gru_forecaster.ts:10:5)
//   #635 p3 [27,60] 1x1x1 slice %1313 (models/gru_forecaster.ts:10:5)
//   #636 p4 [27,62] 1x1x1 slice %1316 (models/gru_forecaster.ts:10:5)
//   #637 p4 [25,27] 1x1x1 slice %1318 (models/gru_forecaster.ts:10:5)
//   #638 p9 [59,60,62,27,26,61,25] 1x1x1 add %1314 + sigmoid %1315 + mul %1317 + add %1319 + tanh %1320 + sub %1321 + mul %1322 + add %1323 (models/gru_forecaster.ts:10:5)
//   #639 p32 [18,26] 1x1x1 slice %1324 (models/gru_forecaster.ts:10:5)
//   #640 p7 [25,4,13,27] 2x1x1 matmul %1326 + add %1327 (models/gru_forecaster.ts:10:5)
//   #641 p2 [26,59] 1x1x1 slice %1328 (models/gru_forecaster.ts:10:5)
//   #642 p2 [27,60] 1x1x1 slice %1329 (models/gru_forecaster.ts:10:5)
//   #643 p8 [59,60,61] 1x1x1 add %1330 + sigmoid %1331 (models/gru_forecaster.ts:10:5)
//   #644 p3 [26,59] 1x1x1 slice %1332 (models/gru_forecaster.ts:10:5)
//   #645 p3 [27,60] 1x1x1 slice %1333 (models/gru_forecaster.ts:10:5)
//   #646 p4 [27,62] 1x1x1 slice %1336 (models/gru_forecaster.ts:10:5)
//   #647 p4 [26,27] 1x1x1 slice %1338 (models/gru_forecaster.ts:10:5)
//   #648 p9 [59,60,62,27,25,61,26] 1x1x1 add %1334 + sigmoid %1335 + mul %1337 + add %1339 + tanh %1340 + sub %1341 + mul %1342 + add %1343 (models/gru_forecaster.ts:10:5)
//   #649 p33 [18,25] 1x1x1 slice %1344 (models/gru_forecaster.ts:10:5)
//   #650 p7 [26,4,13,27] 2x1x1 matmul %1346 + add %1347 (models/gru_forecaster.ts:10:5)
//   #651 p2 [25,59] 1x1x1 slice %1348 (models/gru_forecaster.ts:10:5)
//   #652 p2 [27,60] 1x1x1 slice %1349 (models/gru_forecaster.ts:10:5)
//   #653 p8 [59,60,61] 1x1x1 add %1350 + sigmoid %1351 (models/gru_forecaster.ts:10:5)
//   #654 p3 [25,59] 1x1x1 slice %1352 (models/gru_forecaster.ts:10:5)
//   #655 p3 [27,60] 1x1x1 slice %1353 (models/gru_forecaster.ts:10:5)
//   #656 p4 [27,62] 1x1x1 slice %1356 (models/gru_forecaster.ts:10:5)
//   #657 p4 [25,27] 1x1x1 slice %1358 (models/gru_forecaster.ts:10:5)
//   #658 p9 [59,60,62,27,26,61,25] 1x1x1 add %1354 + sigmoid %1355 + mul %1357 + add %1359 + tanh %1360 + sub %1361 + mul %1362 + add %1363 (models/gru_forecaster.ts:10:5)
//   #659 p34 [18,26] 1x1x1 slice %1364 (models/gru_forecaster.ts:10:5)
//   #660 p7 [25,4,13,27] 2x1x1 matmul %1366 + add %1367 (models/gru_forecaster.ts:10:5)
//   #661 p2 [26,59] 1x1x1 slice %1368 (models/gru_forecaster.ts:10:5)
//   #662 p2 [27,60] 1x1x1 slice %1369 (models/gru_forecaster.ts:10:5)
//   #663 p8 [59,60,61] 1x1x1 add %1370 + sigmoid %1371 (models/gru_forecaster.ts:10:5)
//   #664 p3 [26,59] 1x1x1 slice %1372 (models/gru_forecaster.ts:10:5)
//   #665 p3 [27,60] 1x1x1 slice %1373 (models/gru_forecaster.ts:10:5)
//   #666 p4 [27,62] 1x1x1 slice %1376 (models/gru_forecaster.ts:10:5)
//   #667 p4 [26,27] 1x1x1 slice %1378 (models/gru_forecaster.ts:10:5)
//   #668 p9 [59,60,62,27,25,61,26] 1x1x1 add %1374 + sigmoid %1375 + mul %1377 + add %1379 + tanh %1380 + sub %1381 + mul %1382 + add %1383 (models/gru_forecaster.ts:10:5)
//   #669 p35 [18,25] 1x1x1 slice %1384 (models/gru_forecaster.ts:10:5)
//   #670 p7 [26,4,13,27] 2x1x1 matmul %1386 + add %1387 (models/gru_forecaster.ts:10:5)
//   #671 p2 [25,59] 1x1x1 slice %1388 (models/gru_forecaster.ts:10:5)
//   #672 p2 [27,60] 1x1x1 slice %1389 (models/gru_forecaster.ts:10:5)
//   #673 p8 [59,60,61] 1x1x1 add %1390 + sigmoid %1391 (models/gru_forecaster.ts:10:5)
//   #674 p3 [25,59] 1x1x1 slice %1392 (models/gru_forecaster.ts:10:5)
//   #675 p3 [27,60] 1x1x1 slice %1393 (models/gru_forecaster.ts:10:5)
//   #676 p4 [27,62] 1x1x1 slice %1396 (models/gru_forecaster.ts:10:5)
//   #677 p4 [25,27] 1x1x1 slice %1398 (models/gru_forecaster.ts:10:5)
//   #678 p9 [59,60,62,27,26,61,25] 1x1x1 add %1394 + sigmoid %1395 + mul %1397 + add %1399 + tanh %1400 + sub %1401 + mul %1402 + add %1403 (models/gru_forecaster.ts:10:5)
//   #679 p36 [18,26] 1x1x1 slice %1404 (models/gru_forecaster.ts:10:5)
//   #680 p7 [25,4,13,27] 2x1x1 matmul %1406 + add %1407 (models/gru_forecaster.ts:10:5)
//   #681 p2 [26,59] 1x1x1 slice %1408 (models/gru_forecaster.ts:10:5)
//   #682 p2 [27,60] 1x1x1 slice %1409 (models/gru_forecaster.ts:10:5)
//   #683 p8 [59,60,61] 1x1x1 add %1410 + sigmoid %1411 (models/gru_forecaster.ts:10:5)
//   #684 p3 [26,59] 1x1x1 slice %1412 (models/gru_forecaster.ts:10:5)
//   #685 p3 [27,60] 1x1x1 slice %1413 (models/gru_forecaster.ts:10:5)
//   #686 p4 [27,62] 1x1x1 slice %1416 (models/gru_forecaster.ts:10:5)
//   #687 p4 [26,27] 1x1x1 slice %1418 (models/gru_forecaster.ts:10:5)
//   #688 p9 [59,60,62,27,25,61,26] 1x1x1 add %1414 + sigmoid %1415 + mul %1417 + add %1419 + tanh %1420 + sub %1421 + mul %1422 + add %1423 (models/gru_forecaster.ts:10:5)
//   #689 p37 [18,25] 1x1x1 slice %1424 (models/gru_forecaster.ts:10:5)
//   #690 p7 [26,4,13,27] 2x1x1 matmul %1426 + add %1427 (models/gru_forecaster.ts:10:5)
//   #691 p2 [25,59] 1x1x1 slice %1428 (models/gru_forecaster.ts:10:5)
//   #692 p2 [27,60] 1x1x1 slice %1429 (models/gru_forecaster.ts:10:5)
//   #693 p8 [59,60,61] 1x1x1 add %1430 + sigmoid %1431 (models/gru_forecaster.ts:10:5)
//   #694 p3 [25,59] 1x1x1 slice %1432 (models/gru_forecaster.ts:10:5)
//   #695 p3 [27,60] 1x1x1 slice %1433 (models/gru_forecaster.ts:10:5)
//   #696 p4 [27,62] 1x1x1 slice %1436 (models/gru_forecaster.ts:10:5)
//   #697 p4 [25,27] 1x1x1 slice %1438 (models/gru_forecaster.ts:10:5)
//   #698 p9 [59,60,62,27,26,61,25] 1x1x1 add %1434 + sigmoid %1435 + mul %1437 + add %1439 + tanh %1440 + sub %1441 + mul %1442 + add %1443 (models/gru_forecaster.ts:10:5)
//   #699 p38 [18,26] 1x1x1 slice %1444 (models/gru_forecaster.ts:10:5)
//   #700 p7 [25,4,13,27] 2x1x1 matmul %1446 + add %1447 (models/gru_forecaster.ts:10:5)
//   #701 p2 [26,59] 1x1x1 slice %1448 (models/gru_forecaster.ts:10:5)
//   #702 p2 [27,60] 1x1x1 slice %1449 (models/gru_forecaster.ts:10:5)
//   #703 p8 [59,60,61] 1x1x1 add %1450 + sigmoid %1451 (models/gru_forecaster.ts:10:5)
//   #704 p3 [26,59] 1x1x1 slice %1452 (models/gru_forecaster.ts:10:5)
//   #705 p3 [27,60] 1x1x1 slice %1453 (models/gru_forecaster.ts:10:5)
//   #706 p4 [27,62] 1x1x1 slice %1456 (models/gru_forecaster.ts:10:5)
//   #707 p4 [26,27] 1x1x1 slice %1458 (models/gru_forecaster.ts:10:5)
//   #708 p9 [59,60,62,27,25,61,26] 1x1x1 add %1454 + sigmoid %1455 + mul %1457 + add %1459 + tanh %1460 + sub %1461 + mul %1462 + add %1463 (models/gru_forecaster.ts:10:5)
//   #709 p39 [18,25] 1x1x1 slice %1464 (models/gru_forecaster.ts:10:5)
//   #710 p7 [26,4,13,27] 2x1x1 matmul %1466 + add %1467 (models/gru_forecaster.ts:10:5)
//   #711 p2 [25,59] 1x1x1 slice %1468 (models/gru_forecaster.ts:10:5)
//   #712 p2 [27,60] 1x1x1 slice %1469 (models/gru_forecaster.ts:10:5)
//   #713 p8 [59,60,61] 1x1x1 add %1470 + sigmoid %1471 (models/gru_forecaster.ts:10:5)
//   #714 p3 [25,59] 1x1x1 slice %1472 (models/gru_forecaster.ts:10:5)
//   #715 p3 [27,60] 1x1x1 slice %1473 (models/gru_forecaster.ts:10:5)
//   #716 p4 [27,62] 1x1x1 slice %1476 (models/gru_forecaster.ts:10:5)
//   #717 p4 [25,27] 1x1x1 slice %1478 (models/gru_forecaster.ts:10:5)
//   #718 p9 [59,60,62,27,26,61,25] 1x1x1 add %1474 + sigmoid %1475 + mul %1477 + add %1479 + tanh %1480 + sub %1481 + mul %1482 + add %1483 (models/gru_forecaster.ts:10:5)
//   #719 p40 [18,26] 1x1x1 slice %1484 (models/gru_forecaster.ts:10:5)
//   #720 p7 [25,4,13,27] 2x1x1 matmul %1486 + add %1487 (models/gru_forecaster.ts:10:5)
//   #721 p2 [26,59] 1x1x1 slice %1488 (models/gru_forecaster.ts:10:5)
//   #722 p2 [27,60] 1x1x1 slice %1489 (models/gru_forecaster.ts:10:5)
//   #723 p8 [59,60,61] 1x1x1 add %1490 + sigmoid %1491 (models/gru_forecaster.ts:10:5)
//   #724 p3 [26,59] 1x1x1 slice %1492 (models/gru_forecaster.ts:10:5)
//   #725 p3 [27,60] 1x1x1 slice %1493 (models/gru_forecaster.ts:10:5)
//   #726 p4 [27,62] 1x1x1 slice %1496 (models/gru_forecaster.ts:10:5)
//   #727 p4 [26,27] 1x1x1 slice %1498 (models/gru_forecaster.ts:10:5)
//   #728 p9 [59,60,62,27,25,61,26] 1x1x1 add %1494 + sigmoid %1495 + mul %1497 + add %1499 + tanh %1500 + sub %1501 + mul %1502 + add %1503 (models/gru_forecaster.ts:10:5)
//   #729 p41 [18,25] 1x1x1 slice %1504 (models/gru_forecaster.ts:10:5)
//   #730 p7 [26,4,13,27] 2x1x1 matmul %1506 + add %1507 (models/gru_forecaster.ts:10:5)
//   #731 p2 [25,59] 1x1x1 slice %1508 (models/gru_forecaster.ts:10:5)
//   #732 p2 [27,60] 1x1x1 slice %1509 (models/gru_forecaster.ts:10:5)
//   #733 p8 [59,60,61] 1x1x1 add %1510 + sigmoid %1511 (models/gru_forecaster.ts:10:5)
//   #734 p3 [25,59] 1x1x1 slice %1512 (models/gru_forecaster.ts:10:5)
//   #735 p3 [27,60] 1x1x1 slice %1513 (models/gru_forecaster.ts:10:5)
//   #736 p4 [27,62] 1x1x1 slice %1516 (models/gru_forecaster.ts:10:5)
//   #737 p4 [25,27] 1x1x1 slice %1518 (models/gru_forecaster.ts:10:5)
//   #738 p9 [59,60,62,27,26,61,25] 1x1x1 add %1514 + sigmoid %1515 + mul %1517 + add %1519 + tanh %1520 + sub %1521 + mul %1522 + add %1523 (models/gru_forecaster.ts:10:5)
//   #739 p42 [18,26] 1x1x1 slice %1524 (models/gru_forecaster.ts:10:5)
//   #740 p7 [25,4,13,27] 2x1x1 matmul %1526 + add %1527 (models/gru_forecaster.ts:10:5)
//   #741 p2 [26,59] 1x1x1 slice %1528 (models/gru_forecaster.ts:10:5)
//   #742 p2 [27,60] 1x1x1 slice %1529 (models/gru_forecaster.ts:10:5)
//   #743 p8 [59,60,61] 1x1x1 add %1530 + sigmoid %1531 (models/gru_forecaster.ts:10:5)
//   #744 p3 [26,59] 1x1x1 slice %1532 (models/gru_forecaster.ts:10:5)
//   #745 p3 [27,60] 1x1x1 slice %1533 (models/gru_forecaster.ts:10:5)
//   #746 p4 [27,62] 1x1x1 slice %1536 (models/gru_forecaster.ts:10:5)
//   #747 p4 [26,27] 1x1x1 slice %1538 (models/gru_forecaster.ts:10:5)
//   #748 p9 [59,60,62,27,25,61,26] 1x1x1 add %1534 + sigmoid %1535 + mul %1537 + add %1539 + tanh %1540 + sub %1541 + mul %1542 + add %1543 (models/gru_forecaster.ts:10:5)
//   #749 p43 [18,25] 1x1x1 slice %1544 (models/gru_forecaster.ts:10:5)
//   #750 p7 [26,4,13,27] 2x1x1 matmul %1546 + add %1547 (models/gru_forecaster.ts:10:5)
//   #751 p2 [25,59] 1x1x1 slice %1548 (models/gru_forecaster.ts:10:5)
//   #752 p2 [27,60] 1x1x1 slice %1549 (models/gru_forecaster.ts:10:5)
//   #753 p8 [59,60,61] 1x1x1 add %1550 + sigmoid %1551 (models/gru_forecaster.ts:10:5)
//   #754 p3 [25,59] 1x1x1 slice %1552 (models/gru_forecaster.ts:10:5)
//   #755 p3 [27,60] 1x1x1 slice %1553 (models/gru_forecaster.ts:10:5)
//   #756 p4 [27,62] 1x1x1 slice %1556 (models/gru_forecaster.ts:10:5)
//   #757 p4 [25,27] 1x1x1 slice %1558 (models/gru_forecaster.ts:10:5)
//   #758 p9 [59,60,62,27,26,61,25] 1x1x1 add %1554 + sigmoid %1555 + mul %1557 + add %1559 + tanh %1560 + sub %1561 + mul %1562 + add %1563 (models/gru_forecaster.ts:10:5)
//   #759 p44 [18,26] 1x1x1 slice %1564 (models/gru_forecaster.ts:10:5)
//   #760 p7 [25,4,13,27] 2x1x1 matmul %1566 + add %1567 (models/gru_forecaster.ts:10:5)
//   #761 p2 [26,59] 1x1x1 slice %1568 (models/gru_forecaster.ts:10:5)
//   #762 p2 [27,60] 1x1x1 slice %1569 (models/gru_forecaster.ts:10:5)
//   #763 p8 [59,60,61] 1x1x1 add %1570 + sigmoid %1571 (models/gru_forecaster.ts:10:5)
//   #764 p3 [26,59] 1x1x1 slice %1572 (models/gru_forecaster.ts:10:5)
//   #765 p3 [27,60] 1x1x1 slice %1573 (models/gru_forecaster.ts:10:5)
//   #766 p4 [27,62] 1x1x1 slice %1576 (models/gru_forecaster.ts:10:5)
//   #767 p4 [26,27] 1x1x1 slice %1578 (models/gru_forecaster.ts:10:5)
//   #768 p9 [59,60,62,27,25,61,26] 1x1x1 add %1574 + sigmoid %1575 + mul %1577 + add %1579 + tanh %1580 + sub %1581 + mul %1582 + add %1583 (models/gru_forecaster.ts:10:5)
//   #769 p45 [18,25] 1x1x1 slice %1584 (models/gru_forecaster.ts:10:5)
//   #770 p7 [26,4,13,27] 2x1x1 matmul %1586 + add %1587 (models/gru_forecaster.ts:10:5)
//   #771 p2 [25,59] 1x1x1 slice %1588 (models/gru_forecaster.ts:10:5)
//   #772 p2 [27,60] 1x1x1 slice %1589 (models/gru_forecaster.ts:10:5)
//   #773 p8 [59,60,61] 1x1x1 add %1590 + sigmoid %1591 (models/gru_forecaster.ts:10:5)
//   #774 p3 [25,59] 1x1x1 slice %1592 (models/gru_forecaster.ts:10:5)
//   #775 p3 [27,60] 1x1x1 slice %1593 (models/gru_forecaster.ts:10:5)
//   #776 p4 [27,62] 1x1x1 slice %1596 (models/gru_forecaster.ts:10:5)
//   #777 p4 [25,27] 1x1x1 slice %1598 (models/gru_forecaster.ts:10:5)
//   #778 p9 [59,60,62,27,26,61,25] 1x1x1 add %1594 + sigmoid %1595 + mul %1597 + add %1599 + tanh %1600 + sub %1601 + mul %1602 + add %1603 (models/gru_forecaster.ts:10:5)
//   #779 p46 [18,26] 1x1x1 slice %1604 (models/gru_forecaster.ts:10:5)
//   #780 p7 [25,4,13,27] 2x1x1 matmul %1606 + add %1607 (models/gru_forecaster.ts:10:5)
//   #781 p2 [26,59] 1x1x1 slice %1608 (models/gru_forecaster.ts:10:5)
//   #782 p2 [27,60] 1x1x1 slice %1609 (models/gru_forecaster.ts:10:5)
//   #783 p8 [59,60,61] 1x1x1 add %1610 + sigmoid %1611 (models/gru_forecaster.ts:10:5)
//   #784 p3 [26,59] 1x1x1 slice %1612 (models/gru_forecaster.ts:10:5)
//   #785 p3 [27,60] 1x1x1 slice %1613 (models/gru_forecaster.ts:10:5)
//   #786 p4 [27,62] 1x1x1 slice %1616 (models/gru_forecaster.ts:10:5)
//   #787 p4 [26,27] 1x1x1 slice %1618 (models/gru_forecaster.ts:10:5)
//   #788 p9 [59,60,62,27,25,61,26] 1x1x1 add %1614 + sigmoid %1615 + mul %1617 + add %1619 + tanh %1620 + sub %1621 + mul %1622 + add %1623 (models/gru_forecaster.ts:10:5)
//   #789 p47 [18,25] 1x1x1 slice %1624 (models/gru_forecaster.ts:10:5)
//   #790 p7 [26,4,13,27] 2x1x1 matmul %1626 + add %1627 (models/gru_forecaster.ts:10:5)
//   #791 p2 [25,59] 1x1x1 slice %1628 (models/gru_forecaster.ts:10:5)
//   #792 p2 [27,60] 1x1x1 slice %1629 (models/gru_forecaster.ts:10:5)
//   #793 p8 [59,60,61] 1x1x1 add %1630 + sigmoid %1631 (models/gru_forecaster.ts:10:5)
//   #794 p3 [25,59] 1x1x1 slice %1632 (models/gru_forecaster.ts:10:5)
//   #795 p3 [27,60] 1x1x1 slice %1633 (models/gru_forecaster.ts:10:5)
//   #796 p4 [27,62] 1x1x1 slice %1636 (models/gru_forecaster.ts:10:5)
//   #797 p4 [25,27] 1x1x1 slice %1638 (models/gru_forecaster.ts:10:5)
//   #798 p9 [59,60,62,27,26,61,25] 1x1x1 add %1634 + sigmoid %1635 + mul %1637 + add %1639 + tanh %1640 + sub %1641 + mul %1642 + add %1643 (models/gru_forecaster.ts:10:5)
//   #799 p52 [25,5,6,17] 1x1x1 matmul %1644 + add %1645 (models/gru_forecaster.ts:11:5)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: matmul %1 + add %2 (models/gru_forecaster.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 48u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 48u];
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
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 2u) * 32u;
  let bi = g / 4u;
  let yo = bi * 1920u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 1u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (row0 + r < 40u && k0 + kk < 1u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 48u && k0 + kk < 1u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 40u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc0.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc0.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc0.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 40u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc1.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc1.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc1.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 40u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc2.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc2.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc2.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 40u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc3.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc3.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc3.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: slice %4 (models/gru_forecaster.ts:9:5), slice %850 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u)];
}

// ---- pipeline 2 (read, read_write)
// dlc kernel: slice %6 (models/gru_forecaster.ts:9:5), slice %24 (models/gru_forecaster.ts:9:5), slice %25 (models/gru_forecaster.ts:9:5) (+155 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  out[i] = x[(i % 16u)];
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: slice %9 (models/gru_forecaster.ts:9:5), slice %28 (models/gru_forecaster.ts:9:5), slice %29 (models/gru_forecaster.ts:9:5) (+155 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  out[i] = x[(i % 16u) + 16u];
}

// ---- pipeline 4 (read, read_write)
// dlc kernel: slice %13 (models/gru_forecaster.ts:9:5), slice %32 (models/gru_forecaster.ts:9:5), slice %34 (models/gru_forecaster.ts:9:5) (+155 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  out[i] = x[(i % 16u) + 32u];
}

// ---- pipeline 5 (read, read, read, read, read, read, read_write)
// dlc kernel: add %7 + sigmoid %8 + add %10 + sigmoid %11 + mul %12 + add %14 + tanh %15 + sub %17 + mul %18 (models/gru_forecaster.ts:9:5), add %853 + sigmoid %854 + add %856 + sigmoid %857 + mul %858 + add %860 + tanh %861 + sub %862 + mul %863 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read> in5: array<f32>;
@group(0) @binding(6) var<storage, read_write> out0: array<f32>;
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
  let x5 = in5[i];
  let v0 = (x0 + x1);
  let v1 = dlc_sigmoid(v0);
  let v2 = (x2 + x3);
  let v3 = dlc_sigmoid(v2);
  let v4 = (v3 * x4);
  let v5 = (x5 + v4);
  let v6 = dlc_tanh(v5);
  let v7 = (1.0 - v1);
  let v8 = (v7 * v6);
  out0[i] = v8;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: slice %20 (models/gru_forecaster.ts:9:5), slice %864 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 48u];
}

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: matmul %22 + add %23 (models/gru_forecaster.ts:9:5), matmul %43 + add %44 (models/gru_forecaster.ts:9:5), matmul %64 + add %65 (models/gru_forecaster.ts:9:5) (+75 more)
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
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 48u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 1u) * 32u;
  let bi = g / 2u;
  let yo = bi * 48u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 1u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 48u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc0.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc0.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc0.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc1.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc1.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc1.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc2.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc2.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc2.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc3.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc3.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc3.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: add %26 + sigmoid %27 (models/gru_forecaster.ts:9:5), add %47 + sigmoid %48 (models/gru_forecaster.ts:9:5), add %68 + sigmoid %69 (models/gru_forecaster.ts:9:5) (+75 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 + x1);
  let v1 = dlc_sigmoid(v0);
  out0[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 9 (read, read, read, read, read, read, read_write)
// dlc kernel: add %30 + sigmoid %31 + mul %33 + add %35 + tanh %36 + sub %37 + mul %38 + add %39 (models/gru_forecaster.ts:9:5), add %51 + sigmoid %52 + mul %54 + add %56 + tanh %57 + sub %58 + mul %59 + add %60 (models/gru_forecaster.ts:9:5), add %72 + sigmoid %73 + mul %75 + add %77 + tanh %78 + sub %79 + mul %80 + add %81 (models/gru_forecaster.ts:9:5) (+75 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read> in5: array<f32>;
@group(0) @binding(6) var<storage, read_write> out0: array<f32>;
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
  let x5 = in5[i];
  let v0 = (x0 + x1);
  let v1 = dlc_sigmoid(v0);
  let v2 = (v1 * x2);
  let v3 = (x3 + v2);
  let v4 = dlc_tanh(v3);
  let v5 = (x4 - v4);
  let v6 = (x5 * v5);
  let v7 = (v4 + v6);
  out0[i] = v7;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 10 (read, read_write)
// dlc kernel: slice %41 (models/gru_forecaster.ts:9:5), slice %884 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 96u];
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: slice %62 (models/gru_forecaster.ts:9:5), slice %904 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 144u];
}

// ---- pipeline 12 (read, read_write)
// dlc kernel: slice %83 (models/gru_forecaster.ts:9:5), slice %924 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 192u];
}

// ---- pipeline 13 (read, read_write)
// dlc kernel: slice %104 (models/gru_forecaster.ts:9:5), slice %944 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 240u];
}

// ---- pipeline 14 (read, read_write)
// dlc kernel: slice %125 (models/gru_forecaster.ts:9:5), slice %964 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 288u];
}

// ---- pipeline 15 (read, read_write)
// dlc kernel: slice %146 (models/gru_forecaster.ts:9:5), slice %984 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 336u];
}

// ---- pipeline 16 (read, read_write)
// dlc kernel: slice %167 (models/gru_forecaster.ts:9:5), slice %1004 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 384u];
}

// ---- pipeline 17 (read, read_write)
// dlc kernel: slice %188 (models/gru_forecaster.ts:9:5), slice %1024 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 432u];
}

// ---- pipeline 18 (read, read_write)
// dlc kernel: slice %209 (models/gru_forecaster.ts:9:5), slice %1044 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 480u];
}

// ---- pipeline 19 (read, read_write)
// dlc kernel: slice %230 (models/gru_forecaster.ts:9:5), slice %1064 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 528u];
}

// ---- pipeline 20 (read, read_write)
// dlc kernel: slice %251 (models/gru_forecaster.ts:9:5), slice %1084 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 576u];
}

// ---- pipeline 21 (read, read_write)
// dlc kernel: slice %272 (models/gru_forecaster.ts:9:5), slice %1104 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 624u];
}

// ---- pipeline 22 (read, read_write)
// dlc kernel: slice %293 (models/gru_forecaster.ts:9:5), slice %1124 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 672u];
}

// ---- pipeline 23 (read, read_write)
// dlc kernel: slice %314 (models/gru_forecaster.ts:9:5), slice %1144 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 720u];
}

// ---- pipeline 24 (read, read_write)
// dlc kernel: slice %335 (models/gru_forecaster.ts:9:5), slice %1164 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 768u];
}

// ---- pipeline 25 (read, read_write)
// dlc kernel: slice %356 (models/gru_forecaster.ts:9:5), slice %1184 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 816u];
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: slice %377 (models/gru_forecaster.ts:9:5), slice %1204 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 864u];
}

// ---- pipeline 27 (read, read_write)
// dlc kernel: slice %398 (models/gru_forecaster.ts:9:5), slice %1224 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 912u];
}

// ---- pipeline 28 (read, read_write)
// dlc kernel: slice %419 (models/gru_forecaster.ts:9:5), slice %1244 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 960u];
}

// ---- pipeline 29 (read, read_write)
// dlc kernel: slice %440 (models/gru_forecaster.ts:9:5), slice %1264 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1008u];
}

// ---- pipeline 30 (read, read_write)
// dlc kernel: slice %461 (models/gru_forecaster.ts:9:5), slice %1284 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1056u];
}

// ---- pipeline 31 (read, read_write)
// dlc kernel: slice %482 (models/gru_forecaster.ts:9:5), slice %1304 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1104u];
}

// ---- pipeline 32 (read, read_write)
// dlc kernel: slice %503 (models/gru_forecaster.ts:9:5), slice %1324 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1152u];
}

// ---- pipeline 33 (read, read_write)
// dlc kernel: slice %524 (models/gru_forecaster.ts:9:5), slice %1344 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1200u];
}

// ---- pipeline 34 (read, read_write)
// dlc kernel: slice %545 (models/gru_forecaster.ts:9:5), slice %1364 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1248u];
}

// ---- pipeline 35 (read, read_write)
// dlc kernel: slice %566 (models/gru_forecaster.ts:9:5), slice %1384 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1296u];
}

// ---- pipeline 36 (read, read_write)
// dlc kernel: slice %587 (models/gru_forecaster.ts:9:5), slice %1404 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1344u];
}

// ---- pipeline 37 (read, read_write)
// dlc kernel: slice %608 (models/gru_forecaster.ts:9:5), slice %1424 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1392u];
}

// ---- pipeline 38 (read, read_write)
// dlc kernel: slice %629 (models/gru_forecaster.ts:9:5), slice %1444 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1440u];
}

// ---- pipeline 39 (read, read_write)
// dlc kernel: slice %650 (models/gru_forecaster.ts:9:5), slice %1464 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1488u];
}

// ---- pipeline 40 (read, read_write)
// dlc kernel: slice %671 (models/gru_forecaster.ts:9:5), slice %1484 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1536u];
}

// ---- pipeline 41 (read, read_write)
// dlc kernel: slice %692 (models/gru_forecaster.ts:9:5), slice %1504 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1584u];
}

// ---- pipeline 42 (read, read_write)
// dlc kernel: slice %713 (models/gru_forecaster.ts:9:5), slice %1524 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1632u];
}

// ---- pipeline 43 (read, read_write)
// dlc kernel: slice %734 (models/gru_forecaster.ts:9:5), slice %1544 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1680u];
}

// ---- pipeline 44 (read, read_write)
// dlc kernel: slice %755 (models/gru_forecaster.ts:9:5), slice %1564 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1728u];
}

// ---- pipeline 45 (read, read_write)
// dlc kernel: slice %776 (models/gru_forecaster.ts:9:5), slice %1584 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1776u];
}

// ---- pipeline 46 (read, read_write)
// dlc kernel: slice %797 (models/gru_forecaster.ts:9:5), slice %1604 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1824u];
}

// ---- pipeline 47 (read, read_write)
// dlc kernel: slice %818 (models/gru_forecaster.ts:9:5), slice %1624 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1872u];
}

// ---- pipeline 48 (read, read, read, read, read, read, read, read_write)
// dlc kernel: concat %839 (models/gru_forecaster.ts:9:5), concat %840 (models/gru_forecaster.ts:9:5), concat %841 (models/gru_forecaster.ts:9:5) (+2 more)
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
  if (i >= 112u) { return; }
  let o = i / 112u;
  let k = (i / 16u) % 7u;
  let r = i % 16u;
  if (k < 1u) { out[i] = x0[(o * 1u + k) * 16u + r]; } else if (k < 2u) { out[i] = x1[(o * 1u + k - 1u) * 16u + r]; } else if (k < 3u) { out[i] = x2[(o * 1u + k - 2u) * 16u + r]; } else if (k < 4u) { out[i] = x3[(o * 1u + k - 3u) * 16u + r]; } else if (k < 5u) { out[i] = x4[(o * 1u + k - 4u) * 16u + r]; } else if (k < 6u) { out[i] = x5[(o * 1u + k - 5u) * 16u + r]; } else { out[i] = x6[(o * 1u + k - 6u) * 16u + r]; }
}

// ---- pipeline 49 (read, read, read, read, read, read_write)
// dlc kernel: concat %844 (models/gru_forecaster.ts:9:5)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read> x3: array<f32>;
@group(0) @binding(4) var<storage, read> x4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 80u) { return; }
  let o = i / 80u;
  let k = (i / 16u) % 5u;
  let r = i % 16u;
  if (k < 1u) { out[i] = x0[(o * 1u + k) * 16u + r]; } else if (k < 2u) { out[i] = x1[(o * 1u + k - 1u) * 16u + r]; } else if (k < 3u) { out[i] = x2[(o * 1u + k - 2u) * 16u + r]; } else if (k < 4u) { out[i] = x3[(o * 1u + k - 3u) * 16u + r]; } else { out[i] = x4[(o * 1u + k - 4u) * 16u + r]; }
}

// ---- pipeline 50 (read, read, read, read, read, read, read_write)
// dlc kernel: concat %845 (models/gru_forecaster.ts:9:5)
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
  if (i >= 640u) { return; }
  let o = i / 640u;
  let k = (i / 16u) % 40u;
  let r = i % 16u;
  if (k < 7u) { out[i] = x0[(o * 7u + k) * 16u + r]; } else if (k < 14u) { out[i] = x1[(o * 7u + k - 7u) * 16u + r]; } else if (k < 21u) { out[i] = x2[(o * 7u + k - 14u) * 16u + r]; } else if (k < 28u) { out[i] = x3[(o * 7u + k - 21u) * 16u + r]; } else if (k < 35u) { out[i] = x4[(o * 7u + k - 28u) * 16u + r]; } else { out[i] = x5[(o * 5u + k - 35u) * 16u + r]; }
}

// ---- pipeline 51 (read, read, read, read_write)
// dlc kernel: matmul %847 + add %848 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 48u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 48u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 2u) * 32u;
  let bi = g / 4u;
  let yo = bi * 1920u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 40u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 48u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 40u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc0.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc0.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc0.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 40u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc1.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc1.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc1.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 40u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc2.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc2.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc2.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 40u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc3.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc3.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc3.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 52 (read, read, read, read_write)
// dlc kernel: matmul %1644 + add %1645 (models/gru_forecaster.ts:11:5)
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
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k];
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
  let yo = bi * 1u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 1u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 1u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc0.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc0.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc0.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc1.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc1.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc1.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc2.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc2.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc2.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc3.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc3.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc3.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc3.w); } } }
}
